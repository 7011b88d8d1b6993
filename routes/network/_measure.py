"""Every measure of a leg: geodesic, rail (curated network), road, air and sea estimates.

Why every measure and not only the leg's mode: a reported figure is often the wrong measure for
the mode (a road distance quoted for a train trip), and the checking stage can only say so if
the other measures are there to compare with.
"""

from __future__ import annotations

from collections.abc import Sequence

from routes.errors import RouteError
from routes.models import Journey, Measure, Mode, Place
from routes.network._data import modes_config
from routes.network._estimates import (
    air_measure,
    from_geodesic,
    geodesic_measure,
    rail_estimate,
    road_measure,
    sea_measure,
)
from routes.network._graph import RailNetwork, RailRoute, Snap, rail_network
from routes.network._landmass import rail_impossible

__all__ = ["measure_between", "measure_journey", "measure_leg", "rail_gap_reason", "rail_measure"]

#: Track shapes measure at least this share of the real track, so shape length / this ratio
#: bounds the track. Every corridor's shape points follow the towns its lines pass (with bends
#: where the track winds): the lowest published section is drawn at 0.906 x (Fengcheng East -
#: Dandong; checked against every published section in tests/test_network.py). The bound is set
#: lower, at 0.85, because it is applied exactly where no chainage exists to check the shape
#: against (Hankou - Hengyang, Liuzhou - Nanning), and a bound set too high would make a true
#: figure look too long.
SHAPE_MIN_RATIO = 0.85

#: Legs by other modes get a rail measure (for comparison) only from this straight-line length.
RAIL_COMPARISON_MIN_KM = 30.0

def high_speed_words() -> tuple[str, ...]:
    """The words that make a vehicle a high-speed train: the ``match`` list of the
    high-speed envelope in routes/data/modes.yaml, so the network and the speed check agree on
    what a Eurostar or a TGV is."""
    speeds = modes_config()["speeds"]
    return tuple(str(w).casefold() for w in speeds["high_speed_train"].get("match", []))


def _uses_high_speed(vehicle: str | None) -> bool:
    v = (vehicle or "").casefold()
    return bool(v) and any(w in v for w in high_speed_words())


def _describe_snap(place: Place, snap: Snap) -> str:
    if snap.by_name or snap.distance_km < 0.5:
        return snap.station.name
    if snap.of_city:
        return (f"{snap.station.name} ({place.name}'s station on the shortest route, "
                f"{snap.distance_km:.1f} km from its centre)")
    return f"{snap.station.name} (nearest station, {snap.distance_km:.1f} km from {place.name})"


def _rail_from_route(a: Place, b: Place, sa: Snap, sb: Snap, route: RailRoute) -> Measure:
    net = rail_network()
    names = [net.corridors.lines[lid].name for lid in route.lines]
    sources = [" ".join(net.corridors.lines[lid].source.split()) for lid in route.lines]
    n = len(route.sections)
    if route.published_km is not None:
        gap = route.geometric_km - route.published_km
        method = (
            f"shortest path over curated rail corridors ({n} sections); length = published line "
            f"kilometres. The drawn track shape measures {route.geometric_km:,.0f} km "
            f"({gap / route.published_km:+.0%}): its shape points are sparse, so it cuts curves"
        )
        low = high = None
        estimate = False
    else:
        method = (
            f"shortest path over curated rail corridors ({n} sections); published line kilometres "
            f"for {route.published_part_km:,.0f} km, track-shape length for the other "
            f"{route.unpublished_km:,.0f} km (no published chainage there), "
            "so the total is a lower bound"
        )
        low = route.km
        high = route.published_part_km + route.unpublished_km / SHAPE_MIN_RATIO
        estimate = True
    where = f"{_describe_snap(a, sa)} to {_describe_snap(b, sb)}"
    return Measure(
        kind="rail",
        km=route.km,
        method=method,
        source=f"{where} via {'; '.join(names)}. Sources: {' | '.join(sources)}",
        low_km=low,
        high_km=high,
        published_km=route.published_km,
        estimate=estimate,
        geometry=((a.lat, a.lon), *route.geometry, (b.lat, b.lon))
        if not (sa.distance_km < 0.05 and sb.distance_km < 0.05)
        else route.geometry,
    )


