"""The rail network as a graph: snap places to stations, find the shortest path, add it up.

Nodes are stations, edges are sections. An edge weighs its published length where the railway
publishes one and its shape length otherwise, so routing and reporting use the same numbers.
High-speed lines are kept in a separate edge class: a leg by an ordinary or armoured train is
routed over conventional lines only, since it cannot use a high-speed line.

Snapping (documented in routes/data/modes.yaml, ``snap``): a place whose name is a station's name
or alias snaps to that station when within ``named_km`` (3 km); any other place snaps to the
nearest station within ``radius_km`` (15 km). Beyond that the place is off the network and the
leg gets no rail measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from routes.models import Place
from routes.network._corridors import Corridors, Section, Station, load_corridors
from routes.network._data import modes_config

__all__ = ["RailNetwork", "RailRoute", "Snap", "fold", "rail_network"]


def fold(name: str) -> str:
    """Case, accent and punctuation folding for matching station names."""
    from unidecode import unidecode

    return re.sub(r"[^a-z0-9]+", " ", unidecode(name).casefold()).strip()


@dataclass(frozen=True, slots=True)
class Snap:
    station: Station
    distance_km: float
    by_name: bool
    #: one of the city's other stations (see RailNetwork.city_snaps), not its nearest
    of_city: bool = False


@dataclass(frozen=True, slots=True)
class RailRoute:
    """A path through the network with its lengths and where each figure comes from."""

    stations: tuple[Station, ...]
    sections: tuple[Section, ...]
    geometric_km: float
    published_km: float | None  # set only when the whole path has published lengths
    published_part_km: float  # the parts of the path that have published lengths
    unpublished_km: float  # shape length of the parts that have none
    geometry: tuple[tuple[float, float], ...]
    high_speed: bool

    @property
    def km(self) -> float:
        """Published line kilometres where known, shape length for the rest."""
        return self.published_part_km + self.unpublished_km

    @property
    def lines(self) -> tuple[str, ...]:
        seen: list[str] = []
        for s in self.sections:
            if s.line not in seen:
                seen.append(s.line)
        return tuple(seen)


class RailNetwork:
    """Curated corridors as a networkx graph, with snapping and shortest paths."""

    def __init__(self, corridors: Corridors) -> None:
        import networkx as nx

        self.corridors = corridors
        self.graph: Any = nx.MultiGraph()
        for st in corridors.stations.values():
            self.graph.add_node(st.id)
        for i, sec in enumerate(corridors.sections):
            weight = sec.published_km if sec.published_km is not None else sec.geometric_km
            self.graph.add_edge(sec.a, sec.b, key=i, weight=weight, service=sec.service, section=i)
        # Stations a conventional train can reach: a station only on high-speed lines (Beijing
        # Chaoyang) must not capture a conventional leg.
        self._conventional = {
            n for sec in corridors.sections if sec.service == "conventional" for n in (sec.a, sec.b)
        }
        self._by_name: dict[str, list[Station]] = {}
        for st in corridors.stations.values():
            for n in st.names:
                self._by_name.setdefault(fold(n), []).append(st)

    @property
    def stations(self) -> dict[str, Station]:
        return self.corridors.stations

    def snap(
        self, place: Place, *, radius_km: float | None = None, high_speed: bool = False
    ) -> Snap | None:
        """The station a place stands for, or None when the place is off the network.

        Without ``high_speed`` only stations on conventional lines are candidates.
        """
        from routes.geodesy import geodesic_km

        cfg = modes_config()["snap"]
        radius = float(cfg["radius_km"]) if radius_km is None else radius_km
        named_km = float(cfg["named_km"])
        usable = [st for st in self.stations.values() if high_speed or st.id in self._conventional]
        ok = {st.id for st in usable}
        named = [st for n in dict.fromkeys((place.name, place.gazetteer_name or place.name))
                 for st in self._by_name.get(fold(n), [])]
        for st in named:
            if st.id not in ok:
                continue
            d = geodesic_km(place.lat, place.lon, st.lat, st.lon)
            if d <= named_km:
                return Snap(st, d, True)
        best: Snap | None = None
        for st in usable:
            d = geodesic_km(place.lat, place.lon, st.lat, st.lon)
            if d <= radius and (best is None or d < best.distance_km):
                best = Snap(st, d, False)
        return best

    def city_snaps(self, place: Place, *, high_speed: bool = False) -> list[Snap]:
        """Every station a city stands for: the one :meth:`snap` gives, then the others the
        curated files put in that city within ``city_km`` of its point (Tianjin's main
        station is on the Beijing - Tianjin intercity line, Tianjin South on the Beijing -
        Shanghai high-speed line: a trip from Tianjin to Shanghai leaves from the latter)."""
        from routes.geodesy import geodesic_km

        first = self.snap(place, high_speed=high_speed)
        if first is None:
            return []
        out = [first]
        city_km = float(modes_config()["snap"]["city_km"])
        names = {fold(place.name), fold(place.gazetteer_name or place.name)}
        for st in self.stations.values():
            if (st.id == first.station.id or st.city is None or fold(st.city) not in names
                    or not (high_speed or st.id in self._conventional)
                    or (place.country and st.country and st.country != place.country)):
                continue
            d = geodesic_km(place.lat, place.lon, st.lat, st.lon)
            if d <= city_km:
                out.append(Snap(st, d, False, of_city=True))
        return out

    def route(
        self, a: str, b: str, *, high_speed: bool = False, via: tuple[str, ...] = ()
    ) -> RailRoute | None:
        """Shortest path between two station ids (through ``via`` stations in order), or None."""
        import networkx as nx

        graph = self.graph
        if not high_speed:
            graph = nx.subgraph_view(
                self.graph,
                filter_edge=lambda u, v, k: self.graph.edges[u, v, k]["service"] == "conventional",
            )
        waypoints = [a, *via, b]
        nodes: list[str] = [a]
        sections: list[Section] = []
        for u, v in pairwise(waypoints):
            if u == v:
                continue
            try:
                path = nx.shortest_path(graph, u, v, weight="weight")
            except (nx.NetworkXNoPath, nx.NodeNotFound):
                return None
            for x, y in pairwise(path):
                edges = graph.get_edge_data(x, y)
                key = min(edges, key=lambda k: edges[k]["weight"])
                sections.append(self.corridors.sections[edges[key]["section"]])
                nodes.append(y)
        return self._assemble(nodes, sections, high_speed)

    def _assemble(self, nodes: list[str], sections: list[Section], high_speed: bool) -> RailRoute:
        geometry: list[tuple[float, float]] = []
        for node, sec in zip(nodes, sections, strict=False):
            shape = sec.shape if sec.a == node else tuple(reversed(sec.shape))
            geometry.extend(shape if not geometry else shape[1:])
        if not sections:
            st = self.stations[nodes[0]]
            geometry = [(st.lat, st.lon)]
        published_part, unpublished, complete = self._published(nodes, sections)
        return RailRoute(
            stations=tuple(self.stations[n] for n in nodes),
            sections=tuple(sections),
            geometric_km=sum(s.geometric_km for s in sections),
            published_km=published_part if complete else None,
            published_part_km=published_part,
            unpublished_km=unpublished,
            geometry=tuple(geometry),
            high_speed=high_speed,
        )

    def _published(self, nodes: list[str], sections: list[Section]) -> tuple[float, float, bool]:
        """Sum published lengths run by run: a run is consecutive sections of one line.

        Why runs: a line may publish chainage only at some stations (Tianjin 137 km, Shanhaiguan
        415 km, nothing at Tangshan); a path from Tianjin to Shanhaiguan then has a published
        length (278 km) although neither of its two sections has one alone.
        """
        published = 0.0
        unpublished = 0.0
        complete = True
        i = 0
        while i < len(sections):
            j = i
            while j + 1 < len(sections) and sections[j + 1].line == sections[i].line:
                j += 1
            chain = self.corridors.lines[sections[i].line].chainage
            ka, kb = chain.get(nodes[i]), chain.get(nodes[j + 1])
            if ka is not None and kb is not None:
                published += abs(kb - ka)
            else:
                for sec in sections[i : j + 1]:
                    if sec.published_km is not None:
                        published += sec.published_km
                    else:
                        unpublished += sec.geometric_km
                        complete = False
            i = j + 1
        return published, unpublished, complete


@lru_cache(maxsize=1)
def rail_network() -> RailNetwork:
    """The shipped network, built once per process."""
    return RailNetwork(load_corridors())
