"""The reader's word lists, loaded once from ``data/lexicon.yaml``.

Why a data file: the cue words (titles, organisation heads, outlets, time zones) are facts about
English news copy, not logic; journalists can extend them without touching code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from routes.models import Place


@dataclass(frozen=True, slots=True)
class Lexicon:
    person_titles: frozenset[str]
    speech_verbs: frozenset[str]
    person_object_verbs: frozenset[str]
    person_roles: frozenset[str]
    org_heads: frozenset[str]
    craft_heads: frozenset[str]
    org_cues: frozenset[str]
    trade_words: frozenset[str]
    surnames: frozenset[str]
    given_names: frozenset[str]
    common_words: frozenset[str]
    town_words: frozenset[str]
    local_nouns: frozenset[str]
    not_places: frozenset[str]
    vehicle_nouns: frozenset[str]
    vehicle_makes: frozenset[str]
    named_trains: tuple[str, ...]
    institution_words: frozenset[str]
    outlets: dict[str, tuple[str, ...]]
    timezones: dict[str, tuple[str, float]]
    divided_nations: dict[str, dict[str, str]]


def data_text(name: str) -> str:
    """A file shipped in routes/reading/data, read as UTF-8 (from the installed package)."""
    return resources.files("routes.reading").joinpath(f"data/{name}").read_text("utf-8")


def data_yaml(name: str) -> Any:
    """A YAML file shipped in routes/reading/data, parsed."""
    import yaml

    # libyaml's parser where PyYAML has it: the reader's word lists load on every check
    return yaml.load(data_text(name), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list shipped in routes/reading/data, folded; ``#`` lines are its
    header (source and licence)."""
    return frozenset(line.strip().casefold() for line in data_text(name).splitlines()
                     if line.strip() and not line.startswith("#"))


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in data.get(key) or ())


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon shipped with the package (parsed once per process)."""
    data: dict[str, Any] = data_yaml("lexicon.yaml")
    return Lexicon(
        person_titles=_words(data, "person_titles"),
        speech_verbs=_words(data, "speech_verbs"),
        person_object_verbs=_words(data, "person_object_verbs"),
        person_roles=_words(data, "person_roles"),
        org_heads=_words(data, "org_heads"),
        craft_heads=_words(data, "craft_heads"),
        org_cues=_words(data, "org_cues"),
        trade_words=_words(data, "trade_words"),
        surnames=_words(data, "surnames"),
        given_names=_words(data, "given_names"),
        common_words=_words(data, "common_words"),
        town_words=_words(data, "town_words"),
        local_nouns=_words(data, "local_nouns"),
        not_places=_words(data, "not_places"),
        vehicle_nouns=_words(data, "vehicle_nouns"),
        vehicle_makes=_words(data, "vehicle_makes"),
        named_trains=tuple(str(w) for w in data.get("named_trains") or ()),
        institution_words=_words(data, "institution_words"),
        outlets={str(k): tuple(str(v) for v in vs) for k, vs in data["outlets"].items()},
        timezones={str(k): (str(v[0]), float(v[1])) for k, v in data["timezones"].items()},
        divided_nations={str(k): {str(c): str(n) for c, n in v.items()}
                         for k, v in (data.get("divided_nations") or {}).items()},
    )


def zone_of(place: Place) -> tzinfo:
    """The clock a place keeps: its own IANA zone (GeoNames gives every town one); else its
    country's, for countries the lexicon lists; else the offset its longitude gives (15 degrees
    an hour), named so. Never the zone of the machine running the check: a verdict must not
    depend on where the fact-checker sits."""
    if place.timezone:
        zone = _named_zone(place.timezone)
        if zone is not None:
            return zone
    zone = zone_for_country(place.country)
    if zone is not None:
        return zone
    hours = round(place.lon / 15.0)
    return timezone(timedelta(hours=hours), f"UTC{hours:+d} (by longitude)")


@functools.cache
def _named_zone(name: str) -> tzinfo | None:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # no tz database here, or a name it does not know
        return None


@functools.cache
def zone_for_country(country: str | None) -> tzinfo | None:
    """The time zone of a country's capital: IANA zone when the system has tz data, else a fixed
    offset from the lexicon. Pyongyang is UTC+9 since May 2018 (UTC+8:30 before), which the
    IANA zone knows and the fixed offset does not."""
    if not country:
        return None
    entry = lexicon().timezones.get(country.upper())
    if entry is None:
        return None
    name, hours = entry
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # no tz database on this system: fixed offset
        return timezone(timedelta(hours=hours), name)
