"""Drawing the tables under figures (built by atlas.tables): column titles in the
viewer's language, links only for http(s) URLs."""

from __future__ import annotations

import html
from functools import lru_cache

import pandas as pd
import streamlit as st

from atlas import tables
from atlas.i18n import translator
from ui.context import language
from ui.fastpath import Html, share_table
from ui.memo import by_identity

# A table on paper: Streamlit's tables are drawn on a canvas sized for the screen, which a
# printer cuts (in Arabic, the indicator names go first). Each one gets an HTML copy that
# only print shows (ui/style.py), wrapped to the page's width.
PRINT_ROWS = 300


def frame(data, column_config: dict | None = None, hide_index: bool = True, heading: str = ""):
    """st.dataframe, and its copy for print: both made once per table of a shared view
    (ui/memo.py), as Arrow and as HTML, whatever the number of reruns. `heading`: the
    table's title, written in the same element as its print copy (one element, not two)."""
    shown = _as_arrow(data) if hide_index else data
    st.html(_printed(data, language(), hide_index, heading, column_config=column_config or {}))
    st.dataframe(shown, hide_index=hide_index, width="stretch", column_config=column_config)


def opened(label: str, key: str):
    """An expander that runs its content only when opened (None while closed): closed,
    a table under a chart (its Arrow bytes and its print copy) costs no rerun anything."""
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None


def in_expander(label: str, key: str, data, **settings) -> None:
    """A table in an expander of its own, built only when a viewer opens it."""
    box = opened(label, key)
    if box is not None:
        with box:
            frame(data, **settings)


@by_identity
def _as_arrow(data):
    """A table as Arrow, its bytes made once (what Streamlit would make on every run)."""
    import pyarrow as pa

    if isinstance(data, pa.Table):
        return share_table(data)
    if not isinstance(data, pd.DataFrame):
        return data
    try:
        return share_table(pa.Table.from_pandas(data, preserve_index=False))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        return data  # mixed types: Streamlit's own conversion copes with them


@by_identity
def _printed(data, lang: str, hide_index: bool, heading: str, column_config: dict) -> Html:
    # the column settings follow from the table and the language: not in the key
    title = f'<h3 class="table-title">{html.escape(heading)}</h3>' if heading else ""
    return Html(title + printed(data, column_config, hide_index))


def printed(data, column_config: dict, hide_index: bool) -> str:
    def title(column) -> str:
        config = column_config.get(column, column)
        return str(config if isinstance(config, str) else config.get("label") or column)

    def cell(value) -> str:
        if isinstance(value, bool):
            return "✓" if value else ""
        return (
            "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
        )

    if not isinstance(data, pd.DataFrame):  # an Arrow table (the overview's, for speed)
        data = data.to_pandas()
    shown = data.head(PRINT_ROWS)
    if not hide_index:
        shown = shown.reset_index()
    head = "".join(f"<th>{html.escape(title(c))}</th>" for c in shown.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell(v))}</td>" for v in row) + "</tr>"
        for row in shown.itertuples(index=False)
    )
    return f'<table class="print-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def headed(keys, *, links: tuple[str, ...] = ("source_url",), checks: tuple[str, ...] = ()):
    """Streamlit's column settings for a table of atlas.tables: each column headed in the
    page's language (atlas.tables.HEADINGS), links as links, true/false as ticks."""
    # Reading a pandas index of Arrow strings was 3 % of a cooperation rerun: read once
    # per index (a shared view's), and the settings made once per columns.
    names = _column_names(keys) if hasattr(keys, "tolist") else tuple(keys)
    # a copy: a caller may add to it (Streamlit copies each setting before using it)
    return dict(_headed(names, language(), links, checks))


@by_identity
def _column_names(index) -> tuple:
    return tuple(index.tolist())


@lru_cache(maxsize=256)
def _headed(keys: tuple, lang: str, links: tuple[str, ...], checks: tuple[str, ...]) -> dict:
    words = tables.headings(lang)
    _ = translator(lang)
    config: dict = {}
    for key in keys:
        if key in links:
            config[key] = st.column_config.LinkColumn(
                words.get(key, key), display_text=_(tables.SOURCE_LINK)
            )
        elif key in checks:
            config[key] = st.column_config.CheckboxColumn(words.get(key, key))
        elif key in words:
            config[key] = words[key]
    return config


def institutes(current: pd.DataFrame, names: dict[str, str], status_labels: dict[str, str]):
    shown = institute_rows(current, language(), names=names, status_labels=status_labels)
    frame(shown, column_config=headed(shown.columns))


def agreements(rows: pd.DataFrame, names: dict[str, str], labels: dict[str, str], heading=""):
    shown = _agreements(rows, language(), names=names, labels=labels)
    frame(shown, column_config=headed(shown.columns, checks=("south_south",)), heading=heading)


# Built once per view's rows and language: the names and labels follow from them.
@by_identity
def institute_rows(current: pd.DataFrame, lang: str, names: dict, status_labels: dict):
    return tables.institutes(current, names, status_labels, lang)


@by_identity
def _agreements(rows: pd.DataFrame, lang: str, names: dict, labels: dict):
    return tables.agreements(rows, names, labels, lang)
