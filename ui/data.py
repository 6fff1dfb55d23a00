"""What pages call to get data: one versioned snapshot per run, and plain-language
messages when a page cannot show what it needs; never a traceback.

`open_view(views.adoption)` returns the snapshot after checking the datasets the view
needs (`NEEDS`: the page stops with a message when one has no good version) and uses
(`USES`: a short notice, the page goes on), and saying which are shown stale.
"""

from __future__ import annotations

import hashlib
import json
import threading
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import streamlit as st

from atlas.snapshot import Geometry, Snapshot
from loaders import get_store
from ui import components

APP_DIR = Path(__file__).resolve().parents[1]
STATIC_REGIONS = APP_DIR / "static" / "regions.geojson"
STATIC_WORLD = APP_DIR / "static" / "world.geojson"
STATIC_URL = "app/static"

_snapshots: dict[Path, Snapshot] = {}
_snapshots_lock = threading.Lock()


def snapshot() -> Snapshot:
    """The data folder as it should be served now: the same Snapshot object for every
    run while no file changes (so what it derives is shared), a new one after."""
    store = get_store()
    states = store.states()  # stats each file at most once a second (loaders.store)
    current = _snapshots.get(store.data_dir)
    if current is not None and all(current.states.get(n) is s for n, s in states.items()):
        return current
    with _snapshots_lock:
        fresh = Snapshot(states, store.data_dir, _geometry(states["regions"]))
        _snapshots[store.data_dir] = fresh
        return fresh


def open_view(view: ModuleType) -> Snapshot:
    """The snapshot for a page built by `view`, or stop with a clear message when a
    dataset the view cannot do without has no good version."""
    current = snapshot()
    if current.is_empty:
        components.first_run(current.data_dir)
        st.stop()
    missing = current.unavailable(view.NEEDS)
    if missing:
        components.unavailable(missing)
        st.stop()
    unused = current.unavailable(view.USES)
    if unused:
        components.unavailable(unused, compact=True)
    for state in current.stale((*view.NEEDS, *view.USES)):
        components.stale_notice(state)
    return current


def _geometry(regions_state) -> Geometry:
    """Maps reference the served regions file when it is the very file of the data
    folder (browsers fetch it once and cache it); a folder with its own geometry sends
    it inside the figures instead."""
    sha = regions_state.version.provenance.sha256 if regions_state.version else None
    served = _static_sha(*_signature(STATIC_REGIONS))
    world_sha = _static_sha(*_signature(STATIC_WORLD)) or "missing"
    return Geometry(
        regions_url=f"{STATIC_URL}/regions.geojson?v={sha[:12]}" if sha and sha == served else None,
        world_url=f"{STATIC_URL}/world.geojson?v={world_sha[:12]}",
        world_ids=tuple(_world_ids(*_signature(STATIC_WORLD))),
    )


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


def clear() -> None:
    """Forget the snapshots (and what they derived); the tests do, between runs."""
    with _snapshots_lock:
        _snapshots.clear()
