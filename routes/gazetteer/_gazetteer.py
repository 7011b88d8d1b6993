"""Look names up in the SQLite index: exact, folded, fuzzy, in context; reverse by grid cell.

A :class:`Gazetteer` holds read-only SQLite connections (the shipped index first, then any
index built by ``routes gazetteer import``) and in-process caches, so a name asked twice costs
a dictionary look-up. How candidates are ranked, and when a name is ambiguous, is documented
in :mod:`routes.gazetteer._rank`.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from routes.errors import AmbiguousPlaceError, GazetteerDataError, PlaceNotFoundError
from routes.gazetteer import _rank
from routes.gazetteer._normalise import (
    key_of_folded,
    name_key,
    normalise_name,
    written_as_abbreviation,
)
from routes.models import Candidate, Place

if TYPE_CHECKING:
    from routes.gazetteer._keyfilter import KeyFilter

_ARTICLES = ("the ", "a ", "an ")
_CACHE_LIMIT = 200_000
_FUZZY_POOL = 300
_MMAP_BYTES = 1 << 30  # address space only; the OS pages in what is read
_FUZZY_CUTOFF = 70.0
_KM_PER_DEGREE = 111.32
_MIN_KM_PER_LAT_DEGREE = 110.5  # a degree of latitude at the equator (110.57 km), rounded down


class _Entry:
    """One row of the places table. Its :class:`Place` is built when first asked for: a
    name's namesakes are all ranked, but only the few returned become candidates."""

    __slots__ = ("_place", "city", "country", "extent_km", "id", "kind", "lat", "lon", "name",
                 "population", "prominence", "row")

    def __init__(self, row: tuple[object, ...]) -> None:
        (_, pid, name, lat, lon, kind, country, _source, city, pop, _admin1, prom, extent,
         _zone) = row
        self.row = row
        self.id = str(pid)
        self.name = str(name)
        self.lat = float(lat)  # type: ignore[arg-type]
        self.lon = float(lon)  # type: ignore[arg-type]
        self.kind = str(kind)
        self.country: str | None = country if country else None  # type: ignore[assignment]
        self.city: str | None = city if city else None  # type: ignore[assignment]
        self.population = int(pop)  # type: ignore[call-overload]
        self.prominence = float(prom)  # type: ignore[arg-type]
        self.extent_km = float(extent)  # type: ignore[arg-type]
        self._place: Place | None = None

    @property
    def place(self) -> Place:
        if self._place is None:
            admin1, source, zone = self.row[10], self.row[7], self.row[13]
            self._place = Place(
                name=self.name, lat=self.lat, lon=self.lon, kind=self.kind, country=self.country,
                source=str(source), id=self.id, city=self.city, population=self.population,
                admin1=admin1 if admin1 else None,  # type: ignore[arg-type]
                timezone=str(zone) if zone else None, extent_km=self.extent_km,
            )
        return self._place


class _Hit:
    """A place matched by a name: how well the name fits, and the form that matched."""

    __slots__ = ("entry", "fuzzy", "quality", "shown", "why")

    def __init__(self, entry: _Entry, quality: float, shown: str, fuzzy: bool = False) -> None:
        self.entry = entry
        self.quality = quality
        self.shown = shown
        self.fuzzy = fuzzy
        self.why: str | None = None  # the reason's context-free part, once asked (_reason)


@dataclass(frozen=True, slots=True)
class _Context:
    entry: _Entry
    phrase: str
    within: str | None
    with_words: tuple[str, ...]


#: A candidate scored: (score, context fit, hit).
_Scored = tuple[float, float, "_Hit"]
#: A story's places as the ranking needs them: (lat, lon, country, name, kind).
_StoryKey = tuple[tuple[float, float, str | None, str, str], ...]


def _story(context: Sequence[Place]) -> _StoryKey:
    """The story's places as cache keys and the ranking read them. The tuple of each place
    is made once (kept by the place's id, with the place, so the id is not reused): a
    reader asks with the same places again and again, and every new tuple outlives the
    call in the caches, work for the cycle collector."""
    if not context:
        return ()
    memo = _STORY_ITEMS
    out = []
    for p in context:
        got = memo.get(id(p))
        if got is None or got[0] is not p:
            got = (p, (p.lat, p.lon, p.country, p.name, p.kind))
            if len(memo) > _STORY_MEMO_LIMIT:
                memo.clear()
            memo[id(p)] = got
        out.append(got[1])
    return tuple(out)


_STORY_ITEMS: dict[int, tuple[Place, tuple[float, float, str | None, str, str]]] = {}
#: enough for the places of the stories being read (it keeps those places alive)
_STORY_MEMO_LIMIT = 20_000


def _bare(folded: str) -> str:
    """A folded name without a leading "the"."""
    return folded[4:] if folded.startswith("the ") else folded


def _words(folded: str) -> int:
    """How many words a folded name has, a leading "the" aside."""
    return _bare(folded).count(" ") + 1


