"""Curated records: validation with file:line, atomic appends, rebuilds on change, imports."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routes.errors import (
    AmbiguousPlaceError,
    GazetteerDataError,
    InputFileError,
    PlaceNotFoundError,
)
from routes.gazetteer import (
    add_record,
    import_geonames,
    normalise_name,
    open_gazetteer,
    validate_records,
)
from routes.gazetteer._gazetteer import clear_open_gazetteers
from tests.test_gazetteer_support import BAD, FIXTURE, fixture


def test_shipped_curated_files_are_valid() -> None:
    assert [str(p) for p in validate_records()] == []


def test_fixture_is_valid() -> None:
    assert validate_records([FIXTURE]) == []


def test_problems_name_file_line_and_record() -> None:
    problems = validate_records([BAD])

    def messages(record: str, line: int) -> list[str]:
        return [p.message for p in problems if p.record == record and p.line == line]

    assert any("spaceport" in m for m in messages("fx-bad-kind", 10))
    assert any("lat" in m for m in messages("fx-bad-lat", 16))
    assert any("already used" in m and f"{BAD}:4" in m for m in messages("fx-ok", 22))
    no_source = messages("fx-no-source", 28)
    assert any("source" in m for m in no_source) and any("XX" in m for m in no_source)
    assert all(str(p).startswith(f"{BAD}:") for p in problems)
    assert len(problems) == 5


def test_a_division_keeps_its_first_order_code(tmp_path: Path) -> None:
    from routes.gazetteer._records import check_record

    raw = {"id": "fx-state", "name": "Fixture State", "kind": "admin", "lat": 1.0, "lon": 2.0,
           "country": "US", "admin1": "MT", "source": "test"}
    rec, problems = check_record(raw, default_source=None, path="x.yaml", line=1)
    assert not problems and rec is not None and rec.admin1 == "MT"
    rec, problems = check_record({**raw, "admin1": 30}, default_source=None, path="x.yaml",
                                 line=1)
    assert rec is None and any("admin1 must be a string" in p.message for p in problems)


def test_broken_yaml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("records:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    (problem,) = validate_records([broken])
    assert "not valid YAML" in problem.message and problem.line is not None


def test_missing_path_is_reported(tmp_path: Path) -> None:
    (problem,) = validate_records([tmp_path / "nope.yaml"])
    assert "no such" in problem.message


def _record(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "fx-dandong-station", "name": "Dandong Railway Station", "kind": "station",
        "lat": 40.1206, "lon": 124.3937, "country": "CN", "city": "Dandong",
        "aliases": ["Dandong Station"], "source": "test: Wikipedia infobox",
    }
    base.update(over)
    return base


def test_add_record_appends_and_keeps_comments(tmp_path: Path) -> None:
    target = tmp_path / "landmarks.yaml"
    shutil.copy(FIXTURE, target)
    before = target.read_text(encoding="utf-8")
    added = add_record(target, _record())
    after = target.read_text(encoding="utf-8")
    assert added.id == "fx-dandong-station"
    assert after.startswith(before)  # comments and order untouched
    data = yaml.safe_load(after)
    assert data["records"][-1]["name"] == "Dandong Railway Station"
    assert validate_records([target]) == []


def test_add_record_refuses_bad_or_duplicate_records(tmp_path: Path) -> None:
    target = tmp_path / "landmarks.yaml"
    shutil.copy(FIXTURE, target)
    before = target.read_bytes()
    with pytest.raises(GazetteerDataError, match="lat"):
        add_record(target, _record(lat=123.0))
    with pytest.raises(GazetteerDataError, match="already used"):
        add_record(target, _record(id="fx-diaoyutai"))
    with pytest.raises(GazetteerDataError, match="kind"):
        add_record(target, _record(kind="castle"))
    assert target.read_bytes() == before


def test_add_record_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    add_record(target, _record())
    assert validate_records([target]) == []
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["meta"]["licence"]


def test_index_rebuilds_when_a_record_is_added(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUTES_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ROUTES_GEONAMES_CITIES", "cities15000")
    folder = tmp_path / "curated"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "fixture.yaml")
    clear_open_gazetteers()
    try:
        first = open_gazetteer(folder)
        assert open_gazetteer(folder) is first  # cached per process
        assert not first.contains_name("dandong railway station")
        base, overlay = first.index_paths
        base_stamp = base.stat().st_mtime_ns
        add_record(folder / "fixture.yaml", _record())
        second = open_gazetteer(folder)
        assert second is not first
        assert second.resolve("Dandong Railway Station").place.id == "landmark:fx-dandong-station"
        assert second.index_paths[0] == base and base.stat().st_mtime_ns == base_stamp
        assert second.index_paths[1] != overlay and not overlay.exists()  # stale one removed
        assert sorted((tmp_path / "cache").glob("gazetteer-*.sqlite")) == sorted(
            second.index_paths
        )
    finally:
        clear_open_gazetteers()


def test_fixture_records_resolve() -> None:
    gaz = fixture()
    assert gaz.resolve("Peking Railway Station").place.id == "landmark:fx-beijing-railway-station"
    assert gaz.resolve("Yizhuang", near=(39.9, 116.4)).place.kind == "zone"
    assert gaz.resolve("Tong Ren Tang factory").place.kind == "factory"
    union = gaz.candidates("Union Station", near=(45.52, -122.68))
    assert union[0].place.city == "Portland"
    desc = gaz.resolve_description("the state guest house", city="beijing")
    assert desc is not None and desc.place.id == "landmark:fx-diaoyutai"


GEONAMES_ROWS = [
    # id name asciiname alternates lat lon fclass fcode cc cc2 a1 a2 a3 a4 pop elev dem tz date
    ["9000001", "Xiaoshiqiao", "Xiaoshiqiao", "Hsiao-shih-ch'iao,Xiaoshiqiao Cun", "40.2001",
     "124.2002", "P", "PPL", "CN", "", "19", "", "", "", "120", "", "50", "Asia/Shanghai",
     "2020-01-01"],
    ["9000002", "Dandong Railway Station", "Dandong Railway Station", "Dandong Zhan",
     "40.1206", "124.3937", "S", "RSTN", "CN", "", "19", "", "", "", "0", "", "10",
     "Asia/Shanghai", "2020-01-01"],
    ["9000003", "Yalu Jiang", "Yalu Jiang", "Amnok,Yalu River", "40.0", "124.3", "H", "STM",
     "CN", "", "", "", "", "", "0", "", "0", "Asia/Shanghai", "2020-01-01"],
]


def _dump(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_import_geonames_adds_villages_and_stations(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUTES_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ROUTES_GEONAMES_CITIES", "cities15000")
    dump = _dump(tmp_path / "CN.txt", GEONAMES_ROWS)
    archive = tmp_path / "CN.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(dump, "CN.txt")
    clear_open_gazetteers()
    try:
        index = import_geonames(archive)
        assert index.exists()
        gaz = open_gazetteer(FIXTURE)
        village = gaz.resolve("Hsiao-shih-ch'iao").place
        assert village.name == "Xiaoshiqiao" and "CC BY 4.0" in village.source
        assert gaz.resolve("Dandong Zhan").place.kind == "station"
        assert gaz.resolve("Yalu River").place.kind == "water"
        assert gaz.resolve("Pyongyang").place.country == "KP"  # the shipped index still answers
        assert gaz.nearest(40.2, 124.2)[0][0].name == "Xiaoshiqiao"
    finally:
        clear_open_gazetteers()


def test_import_rejects_files_that_are_not_dumps(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("\t".join(GEONAMES_ROWS[0]) + "\n" + "name,lat,lon\n", encoding="utf-8")
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerDataError, match=r"bad\.txt:2"):
        import_geonames(bad, out=out)
    assert not out.exists()
    with pytest.raises(InputFileError):
        import_geonames(tmp_path / "missing.txt", out=out)
    wrong = list(GEONAMES_ROWS[0])
    wrong[4] = "north"
    with pytest.raises(GazetteerDataError, match=":1"):
        import_geonames(_dump(tmp_path / "w.txt", [wrong]), out=out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=30))
def test_any_text_gives_ranked_candidates_or_a_routes_error(text: str) -> None:
    gaz = fixture()
    ranked = gaz.candidates(text, limit=5)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    assert all(0.0 <= c.score <= 1.0 for c in ranked)
    try:
        best = gaz.resolve(text)
    except (PlaceNotFoundError, AmbiguousPlaceError):
        pass
    else:  # resolve picks the top candidate, or refuses
        assert best.place == ranked[0].place
    assert isinstance(gaz.contains_name(normalise_name(text)), bool)
    assert all(isinstance(s, str) for s in gaz.suggest(text))
