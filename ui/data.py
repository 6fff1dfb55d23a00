"""What pages call to get data: shared, validated, versioned; never a traceback.

`require` stops the page with a plain-language message when a dataset it cannot do
without has no good version; `optional` returns None instead, so a page can keep
everything else working.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st

from atlas.model import combine_observations
from loaders import DatasetState, get_store
from loaders.contract import OBSERVATION_TABLES
from ui import components

APP_DIR = Path(__file__).resolve().parents[1]
STATIC_REGIONS = APP_DIR / "static" / "regions.geojson"
STATIC_WORLD = APP_DIR / "static" / "world.geojson"
STATIC_URL = "app/static"
OBSERVATION_NAMES = tuple(d.name for d in OBSERVATION_TABLES)


def state(name: str) -> DatasetState:
    return get_store().state(name)


def require(*names: str) -> dict[str, pd.DataFrame]:
    """The frames of datasets a page cannot do without, or stop with a clear message."""
    states = [state(n) for n in names]
    if all(s.version is None for s in get_store().states().values()):
        components.first_run(get_store().data_dir)
        st.stop()
    missing = [s for s in states if s.version is None]
    if missing:
        components.unavailable(missing)
        st.stop()
    for s in states:
        if s.status == "stale":
            components.stale_notice(s)
    return {s.name: s.frame for s in states}


def optional(name: str) -> pd.DataFrame | None:
    """A dataset's frame, or None (with a short notice) when it has no good version."""
    current = state(name)
    if current.version is None:
        components.unavailable([current], compact=True)
        return None
    if current.status == "stale":
        components.stale_notice(current)
    return current.frame


def observations(catalogue: pd.DataFrame) -> pd.DataFrame:
    """adoption + sovereignty + context, joined to the catalogue (shared, per version)."""
    available = [state(n) for n in OBSERVATION_NAMES]
    for s in available:
        if s.version is None:
            components.unavailable([s], compact=True)
    good = tuple(s for s in available if s.version is not None)
    from ui.cache import shared

    # Keyed on the file versions: the frames are shared read-only, never copied per session.
    return shared("observations", (), OBSERVATION_NAMES + ("indicators",),
                  lambda: combine_observations([s.frame for s in good], catalogue))


def regions_geojson() -> str | dict:
    """The regions geometry for plotly: the URL of the served copy when it is the very
    file being served from the data folder (browsers fetch it once and cache it), else
    the geometry itself (a data folder with its own regions.geojson still works)."""
    regions = state("regions")
    sha = regions.version.provenance.sha256
    if _static_sha(*_signature(STATIC_REGIONS)) == sha:
        return f"{STATIC_URL}/regions.geojson?v={sha[:12]}"
    return _inline_geojson(sha)


def world_geojson() -> str:
    """The URL of the world geometry (built by scripts/build_world.py, served statically)."""
    sha = _static_sha(*_signature(STATIC_WORLD)) or "missing"
    return f"{STATIC_URL}/world.geojson?v={sha[:12]}"


def world_ids() -> list[str]:
    """The ISO3 codes of the countries in the world geometry (read once per file)."""
    return _world_ids(*_signature(STATIC_WORLD))


@lru_cache(maxsize=2)
def _world_ids(path: str, mtime_ns: int, size: int) -> list[str]:
    if not size:
        return []
    return [feature["id"] for feature in json.loads(Path(path).read_text("utf-8"))["features"]]


def _signature(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
        return str(path), stat.st_mtime_ns, stat.st_size
    except OSError:
        return str(path), 0, 0


@lru_cache(maxsize=2)
def _static_sha(path: str, mtime_ns: int, size: int) -> str | None:
    if not size:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=2)
def _inline_geojson(sha: str) -> dict:
    frame = state("regions").frame
    return json.loads(frame[["region_code", "geometry"]].to_json())


def indicator_labels(catalogue: pd.DataFrame, language: str) -> dict[str, str]:
    """Indicator id -> its label in the viewer's language (from the catalogue itself)."""
    from ui.cache import shared

    return shared("indicator-labels", (language,), ("indicators",),
                  lambda: dict(zip(catalogue["indicator_id"], catalogue[f"label_{language}"])))


def region_names(language: str) -> dict[str, str]:
    frame = state("regions").frame
    if frame is None:
        return {}
    return dict(zip(frame["region_code"], frame[f"name_{language}"]))
