"""Changes to Streamlit's hot path, kept only because the benchmark shows they pay.

Options read without the lock. Streamlit 1.67 reads a configuration option under one process-wide lock
(`streamlit.config._config_lock`) several times for every element a script writes
(notably to decide whether each message is cached). When hundreds of viewers arrive at
once, hundreds of script threads queue on that lock: in a profile of 100 simultaneous
overview sessions, more than half of the samples were threads waiting in
`config.get_option`. Options do not change once the server runs (an option changed
later is updated in place; a re-parse replaces the whole dictionary), so reading the
current dictionary without the lock returns the same values.

A shared table's Arrow bytes made once. st.dataframe writes its table to Arrow's IPC
format on every run (0.3 ms of a cooperation rerun, for 26 agreements); the tables the
views share (ui/tables.py) never change once made, so their bytes are made when the table
is, and every run sends those. Any other table is converted as Streamlit does.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from streamlit import config, dataframe_util

_locked_get_option = config.get_option


def get_option(key: str) -> Any:
    options = config._config_options
    if options:
        option = options.get(key)
        if option is not None:
            return option.value
    return _locked_get_option(key)


_convert_to_arrow_bytes = dataframe_util.convert_arrow_table_to_arrow_bytes
MAX_SHARED_TABLES = 256
# id -> (table, its bytes); the entry keeps its table, so an id is not reused while kept
_shared_bytes: OrderedDict[int, tuple[Any, bytes]] = OrderedDict()
_shared_lock = threading.Lock()


def share_table(table):
    """Mark an Arrow table that will never change: its bytes are made now, once."""
    made = _convert_to_arrow_bytes(table)
    with _shared_lock:
        _shared_bytes[id(table)] = (table, made)
        while len(_shared_bytes) > MAX_SHARED_TABLES:
            _shared_bytes.popitem(last=False)
    return table


def arrow_bytes(table) -> bytes:
    """Streamlit's conversion, unless the table is a shared one."""
    found = _shared_bytes.get(id(table))
    if found is not None and found[0] is table:
        return found[1]
    return _convert_to_arrow_bytes(table)


def install() -> None:
    """Route Streamlit's internal option reads through the lock-free reader, and its
    tables' conversion through the shared bytes (not under AppTest, which patches the
    reader itself to switch test-only options on)."""
    if config.get_option is get_option or config.get_option("global.appTest"):
        return
    config.get_option = get_option
    dataframe_util.convert_arrow_table_to_arrow_bytes = arrow_bytes


class Html(str):
    """HTML that st.html takes as it is. Given a plain string, st.html asks the filesystem
    whether it is a file's path, then dedents it line by line (textwrap.dedent: 5 % of the
    CPU of a cooperation rerun, over its cards and source lines); given an object with
    `_repr_html_`, it takes what that returns. Our HTML is made once per view (ui/memo.py)
    and whitespace at a line's start means nothing in it, so it is wrapped once, here."""

    def _repr_html_(self) -> str:
        return str(self)
