"""One journey from its inputs to checked verdicts: read, place, merge fixes, measure, check.

Every command that works on a journey (check, map, demo, batch) goes through here, so that
a figure checked on the command line and drawn on a map is checked the same way.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from routes.errors import InputFileError, NoPlacesFoundError
from routes.models import Journey, Place

if TYPE_CHECKING:
    from routes.gazetteer import Gazetteer
    from routes.journeyfile import Resolver
    from routes.reading import Article

#: Suffixes taken as journey files when given among the inputs.
JOURNEY_SUFFIXES = (".yaml", ".yml")


def example_journey_path() -> Path:
    """The example journey that ``routes demo`` draws.

    Wheels carry it as package data; an editable checkout reads it from ``examples/``.
    """
    packaged = Path(__file__).parent / "data" / "examples" / "kim-2019-beijing.yaml"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[1] / "examples" / "kim-2019-beijing.yaml"


def _resolver(gazetteer: Gazetteer) -> Resolver:
    def resolve(name: str, country: str | None, known: Sequence[Place]) -> Place:
        return gazetteer.resolve(name, country=country, context=known).place

    return resolve


def split_inputs(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Separate article text files from journey files among the command's inputs."""
    articles: list[Path] = []
    journeys: list[Path] = []
    for raw in paths:
        path = Path(raw)
        (journeys if path.suffix.lower() in JOURNEY_SUFFIXES else articles).append(path)
    return articles, journeys


def check_articles(
    articles: Sequence[Article],
    *,
    gazetteer: Gazetteer | None = None,
    fixes: Sequence[Path] = (),
) -> Journey:
    """Read articles (and apply journey-file fixes), then measure and check the journey."""
    from routes.journeyfile import load_journey_with_ignores, merge_journeys

    gz = gazetteer if gazetteer is not None else _open_gazetteer()
    journey: Journey | None = None
    if articles:
        from routes.reading import read_story

        journey = read_story(articles, gz)
    for path in fixes:
        fixed, ignore = load_journey_with_ignores(path, resolve=_resolver(gz))
        journey = fixed if journey is None else merge_journeys(journey, fixed, ignore)
    if journey is None:
        raise InputFileError("nothing to check: give article text files or a journey file")
    checkable = [c for c in journey.claims if c.origin and c.destination]
    if not journey.places and not journey.stops and checkable and journey.other_places:
        # no trip, but distances told between places it names ("Yokohama, about 30 km from
        # Tokyo"): those figures are still checked
        journey.notes.append("no traveller's stops in the story: only the distances and times "
                             "it states between the places it names are checked")
    elif not journey.places and not journey.stops:
        names = ", ".join(a.source for a in articles) or "the input"
        if journey.other_places:
            # places, but no trip: say which, so the desk can write the stops down
            named = [pm.place.name for pm in journey.other_places]
            shown = ", ".join(named[:4]) + (f" and {len(named) - 4} more" if len(named) > 4
                                            else "")
            raise NoPlacesFoundError(
                f"no journey found in {names}: it names {shown}, but no traveller's stops; "
                "name the stops in a journey file (see examples/kim-2019-beijing.yaml)"
            )
        raise NoPlacesFoundError(
            f"no places found in {names}; is it an article about a journey? "
            "Name the places in a journey file (see examples/kim-2019-beijing.yaml)"
        )
    return measure_and_check(journey, strict=bool(fixes))


def measure_and_check(journey: Journey, *, strict: bool = False) -> Journey:
    """Fill every leg's measures and every claim's verdict.

    ``strict`` (used when a journey file states the legs) makes a leg its mode cannot join
    (rail across a sea) an error; legs guessed from article text only earn a note.
    """
    from routes.checking import check_journey
    from routes.network import measure_journey

    return check_journey(measure_journey(journey, strict=strict))


def check_files(
    paths: Sequence[str | os.PathLike[str]],
    *,
    journey_file: str | os.PathLike[str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> Journey:
    """Check the journey told by article files and/or journey files.

    Journey files (``.yaml``) given among ``paths`` or as ``journey_file`` are applied after
    the articles are read, in order, so a desk's corrections always win.
    """
    from routes.reading import read_article

    article_paths, journey_paths = split_inputs(paths)
    if journey_file is not None:
        journey_paths.append(Path(journey_file))
    articles = [read_article(p) for p in article_paths]
    return check_articles(articles, gazetteer=gazetteer, fixes=journey_paths)


def _open_gazetteer() -> Gazetteer:
    from routes.gazetteer import open_gazetteer

    return open_gazetteer()
