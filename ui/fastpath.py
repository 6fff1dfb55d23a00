"""Two changes to Streamlit's hot path, kept only because the benchmark shows they pay.

Options read without the lock. Streamlit 1.67 reads a configuration option under one process-wide lock
(`streamlit.config._config_lock`) several times for every element a script writes
(notably to decide whether each message is cached). When hundreds of viewers arrive at
once, hundreds of script threads queue on that lock: in a profile of 100 simultaneous
overview sessions, more than half of the samples were threads waiting in
`config.get_option`. Options do not change once the server runs (an option changed
later is updated in place; a re-parse replaces the whole dictionary), so reading the
current dictionary without the lock returns the same values.
"""

from __future__ import annotations

from typing import Any

from streamlit import config

_locked_get_option = config.get_option


def get_option(key: str) -> Any:
    options = config._config_options
    if options:
        option = options.get(key)
        if option is not None:
            return option.value
    return _locked_get_option(key)


def install() -> None:
    """Route Streamlit's internal option reads through the lock-free reader (not under
    AppTest, which patches the reader itself to switch test-only options on)."""
    if config.get_option is get_option or config.get_option("global.appTest"):
        return
    config.get_option = get_option


class Html(str):
    """HTML that st.html takes as it is. Given a plain string, st.html asks the filesystem
    whether it is a file's path, then dedents it line by line (textwrap.dedent: 5 % of the
    CPU of a cooperation rerun, over its cards and source lines); given an object with
    `_repr_html_`, it takes what that returns. Our HTML is made once per view (ui/memo.py)
    and whitespace at a line's start means nothing in it, so it is wrapped once, here."""

    def _repr_html_(self) -> str:
        return str(self)
