"""A city's several stations on the curated rail network: a leg between cities takes the
route from whichever of its stations is far shorter, not always the nearest one."""

from __future__ import annotations

from typing import Any

from routes.network import measure_between
from routes.reading import read_story, read_text


def _city(name: str, gazetteer: Any) -> Any:
    story = read_story([read_text(f"A trip\n\nShe flew from Oslo to {name}.\n", "t.txt")],
                       gazetteer)
    return story.stops[-1].place


def test_tianjin_to_shanghai_leaves_from_tianjin_south(shared_gazetteer: Any) -> None:
    # Tianjin's main station is on the Beijing - Tianjin intercity line; the nearest route
    # from it to Shanghai runs back through Beijing South (about 1,420 km)
    measures = measure_between(_city("Tianjin", shared_gazetteer),
                               _city("Shanghai", shared_gazetteer), ["rail"])
    rail = measures["rail"]
    assert 1_150 < rail.km < 1_200
    assert "Tianjin South" in rail.source and "shortest route" in rail.source


def test_a_station_a_few_km_nearer_does_not_replace_the_main_one(shared_gazetteer: Any) -> None:
    # Shinagawa saves Tokyo's trains to Osaka only the 7 km from Tokyo Station: Tokyo stays
    measures = measure_between(_city("Tokyo", shared_gazetteer),
                               _city("Osaka", shared_gazetteer), ["rail"])
    assert round(measures["rail"].km) == 515
