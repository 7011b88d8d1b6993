"""Every error the library raises, rooted in :class:`RoutesError`.

The tree (each class also inherits the standard exception it resembles, so callers
may catch either way, as geopy does)::

    RoutesError
    ├── InputFileError (OSError)          missing, a directory, unreadable, too large
    ├── UnreadableTextError (ValueError)  empty, binary, not text in any encoding we know
    ├── JourneyFileError (ValueError)     invalid journey file: line and field named
    ├── CoordinateError (ValueError)      latitude/longitude out of range
    ├── NoPlacesFoundError (LookupError)  the text names no place we can put on a map
    ├── PlaceNotFoundError (LookupError)  a name no gazetteer knows; carries suggestions
    ├── AmbiguousPlaceError (LookupError) several places fit; carries ranked candidates
    ├── RouteError (ValueError)           a leg its mode cannot join (rail across a sea)
    ├── GazetteerDataError (ValueError)   a gazetteer record or import file is invalid
    ├── GeocoderServiceError (ConnectionError)  an online geocoder failed past its retries
    ├── OutputError (OSError)             the output cannot be written (folder, permission, disk)
    └── BrowserNotFoundError (RuntimeError)  no headless Chromium for PNG output

Each error carries ``exit_code``: the CLI exits with it, and the README documents it.
Messages are written for a journalist: what went wrong and what to do about it, one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # models import this module: the annotation only
    from routes.models import Candidate


class RoutesError(Exception):
    """Root of every error this library raises on purpose."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputFileError(RoutesError, OSError):
    """An input path that cannot be read as a file."""

    exit_code = 3


class UnreadableTextError(RoutesError, ValueError):
    """A file that is not article text (empty, binary, unknown encoding)."""

    exit_code = 4


class NoPlacesFoundError(RoutesError, LookupError):
    """Nothing in the input could be placed on a map."""

    exit_code = 5


class JourneyFileError(RoutesError, ValueError):
    """A journey file that does not follow the format; names the line and field."""

    exit_code = 6

    def __init__(
        self, message: str, *, path: str = "", line: int | None = None, field: str = ""
    ) -> None:
        where = path
        if line is not None:
            where = f"{where}:{line}" if where else f"line {line}"
        prefix = f"{where}: " if where else ""
        if field:
            prefix += f"{field}: "
        super().__init__(prefix + message)
        self.path = path
        self.line = line
        self.field = field


class CoordinateError(RoutesError, ValueError):
    """Coordinates outside the range of the Earth."""

    exit_code = 6


class PlaceNotFoundError(RoutesError, LookupError):
    """A place name that no gazetteer knows, with "did you mean" suggestions."""

    exit_code = 7

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        msg = f"no place called {name!r} is known"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(repr(s) for s in self.suggestions[:5]) + "?"
        else:
            msg += "; check the spelling or give coordinates in a journey file"
        super().__init__(msg)


class AmbiguousPlaceError(RoutesError, LookupError):
    """Several places fit a name and context cannot choose between them."""

    exit_code = 8

    def __init__(self, name: str, candidates: Sequence[str],
                 ranked: Sequence[Candidate] = ()) -> None:
        self.name = name
        self.candidates = list(candidates)
        #: the same namesakes as places with their scores, best first, for callers that
        #: choose themselves (a reader taking the best and noting the doubt)
        self.ranked: list[Candidate] = list(ranked)
        shown = "; ".join(self.candidates[:5])
        super().__init__(
            f"{name!r} could be several places ({shown}); choose with --near PLACE or --country CC"
        )


class RouteError(RoutesError, ValueError):
    """A leg that its mode of travel cannot join."""

    exit_code = 9


class GazetteerDataError(RoutesError, ValueError):
    """An invalid gazetteer record or import file."""

    exit_code = 10


class GeocoderServiceError(RoutesError, ConnectionError):
    """An online geocoder that failed after its bounded retries."""

    exit_code = 11


class OutputError(RoutesError, OSError):
    """An output file that cannot be written; nothing half-written is left behind."""

    exit_code = 12


class BrowserNotFoundError(RoutesError, RuntimeError):
    """No headless Chromium to render a PNG with."""

    exit_code = 13


__all__ = [
    "AmbiguousPlaceError",
    "BrowserNotFoundError",
    "CoordinateError",
    "GazetteerDataError",
    "GeocoderServiceError",
    "InputFileError",
    "JourneyFileError",
    "NoPlacesFoundError",
    "OutputError",
    "PlaceNotFoundError",
    "RouteError",
    "RoutesError",
    "UnreadableTextError",
]
