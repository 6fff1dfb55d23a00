"""One bounded cache shared by every session: whatever a page builds from the data
(figures, tables, key figures) is built once per file version and view, then reused.

Plain Python (an LRU dictionary under a lock): looking a view up costs microseconds,
where Streamlit's own cache hashes its arguments on every call. When many viewers
arrive at once on a view not built yet, one builds it and the others wait for it.
Every viewer of a view gets the same objects: they are never modified after being built
(figures are frozen, see ui.charts).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable

from loaders import get_store

MAX_ENTRIES = 2048  # views × languages × filters; an entry is a few KB to a few 100 KB

_entries: OrderedDict[tuple, Any] = OrderedDict()
_building: dict[tuple, threading.Lock] = {}
_lock = threading.Lock()


def versions(*names: str) -> tuple:
    """The version (content hash) of each dataset, or None where it has no good version."""
    store = get_store()
    return tuple(store.version_id(name) for name in names)


def shared(kind: str, params: tuple, datasets: tuple[str, ...], build: Callable[[], Any]) -> Any:
    """build() once per (kind, params, versions of the datasets), for every session."""
    key = (kind, params, get_store().data_dir, versions(*datasets))
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            return _entries[key]
        building = _building.setdefault(key, threading.Lock())
    with building:  # the first caller builds; the others wait, then find it built
        with _lock:
            if key in _entries:
                return _entries[key]
        value = build()
        with _lock:
            _entries[key] = value
            _building.pop(key, None)
            while len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
        return value


def clear() -> None:
    with _lock:
        _entries.clear()
