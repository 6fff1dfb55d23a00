"""National overview: the 12 regions on one map, and the key national figures."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from atlas.pictures import Empty
from atlas.safe import markdown_text
from atlas.views import overview
from ui import cache, charts, components, data, sections, state, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(overview)
today = pd.Timestamp(date.today())
choices = overview.choices(snapshot, lang, today)

sections.page_header("overview")

# Above the controls: the strategy's link and the national key figures, which follow
# neither the controls nor the sidebar's regions (the same in every view of the page):
# drawn once, outside the fragment, so a control's change does not send them again.
top = cache.view(overview.build, snapshot, overview.Controls(lang, today))
st.page_link("pages/strategy.py", label=top.strategy_link, icon=":material/flag:")
sections.key_figures(top.cards)


# Everything under the title is one fragment: a control changes it, and only it reruns
# (not the sidebar, the navigation or the title): what a viewer's change costs the
# server (make bench-cost).
@st.fragment
def page_body() -> None:
    controls = state.row()
    indicator = state.selectbox(
        _("Indicator"),
        choices.indicators,
        key="indicator",
        default=choices.default_indicator,
        format_func=lambda i: choices.labels.get(i, i),
        container=controls,
        on_change=lambda: st.session_state.pop("period", None),
    )
    periods = choices.periods.get(indicator, ())
    period = state.selectbox(
        _("Period"),
        periods,
        key="period",
        container=controls,
        format_func=lambda p: choices.period_labels[indicator].get(p, p),
        disabled=len(periods) <= 1,
    )
    per_capita_possible = choices.per_capita_possible.get(indicator, False)
    values = state.radio(
        _("Values"),
        ["per100k", "absolute"],
        key="view",
        container=controls,
        format_func=lambda v: {"per100k": _("Per 100,000 inhabitants"), "absolute": _("Absolute")}[
            v
        ],
        horizontal=True,
        disabled=not per_capita_possible,
    )
    view = cache.view(
        overview.build,
        snapshot,
        overview.Controls(
            lang,
            today,
            indicator,
            period,
            per_capita=values == "per100k",
            regions=tuple(st.session_state.get("regions", [])),
        ),
    )

    if isinstance(view.map, Empty):
        components.nothing(view.map)
        st.stop()
    st.subheader(markdown_text(view.title))
    charts.region_map(view.map, key="overview_map")
    components.source_line(view.source)
    if view.missing_note:
        st.caption(markdown_text(view.missing_note))
    components.map_downloads(
        snapshot,
        view.map,
        view.rows,
        view.title,
        view.source,
        f"{view.indicator}-{view.period}",
        table=view.table,
        column_config=tables.headed(view.table.column_names) | {"value": view.value_title},
    )


page_body()
