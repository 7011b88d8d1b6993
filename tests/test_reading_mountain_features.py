"""Mountains, passes, plains and straits a journey names are those features, at their points:
"flown from Mont Blanc to Chamonix" is the summit above Chamonix, not Saint-Just-Malmont, a town
120 km away that GeoNames also calls Mont-Blanc; "over the Col de la Bonette" and "across the
Nullarbor Plain" name features the gazetteer had not known at all (routes/data/regions/
physical.yaml)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from routes.models import PlaceMention
from routes.reading import find_places, read_text


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _named(found: list[PlaceMention], surface: str) -> PlaceMention:
    hits = [pm for pm in found if surface in pm.mentions]
    assert hits, (surface, [(pm.place.name, pm.mentions) for pm in found])
    return hits[0]


ALPS = ("A British climber hurt near the summit of Mont Blanc on Sunday was flown by "
        "helicopter to a hospital in Chamonix. His brother, who had ridden over the Col de la "
        "Bonette and up Mont Ventoux the week before, drove from Bedoin to see him.")

OUTBACK = ("Two cyclists who set out from Perth in March rode across the Nullarbor Plain and "
           "reached Adelaide on Friday, before taking the ferry over Bass Strait to Tasmania.")


@pytest.mark.parametrize(("story", "surface", "lat", "lon", "within_km"), [
    (ALPS, "Mont Blanc", 45.83, 6.865, 5),  # the summit
    (ALPS, "Col de la Bonette", 44.327, 6.807, 5),  # the pass
    (ALPS, "Mont Ventoux", 44.174, 5.278, 5),  # the summit
    (ALPS, "Chamonix", 45.92, 6.87, 10),  # the town the helicopter flew to is still a town
    (OUTBACK, "Nullarbor Plain", -31.0, 129.0, 150),  # a plain 600 km across: its middle
    (OUTBACK, "Bass Strait", -39.5, 146.0, 100),
])
def test_a_journey_names_the_feature_at_its_point(
        shared_gazetteer: Any, story: str, surface: str, lat: float, lon: float,
        within_km: float) -> None:
    found = find_places([read_text(story, "t.txt")], shared_gazetteer)
    place = _named(found, surface).place
    assert _km(place.lat, place.lon, lat, lon) <= within_km, (surface, place)


def test_the_features_are_features_and_the_towns_towns(shared_gazetteer: Any) -> None:
    found = find_places([read_text(ALPS, "t.txt")], shared_gazetteer)
    kinds = {pm.place.name: pm.place.kind for pm in found}
    assert kinds.get("Mont Blanc") == "region", kinds
    assert kinds.get("Col de la Bonette") == "region", kinds
    assert "Saint-Just-Malmont" not in kinds  # the town GeoNames also calls Mont-Blanc
    assert _named(found, "Chamonix").place.kind == "city"


@pytest.mark.parametrize(("text", "places"), [
    # the French "Col" of a pass opens a name, in a list too
    ("The Tour climbs the Col du Galibier and the Col de la Madeleine before Grenoble.",
     {"Col du Galibier", "Col de la Madeleine", "Grenoble"}),
    # "Col" before a name that is no pass is still Colonel
    ("Col de Villiers, the commander, said the convoy had left Kabul.", {"Kabul"}),
    ("Col. de la Rocque flew to Paris on Monday.", {"Paris"}),
])
def test_col_is_a_pass_only_where_a_pass_is_named(shared_gazetteer: Any, text: str,
                                                    places: set[str]) -> None:
    found = find_places([read_text(text, "t.txt")], shared_gazetteer)
    assert {pm.place.name for pm in found} == places


@pytest.mark.parametrize(("text", "kind"), [
    ("Police in Mount Rainier, Maryland, arrested a man on Tuesday.", "city"),
    ("The fire spread through Mount Rainier, Md., a suburb of the capital.", "city"),
    ("A climber died on Mount Rainier, Washington, on Sunday.", "region"),
    ("A climber died on Mount Rainier on Sunday.", "region"),
])
def test_a_state_with_a_town_of_a_mountain_s_name_names_the_town(
        text: str, kind: str, shared_gazetteer: Any) -> None:
    found = find_places([read_text(text, "t.txt")], shared_gazetteer)
    rainier = _named(found, "Mount Rainier").place
    # (the volcano had been read for the Maryland town, 3,800 km from it)
    assert rainier.kind == kind
    assert (rainier.lat < 40) == (kind == "city")
