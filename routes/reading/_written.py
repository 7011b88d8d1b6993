"""The names a story writes for its places, shown instead of the gazetteer's main names.

GeoNames gives a town its main name in a local or scholarly spelling ("Thị Trấn Đồng Đăng",
"Aswān", "Irákleion"). A newsroom's table and map should say what its story says ("Dong Dang",
"Aswan", "Heraklion"), or the desk has to explain the difference to its readers. The
gazetteer's name stays on the place (``Place.gazetteer_name``), so the record is still traceable.

Only names the gazetteer itself knows for that very place are used: a description ("the Chinese
capital") or a close-but-wrong spelling never becomes a label. And only another spelling of the
same name: a different name ("Petrograd" for Saint Petersburg, "Lenin" for Kazygurt) or a
shortened one ("Frankfurt" for "Frankfurt (Oder)", "León" for "León de los Aldama") keeps the
gazetteer's, so that a namesake the reader chose is shown as what it is and a wrong one stays
visible to the desk. Countries keep their short names ("United States", not "U.S."), and curated
records (landmarks, states, regions, seas) already carry their English names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from routes.models import Journey, Place, PlaceMention
from routes.reading._protocol import normaliser

#: kinds whose gazetteer name is GeoNames' main name, which may be a local spelling (states,
#: regions and waters are curated under their English names, and stories abbreviate states:
#: "Va.", "Calif.")
RENAMED_KINDS = frozenset({"city", "district"})

#: ``is_name_of(written, place)``: whether the gazetteer lists ``written`` as a name of ``place``
NameTest = Callable[[str, Place], bool]


def _shown_as_written(surface: str) -> bool:
    """A written form fit for a label: not a dateline or acronym in capitals ("BEIJING",
    "NYC"), not a description ("the Chinese capital")."""
    letters = [c for c in surface if c.isalpha()]
    if not letters or all(c.isupper() for c in letters):
        return False
    return surface[:1].isupper()


#: how alike (rapidfuzz ratio of the folded names, 0-100) two spellings of one name are at
#: least: "Heraklion"/"Irákleion" 78, "Zaporizhzhia"/"Zaporizhzhya" 92, "Kiev"/"Kyiv" 75;
#: different names score lower ("Peking"/"Beijing" 62, "Petrograd"/"Saint Petersburg" 40)
SAME_NAME_RATIO = 70


def respelt(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` in another spelling, and not a shorter or other name.

    The gazetteer's name may carry a generic head the story leaves out ("Thị Trấn Đồng Đăng",
    town of Dong Dang); it may not carry a qualifier the story leaves out ("Frankfurt (Oder)").
    """
    from rapidfuzz import fuzz

    fold = normaliser(None)  # the gazetteer's folding: diacritics, case, punctuation
    w, n = fold(written), fold(name)
    if not w or w == n:
        return bool(w)
    if n.startswith(w + " ") or n == "the " + w:
        # "frankfurt" of "frankfurt oder": which one is meant must stay shown; "Hague" is
        # "The Hague" read without its article, which is part of the name
        return False
    if n.endswith(" " + w):
        return True  # "dong dang" of "thi tran dong dang"
    return fuzz.ratio(w, n) >= SAME_NAME_RATIO


def written_name(place: Place, mentions: Iterable[str], is_name_of: NameTest) -> str | None:
    """The story's own spelling of ``place``'s name when it never writes the gazetteer's."""
    if place.kind not in RENAMED_KINDS:
        return None
    written = list(mentions)
    if any(m.casefold() == place.name.casefold() for m in written):
        return None  # the story uses the gazetteer's name somewhere: keep it
    for surface in written:
        if (_shown_as_written(surface) and respelt(surface, place.name)
                and is_name_of(surface, place)):
            return surface
    return None


def use_written_names(journey: Journey, is_name_of: NameTest) -> None:
    """Rename the journey's places to the names its story writes, everywhere a name is used
    (places, stops, legs, claims, events), keeping every name unique in the journey."""
    pms: list[PlaceMention] = [*journey.places, *journey.other_places]
    taken = {pm.place.name.casefold() for pm in pms} | {
        st.place.name.casefold() for st in journey.stops}
    renamed: dict[str, Place] = {}  # place key -> renamed place
    names: dict[str, str] = {}  # old name -> new name
    for pm in pms:
        new = written_name(pm.place, pm.mentions, is_name_of)
        if new is None or new.casefold() in taken or pm.place.name in names:
            continue
        taken.add(new.casefold())
        names[pm.place.name] = new
        renamed[pm.place.key] = dataclasses.replace(
            pm.place, name=new, gazetteer_name=pm.place.name)
    if not renamed:
        return
    for pm in pms:
        pm.place = renamed.get(pm.place.key, pm.place)
    for st in journey.stops:
        st.place = renamed.get(st.place.key, st.place)
    for leg in journey.legs:
        leg.origin = names.get(leg.origin, leg.origin)
        leg.destination = names.get(leg.destination, leg.destination)
        leg.via = [names.get(v, v) for v in leg.via]
    for claim in journey.claims:
        if claim.origin is not None:
            claim.origin = names.get(claim.origin, claim.origin)
        if claim.destination is not None:
            claim.destination = names.get(claim.destination, claim.destination)
    for event in journey.events:
        if event.place is not None:
            event.place = names.get(event.place, event.place)
