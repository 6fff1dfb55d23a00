"""Page-wide CSS: right-to-left layout for Arabic, and a few readability tweaks."""

from __future__ import annotations

import streamlit as st

BASE_CSS = """
<style>
/* KPI cards: keep labels on one line where they fit, values large. */
[data-testid="stMetricValue"] { font-size: 1.9rem; }
[data-testid="stMetricLabel"] p { white-space: normal; }
</style>
"""

RTL_CSS = """
<style>
[data-testid="stMain"], [data-testid="stSidebarContent"], [data-testid="stSidebarNav"] {
  direction: rtl; text-align: right;
}
[data-testid="stMain"] .stMarkdown, [data-testid="stMain"] .stCaption,
[data-testid="stSidebarContent"] .stMarkdown { text-align: right; }
/* Charts keep their own left-to-right geometry; plotly places Arabic text itself. */
[data-testid="stPlotlyChart"], .js-plotly-plot { direction: ltr; }
</style>
"""


def inject_style(rtl: bool) -> None:
    st.html(BASE_CSS + (RTL_CSS if rtl else ""))
