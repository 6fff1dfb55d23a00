"""Drawing the tables under figures (built by atlas.tables): column titles in the
viewer's language, links only for http(s) URLs."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from atlas import tables
from ui.context import language, t

# A table on paper: Streamlit's tables are drawn on a canvas sized for the screen, which a
# printer cuts (in Arabic, the indicator names go first). Each one gets an HTML copy that
# only print shows (ui/style.py), wrapped to the page's width.
PRINT_ROWS = 300


def frame(data, column_config: dict | None = None, hide_index: bool = True):
    """st.dataframe, and its copy for print."""
    st.dataframe(data, hide_index=hide_index, width="stretch", column_config=column_config)
    st.html(printed(data, column_config or {}, hide_index))


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
    words = tables.headings(language())
    _ = t()
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
    shown = tables.institutes(current, names, status_labels, language())
    frame(shown, column_config=headed(shown.columns))


def agreements(rows: pd.DataFrame, names: dict[str, str], labels: dict[str, str]):
    shown = tables.agreements(rows, names, labels, language())
    frame(shown, column_config=headed(shown.columns, checks=("south_south",)))