#: a town's name with the river, sea or region that tells it apart: "Newcastle upon Tyne",
#: "Southend-on-Sea", "Frankfurt am Main", "Boulogne-sur-Mer", "Halle (Saale)"
_TOLD_APART = re.compile(r"(?P<head>.+?)(?:[\s-]+(?:upon|on|under|am|an\s+der|ob\s+der|sur|"
                         r"sous|en|im|bei)[\s-]+\S|\s*\()", re.IGNORECASE)


def _short_form(asked: str, own: str) -> bool:
    """Whether ``asked`` (folded) is a town's own name without what tells it apart
    ("Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main): how the press
    writes such towns, so no old or foreign name GeoNames lists for them, and ranked as an
    alias (see :func:`_rank.plain_under_other_names`). A British story's "Newcastle" is on
    the Tyne, not in New South Wales."""
    m = _TOLD_APART.match(own)
    return m is not None and normalise_name(m["head"]) == asked


def _respelt(asked: str, shown: str) -> bool:
    """Whether a hit's folded name is not the one asked, in words or letters: its letters cut
    into other words, or other letters that only the index key's romanisation folding makes
    equal (a leading "the" aside, as in :func:`_words`)."""
    if _words(shown) != _words(asked):
        return True
    return _bare(shown).replace(" ", "") != _bare(asked).replace(" ", "")


def _qualifier_unwritten(hit: _Hit) -> bool:
    """Whether the place's own name ends in a qualifier in brackets ("Frankfurt (Oder)") and
    the name matched is the rest of it ("Frankfurt")."""
    name = hit.entry.name
    cut = name.find(" (")
    return cut > 0 and name.endswith(")") and hit.shown.casefold() == name[:cut].casefold()


@dataclass(frozen=True, slots=True)
class _Prepared:
    """The exact matches of one name, with what :func:`_rank.context_scores` reads (radians,
    cosines, and each candidate's prominence gap, computed once per name)."""

    key: str
    hits: tuple[_Hit, ...]
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    cos_lat: tuple[float, ...]
    proms: tuple[float, ...]
    qualities: tuple[float, ...]
    gaps: tuple[float, ...]
    countries: tuple[str | None, ...]
    cities: tuple[str | None, ...]
    kinds: tuple[str, ...]

    @classmethod
    def of(cls, key: str, hits: Sequence[_Hit], asked: str | None = None) -> _Prepared:
        """``asked`` is the folded name looked up: a hit that GeoNames lists under the same
        letters cut into other words ("ba li" for Paris, asked "Bali") is a syllable-by-syllable
        romanisation, not a name English uses (see :func:`_rank.plain_under_other_names`); so
        is one the index key matches only once Korean vowel pairs are folded ("Hu" for
        Shanghai, asked "Hue": the Vietnamese city writes it with its "e")."""
        places = [h.entry for h in hits]
        qualities = tuple(
            _rank.Q_CURATED_ALIAS if asked is not None and h.quality < _rank.Q_CURATED_ALIAS
            and not h.fuzzy and h.entry.kind == "city" and _short_form(asked, h.entry.name)
            else h.quality for h in hits)
        kinds = [p.kind for p in places]
        populations = [p.population for p in places]
        recut = [asked is not None and _respelt(asked, normalise_name(h.shown)) for h in hits]
        proms = tuple(_rank.prefer_cities(
            kinds, [p.country for p in places], populations, qualities,
            _rank.plain_under_other_names(kinds, populations, qualities,
                                          [h.entry.prominence for h in hits], recut),
        ))
        lat = tuple(math.radians(p.lat) for p in places)
        return cls(
            key, tuple(hits), lat, tuple(math.radians(p.lon) for p in places),
            tuple(math.cos(x) for x in lat), proms, qualities,
            tuple(_rank.lag_qualified_names(_rank.prominence_gaps(
                qualities, proms, _rank.own_name_towns(
                    [p.kind for p in places], [p.population for p in places], qualities)),
                [_qualifier_unwritten(h) for h in hits])),
            tuple(p.country for p in places), tuple(p.city for p in places),
            tuple(p.kind for p in places),
        )

    def only(self, kinds: frozenset[str]) -> _Prepared:
        """The candidates of these kinds (their gaps measured among themselves)."""
        keep = [i for i, h in enumerate(self.hits) if h.entry.kind in kinds]
        if len(keep) == len(self.hits):
            return self
        qualities = tuple(self.qualities[i] for i in keep)
        proms = tuple(self.proms[i] for i in keep)
        kept = tuple(self.hits[i] for i in keep)
        own = _rank.own_name_towns([h.entry.kind for h in kept],
                                   [h.entry.population for h in kept], qualities)
        return _Prepared(
            self.key, kept, tuple(self.lat[i] for i in keep),
            tuple(self.lon[i] for i in keep), tuple(self.cos_lat[i] for i in keep),
            proms, qualities, tuple(_rank.lag_qualified_names(
                _rank.prominence_gaps(qualities, proms, own),
                [_qualifier_unwritten(h) for h in kept])),
            tuple(self.countries[i] for i in keep), tuple(self.cities[i] for i in keep),
            tuple(self.kinds[i] for i in keep),
        )


