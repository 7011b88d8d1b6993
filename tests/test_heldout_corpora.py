"""The held-out corpus loaders of bench/heldout.py on constructed files in each format (the
corpora themselves are third-party and never in the project): offsets, points, and a toponym
without a point that the scorer must treat as neutral."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


heldout = _load("heldout")
gwn = sys.modules["geowebnews"]

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <title>Council meets</title>
    <text><![CDATA[The Lamar County council met in Paris on Monday. Ohio sent a letter.]]></text>
    <toponyms count="3">
      <toponym><start>4</start><end>16</end><phrase>Lamar County</phrase>
        <gaztag geonameid="1"><name>Lamar County</name><lat>33.66</lat><lon>-95.57</lon></gaztag>
      </toponym>
      <toponym><start>32</start><end>37</end><phrase>Paris</phrase>
        <gaztag geonameid="2"><name>Paris</name><lat>33.66</lat><lon>-95.56</lon></gaztag>
      </toponym>
      <toponym><start>49</start><end>53</end><phrase>Ohio</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS = """<articles>
  <article>
    <source>https://example.org/a</source>
    <text>Cases rose in Lagos and Abuja this week.</text>
    <locations>
      <location><name>Lagos</name><start>14</start><end>19</end><lat>6.45</lat>
        <lon>3.39</lon><page>https://example.org/Lagos</page></location>
      <location><name>Abuja</name><start>24</start><end>29</end><lat>9.07</lat>
        <lon>7.48</lon><page>https://example.org/Abuja</page></location>
    </locations>
  </article>
</articles>
"""


def test_lgl_articles_keep_offsets_points_and_pointless_toponyms(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    [a] = heldout.load_lgl(path)
    assert a.id == "7" and a.title == "Council meets"
    names = [(t.name, a.text[t.start:t.end], t.lat, t.locational) for t in a.toponyms]
    assert names == [("Lamar County", "Lamar County", 33.66, True), ("Paris", "Paris", 33.66, True),
                     ("Ohio", "Ohio", None, False)]
    score = gwn.score([a], [[gwn.Prediction("Paris", 33.6, -95.5), gwn.Prediction("Ohio", 40, -83),
                             gwn.Prediction("Monday", 0, 0)]])
    assert (score.tp, score.fp, score.fn, score.neutral) == (1, 1, 1, 1)


def test_geovirus_articles_keep_offsets_and_points(tmp_path: Path) -> None:
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    [a] = heldout.load_geovirus(path)
    assert [(a.text[t.start:t.end], t.lat, t.lon) for t in a.toponyms] == [
        ("Lagos", 6.45, 3.39), ("Abuja", 9.07, 7.48)]
    assert len(a.gold) == 2


def test_a_corpus_is_found_in_the_folder_named_first(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS, encoding="utf-8")
    monkeypatch.setenv("ROUTES_HELDOUT_CORPORA", str(tmp_path))
    monkeypatch.setenv("ROUTES_CORPORA", str(tmp_path / "nowhere"))
    geovirus, lgl = heldout.CORPORA[1], heldout.CORPORA[0]
    assert heldout.find(geovirus) == tmp_path / "GeoVirus.xml"
    assert heldout.find(lgl) is None
