"""Hand-built journeys for the map tests (the Kim 2019 trip, and one full of hostile text).

They stand in for the reading/gazetteer/network/checking stages, so the map can be tested alone:
coordinates are the places' published positions, the rail geometry a coarse stand-in for a
corridor (a few waypoints along the line), verdicts set by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from routes.models import Claim, Journey, Leg, Measure, Place, PlaceMention, Quote, Stop

CST = timezone(timedelta(hours=8))
KST = timezone(timedelta(hours=9))

PYONGYANG = Place("Pyongyang", 39.03385, 125.75432, "city", "KP", "GeoNames 1871859 (CC BY 4.0)",
                  "geonames:1871859", population=3222000)
DANDONG = Place("Dandong", 40.12917, 124.39472, "city", "CN", "GeoNames 2037886 (CC BY 4.0)",
                "geonames:2037886", population=750986)
SINUIJU = Place("Sinuiju", 40.10056, 124.39806, "city", "KP", "GeoNames 1870883 (CC BY 4.0)",
                "geonames:1870883")
SHENYANG = Place("Shenyang", 41.79222, 123.43278, "city", "CN", "GeoNames 2034937 (CC BY 4.0)",
                 "geonames:2034937")
BRS = Place("Beijing Railway Station", 39.9029, 116.4271, "station", "CN",
            "curated landmark (station forecourt)", "landmark:cn-beijing-railway-station",
            "Beijing")
GUESTHOUSE = Place("Diaoyutai State Guesthouse", 39.9187, 116.3177, "guesthouse", "CN",
                   "curated landmark", "landmark:cn-diaoyutai", "Beijing")
HALL = Place("Great Hall of the People", 39.9032, 116.3874, "venue", "CN", "curated landmark",
             "landmark:cn-great-hall", "Beijing")
HOTEL = Place("Beijing Hotel", 39.9088, 116.4093, "hotel", "CN", "curated landmark",
              "landmark:cn-beijing-hotel", "Beijing")
FACTORY = Place("Tongrentang factory, Yizhuang zone", 39.7950, 116.5060, "factory", "CN",
                "curated landmark", "landmark:cn-tongrentang-yizhuang", "Beijing")

PY_DANDONG = ((39.0339, 125.7543), (39.6, 125.2), (40.1006, 124.3981), (40.1292, 124.3947))
DANDONG_BJ = ((40.1292, 124.3947), (41.7922, 123.4328), (41.1, 121.13), (40.0, 119.75),
              (39.14, 117.2), (39.9029, 116.4271))


def _rail(points: tuple[tuple[float, float], ...], km: float, reverse: bool = False) -> Measure:
    geometry = tuple(reversed(points)) if reverse else points
    return Measure("rail", km, "sum of curated section lengths", "curated corridor (test)",
                   published_km=km, geometry=geometry)


def _geo(km: float) -> Measure:
    return Measure("geodesic", km, "WGS84 geodesic (pyproj)", "computed")


def kim_journey() -> Journey:
    q_train = Quote("The train left Beijing Railway Station on Wednesday afternoon.", "wire.txt")
    q_hall = Quote("Talks and a banquet were held at the Great Hall of the People.", "paper.txt")
    stops = [
        Stop(PYONGYANG, depart=datetime(2019, 1, 7, 22, 0, tzinfo=KST), note="departure by train"),
        Stop(DANDONG, arrive=datetime(2019, 1, 8, 0, 30, tzinfo=CST),
             depart=datetime(2019, 1, 8, 1, 0, tzinfo=CST), note="border crossing"),
        Stop(BRS, arrive=datetime(2019, 1, 8, 10, 55, tzinfo=CST),
             mentions=["a Beijing train station"]),
        Stop(GUESTHOUSE, note="stayed", mentions=["the state guest house"]),
        Stop(HALL, note="talks with Xi and a four-hour dinner", quotes=[q_hall]),
        Stop(HOTEL, note="lunch"),
        Stop(FACTORY, note="visit to a traditional Chinese medicine factory"),
        Stop(BRS, depart=datetime(2019, 1, 9, 15, 0, tzinfo=CST), quotes=[q_train]),
        Stop(DANDONG, arrive=datetime(2019, 1, 10, 3, 0, tzinfo=CST)),
        Stop(PYONGYANG, arrive=datetime(2019, 1, 10, 9, 0, tzinfo=KST)),
    ]
    legs = [
        Leg("Pyongyang", "Dandong", "rail", direction="outbound", via=["Sinuiju"],
            measures={"rail": _rail(PY_DANDONG, 225.0), "geodesic": _geo(172.0)}),
        Leg("Dandong", "Beijing Railway Station", "rail", direction="outbound", via=["Shenyang"],
            measures={"rail": _rail(DANDONG_BJ, 1131.0), "geodesic": _geo(668.0)}),
        Leg("Beijing Railway Station", "Diaoyutai State Guesthouse", "road", direction="outbound"),
        Leg("Diaoyutai State Guesthouse", "Great Hall of the People", "road"),
        Leg("Great Hall of the People", "Beijing Hotel", "road"),
        Leg("Beijing Hotel", "Tongrentang factory, Yizhuang zone", "road"),
        Leg("Tongrentang factory, Yizhuang zone", "Beijing Railway Station", "road"),
        Leg("Beijing Railway Station", "Dandong", "rail", direction="return",
            depart=datetime(2019, 1, 9, 15, 0, tzinfo=CST),
            measures={"rail": _rail(DANDONG_BJ, 1131.0, reverse=True), "geodesic": _geo(668.0)}),
        Leg("Dandong", "Pyongyang", "rail", direction="return",
            measures={"rail": _rail(PY_DANDONG, 225.0, reverse=True), "geodesic": _geo(172.0)}),
    ]
    claims = [
        Claim("distance", "about 520 miles (840 kilometers)", "business.txt", 840.0, 840.0, "km",
              "Beijing Railway Station", "Dandong", qualifier="about", verdict="inconsistent",
              explanation="The rail line runs about 1,131 km; 840 km is nearer the road distance.",
              measures={"geodesic_km": 668.0, "rail_km": 1131.0, "road_km": 850.0}, leg=7),
        Claim("duration", "12 to 14 hours", "business.txt", 12.0, 14.0, "h",
              "Beijing Railway Station", "Dandong", verdict="consistent",
              explanation="1,131 km in 12-14 h is 81-94 km/h, within the train's envelope.",
              measures={"geodesic_km": 668.0, "rail_km": 1131.0, "road_km": None}, leg=7,
              implied_speed_kmh=(80.8, 94.3)),
        Claim("duration", "13-hour trip", "tv.txt", 13.0, 13.0, "h", "Beijing Railway Station",
              "Dandong", verdict="consistent", explanation="87 km/h over 1,131 km of track.",
              measures={"geodesic_km": 668.0, "rail_km": 1131.0, "road_km": None}),
        Claim("duration", "day-long ride", "wire.txt", None, None, "h", "Dandong", "Pyongyang",
              qualifier="day-long", verdict="unverifiable",
              explanation="No number of hours is given."),
        Claim("duration", "four days in China", "tv.txt", 96.0, 96.0, "h", verdict="unverifiable",
              explanation="A stay, not a leg."),
    ]
    places = [PlaceMention(p, [p.name], [], "stop") for p in
              (PYONGYANG, DANDONG, BRS, GUESTHOUSE, HALL, HOTEL, FACTORY)]
    places.insert(1, PlaceMention(SINUIJU, ["Sinuiju"], [], "passed"))
    places.insert(3, PlaceMention(SHENYANG, ["Shenyang"], [], "passed"))
    places[0].quotes.append(Quote("The train left Pyongyang on Monday.", "broadcaster.txt"))
    return Journey(title="Kim Jong Un's train to Beijing, January 2019", traveller="Kim Jong Un",
                   stops=stops, legs=legs, claims=claims, places=places,
                   sources=["paper.txt", "wire.txt", "tv.txt", "business.txt", "broadcaster.txt"])


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    "`${alert(3)}`",
    "\"'><svg onload=alert(4)>",
    "javascript:alert(5)",
    "&lt;b&gt;not bold&lt;/b&gt; \\u003c & \u2028",
    "{{ 7*7 }} {{ self.__init__ }}",
    "{% for x in range(3) %}X{% endfor %}{# hidden #}",
]


def hostile_journey() -> Journey:
    """Every string a story or journey file controls carries an injection attempt."""
    bad = " ".join(HOSTILE)
    a = Place(f"Town {HOSTILE[0]}", 40.0, 120.0, "station", None, f"src {HOSTILE[1]}", "x:a")
    b = Place(f"City {HOSTILE[1]} `x`", 41.0, 122.0, "<b>venue</b>", None, "javascript:alert(6)",
              "x:b", city=HOSTILE[2])
    quote = Quote(f"Quote {bad}", "javascript:alert(7)")
    stops = [Stop(a, note=f"note {HOSTILE[3]}", mentions=[HOSTILE[4]], quotes=[quote]),
             Stop(b, note=HOSTILE[2], quotes=[Quote(HOSTILE[5], f"https://example.org/{HOSTILE[4]}")])]
    legs = [Leg(a.name, b.name, "rail", direction="outbound", vehicle=bad,
                measures={"geodesic": Measure("geodesic", 190.0, HOSTILE[0], HOSTILE[1])})]
    claims = [Claim("distance", f"claim {bad}", HOSTILE[5], 200.0, 200.0, "km", a.name, b.name,
                    qualifier=HOSTILE[3], verdict="inconsistent", explanation=bad, leg=0,
                    outlet=HOSTILE[4]),
              Claim("distance", HOSTILE[2], HOSTILE[0], 5.0, 5.0, "km", explanation=bad)]
    return Journey(title=f"Title {bad}", stops=stops, legs=legs, claims=claims,
                   places=[PlaceMention(a, [HOSTILE[6]], [quote], "stop")])


def test_kim_journey_is_consistent() -> None:
    j = kim_journey()
    names = {s.place.name for s in j.stops}
    for leg in j.legs:
        assert leg.origin in names and leg.destination in names
    assert all(c.leg is None or 0 <= c.leg < len(j.legs) for c in j.claims)


def test_hostile_journey_carries_every_payload() -> None:
    j = hostile_journey()
    for payload in HOSTILE:
        assert payload in j.title and payload in j.claims[0].explanation
    assert HOSTILE[0] in j.stops[0].place.name and HOSTILE[1] in j.stops[1].place.name
