"""What a rerun would otherwise make again from the same view: kept by the identity of
the object it is made from.

Views are built once and shared by every session (ui/cache.py), never modified after: the
same section, table or picture comes back on every rerun of every viewer. What the
dashboard makes from one — its HTML, its Arrow table, its print copy — is then made once
too. Keyed by identity, not by value: hashing a whole view on every rerun would cost what
it saves. Each entry keeps its object, so an identity is never reused while its entry
lives; bounded (least recently used first out).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from typing import Any, Callable, TypeVar

MAX_ENTRIES = 1024

Made = TypeVar("Made")


def by_identity(make: Callable[..., Made]) -> Callable[..., Made]:
    """`make(thing, *options, **given)`, once per (thing, options) for as long as `thing`
    lives in the cache; `options` must be hashable; `given` is not part of the key (what
    follows from the thing and the options, such as a table's column settings)."""
    entries: OrderedDict[tuple, tuple[Any, Made]] = OrderedDict()
    lock = threading.Lock()

    @functools.wraps(make)
    def cached(thing, *options, **given):
        key = (id(thing), options)
        with lock:
            found = entries.get(key)
            if found is not None and found[0] is thing:
                entries.move_to_end(key)
                return found[1]
        made = make(thing, *options, **given)
        with lock:
            entries[key] = (thing, made)
            while len(entries) > MAX_ENTRIES:
                entries.popitem(last=False)
        return made

    cached.clear = entries.clear  # type: ignore[attr-defined]
    return cached
