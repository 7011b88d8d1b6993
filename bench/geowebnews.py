"""GeoWebNews: load the annotated corpus and score a geoparser's output against it.

The corpus (Gritta, Pilehvar and Collier, "A Pragmatic Guide to Geoparsing Evaluation", 2019) is
third-party data: it is read from the shared folder beside the repository (``../shared/corpora``
or the folder named by ``ROUTES_CORPORA``) and nothing from it is copied into the project.

Why a scorer of our own, and not offsets: the project's reader reports each place with the surface
forms it was written as (``PlaceMention.mentions``), not character offsets, and the issue asks for
recognition "on surface forms (case and a leading 'the' folded)". So the unit is the distinct
folded surface form per article, as in type-level evaluation:

* forms are compared after :func:`fold` (case, spacing, apostrophes, a leading "the" and one
  trailing full stop);
* gold: every annotation that is locational and carries coordinates (2,601 in the corpus);
* a predicted form that equals a gold form is a true positive; one that equals no annotated
  toponym of the article is a false positive; one that equals an annotation which has no
  coordinates (a demonym such as "Mexicans", an organisation name) is *neutral*: neither right
  nor wrong, because the corpus gives no point to compare with. The same rule applies to every
  system, so the comparison stays fair;
* for each true positive, the error is the great-circle distance from the predicted point to the
  nearest gold point of that form in that article; a recognised form left without a point counts
  as the largest possible error (half the Earth's circumference), so it fails Acc@161km;
* the breakdown by toponym type counts distinct (form, type) pairs: its recall is the share of
  gold pairs whose form was predicted (predictions carry no type, so precision has no breakdown).
"""

from __future__ import annotations

import math
import os
import re
import statistics
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The corpus file inside the corpora folder.
CORPUS_FILE = "GeoWebNews.xml"
#: Acc@161km: 161 km is 100 miles, the customary threshold in geoparsing evaluation.
ACC_KM = 161.0
#: Error given to a recognised toponym that was left without coordinates.
UNRESOLVED_KM = 20037.5
EARTH_RADIUS_KM = 6371.0088

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One hand annotation: a span of the article, its type and, when locational, its point."""

    name: str
    type: str
    modifier: str
    locational: bool
    start: int
    end: int
    lat: float | None = None
    lon: float | None = None
    geonames_id: str = ""

    @property
    def scoreable(self) -> bool:
        """Locational and with a point: the annotations the measures are taken against."""
        return self.locational and self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of the corpus and its annotations."""

    id: str
    title: str
    text: str
    toponyms: tuple[GoldToponym, ...]

    @property
    def gold(self) -> tuple[GoldToponym, ...]:
        return tuple(t for t in self.toponyms if t.scoreable)


@dataclass(frozen=True, slots=True)
class Prediction:
    """A place a system says the article names: the words as written and where it put them."""

    name: str
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class TypeScore:
    """Recall and resolution for one toponym type."""

    gold: int = 0
    recognised: int = 0
    errors_km: list[float] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recognised / self.gold if self.gold else 0.0

    @property
    def acc161(self) -> float:
        return _acc(self.errors_km)


@dataclass(slots=True)
class Miss:
    """A gold form a system did not find, or found and put far away (for the weakness report)."""

    article: str
    form: str
    type: str
    error_km: float | None = None  # None: not recognised


@dataclass(slots=True)
class Score:
    """The measures of one system over a set of articles."""

    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0
    errors_km: list[float] = field(default_factory=list)
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    false_positives: list[tuple[str, str]] = field(default_factory=list)  # (article, form)
    misses: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        return _acc(self.errors_km)

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else math.nan

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else math.nan


def _acc(errors: Sequence[float]) -> float:
    return sum(1 for e in errors if e <= ACC_KM) / len(errors) if errors else 0.0


def fold(name: str) -> str:
    """The key two surface forms are compared by: case, spacing, apostrophes, a leading "the".

    One trailing full stop is dropped too: where a sentence ends on "U.S." or "Calif." the
    text shows one stop for two uses, and a reader that leaves it to the sentence has still
    found the name.

    >>> fold("  The  Korean Peninsula")
    'korean peninsula'
    >>> fold("WASHINGTON") == fold("Washington")
    True
    >>> fold("Calif.") == fold("Calif")
    True
    """
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)
    s = _SPACES.sub(" ", s).strip().casefold()
    s = s[:-1] if s.endswith(".") else s
    return _LEADING_THE.sub("", s)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on the mean-radius sphere, as geoparsing papers measure error.

    >>> round(haversine_km(0.0, 0.0, 0.0, 1.0), 1)
    111.2
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def corpus_dir(repo_root: Path | None = None) -> Path:
    """Where the corpora are: env ``ROUTES_CORPORA``, else ``../shared/corpora`` beside the repo."""
    env = os.environ.get("ROUTES_CORPORA")
    if env:
        return Path(env)
    root = repo_root or Path(__file__).resolve().parent.parent
    return root.parent / "shared" / "corpora"


