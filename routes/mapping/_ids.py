"""Deterministic element ids, so one story always gives the same map page, byte for byte.

Why: branca names every element ``<kind>_<32 random hex digits>`` (``os.urandom``), and those
names reach the page (the map's ``<div id>``, its JavaScript variable, its CSS rule). A newsroom
keeps maps under version control and diffs them; random names turn every regeneration into a
whole-file change. :func:`assign_ids` replaces each id with one derived from the element's
position in the tree and its kind, hashed to 32 hex digits so the id keeps the shape folium (and
anything matching ``map_[0-9a-f]{32}``) expects.

Design choices, and why:

* **Relabel the finished tree, once, just before rendering**, rather than patching
  ``Element._generate_id`` while the map is built. A patch would change a third-party class for
  the whole process (any other folium user, any worker thread drawing another map at the same
  moment); relabelling touches only our own tree. It also numbers the tree as it is rendered, not
  the order objects happened to be created in: ``folium.Map()`` builds and throws away a Figure of
  its own, and such throwaways must not shift anyone's id.
* **Ids from the path, not from a running counter.** An element's id hashes its path from the
  root (``header/3``, ``children/0/children/1``) and its kind. Adding a child changes only the
  ids of its later siblings and their descendants (the map keeps its id whether or not a tile
  layer follows it), so a diff shows little beyond what really changed. The story itself is
  deliberately not hashed in: a corrected figure then changes the page's data, not every name
  in it.
* **Unique within a page.** Distinct elements have distinct paths, so distinct hash inputs; a
  128-bit collision is not expected, but :func:`assign_ids` checks anyway and rehashes with a
  counter (still deterministic). Ids need no uniqueness across pages: each map is its own
  document, and a story page that embeds two maps does so in two iframes (see ``_embed``), two
  separate documents with their own DOM ids and JavaScript globals, so two maps sharing the id
  ``map_…`` cannot meet.
* **Names stay consistent.** branca keys ``_children`` by ``get_name()`` when no name is given
  (``add_child``) and some folium elements copy a name into an attribute when built
  (``MethodCall.target``, ``Layer.layer_name``, ``TileLayer.tile_name``), sometimes under a kind
  they no longer have (a ``FeatureGroup``'s ``layer_name`` is ``macro_element_<id>``: its
  ``_name`` is set after). So every old id found in a ``_children`` key or a string attribute is
  replaced by the new id of the same element, whatever surrounds it; keys given explicitly, such
  as ``"leaflet_css"``, hold no id and stay. (Only string attributes themselves are scanned,
  not strings inside lists or dicts: folium fills those with names at render time, after us.)
  Old ids are 128 random bits drawn after the story was read, so story text cannot contain one
  by design or by chance. Elements that render() adds later (MacroElement's header/html/script
  parts, a layer's ``addTo`` call) take their names from the new ids; their own ids never
  reach the page.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

#: Attributes through which an element refers to others without owning them (never walked).
_NOT_OWNED = frozenset({"_parent"})
_HEX32 = re.compile(r"[0-9a-f]{32}")


def _element_class() -> type[Any]:
    from branca.element import Element

    return Element


def _owned(element: Any, element_cls: type[Any]) -> Iterator[tuple[str, Any]]:
    """The element's own sub-elements, each with its step in the path, in a fixed order.

    Children in ``_children`` order (the order they render in), then element-valued attributes
    whose parent is this element (a Figure's ``header``, ``html`` and ``script``, which are not in
    ``_children``), in the order the constructor set them.
    """
    for index, child in enumerate(element._children.values()):
        yield f"children/{index}", child
    for attr, value in vars(element).items():
        if (attr not in _NOT_OWNED and isinstance(value, element_cls)
                and getattr(value, "_parent", None) is element):
            yield attr, value


def _walk(root: Any) -> list[tuple[str, Any]]:
    """Every element under ``root`` once, depth first, with its path from the root."""
    element_cls = _element_class()
    seen: set[int] = set()
    out: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        path, element = stack.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        out.append((path, element))
        owned = [(f"{path}/{step}" if path else step, child)
                 for step, child in _owned(element, element_cls)]
        stack.extend(reversed(owned))
    return out


def element_id(path: str, kind: str, salt: int = 0) -> str:
    """32 hex digits for the element at ``path`` of class ``kind`` (``salt`` only on a clash)."""
    text = f"routes-map\x1f{path}\x1f{kind}" + (f"\x1f{salt}" if salt else "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _kind(element: Any) -> str:
    cls = type(element)
    return f"{cls.__module__}.{cls.__qualname__}:{element._name}"


def assign_ids(root: Any) -> dict[str, str]:
    """Give every element under ``root`` (a branca Figure, usually) a deterministic ``_id``.

    Call it once the tree is complete and before ``render()``. Returns the renaming it applied,
    old id to new, for callers that kept a name (``get_name()`` is ``<kind>_<id>``).
    """
    elements = _walk(root)
    old_ids = {id(el): el._id for _, el in elements}
    used: set[str] = set()
    for path, element in elements:
        kind = _kind(element)
        salt = 0
        new = element_id(path, kind)
        while new in used:
            salt += 1
            new = element_id(path, kind, salt)
        used.add(new)
        element._id = new
    renamed = {old_ids[id(el)]: el._id for _, el in elements}

    def rename(text: str) -> str:
        return _HEX32.sub(lambda m: renamed.get(m.group(0), m.group(0)), text)

    for _, element in elements:
        element._children = OrderedDict(
            (rename(key), child) for key, child in element._children.items()
        )
        for attr, value in list(vars(element).items()):
            if isinstance(value, str) and attr != "_id":
                new_value = rename(value)
                if new_value != value:
                    setattr(element, attr, new_value)
    return renamed
