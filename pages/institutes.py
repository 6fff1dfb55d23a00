"""Jazari Institutes: where each institute stands on any date since the first announcement."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from atlas.pictures import Empty
from atlas.views import institutes
from ui import cache, charts, components, data, sections, state, tables
from ui.context import language, t
from ui.frame import require_frame

PLAY_SECONDS = 1.2

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(institutes)
controls = institutes.Controls(
    lang, pd.Timestamp(date.today()), regions=tuple(st.session_state.get("regions", []))
)
overall = cache.view(institutes.timeline, snapshot, controls)
dates = overall.dates

sections.page_header("institutes", _("Move the date to replay the rollout."))
if isinstance(overall.figure, Empty):
    components.nothing(overall.figure)
    st.stop()


def toggle_replay() -> None:
    """Start (from the first announcement, if at the end) or pause the replay."""
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    if playing and st.session_state.get("date", dates[-1]) == dates[-1]:
        st.session_state["date"] = dates[0]


playing = st.session_state.get("playing", False)
st.button(
    _("Pause") if playing else _("Replay"),
    on_click=toggle_replay,
    icon=":material/pause:" if playing else ":material/play_arrow:",
    help=_("Replay the rollout month by month, from the first announcement to today."),
)


# While replaying, only this fragment reruns, every PLAY_SECONDS: the rest of the page
# (and every other viewer) is untouched.
@st.fragment(run_every=PLAY_SECONDS if playing else None)
def rollout_on_a_date() -> None:
    if st.session_state.get("playing"):
        position = dates.index(st.session_state.get("date", dates[0]))
        if position + 1 >= len(dates):
            st.session_state["playing"] = False
            st.rerun()
        st.session_state["date"] = dates[position + 1]
    chosen = state.select_slider(
        _("Status on"), dates, key="date", default=dates[-1], format_func=overall.date_labels.get
    )
    view = cache.view(
        institutes.on_date,
        snapshot,
        institutes.Controls(lang, controls.today, chosen, controls.regions),
    )
    st.subheader(view.title)
    charts.plot(view.status_map, key="institutes_map")
    rows = tables.institute_rows(
        view.current, lang, names=snapshot.region_names(lang), status_labels=view.status_labels
    )
    components.map_downloads(
        snapshot,
        view.status_map,
        rows,
        view.title,
        view.source,
        f"institutes-{chosen}",
        table=rows,
        column_config=tables.headed(rows.columns),
    )
    left, right = st.columns(2)
    with left:
        bars = view.section("status").heading
        st.markdown("**" + bars + "**")
        charts.plot(view.status_bars, key="status_bars")
        components.chart_downloads(
            snapshot, view.status_bars, bars, view.source, "institutes-status"
        )
    with right:
        sections.section(view.section("without"), level=3)
    components.source_line(view.source)


rollout_on_a_date()

st.subheader(overall.heading)
charts.plot(overall.figure, key="timeline")
components.source_line(overall.source)
components.chart_downloads(
    snapshot, overall.figure, overall.heading, overall.source, "institutes-timeline"
)
