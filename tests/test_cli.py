"""Every command end to end: through Typer's runner (fast) and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
EXAMPLE = ROOT / "examples" / "kim-2019-beijing.yaml"

needs_seeds = pytest.mark.skipif(not SEEDS, reason="seed articles not found at ../shared/seeds")

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def routes_exe() -> list[str]:
    exe = Path(sys.executable).with_name("routes")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cli.main"]


@pytest.fixture(scope="module")
def seeds_json() -> dict[str, object]:
    code, out, err = invoke("check", *map(str, SEEDS), "--format", "json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def names(items: object) -> list[str]:
    assert isinstance(items, list)
    return [item["name"] for item in items]


@needs_seeds
def test_check_seeds_lists_the_journey_places(seeds_json: dict[str, object]) -> None:
    places = names(seeds_json["places"])
    for expected in (
        "Pyongyang",
        "Dandong",
        "Beijing Railway Station",
        "Great Hall of the People",
        "Beijing Hotel",
    ):
        assert expected in places, places
    assert any("Development Area" in p or "Yizhuang" in p or "Tongrentang" in p for p in places), (
        places
    )
    assert places.index("Pyongyang") < places.index("Dandong")
    other = names(seeds_json["other_places"])
    for merely_mentioned in ("Washington", "Singapore"):
        assert merely_mentioned not in places
        assert merely_mentioned in other
    for person in ("Kim", "Xi", "Moon", "Trump", "Lu Kang"):
        assert person not in places and person not in other


@needs_seeds
def test_check_seeds_has_the_840_km_and_12_14_h_claims_with_verdicts(
    seeds_json: dict[str, object],
) -> None:
    claims = seeds_json["claims"]
    assert isinstance(claims, list)
    distance = [
        c
        for c in claims
        if c["kind"] == "distance" and c["unit"] == "km" and c["low"] <= 840 <= c["high"]
    ]
    assert len(distance) == 1, claims
    d = distance[0]
    assert "520" in d["text"] and "840" in d["text"]
    assert d["destination"] == "Dandong"
    assert d["verdict"] in ("consistent", "inconsistent", "unverifiable")
    assert d["explanation"] and "km" in d["explanation"]
    assert d["measures"]["geodesic_km"] is not None
    hours = [c for c in claims if c["kind"] == "duration" and c["low"] == 12 and c["high"] == 14]
    assert len(hours) == 1
    assert hours[0]["verdict"] != "unverifiable", hours[0]
    assert hours[0]["explanation"]
    for claim in claims:
        assert set(claim) >= {
            "kind",
            "text",
            "source",
            "low",
            "high",
            "unit",
            "origin",
            "destination",
            "verdict",
            "explanation",
            "measures",
        }
        assert set(claim["measures"]) >= {"geodesic_km", "rail_km", "road_km"}
        assert claim["unit"] in ("km", "h", "km/h")
    times = seeds_json["times"]
    assert isinstance(times, list) and times
    for t in times:
        # a date alone ("Wednesday") has no hours to count from an earlier report
        assert " 0.0 h before" not in t["explanation"], t["explanation"]


@needs_seeds
def test_check_markdown_and_table(tmp_path: Path) -> None:
    code, out, err = invoke("check", *map(str, SEEDS), "--format", "markdown")
    assert code == 0, err
    assert out.startswith("# ") and "| figure |" in out
    target = tmp_path / "table.txt"
    code, _, err = invoke("check", *map(str, SEEDS), "-o", str(target))
    assert code == 0, err
    assert "Reported figures" in target.read_text()


def test_check_journey_file_alone() -> None:
    code, out, err = invoke("check", str(EXAMPLE), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert names(data["places"])[0] == "Pyongyang"
    verdicts = {c["text"]: c["verdict"] for c in data["claims"]}
    assert verdicts["12 to 14 hours"] != "unverifiable"


@needs_seeds
def test_journey_file_corrects_articles(tmp_path: Path) -> None:
    fixes = tmp_path / "fixes.yaml"
    fixes.write_text(
        "version: 1\nplaces:\n  - name: Dandong\n    lat: 40.1290\n    lon: 124.3940\n"
        "    kind: city\n    country: CN\n    source: desk correction\nignore: [Singapore]\n",
        encoding="utf-8",
    )
    code, out, err = invoke("check", *map(str, SEEDS), "--journey", str(fixes), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    dandong = next(p for p in data["places"] if p["name"] == "Dandong")
    assert dandong["source"] == "desk correction"
    assert "Singapore" not in names(data["other_places"])


def test_resolve_json_shape() -> None:
    code, out, err = invoke("resolve", "Dandong", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["query"] == "Dandong"
    best = data["candidates"][0]
    assert set(best) >= {"name", "lat", "lon", "kind", "country", "source", "score"}
    assert best["country"] == "CN" and abs(best["lat"] - 40.12) < 0.2


def test_resolve_table_and_unknown_name() -> None:
    code, out, _ = invoke("resolve", "Pyongyang")
    assert code == 0 and "Pyongyang" in out
    code, _, err = invoke("resolve", "Xqzzvtkpl")
    assert code == 7
    assert err.count("\n") == 1 and "error" in err


def test_measure_every_measure_with_provenance() -> None:
    code, out, err = invoke("measure", "Beijing Railway Station", "Dandong", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    kinds = {m["kind"]: m for m in data["measures"]}
    assert {"geodesic", "rail", "road"} <= set(kinds)
    assert 600 < kinds["geodesic"]["km"] < 720
    assert kinds["rail"]["km"] > kinds["geodesic"]["km"]
    for m in kinds.values():
        assert m["method"] and m["source"]
    code, out, err = invoke("measure", "Pyongyang", "Dandong", "--mode", "rail")
    assert code == 0, err
    assert "rail" in out


def test_demo_writes_the_map(tmp_path: Path) -> None:
    target = tmp_path / "demo.html"
    code, out, err = invoke("demo", "-o", str(target))
    assert code == 0, err
    assert target.exists() and target.with_suffix(".txt").exists()
    assert str(target) in out
    html = target.read_text()
    assert "Beijing Railway Station" in html and "<html" in html.lower()


def test_map_and_embed(tmp_path: Path) -> None:
    target = tmp_path / "kim.html"
    code, out, err = invoke("map", str(EXAMPLE), "-o", str(target))
    assert code == 0, err
    assert target.exists()
    code, out, err = invoke("embed", str(target))
    assert code == 0, err
    assert "<iframe" in out and "kim.html" in out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "/nonexistent/story.txt"], 3),
        (["check"], 2),
        (["map", "/nonexistent/story.txt", "-o", "x.html"], 3),
        (["embed", "/nonexistent/map.html"], 3),
    ],
)
def test_bad_input_gives_one_line_and_exit_code(args: list[str], code: int) -> None:
    exit_code, out, err = invoke(*args)
    assert exit_code == code, (out, err)
    assert err.startswith("routes: error:") and err.count("\n") == 1
    assert "Traceback" not in err + out


def test_help_lists_every_command_with_examples() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    for command in ("check", "map", "resolve", "measure", "demo", "embed", "gazetteer"):
        assert command in out
    for command in ("check", "map", "resolve", "measure", "demo", "embed"):
        code, out, _ = invoke(command, "--help")
        assert code == 0 and "Example" in out, command


@pytest.mark.slow
@needs_seeds
def test_real_subprocess_check_and_exit_codes(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [*routes_exe(), "check", *map(str, SEEDS), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert "Dandong" in names(data["places"])
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    done = subprocess.run(
        [*routes_exe(), "check", str(empty)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 4, done.stderr
    assert done.stderr.startswith("routes: error:") and "Traceback" not in done.stderr


@pytest.mark.slow
def test_real_subprocess_demo_and_resolve(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [*routes_exe(), "demo", "-o", str(tmp_path / "demo.html")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "demo.html").exists()
    done = subprocess.run(
        [*routes_exe(), "resolve", "Sinuiju", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["candidates"][0]["country"] == "KP"


@pytest.mark.slow
def test_real_subprocess_map_measure_embed_and_gazetteer(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*routes_exe(), *args], capture_output=True, text=True, env=env,
                              timeout=300, check=False)

    target = tmp_path / "kim.html"
    done = run("map", str(EXAMPLE), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target) and target.with_suffix(".txt").exists()
    done = run("embed", str(target))
    assert done.returncode == 0 and "<iframe" in done.stdout, done.stderr
    done = run("measure", "Pyongyang", "Dandong", "--mode", "rail", "--format", "json")
    assert done.returncode == 0, done.stderr
    measures = {m["kind"]: m for m in json.loads(done.stdout)["measures"]}
    assert set(measures) == {"geodesic", "rail"}  # the straight line is always the baseline
    assert 200 < measures["rail"]["km"] < 260
    done = run("gazetteer", "validate")
    assert done.returncode == 0, done.stderr


def test_distances_between_named_places_are_checked_without_a_journey(tmp_path: Path) -> None:
    story = tmp_path / "quake.txt"
    story.write_text("Quake\n\nThe quake was felt in Yokohama, about 30 km from Tokyo, and in "
                     "Osaka, some 400 km from Tokyo, officials said.\n", encoding="utf-8")
    code, out, err = invoke("check", str(story), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["stops"] == []
    verdicts = {(c["origin"], c["destination"]): c["verdict"] for c in data["claims"]}
    assert verdicts[("Tokyo", "Yokohama")] == "consistent"
    assert any("only the distances" in n for n in data["notes"])
    code, out, _ = invoke("check", str(story))
    assert code == 0 and "No journey" in out and "the places it names" in out