_COLUMNS = "rid, pid, name, lat, lon, kind, country, source, city, population, admin1, " \
    "prominence, extent_km, timezone"
_JOINED = ", ".join("p." + c.strip() for c in _COLUMNS.split(",")) + ", n.quality, n.shown"
#: the places one key names (14 place columns, then the match's quality and shown form)
_BY_KEY = f"SELECT {_JOINED} FROM names n JOIN places p ON p.rid = n.rid WHERE n.key = ?"

KindsArg = Iterable[str] | None


def _strip_article(folded: str) -> str:
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article):]
    return folded


class Gazetteer:
    """Names to places, offline. Open with :func:`open_gazetteer` (cached per process)."""

    #: The folding callers must apply before :meth:`contains_name` (the reading stage uses it).
    normalise_name = staticmethod(normalise_name)

    def __init__(self, index_paths: Sequence[Path]) -> None:
        if not index_paths:
            raise GazetteerDataError("no gazetteer index given; open one with open_gazetteer()")
        self.index_paths = [Path(p) for p in index_paths]
        self._lock = threading.RLock()
        self._pid = os.getpid()
        self._forks = _FORKS[0]
        self._closed = False
        self._conns: list[sqlite3.Connection] = self._connect()
        metas = [dict(c.execute("SELECT k, v FROM meta")) for c in self._conns]
        #: What the indexes say about themselves; counts and build times are summed.
        self.meta: dict[str, str] = {k: v for m in metas for k, v in m.items()}
        for key in ("places", "built_seconds"):
            self.meta[key] = str(sum(float(m.get(key, "0")) for m in metas))
        self.meta["places"] = str(int(float(self.meta["places"])))
        self.max_name_tokens: int = max(int(m.get("max_name_tokens", "1")) for m in metas)
        self.problems: list[str] = [p for p in self.meta.get("problems", "").split("\n") if p]
        self._entries: dict[tuple[int, int], _Entry] = {}
        self._exact: dict[str, tuple[_Hit, ...]] = {}
        self._contains: dict[str, bool] = {}
        self._filters: list[KeyFilter] | None = None
        self._cand_cache: dict[tuple[object, ...], list[Candidate]] = {}
        self._resolve_cache: dict[tuple[object, ...], Candidate] = {}
        self._prepared: dict[str, _Prepared] = {}
        self._stories: dict[_StoryKey, _rank.StoryContext] = {}
        self._contexts = self._load_contexts()

    def _connect(self) -> list[sqlite3.Connection]:
        conns: list[sqlite3.Connection] = []
        for path in self.index_paths:
            try:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                conn.execute("SELECT 1 FROM places LIMIT 1")
                # Pages read through a memory map, not a read() call and a copy each: a
                # first-time name visits a handful of pages. The index is only ever replaced
                # by a rename, so the mapped file never changes under a reader.
                conn.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")
            except sqlite3.DatabaseError as exc:
                raise GazetteerDataError(
                    f"{path} is not a gazetteer index ({exc}); delete it and run again"
                ) from exc
            conns.append(conn)
        return conns

    def _connections(self) -> list[sqlite3.Connection]:
        """The connections of this process: SQLite connections must not cross a fork, and a
        gazetteer someone closed (``clear_open_gazetteers``) reopens its files when used.
        A fork is noticed by a counter the child bumps (``os.register_at_fork``) rather than
        by ``os.getpid()``, a system call, asked thousands of times per article."""
        if self._forks != _FORKS[0] or self._closed:
            with self._lock:
                if self._forks != _FORKS[0] or os.getpid() != self._pid or self._closed:
                    self._conns = self._connect()
                    self._pid = os.getpid()
                    self._forks = _FORKS[0]
                    self._closed = False
        return self._conns

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[list[Path]]]:
        """Pickle as the index paths (for process pools and Dask); the receiver reopens them."""
        return (type(self), (self.index_paths,))

    # -- rows -------------------------------------------------------------------------------
    def _entry(self, db: int, row: tuple[object, ...]) -> _Entry:
        key = (db, int(row[0]))  # type: ignore[call-overload]
        entry = self._entries.get(key)
        if entry is None:
            entry = _Entry(row)
            if len(self._entries) > _CACHE_LIMIT:
                self._entries.clear()
            self._entries[key] = entry
        return entry

    def _load_contexts(self) -> list[_Context]:
        out: list[_Context] = []
        cols = ", ".join(f"p.{c.strip()}" for c in _COLUMNS.split(","))
        for db, conn in enumerate(self._connections()):
            rows = conn.execute(
                f"SELECT {cols}, c.phrase, c.within, c.with_words "
                "FROM contexts c JOIN places p ON p.rid = c.rid"
            ).fetchall()
            for row in rows:
                words = tuple(w for w in str(row[-1] or "").split("\x1f") if w)
                out.append(_Context(self._entry(db, row[:14]), str(row[-3]), row[-2], words))
        return out

    def _lookup_key(self, key: str, dbs: Sequence[int] | None = None) -> tuple[_Hit, ...]:
        """Every place with this key. Only the indexes ``dbs`` are queried (all by default),
        and of those only the ones whose key filter, once loaded, says it may hold the key
        (a filter never says no to a key its index has)."""
        hits = self._exact.get(key)
        if hits is not None:
            return hits
        found: list[_Hit] = []
        seen: set[str] = set()
        with self._lock:
            conns = self._connections()
            if dbs is None:
                filters = self._filters
                dbs = range(len(conns)) if filters is None else [
                    db for db, kf in enumerate(filters) if kf.maybe(key)]
            for db in dbs:
                self._add_hits(found, seen, db, conns[db].execute(_BY_KEY, (key,)).fetchall())
        return self._keep_hits(key, found)

    def _add_hits(self, found: list[_Hit], seen: set[str], db: int,
                  rows: Iterable[Sequence[object]]) -> None:
        """Rows of one index for one key, as hits; a place met before (another name row of
        it, or the same place in an earlier index) keeps its first row."""
        for row in rows:
            entry = self._entry(db, tuple(row[:14]))
            if entry.id in seen:
                continue
            seen.add(entry.id)
            found.append(_Hit(entry, float(row[14]), str(row[15])))  # type: ignore[arg-type]

    def _keep_hits(self, key: str, found: list[_Hit]) -> tuple[_Hit, ...]:
        if len(self._exact) > _CACHE_LIMIT:
            self._exact.clear()
        result = tuple(found)
        self._exact[key] = result
        return result

    def _fuzzy(self, key: str, limit: int = 30) -> list[_Hit]:
        """Keys sharing substrings with ``key`` (FTS5 trigram), re-ranked by rapidfuzz ratio."""
        if len(key) < 3:
            return []
        from rapidfuzz import fuzz, process

        size = 4 if len(key) >= 6 else 3
        parts = sorted({key[i:i + size] for i in range(len(key) - size + 1)})
        query = " OR ".join('"' + p.replace('"', '""') + '"' for p in parts)
        pool: set[str] = set()
        with self._lock:
            for conn in self._connections():
                pool.update(
                    r[0] for r in conn.execute(
                        "SELECT key FROM fuzzy WHERE fuzzy MATCH ? ORDER BY rank LIMIT ?",
                        (query, _FUZZY_POOL),
                    )
                )
        pool.discard(key)
        best = process.extract(
            key, list(pool), scorer=fuzz.ratio, limit=limit, score_cutoff=_FUZZY_CUTOFF
        )
        hits: list[_Hit] = []
        seen: set[str] = set()
        for other, ratio, _ in best:
            for hit in self._lookup_key(other):
                if hit.entry.id in seen:
                    continue
                seen.add(hit.entry.id)
                hits.append(
                    _Hit(hit.entry, _rank.Q_FUZZY * ratio / 100.0 * hit.quality, hit.shown, True)
                )
        return hits

    # -- public look-ups --------------------------------------------------------------------
    def contains_name(self, folded: str) -> bool:
        """Whether some place has this name (``folded`` is :func:`normalise_name` output)."""
        known = self._contains.get(folded)
        if known is None:
            key = key_of_folded(folded)  # (answers are kept by ``folded``: no cache needed)
            hits = self._exact.get(key)
            if hits is not None:
                known = bool(hits)
            elif not key:
                known = False
            else:
                # A name found in text is nearly always resolved next: fetch its places now
                # (one query instead of an existence test and then a fetch).
                filters = self._filters or self._key_filters()
                h1, h2 = filters[0].hashes(key)
                dbs = [db for db, kf in enumerate(filters) if kf.probe(h1, h2)]
                known = bool(dbs) and bool(self._lookup_key(key, dbs))
            if len(self._contains) > _CACHE_LIMIT:
                self._contains.clear()
            self._contains[folded] = known
        return known

    def _key_filters(self) -> list[KeyFilter]:
        """Loaded (or built) on the first :meth:`contains_name` call, never at open."""
        with self._lock:
            if self._filters is None:
                from routes.gazetteer._keyfilter import key_filter

                self._filters = [
                    key_filter(path, conn)
                    for path, conn in zip(self.index_paths, self._connections(), strict=True)
                ]
            return self._filters

    def get(self, place_id: str) -> Place | None:
        """The place by id: ``geonames:1871859``, ``landmark:cn-beijing-railway-station``."""
        with self._lock:
            for db, conn in enumerate(self._connections()):
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM places WHERE pid = ? LIMIT 1", (place_id,)
                ).fetchone()
                if row is not None:
                    return self._entry(db, row).place
        return None

    def candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        kinds: KindsArg = None,
        limit: int = 10,
        context: Sequence[Place] = (),
    ) -> list[Candidate]:
        """Places this name may mean, best first (exact and folded matches, else fuzzy ones).

        A leading "the" is folded away when the name without it is known ("the Korean
        Peninsula"); names that keep it ("The Hague") match either way.
        """
        kind_set = frozenset(kinds) if kinds is not None else None
        near = _point(near)
        ctx = _story(context)
        cache_key = (name, country, near, kind_set, limit, ctx)
        cached = self._cand_cache.get(cache_key)
        if cached is not None:
            return list(cached)
        result = [c for c, _ in self._ranked(name, country, near, kind_set, ctx, limit)]
        if len(self._cand_cache) > _CACHE_LIMIT:
            self._cand_cache.clear()
        self._cand_cache[cache_key] = result
        return list(result)

    def _hits(self, name: str) -> _Prepared | None:
        """Every exact match of ``name`` (with and without a leading "the"), ready to rank."""
        folded = normalise_name(name)
        prepared = self._prepared.get(folded)
        if prepared is None:
            prepared = self._hits_of_folded(folded)
        if prepared is not None and written_as_abbreviation(name):
            return self._as_abbreviation(name, prepared)
        return prepared

    def _as_abbreviation(self, name: str, prepared: _Prepared) -> _Prepared:
        """A name written in capitals that the index holds in capitals is that abbreviation:
        "US" in "officials in Paris said the US ..." is the United States, not Us, a village
        near Paris that context would otherwise favour. The places whose names are only
        spelt with the same letters ("Us", "Uk") drop out; a name no place abbreviates
        ("PARIS" in a dateline) keeps every match."""
        if not any(h.shown == name for h in prepared.hits):
            return prepared
        cache_key = "\x00" + name  # (folded names never hold a NUL)
        kept = self._prepared.get(cache_key)
        if kept is None:
            kept = _Prepared.of(prepared.key, [h for h in prepared.hits if h.shown.isupper()],
                                normalise_name(name))
            self._prepared[cache_key] = kept
        return kept

    def _hits_of_folded(self, folded: str) -> _Prepared | None:
        key = name_key(folded, folded=True)
        if not key:
            return None
        hits = list(self._lookup_key(key))
        if folded.startswith("the "):
            bare = name_key(folded[4:], folded=True)
            if bare:
                have = {h.entry.id for h in hits}
                hits.extend(h for h in self._lookup_key(bare) if h.entry.id not in have)
        prepared = _Prepared.of(key, hits, folded)
        if len(self._prepared) > _CACHE_LIMIT:
            self._prepared.clear()
        self._prepared[folded] = prepared
        return prepared

    def _story_context(self, ctx: _StoryKey) -> _rank.StoryContext | None:
        if not ctx:
            return None
        story = self._stories.get(ctx)
        if story is None:
            shorter = self._stories.get(ctx[:-1]) if len(ctx) > 1 else None
            story = shorter.plus(ctx[-1]) if shorter is not None else _rank.StoryContext(ctx)
            if len(self._stories) > 4096:
                self._stories.clear()
            self._stories[ctx] = story
        return story

    def _ranked(
        self,
        name: str,
        country: str | None,
        near: tuple[float, float] | None,
        kinds: frozenset[str] | None,
        ctx: _StoryKey,
        limit: int | None = None,
        fuzzy: bool = True,
    ) -> list[tuple[Candidate, _Hit]]:
        """Candidates best first; only the first ``limit`` are built (all when None)."""
        order = self._order(name, country, near, kinds, ctx, fuzzy)
        if limit is not None:
            order = order[:limit]
        return [(self._candidate(o), o[2]) for o in order]

    def _order(
        self,
        name: str,
        country: str | None,
        near: tuple[float, float] | None,
        kinds: frozenset[str] | None,
        ctx: _StoryKey,
        fuzzy: bool = True,
    ) -> list[_Scored]:
        """(score, context fit, hit) best first, scored in one pass; building a
        Candidate (with its reason) is left to the few that are returned. With no exact
        match of the kinds asked, names like it are ranked instead, unless ``fuzzy`` is
        False (a caller that only wants the name itself is spared that slow search)."""
        prepared = self._hits(name)
        if prepared is None:
            return []
        if kinds is not None:
            prepared = prepared.only(kinds)
        if not prepared.hits and fuzzy:
            prepared = _Prepared.of(prepared.key, self._fuzzy(prepared.key))
            if kinds is not None:
                prepared = prepared.only(kinds)
        if not prepared.hits:
            return []
        c = _rank.context_scores(
            prepared.lat, prepared.lon, prepared.countries, prepared.cities, prepared.gaps,
            country_hint=country, near=near, context=self._story_context(ctx),
            kinds=prepared.kinds, cos_lat=prepared.cos_lat,
        )
        rounded = _rank.rounded
        totals = [rounded(t) for t in _rank.scores(prepared.qualities, prepared.proms, c)]
        scored = list(zip(totals, c, prepared.hits, strict=True))
        scored.sort(key=lambda o: (-o[0], -o[2].entry.population, o[2].entry.id))
        return scored

    def _candidate(self, scored: _Scored) -> Candidate:
        total, fit, hit = scored
        return Candidate(hit.entry.place, total, hit.shown, self._reason(hit, fit))

    @staticmethod
    def _reason(hit: _Hit, ctx: float) -> str:
        why = hit.why  # what the match and the place say, the same in every story
        if why is None:
            q = hit.quality
            if hit.fuzzy:
                how = f"similar name {hit.shown!r}"
            elif q >= _rank.Q_NAME:
                how = "name"
            elif q == _rank.Q_DEMONYM:
                how = f"demonym {hit.shown!r}"
            else:
                how = f"also called {hit.shown!r}"
            parts = [how, f"{hit.entry.kind}"]
            if hit.entry.population:
                parts.append(f"population {hit.entry.population:,}")
            why = hit.why = "; ".join(parts)
        return f"{why}; context fit {ctx:.2f}" if ctx > 0 else why

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        context: Sequence[Place] = (),
        kinds: KindsArg = None,
    ) -> Candidate:
        """The one place ``name`` means here, or an error that lists what it might mean.

        Raises PlaceNotFoundError (with "did you mean" suggestions) when no name matches
        exactly after folding, and AmbiguousPlaceError (with ranked candidates) when two
        different places score within the ambiguity margin (see ``_rank``).
        """
        kind_set = frozenset(kinds) if kinds is not None else None
        near = _point(near)
        ctx = _story(context)
        cache_key = (name, country, near, kind_set, ctx)
        cached = self._resolve_cache.get(cache_key)
        if cached is not None:
            return cached
        order = self._order(name, country, near, kind_set, ctx)
        if not order or order[0][2].fuzzy:
            seen: list[str] = []
            for _, _, hit in order:
                if hit.entry.name not in seen:
                    seen.append(hit.entry.name)
            raise PlaceNotFoundError(name, seen[:5] or self.suggest(name))
        top = order[0]
        rivals = (
            o for o in order[1:]
            if not o[2].fuzzy and not self._same_place(top[2].entry, o[2].entry)
        )
        rival = next(rivals, None)
        best = self._candidate(top)
        if rival is not None and rival[0] > top[0] - _rank.AMBIGUITY_MARGIN:
            close = [rival]
            for o in rivals:  # best first: stop at the first too far down, or at 7
                if len(close) >= 7 or o[0] <= top[0] - 0.15:
                    break
                close.append(o)
            shown = [best, *(self._candidate(o) for o in close)]
            raise _ambiguous(name, [self.describe(c) for c in shown], shown)
        if len(self._resolve_cache) > _CACHE_LIMIT:
            self._resolve_cache.clear()
        self._resolve_cache[cache_key] = best
        return best

    @staticmethod
    def _same_place(a: _Entry, b: _Entry) -> bool:
        limit = max(_rank.SAME_PLACE_KM, a.extent_km, b.extent_km)
        return _rank.haversine_km(a.lat, a.lon, b.lat, b.lon) <= limit

    @staticmethod
    def describe(candidate: Candidate) -> str:
        """One line a journalist can tell candidates apart by."""
        p = candidate.place
        where = ", ".join(x for x in (p.city, p.admin1, p.country) if x)
        pop = f", population {p.population:,}" if p.population else ""
        return f"{p.name} ({p.kind}, {where}{pop}; {p.lat:.3f}, {p.lon:.3f})"

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """Names close to ``name`` ("did you mean"), most likely first, without duplicates."""
        key = name_key(name)
        hits = self._fuzzy(key, limit=limit * 6) if key else []
        hits.sort(key=lambda h: (-(h.quality + 0.1 * h.entry.prominence), h.entry.id))
        out: list[str] = []
        for hit in hits:
            if hit.entry.name not in out:
                out.append(hit.entry.name)
            if len(out) >= limit:
                break
        return out

    def resolve_description(
        self, phrase: str, *, city: str | None = None, keywords: Sequence[str] = ()
    ) -> Candidate | None:
        """The place a description names in this context, if exactly one curated record fits.

        ``phrase`` is matched (after folding, without a leading article) against the
        ``context_aliases`` of curated records. A record's ``within`` must be ``city`` or be
        named in the phrase itself; all its ``with`` words must be among ``keywords`` (words
        or text of the same article). Several different places fitting equally -> None.
        """
        folded = _strip_article(normalise_name(phrase))
        if not folded:
            return None
        padded = f" {folded} "
        city_key = name_key(city) if city else None
        words = " " + " ".join(normalise_name(k) for k in keywords) + " "
        matches: list[tuple[int, _Context]] = []
        for ctx in self._contexts:
            target = _strip_article(ctx.phrase)
            if not target or (folded != target and f" {target} " not in padded):
                continue
            if ctx.within:
                within_key = name_key(ctx.within)
                if city_key != within_key and f" {normalise_name(ctx.within)} " not in padded:
                    continue
            if any(f" {w} " not in words for w in ctx.with_words):
                continue
            specificity = len(ctx.with_words) * 100 + len(target)
            matches.append((specificity, ctx))
        if not matches:
            return self._capital_described(folded, phrase)
        matches.sort(key=lambda m: -m[0])
        top = matches[0]
        for spec, ctx in matches[1:]:
            if spec == top[0] and ctx.entry.id != top[1].entry.id:
                return None
        ctx = top[1]
        reason = f"description {ctx.phrase!r}"
        if ctx.within:
            reason += f" within {ctx.within}"
        if ctx.with_words:
            reason += f" with {', '.join(ctx.with_words)}"
        return Candidate(ctx.entry.place, 0.9, phrase, reason)

    def _capital_described(self, folded: str, phrase: str) -> Candidate | None:
        """"the Chinese capital", "the capital of France": the capital city of the country
        the phrase names (see routes.gazetteer._capitals); None for any other phrase, or a
        country whose capital the index lacks."""
        from routes.gazetteer._capitals import capital_names, country_in

        written = country_in(folded)
        if written is None or not self.contains_name(written):
            return None  # (not a name as written: no fuzzy likeness of a country's name)
        # (the names as written only: "the capital of Inner Mongolia" names no country,
        # and a country whose name is like it, Mongolia, is not the one meant)
        country = self._ranked(written, None, None, frozenset(("country",)), (), 1, False)
        if not country:
            return None
        iso = country[0][0].place.country
        capital = capital_names().get(iso or "")
        if capital is None:
            return None
        cities = self._ranked(capital, iso, None, frozenset(("city",)), (), 1, False)
        if not cities:
            return None
        return Candidate(cities[0][0].place, 0.9, phrase,
                         f"description {phrase!r}: the capital of {country[0][0].place.name}")

    def nearest(
        self, lat: float, lon: float, *, limit: int = 1, max_km: float | None = None,
        kinds: KindsArg = None,
    ) -> list[tuple[Place, float]]:
        """The places nearest a point (cities and landmarks), with their distance in km.

        Reads 1-degree grid cells ring by ring around the point and stops as soon as no cell
        further out can hold anything nearer than what was found. Near the poles, where a
        degree of longitude shrinks to nothing, it reads whole latitude bands instead (a
        degree of latitude is always at least 110.5 km), doubling the band until certain.
        """
        from routes.gazetteer._build import cell_of
        from routes.models import check_coordinates

        check_coordinates(lat, lon)
        kind_set = frozenset(kinds) if kinds is not None else None
        row0, col0 = divmod(cell_of(lat, lon), 360)
        seen: dict[tuple[int, int], float] = {}

        def scan(where: str, params: Sequence[int]) -> None:
            with self._lock:
                for db, conn in enumerate(self._connections()):
                    for rid, plat, plon, kind in conn.execute(
                        f"SELECT rid, lat, lon, kind FROM places WHERE {where}", params
                    ):
                        if kind_set is None or kind in kind_set:
                            seen[(db, rid)] = _rank.haversine_km(lat, lon, plat, plon)

        def settled(bound: float) -> bool:
            if max_km is not None and bound >= max_km:
                return True
            if len(seen) < limit:
                return False
            return sorted(seen.values())[limit - 1] <= bound

        ring = 0
        while True:
            cells = _ring(row0, col0, ring)
            scan(f"cell IN ({','.join('?' * len(cells))})", cells)
            # Anything in ring+1 or beyond is at least ``ring`` degrees of latitude or of
            # longitude away; a degree of longitude is shortest at the band's polar edge.
            polar_edge = min(90.0, abs(lat) + ring + 1)
            reach = ring * _KM_PER_DEGREE * math.cos(math.radians(polar_edge))
            if settled(reach):
                break
            if polar_edge >= 80.0 or ring >= 30:
                rows = ring + 1
                while True:
                    lo, hi = max(0, row0 - rows), min(179, row0 + rows)
                    scan("cell BETWEEN ? AND ?", (lo * 360, hi * 360 + 359))
                    if (lo == 0 and hi == 179) or settled(rows * _MIN_KM_PER_LAT_DEGREE):
                        break
                    rows *= 2
                break
            ring += 1
        ranked = sorted(seen.items(), key=lambda item: item[1])
        result: list[tuple[Place, float]] = []
        ids: set[str] = set()
        cols = ", ".join(c.strip() for c in _COLUMNS.split(","))
        for (db, rid), km in ranked:
            if len(result) >= limit or (max_km is not None and km > max_km):
                break
            row = self._connections()[db].execute(
                f"SELECT {cols} FROM places WHERE rid = ?", (rid,)
            ).fetchone()
            place = self._entry(db, row).place
            if place.id not in ids:
                ids.add(place.id)
                result.append((place, km))
        return result

    def close(self) -> None:
        with self._lock:
            for conn in self._conns:
                conn.close()
            self._closed = True