def rail_gap_reason(a: Place, b: Place, *, vehicle: str | None = None) -> str | None:
    """Why there is no rail measure between a and b (None when there is one)."""
    net = rail_network()
    hs = _uses_high_speed(vehicle)
    sa, sb = net.snap(a, high_speed=hs), net.snap(b, high_speed=hs)
    radius = f"{float(modes_config()['snap']['radius_km']):g} km"
    if sa is None or sb is None:
        # the network is a few curated corridors (routes/data/rail): the gap is ours, not
        # the place's, which may well have a railway
        end = a if sa is None else b
        return (f"the curated rail network does not reach {end.name} yet (no station of "
                f"its corridors within {radius})")
    if sa.station.id == sb.station.id:
        return f"{a.name} and {b.name} are both served by {sa.station.name}"
    if net.route(sa.station.id, sb.station.id, high_speed=hs) is None:
        return (
            f"the curated rail network has no line joining {sa.station.name} and {sb.station.name}"
        )
    return None


def rail_measure(
    a: Place, b: Place, *, vehicle: str | None = None, via: Sequence[Place] = ()
) -> Measure | None:
    """Length along the curated rail network, or None when either end is off it."""
    net = rail_network()
    high_speed = _uses_high_speed(vehicle)
    best: tuple[RailRoute, Snap, Snap] | None = None
    via_snaps = [sv.station.id for sv in (net.snap(p, high_speed=high_speed) for p in via)
                 if sv is not None]
    # (a city's every station: the shortest route between any two, see RailNetwork.city_snaps)
    for sa in _snaps(net, a, high_speed):
        for sb in _snaps(net, b, high_speed):
            if sa.station.id == sb.station.id:
                continue
            via_ids = [v for v in via_snaps if v not in (sa.station.id, sb.station.id)]
            route = net.route(sa.station.id, sb.station.id, high_speed=high_speed,
                              via=tuple(via_ids))
            if route is None and via_ids:
                route = net.route(sa.station.id, sb.station.id, high_speed=high_speed)
            if route is not None and (best is None or route.km < best[0].km - _detour(
                    best[1], best[2], sa, sb)):
                best = (route, sa, sb)
    if best is None:
        return None
    route, sa, sb = best
    return _rail_from_route(a, b, sa, sb, route)


def _detour(a0: Snap, b0: Snap, a1: Snap, b1: Snap) -> float:
    """How much shorter a route from a city's other station must be to be taken instead: twice
    the way between the stations (Tianjin South saves 249 km to Shanghai and is taken; from
    Shinagawa, Tokyo's trains to Osaka save the 7 km from Tokyo Station, which stays)."""
    from routes.geodesy import geodesic_km

    return 2 * sum(geodesic_km(x.station.lat, x.station.lon, y.station.lat, y.station.lon)
                   for x, y in ((a0, a1), (b0, b1)) if x.station.id != y.station.id)


def _snaps(net: RailNetwork, place: Place, high_speed: bool) -> list[Snap]:
    """The stations a place stands for: a city's every one, any other place's nearest."""
    if place.kind == "city":
        return net.city_snaps(place, high_speed=high_speed)
    snap = net.snap(place, high_speed=high_speed)
    return [] if snap is None else [snap]


