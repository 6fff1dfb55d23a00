"""Session state and the URL: every view is reproducible from its link.

Widgets keep stable ids in the URL (`?indicator=online_procedures_share&regions=MA-06`),
never their translated labels, so a link works in every language. (Streamlit's own
`bind="query-params"` writes the formatted label into the URL, which would change with
the language and break shared links.)
"""

from __future__ import annotations

from typing import Callable, Sequence

import streamlit as st

LIST_SEPARATOR = ","


def row(name: str = "main", vertical_alignment: str = "top"):
    """A line of controls: side by side on a screen, one under the other on a phone
    (ui/style.py). One horizontal block, not a column per control: fewer Streamlit
    blocks built and sent on every rerun of every viewer."""
    return st.container(
        horizontal=True, key=f"controls-{name}", vertical_alignment=vertical_alignment
    )


def url_value(key: str) -> str | None:
    value = st.query_params.get(key)
    return value if isinstance(value, str) and value else None


def sync_url(key: str, value: str | None, default: str | None) -> None:
    """Write a value to the URL, or remove it when it is the default."""
    if value is None or value == default:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != value:
        st.query_params[key] = value


def seed(key: str, options: Sequence[str], default: str | None) -> None:
    """Give a widget its first value from the URL (if valid) or the default."""
    if key in st.session_state and st.session_state[key] in options:
        return
    from_url = url_value(key)
    st.session_state[key] = from_url if from_url in options else default


def selectbox(
    label: str,
    options: Sequence[str],
    key: str,
    default: str | None = None,
    format_func: Callable[[str], str] = str,
    container=None,
    always_in_url: bool = False,
    url_default: str | None = None,
    **kwargs,
) -> str:
    """A selectbox whose value (an id) lives in session state and in the URL (left out
    when it equals `url_default`, itself the default unless given; never left out with
    `always_in_url`)."""
    options = list(options)
    default = default if default in options else (options[0] if options else None)
    seed(key, options, default)
    target = container or st
    value = target.selectbox(label, options, key=key, format_func=format_func, **kwargs)
    sync_url(key, value, None if always_in_url else (url_default or default))
    return value


def select_slider(
    label: str,
    options: Sequence[str],
    key: str,
    default: str | None = None,
    format_func: Callable[[str], str] = str,
    container=None,
    **kwargs,
) -> str:
    options = list(options)
    default = default if default in options else options[-1]
    seed(key, options, default)
    target = container or st
    value = target.select_slider(label, options, key=key, format_func=format_func, **kwargs)
    sync_url(key, value, default)
    return value


def radio(
    label: str,
    options: Sequence[str],
    key: str,
    default: str | None = None,
    format_func: Callable[[str], str] = str,
    container=None,
    **kwargs,
) -> str:
    options = list(options)
    default = default if default in options else options[0]
    seed(key, options, default)
    target = container or st
    value = target.radio(label, options, key=key, format_func=format_func, **kwargs)
    sync_url(key, value, default)
    return value


def multiselect(
    label: str,
    options: Sequence[str],
    key: str,
    format_func: Callable[[str], str] = str,
    container=None,
    **kwargs,
) -> list[str]:
    """A multiselect kept in session state and in the URL as a comma-separated list."""
    options = list(options)
    if key not in st.session_state or not set(st.session_state[key]) <= set(options):
        from_url = (url_value(key) or "").split(LIST_SEPARATOR)
        st.session_state[key] = [o for o in options if o in from_url]
    target = container or st
    values = target.multiselect(label, options, key=key, format_func=format_func, **kwargs)
    sync_url(key, LIST_SEPARATOR.join(values) or None, None)
    return values


def toggle(label: str, key: str, default: bool, container=None, **kwargs) -> bool:
    if key not in st.session_state:
        from_url = url_value(key)
        st.session_state[key] = default if from_url not in ("0", "1") else from_url == "1"
    target = container or st
    value = target.toggle(label, key=key, **kwargs)
    sync_url(key, "1" if value else "0", "1" if default else "0")
    return value


def year_range(label: str, first: int, last: int, key: str, container=None) -> tuple[int, int]:
    """A range of years kept in the URL as `first-last`."""
    default = f"{first}-{last}"
    if key not in st.session_state:
        parts = (url_value(key) or default).split("-")
        try:
            low, high = sorted(int(p) for p in parts[:2])
        except ValueError:
            low, high = first, last
        st.session_state[key] = (max(first, low), min(last, high))
    target = container or st
    low, high = (
        target.slider(label, first, last, key=key, step=1) if first < last else (first, last)
    )
    sync_url(key, f"{low}-{high}", default)
    return low, high


SHARED_KEYS = ("lang", "regions")


def shared_params() -> dict[str, str]:
    """The parameters every page shares (language, region filter), to carry across a
    programmatic page switch, which otherwise replaces the whole query string."""
    params = {}
    for key in SHARED_KEYS:
        value = st.query_params.get(key)
        if value:
            params[key] = value
    return params
