"""Online geocoders (Nominatim, Photon) for the places the offline gazetteer lacks: optional.

routes works offline. With ``--geocoder nominatim`` (or ``--geocoder photon``) on the command
line, a name that the offline gazetteer does not know is also asked of that service, through
geopy; a place the offline gazetteer knows is never sent anywhere. In code::

    from routes.online import ChainedGeocoder, make_online_geocoder

    online = make_online_geocoder("nominatim")          # or base_url="https://nominatim.example.org"
    geocoder = ChainedGeocoder(online)                  # offline gazetteer first
    candidate = geocoder.resolve("Sinuiju", near=(40.1, 124.4))  # near: choose among homonyms
    journey.notes.extend(geocoder.notes())              # which places could not be checked

The policy we honour (the figures live in ``services.yaml`` with their sources):

- **At most one request per second** per service, as the Nominatim usage policy demands for the
  whole application: one limiter per service in the process (on ``time.monotonic``), plus a lock
  file beside the cache so parallel local processes (``--batch``) queue together too. The second
  is counted from the *end* of the previous request, so network delays cannot bunch requests
  up; one request at a time. Retries are requests and wait their turn.
- **A real User-Agent** naming the tool, its version and its purpose:
  ``routes/0.1.0 (+newsroom fact-checking; contact: ...)``. Set ``ROUTES_CONTACT`` to an e-mail
  address or URL so the service's operators can reach you.
- **Every answer is cached** on disk in SQLite, "not found" included, so a name is asked once,
  ever: ``$ROUTES_CACHE_DIR/online-geocoder.sqlite3`` or the user cache folder
  (``~/.cache/routes`` on Linux). A corrupted, foreign or locked cache file is moved aside and
  rebuilt with a :class:`CacheRebuiltWarning`; on a full or read-only disk the file is left
  alone and answers are kept in memory for the run. The cache never stops a run.
- **Bounded retries** (4 attempts per name, exponential back-off with jitter) on time-outs, a
  server that hangs, HTTP 429 (Retry-After honoured up to 60 s; a longer one ends our use of
  the service), 5xx and malformed JSON. HTTP 401/403 stops at once: Nominatim blocks clients that
  break its policy, and insisting would make it worse.
- **When a service gives out**, it is written off for the rest of the run: later names return
  None at once, the run completes on offline data, ``OnlineLookup.unavailable`` (and
  ``ChainedGeocoder.notes()``, one line for ``Journey.notes``) say which places could not be
  checked, and the ``routes.online`` logger warns once. A name that only the service could have
  placed raises the offline PlaceNotFoundError, whose message adds why the service could not
  be asked. Nothing is printed by the library:
  cache trouble goes through :mod:`warnings`, service trouble through :mod:`logging`.
- **Attribution**: each place found online has ``source`` "Nominatim (OpenStreetMap
  contributors, ODbL) via geopy" (or the Photon equivalent) and an ``osm:`` id.
"""

from routes.online._cache import CacheRebuiltWarning, GeocodeCache, default_cache_path
from routes.online._chain import ChainedGeocoder, OfflineGazetteer
from routes.online._lookup import LookupStats, OnlineLookup, make_online_geocoder
from routes.online._ratelimit import FileRateLimiter, RateLimiter, limiter_for
from routes.online._retry import RetryPolicy
from routes.online._services import ServiceSpec, default_user_agent, services

__all__ = [
    "CacheRebuiltWarning",
    "ChainedGeocoder",
    "FileRateLimiter",
    "GeocodeCache",
    "LookupStats",
    "OfflineGazetteer",
    "OnlineLookup",
    "RateLimiter",
    "RetryPolicy",
    "ServiceSpec",
    "default_cache_path",
    "default_user_agent",
    "limiter_for",
    "make_online_geocoder",
    "services",
]
