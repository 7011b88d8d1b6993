"""Read the network's data files (package data under routes/data), once per process.

Why a module of its own: the corridor files, the landmass table and modes.yaml are read by the
network and by the checking stage; caching them here means each YAML file is parsed once, and a
broken file is reported with its name in one place.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from routes.errors import GazetteerDataError


def data_dir() -> Path:
    """Folder of the package data (routes/data): it ships inside the package, beside us."""
    return Path(__file__).resolve().parents[1] / "data"


def load_yaml(path: Path) -> Any:
    """Parse one YAML data file, naming the file in any error."""
    import yaml

    try:
        with path.open(encoding="utf-8") as fh:
            # libyaml's parser where PyYAML has it: the rail corridors are read on every check
            return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise GazetteerDataError(f"cannot read data file {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise GazetteerDataError(f"data file {path} is not valid YAML: {exc}") from exc


@lru_cache(maxsize=1)
def modes_config() -> dict[str, Any]:
    """routes/data/modes.yaml: speed envelopes, circuity, allowances, tolerances."""
    path = data_dir() / "modes.yaml"
    data = load_yaml(path)
    if not isinstance(data, dict) or "speeds" not in data or "tolerances" not in data:
        raise GazetteerDataError(f"data file {path} lacks its 'speeds' or 'tolerances' section")
    return data


@lru_cache(maxsize=1)
def landmass_config() -> dict[str, Any]:
    """routes/data/rail/landmasses.yaml."""
    path = data_dir() / "rail" / "landmasses.yaml"
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise GazetteerDataError(f"data file {path} is empty or not a mapping")
    return data


def corridor_files(folder: Path | None = None) -> list[Path]:
    """Every corridor file (a YAML file with a ``lines`` section) in routes/data/rail."""
    folder = folder or data_dir() / "rail"
    return sorted(p for p in folder.glob("*.yaml") if p.name != "landmasses.yaml")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> the country's short English name (routes/data/regions/
    countries.yaml), for sentences a reader reads ("placed in China", not "in CN")."""
    data = load_yaml(data_dir() / "regions" / "countries.yaml")
    return {str(r["country"]): str(r["name"]) for r in data.get("records", [])
            if r.get("kind") == "country" and r.get("country")}


def country_name(code: str | None) -> str:
    """The country's name, or its code when the data has none."""
    if not code:
        return "an unknown country"
    return country_names().get(code.upper(), code)
