"""Jazari Institutes: where each institute stands on any date since the first announcement."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from atlas import metrics, model
from atlas.charts import horizontal_bars, rollout_timeline
from atlas.i18n import format_date, format_month
from atlas.maps import institutes_points
from atlas.plotstyle import STATUS_COLOURS
from ui import cache, charts, components, data, state, tables
from ui.context import language, t
from ui.frame import require_frame

PLAY_SECONDS = 1.2

require_frame()
_ = t()
lang = language()
institutes = data.require("regions", "institutes")["institutes"]
names = data.region_names(lang)
selected = st.session_state.get("regions") or list(names)
today = pd.Timestamp(date.today())
status_labels = {s: _(label) for s, label in model.STATUS_LABELS.items()}

st.title(_("Jazari Institutes"))
st.caption(_("The network of AI centres of excellence announced for all 12 regions, with "
             "Jazari Root as its federating hub. Move the date to replay the rollout."))

shown = institutes[institutes["region_code"].isin(selected)]
if shown.empty:
    components.empty_selection(_("No institute in the selected regions."))
    st.stop()
dates = model.rollout_dates(institutes, today)


def date_label(iso: str) -> str:
    return _("Today") if iso == dates[-1] else format_month(pd.Timestamp(iso), lang)


def toggle_replay() -> None:
    """Start (from the first announcement, if at the end) or pause the replay."""
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    if playing and st.session_state.get("date", dates[-1]) == dates[-1]:
        st.session_state["date"] = dates[0]


playing = st.session_state.get("playing", False)
st.button(_("Pause") if playing else _("Replay"), on_click=toggle_replay,
          icon=":material/pause:" if playing else ":material/play_arrow:",
          help=_("Replay the rollout month by month, from the first announcement to today."))


def status_figures(on: pd.Timestamp) -> tuple:
    """The institutes' status on a date, as a map and bars (shared by every viewer)."""
    current = metrics.institutes_on(shown, on)
    counts_by_region = metrics.institute_counts_by_region(institutes, on)
    covered = [c for c in selected if counts_by_region[c] > 0]
    hover = [model.institute_hover(row, _, lambda d: format_date(d, lang),
                                   names.get(row["region_code"], row["region_code"]))
             for _i, row in current.iterrows()]
    status_map = charts.freeze(institutes_points(
        current, data.regions_geojson(), {c: names[c] for c in selected}, covered,
        status_labels, hover, legend_title=_("Status"), language=lang))
    counts = metrics.status_counts(shown, on)
    status_bars = charts.freeze(horizontal_bars(
        [status_labels[s] for s in counts.index], counts.tolist(), _("Institutes (count)"),
        lang, colours=[STATUS_COLOURS[s] for s in counts.index]))
    return current, covered, status_map, status_bars


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
    chosen = state.select_slider(_("Status on"), dates, key="date", default=dates[-1],
                                 format_func=date_label)
    on = pd.Timestamp(chosen)
    current, covered, status_map, status_bars = cache.shared(
        "institutes-on", (chosen, tuple(selected), lang), ("regions", "institutes"),
        lambda: status_figures(on))
    st.subheader(_("Status on {date}").format(date=format_date(on, lang, "long")))
    charts.plot(status_map, key="institutes_map")
    left, right = st.columns(2)
    with left:
        st.markdown("**" + _("Institutes by status") + "**")
        charts.plot(status_bars, key="status_bars")
    with right:
        st.markdown("**" + _("Regions with no institute yet") + "**")
        missing = [c for c in selected if c not in covered]
        st.dataframe(pd.DataFrame({_("Region"): [names[c] for c in missing]}),
                     hide_index=True, width="stretch")
        if not missing:
            st.success(_("Every selected region has an institute announced or beyond."))
    components.source_line(model.INSTITUTES_SOURCE,
                           sorted(set(shown["source_url"].dropna())),
                           bool(shown["illustrative"].any()))
    with st.expander(_("Table: institutes and their status on this date")):
        tables.institutes(current, names, status_labels)


rollout_on_a_date()

st.subheader(_("Timeline of each institute"))
charts.plot(cache.shared("institutes-timeline", (today, tuple(selected), lang),
                         ("institutes",), lambda: charts.freeze(rollout_timeline(
                             shown.sort_values("announced_on"), today, status_labels,
                             _("Date"), _("Planned opening"), lang))), key="timeline")
components.source_line(model.INSTITUTES_SOURCE, sorted(set(shown["source_url"].dropna())),
                       bool(shown["illustrative"].any()))