def measure_leg(
    origin: Place,
    destination: Place,
    mode: Mode,
    *,
    vehicle: str | None = None,
    via: Sequence[Place] = (),
) -> dict[str, Measure]:
    """Every measure that applies to a leg, keyed by kind: geodesic, rail, road, air, sea.

    Raises RouteError for a rail leg between two landmasses no railway joins.
    """
    apart = rail_impossible(origin, destination)
    if mode == "rail" and apart is not None:
        raise RouteError(
            f"no railway can join {origin.name} and {destination.name}: they are on different "
            f"landmasses ({apart[0].replace('_', '-')} and {apart[1].replace('_', '-')}); "
            "check the leg's mode"
        )
    geo = geodesic_measure(origin, destination)
    out: dict[str, Measure] = {"geodesic": geo}
    if mode != "sea":
        # For other modes the rail figure is only a comparison for the checking stage, and
        # within a city it would be a shunt between two stations, not a journey.
        if mode == "rail" or geo.km >= RAIL_COMPARISON_MIN_KM:
            rail = rail_measure(origin, destination, vehicle=vehicle, via=via)
            if rail is not None:
                out["rail"] = rail
            elif (mode == "rail" and geo.km >= RAIL_COMPARISON_MIN_KM
                  and rail_measure(origin, destination, vehicle="high-speed train") is None):
                # Off the curated corridors a train's own length is estimated. Not within a
                # city, where it would be a guess at a shunt; nor where a curated high-speed
                # line joins the ends and this train may not use it (an ordinary train has no
                # track London - Paris), which the checking stage reads as a fact about the
                # train (routes/checking/_train_class.py). Other modes need no rail estimate
                # to compare with: the road estimate is one already.
                out["rail"] = rail_estimate(geo)
        if apart is None or mode in ("road", "walk"):
            # no road joins two landmasses no railway joins either (Washington - Singapore):
            # a road estimate there would only be a figure to mistake for a route
            out["road"] = road_measure(geo, (origin.country, destination.country))
        air = air_measure(geo)
        if air is not None:
            out["air"] = air
    else:
        out["sea"] = sea_measure(geo)
    return out


def measure_between(a: Place, b: Place, modes: Sequence[str] | None = None) -> dict[str, Measure]:
    """Every measure between two places, for ``routes measure A B [--mode]``.

    ``modes`` limits the answer to those measure kinds (the geodesic is always included, as the
    floor every other figure is compared with). A rail request between landmasses raises RouteError.
    """
    wanted = set(modes or ())
    mode: Mode = ("sea" if wanted == {"sea"} else "rail" if "rail" in wanted
                  else "road" if wanted & {"road", "walk"} else "air")
    measures = measure_leg(a, b, mode)
    if "rail" not in measures and (mode == "rail" or not wanted):
        # no conventional line joins them: a high-speed one may (London - Paris)
        fast = rail_measure(a, b, vehicle="high-speed train")
        if fast is not None:
            measures["rail"] = fast
    if "sea" in wanted and "sea" not in measures:
        measures["sea"] = sea_measure(measures["geodesic"])
    if not wanted:
        return measures
    keep = {"geodesic"} | {"road" if m == "walk" else m for m in wanted}
    return {k: m for k, m in measures.items() if k in keep}


def measure_journey(journey: Journey, *, strict: bool = False) -> Journey:
    """Fill ``Leg.measures`` for every leg whose two places the journey knows.

    A leg that cannot be measured (unknown place, rail across a sea) gets a note in
    ``journey.notes`` instead of stopping the whole check; with ``strict=True`` a RouteError
    propagates.
    """
    notes = list(journey.notes)

    def note(text: str) -> None:
        if text not in notes:
            notes.append(text)

    for leg in journey.legs:
        a = journey.place_named(leg.origin)
        b = journey.place_named(leg.destination)
        if a is None or b is None:
            missing = leg.origin if a is None else leg.destination
            note(
                f"leg {leg.origin} -> {leg.destination} not measured: "
                f"{missing!r} has no coordinates"
            )
            continue
        via = [p for p in (journey.place_named(n) for n in leg.via) if p is not None]
        try:
            leg.measures = measure_leg(a, b, leg.mode, vehicle=leg.vehicle, via=via)
        except RouteError as exc:
            if strict:
                raise
            note(f"leg {leg.origin} -> {leg.destination}: {exc}")
            measures = measure_leg(a, b, "road")
            measures.pop("rail", None)
            leg.measures = measures
            continue
        rail = leg.measures.get("rail")
        if leg.mode == "rail" and (rail is None or from_geodesic(rail)):
            reason = rail_gap_reason(a, b, vehicle=leg.vehicle)
            if reason and "both served by" not in reason:
                what = (": rail length estimated from the straight line, since" if rail
                        else " has no rail measure:")
                note(f"leg {leg.origin} -> {leg.destination}{what} {reason}")
    journey.notes = notes
    return journey