def corpus_path(repo_root: Path | None = None) -> Path:
    """The GeoWebNews file (it may not exist: callers check and skip or explain)."""
    return corpus_dir(repo_root) / CORPUS_FILE


def _float(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    return float(text)


def _int(text: str | None) -> int:
    return int(text) if text and text.strip() else -1


def load_corpus(path: Path) -> list[GoldArticle]:
    """Parse the corpus XML (ElementTree; the file is 3 MB, so a tree is fine)."""
    root = ET.parse(path).getroot()
    articles: list[GoldArticle] = []
    for node in root.iter("article"):
        tops: list[GoldToponym] = []
        for t in node.iter("toponym"):
            tops.append(
                GoldToponym(
                    name=(t.findtext("extractedName") or "").strip(),
                    type=(t.findtext("type") or "").strip(),
                    modifier=(t.findtext("modifierType") or "").strip(),
                    locational=(t.findtext("nonLocational") or "").strip().lower() != "yes",
                    start=_int(t.findtext("start")),
                    end=_int(t.findtext("end")),
                    lat=_float(t.findtext("latitude")),
                    lon=_float(t.findtext("longitude")),
                    geonames_id=(t.findtext("geonamesID") or "").strip(),
                )
            )
        articles.append(
            GoldArticle(
                id=node.get("file", str(len(articles))),
                title=(node.findtext("title") or "").strip(),
                text=node.findtext("text") or "",
                toponyms=tuple(tops),
            )
        )
    return articles


def sample(articles: Sequence[GoldArticle], every: int = 10) -> list[GoldArticle]:
    """A fixed, answer-blind sample: every ``every``-th article in corpus order, from the first."""
    return [a for i, a in enumerate(articles) if i % every == 0]


def type_label(t: GoldToponym) -> str:
    """The type shown in the breakdown: the corpus type, with the modifier's part of speech."""
    if t.modifier:
        return f"{t.type} ({t.modifier})"
    return t.type


def score_article(article: GoldArticle, predictions: Iterable[Prediction], into: Score) -> None:
    """Add one article's counts to ``into`` (see the module docstring for the rules)."""
    gold_points: dict[str, list[tuple[float, float]]] = {}
    gold_pairs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    unscoreable: set[str] = set()
    for t in article.toponyms:
        key = fold(t.name)
        if not key:
            continue
        if t.scoreable:
            assert t.lat is not None and t.lon is not None
            gold_points.setdefault(key, []).append((t.lat, t.lon))
            gold_pairs.setdefault((key, type_label(t)), []).append((t.lat, t.lon))
        else:
            unscoreable.add(key)

    predicted: dict[str, Prediction] = {}
    for p in predictions:
        key = fold(p.name)
        if not key:
            continue
        old = predicted.get(key)
        if old is None or (old.lat is None and p.lat is not None):
            predicted[key] = p

    def error(pred: Prediction, points: list[tuple[float, float]]) -> float:
        if pred.lat is None or pred.lon is None:
            return UNRESOLVED_KM
        return min(haversine_km(pred.lat, pred.lon, la, lo) for la, lo in points)

    into.articles += 1
    for key, pred in predicted.items():
        if key in gold_points:
            into.tp += 1
            into.errors_km.append(error(pred, gold_points[key]))
        elif key in unscoreable:
            into.neutral += 1
        else:
            into.fp += 1
            into.false_positives.append((article.id, pred.name))
    for key in gold_points:
        if key not in predicted:
            into.fn += 1
    for (key, label), points in gold_pairs.items():
        ts = into.by_type.setdefault(label, TypeScore())
        ts.gold += 1
        pred_or_none = predicted.get(key)
        if pred_or_none is None:
            into.misses.append(Miss(article.id, key, label))
            continue
        ts.recognised += 1
        err = error(pred_or_none, points)
        ts.errors_km.append(err)
        if err > ACC_KM:
            into.misses.append(Miss(article.id, key, label, err))


def score(
    articles: Sequence[GoldArticle], predictions: Sequence[Sequence[Prediction]]
) -> Score:
    """Score one system: ``predictions[i]`` are its places for ``articles[i]``."""
    if len(articles) != len(predictions):
        raise ValueError(f"{len(articles)} articles but {len(predictions)} prediction lists")
    result = Score()
    for article, preds in zip(articles, predictions, strict=True):
        score_article(article, preds, result)
    return result
