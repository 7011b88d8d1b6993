"""The online services we know, read from ``services.yaml``, and the User-Agent we send them.

Why a data file: the policy figures (request spacing, attribution) belong to the services, not to
our code; when a policy changes, a reviewer edits one line with its source beside it.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files
from typing import Any, Literal

from routes.errors import GazetteerDataError, GeocoderServiceError

#: Environment variable holding a contact (e-mail or URL) we add to the User-Agent, as the
#: Nominatim policy asks heavy users to be reachable.
CONTACT_ENV = "ROUTES_CONTACT"


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    """One online geocoder and the policy we honour when asking it."""

    name: str
    geopy_class: str
    domain: str
    min_interval: float
    attribution: str
    policy: str
    country_filter: Literal["server", "client"]


@functools.cache
def services() -> dict[str, ServiceSpec]:
    """Every service in ``services.yaml``, by name (lower case)."""
    import yaml

    raw: Any = yaml.safe_load(files("routes.online").joinpath("services.yaml").read_text("utf-8"))
    if not isinstance(raw, dict):
        raise GazetteerDataError("routes/online/services.yaml must map service names to records")
    specs: dict[str, ServiceSpec] = {}
    for name, rec in raw.items():
        try:
            specs[str(name).lower()] = ServiceSpec(
                name=str(name).lower(),
                geopy_class=str(rec["geopy_class"]),
                domain=str(rec["domain"]),
                min_interval=float(rec["min_interval"]),
                attribution=str(rec["attribution"]),
                policy=str(rec["policy"]),
                country_filter="server" if rec.get("country_filter") == "server" else "client",
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerDataError(
                f"routes/online/services.yaml: record {name!r} is missing or has a bad field: {exc}"
            ) from exc
    return specs


def service(name: str) -> ServiceSpec:
    """The spec for ``name``; an unknown name raises GeocoderServiceError listing the known ones."""
    spec = services().get(name.strip().lower())
    if spec is None:
        known = ", ".join(sorted(services()))
        raise GeocoderServiceError(f"unknown online geocoder {name!r}; choose one of: {known}")
    return spec


def tool_version() -> str:
    """The installed version of routes, for the User-Agent."""
    try:
        return metadata.version("routes")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def default_user_agent() -> str:
    """A User-Agent that names the tool, its version, its purpose and how to reach its operator.

    Nominatim refuses stock library agents; the contact comes from ``ROUTES_CONTACT`` so each
    newsroom identifies itself rather than the project's authors.
    """
    contact = os.environ.get(CONTACT_ENV, "").strip() or f"set {CONTACT_ENV}"
    # One line (no header injection), ASCII (HTTP headers are Latin-1 at best), bounded length.
    contact = " ".join(contact.split()).encode("ascii", "replace").decode("ascii")[:200]
    return f"routes/{tool_version()} (+newsroom fact-checking; contact: {contact})"
