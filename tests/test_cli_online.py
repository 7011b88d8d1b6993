"""`--geocoder` end to end through the CLI, against a fake Nominatim on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.fake_geocoder import FakeGeocoder

JOURNEY = """\
version: 1
stops:
  - place: Dandong
    country: CN
  - place: Testville
legs:
  - {from: Dandong, to: Testville, mode: road}
claims:
  - {kind: distance, text: "about 1,900 km", value: 1900, unit: km, qualifier: about,
     from: Dandong, to: Testville}
"""


@pytest.fixture()
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGeocoder]:
    monkeypatch.setattr("routes.online._cache.default_cache_dir", lambda: tmp_path / "online")
    (tmp_path / "online").mkdir()
    with FakeGeocoder() as fake:
        yield fake


def check(journey: Path, server: FakeGeocoder) -> tuple[int, dict[str, object], str]:
    result = CliRunner().invoke(
        app,
        [
            "check",
            str(journey),
            "--format",
            "json",
            "--geocoder",
            "nominatim",
            "--geocoder-url",
            server.base_url,
        ],
    )
    data = json.loads(result.stdout) if result.exit_code == 0 else {}
    return result.exit_code, data, result.stderr


def test_online_geocoder_places_what_offline_lacks_and_caches_it(
    tmp_path: Path, server: FakeGeocoder
) -> None:
    journey = tmp_path / "journey.yaml"
    journey.write_text(JOURNEY, encoding="utf-8")
    code, data, err = check(journey, server)
    assert code == 0, err
    places = {p["name"]: p for p in data["places"]}  # type: ignore[union-attr]
    assert "Nominatim" in places["Testville"]["source"]
    assert "GeoNames" in places["Dandong"]["source"]  # known offline: never sent
    assert server.count == 1
    assert [r.query for r in server.requests] == ["Testville"]
    assert "routes/" in server.requests[0].headers.get("User-Agent", "")
    code, _, err = check(journey, server)
    assert code == 0, err
    assert server.count == 1  # the second run is answered from the on-disk cache


def test_service_down_still_completes_on_offline_data(tmp_path: Path, server: FakeGeocoder) -> None:
    journey = tmp_path / "journey.yaml"
    journey.write_text(JOURNEY.replace("Testville", "Nowhereville Qx"), encoding="utf-8")
    server.default = "503"
    result = CliRunner().invoke(
        app,
        ["check", str(journey), "--geocoder", "nominatim", "--geocoder-url", server.base_url],
    )
    assert result.exit_code == 6, result.stderr
    assert "Nowhereville Qx" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") <= 2