def _ambiguous(name: str, described: list[str], ranked: list[Candidate]) -> AmbiguousPlaceError:
    """The error, built outside the frame that raises it: an exception held in a local of
    the frame it is raised from forms a cycle (error, traceback, frame) that keeps every
    caller's frame, and a reader's whole story, alive until the cycle collector runs."""
    return AmbiguousPlaceError(name, described, ranked)


def _point(near: Sequence[float] | None) -> tuple[float, float] | None:
    """``near`` as a hashable (lat, lon) tuple, checked (a list or numpy pair also works)."""
    if near is None:
        return None
    from routes.models import check_coordinates

    lat, lon = float(near[0]), float(near[1])
    check_coordinates(lat, lon)
    return (lat, lon)


def _ring(row0: int, col0: int, ring: int) -> list[int]:
    """Cells at Chebyshev distance ``ring`` from (row0, col0); columns wrap around the globe."""
    cells: set[int] = set()
    for dr in range(-ring, ring + 1):
        row = row0 + dr
        if not 0 <= row < 180:
            continue
        if abs(dr) == ring:
            dcs: Iterable[int] = range(-ring, ring + 1)
        else:
            dcs = (-ring, ring)
        for dc in dcs:
            cells.add(row * 360 + (col0 + dc) % 360)
    if ring > 0 and not cells:
        return []
    return sorted(cells)


