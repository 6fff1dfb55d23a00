"""One bounded cache shared by every session: each view is built once per (builder,
controls, snapshot version), then handed to every viewer of it.

Plain Python (an LRU dictionary under a lock): looking a view up costs microseconds,
where Streamlit's own cache hashes its arguments on every call. When many viewers
arrive at once on a view not built yet, one builds it and the others wait for it.
Every viewer of a view gets the same objects: they are never modified after being built
(figures are frozen, see plotly_drawer.frozen).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable

from atlas.snapshot import Snapshot

MAX_ENTRIES = 2048  # views × languages × filters; an entry is a few KB to a few 100 KB

_entries: OrderedDict[tuple, Any] = OrderedDict()
_building: dict[tuple, threading.Lock] = {}
_lock = threading.Lock()


def view(build: Callable[[Snapshot, Any], Any], snapshot: Snapshot, controls) -> Any:
    """build(snapshot, controls), once for every session asking for the same view of
    the same data version. `controls` must be hashable (a frozen dataclass)."""
    key = (build.__module__, build.__qualname__, controls, snapshot.key)
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            return _entries[key]
        building = _building.setdefault(key, threading.Lock())
    with building:  # the first caller builds; the others wait, then find it built
        with _lock:
            if key in _entries:
                return _entries[key]
        value = build(snapshot, controls)
        with _lock:
            _entries[key] = value
            _building.pop(key, None)
            while len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
        return value


def clear() -> None:
    """Forget every view (the tests do, so each run builds — and translates — afresh)."""
    with _lock:
        _entries.clear()
