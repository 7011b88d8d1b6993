"""How every command reports failure: one line on stderr and a documented exit code.

Shared by all command modules (``cli.main`` and its sub-apps such as ``cli.gazetteer``), so a
library error reads and exits the same way whichever command met it, and a traceback is shown
only with ``routes --debug``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])

#: Exit code for an unexpected internal error (sysexits EX_SOFTWARE).
EXIT_INTERNAL = 70
#: Set by ``routes --debug``: re-raise instead of printing one line.
debug_mode = {"on": False}


def fail(message: str, code: int) -> typer.Exit:
    """Print a one-line error on stderr and return the Exit to raise."""
    typer.echo(f"routes: error: {message}", err=True)
    return typer.Exit(code)


def handles_errors(func: F) -> F:
    """Library errors become one line and a documented exit code; tracebacks need --debug."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from routes.errors import RoutesError

        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except RoutesError as exc:
            if debug_mode["on"]:
                raise
            raise fail(exc.message, exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted; no output was left half-written", 130) from None
        except Exception as exc:
            if debug_mode["on"]:
                raise
            raise fail(
                f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
                EXIT_INTERNAL,
            ) from None

    return wrapper  # type: ignore[return-value]