_OPEN: dict[tuple[object, ...], Gazetteer] = {}
_OPEN_LOCK = threading.Lock()
#: How many times this process is a forked child of one that used SQLite (see _connections).
_FORKS = [0]


def _forked() -> None:
    _FORKS[0] += 1


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


def imported_index_path() -> Path:
    """Where ``routes gazetteer import`` puts its larger index (opened with the shipped one)."""
    from routes.gazetteer._index_files import cache_dir

    return cache_dir() / "geonames-import.sqlite"


def open_gazetteer(path: Path | None = None, *, cities: str | None = None) -> Gazetteer:
    """The gazetteer, opened once per process; builds its index on first use.

    ``path`` may be an index file (``*.sqlite``) to open as it is, or a folder or YAML file
    of curated records to use instead of the shipped ones (tests, newsroom-private data).
    ``cities`` picks the GeoNames list (``cities500`` default, ``cities1000``, ``cities5000``,
    ``cities15000``; or env ROUTES_GEONAMES_CITIES). The index built by
    ``routes gazetteer import`` is opened too when it exists.
    """
    from routes.gazetteer._index_files import (
        DEFAULT_CITIES,
        cache_dir,
        curated_folders,
        known_index,
        stamps,
        yaml_files,
    )

    cities = cities or os.environ.get("ROUTES_GEONAMES_CITIES") or DEFAULT_CITIES
    if cities not in ("cities500", "cities1000", "cities5000", "cities15000"):
        raise GazetteerDataError(
            f"unknown GeoNames list {cities!r}; "
            "use cities500, cities1000, cities5000 or cities15000"
        )
    if path is not None and Path(path).suffix in (".sqlite", ".db"):
        return Gazetteer([Path(path)])
    folders = [Path(path)] if path is not None else curated_folders()
    if path is not None and not Path(path).exists():
        raise GazetteerDataError(f"{path}: no such curated file or folder")
    files = yaml_files(folders)
    extra = imported_index_path()
    extra_stamp = extra.stat().st_mtime_ns if extra.exists() else 0
    key = (os.getpid(), str(cache_dir()), cities, tuple(stamps(files)), extra_stamp)
    with _OPEN_LOCK:
        gaz = _OPEN.get(key)
        if gaz is None:
            # the files built last time for these inputs, else the builder (imported only
            # then: finding a built index costs a few stat calls, see _index_files)
            built: tuple[Path, ...] | None = known_index(folders, cities)
            if built is None:
                from routes.gazetteer._build import ensure_index

                built = ensure_index(folders, cities=cities).paths
            paths = [*built, *([extra] if extra.exists() else [])]
            gaz = Gazetteer(paths)
            _OPEN[key] = gaz
        return gaz


def clear_open_gazetteers() -> None:
    """Forget the per-process gazetteers (tests that switch cache folders)."""
    with _OPEN_LOCK:
        for gaz in _OPEN.values():
            gaz.close()
        _OPEN.clear()
