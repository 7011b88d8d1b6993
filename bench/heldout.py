"""Other annotated corpora, read if a user has them: a check that the reading carries over.

Why: GeoWebNews is the corpus the reading rules were checked against while they were written,
so its figures flatter them a little (see :data:`HISTORY`). Two other public corpora in the
geoparsing literature test whether the rules carry over; the project neither ships nor
downloads them. Put their files in
the folder named by ``ROUTES_HELDOUT_CORPORA`` (or beside GeoWebNews) and the accuracy
benchmark adds a table for each one it finds:

* ``lgl.xml``: LGL, the Local-Global Lexicon corpus (Lieberman, Samet and Sankaranarayanan,
  "Geotagging with local lexicons to build indexes for textually-specified spatial data",
  ICDE 2010): 588 articles from small US and world newspapers, toponyms with GeoNames points.
  Local news, full of small namesakes of world cities (Paris, Texas; Athens, Georgia).
* ``GeoVirus.xml``: GeoVirus (Gritta, Pilehvar and Collier, "Which Melbourne? Augmenting
  geocoding with maps", ACL 2018): 229 WikiNews articles on epidemics, toponyms with the
  coordinates of their Wikipedia pages.

Both are in the files ``data/lgl.xml`` and ``data/GeoVirus.xml`` of the public repository
milangritta/Geocoding-with-Map-Vector. Neither annotates adjectives or demonyms ("Canadian"),
which GeoWebNews does, so a reader that finds those is charged false positives here: precision
is understated for every system alike; recall and Acc@161km compare as on GeoWebNews. The
scorer is GeoWebNews' (geowebnews.py): a toponym without a point is neutral.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import geowebnews as gwn

#: What these corpora have been used for, said wherever their figures are shown.
HISTORY = ("First measured after eight sessions of rules written on GeoWebNews alone (Acc@161km "
           "then: LGL 0.794, GeoVirus 0.845); a few general rules have since come from classes "
           "of their errors (each checked on GeoWebNews), so they are no longer wholly unseen.")


def _number(text: str | None) -> float | None:
    return float(text) if text and text.strip() else None


def _toponym(name: str | None, start: str | None, end: str | None, lat: float | None,
             lon: float | None) -> gwn.GoldToponym:
    return gwn.GoldToponym(
        name=(name or "").strip(), type="Literal", modifier="", locational=lat is not None,
        start=int(start or -1), end=int(end or -1), lat=lat, lon=lon)


def load_lgl(path: Path) -> list[gwn.GoldArticle]:
    """LGL: ``<article docid>`` with ``<text>`` and ``<toponym>``s; the point is the
    ``<gaztag>``'s (a toponym without one has no point: neutral)."""
    articles: list[gwn.GoldArticle] = []
    for node in ET.parse(path).getroot().iter("article"):
        tops = []
        for t in node.iter("toponym"):
            tag = t.find("gaztag")
            lat = _number(tag.findtext("lat")) if tag is not None else None
            lon = _number(tag.findtext("lon")) if tag is not None else None
            tops.append(_toponym(t.findtext("phrase"), t.findtext("start"), t.findtext("end"),
                                 lat, lon if lat is not None else None))
        articles.append(gwn.GoldArticle(
            id=node.get("docid", str(len(articles))), title=(node.findtext("title") or ""),
            text=node.findtext("text") or "", toponyms=tuple(tops)))
    return articles


def load_geovirus(path: Path) -> list[gwn.GoldArticle]:
    """GeoVirus: ``<article>`` with ``<text>`` and ``<location>``s (name, offsets, lat, lon)."""
    articles: list[gwn.GoldArticle] = []
    for node in ET.parse(path).getroot().iter("article"):
        tops = [_toponym(t.findtext("name"), t.findtext("start"), t.findtext("end"),
                         _number(t.findtext("lat")), _number(t.findtext("lon")))
                for t in node.iter("location")]
        articles.append(gwn.GoldArticle(
            id=str(len(articles)), title=(node.findtext("source") or ""),
            text=node.findtext("text") or "", toponyms=tuple(tops)))
    return articles


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    file: str
    load: Callable[[Path], list[gwn.GoldArticle]]


CORPORA = (Corpus("LGL", "lgl.xml", load_lgl), Corpus("GeoVirus", "GeoVirus.xml", load_geovirus))


def heldout_dirs(repo_root: Path | None = None) -> list[Path]:
    """Where held-out corpora are looked for: ``ROUTES_HELDOUT_CORPORA``, then GeoWebNews' one."""
    dirs = [Path(p) for p in os.environ.get("ROUTES_HELDOUT_CORPORA", "").split(os.pathsep) if p]
    return [*dirs, gwn.corpus_dir(repo_root)]


def find(corpus: Corpus, repo_root: Path | None = None) -> Path | None:
    """The corpus file, if a user has put it where the benchmark looks."""
    return next((d / corpus.file for d in heldout_dirs(repo_root) if (d / corpus.file).is_file()),
                None)
