"""Public-service AI adoption: which region leads or lags, by sector, and since when."""

from __future__ import annotations

import streamlit as st

from atlas.pictures import Empty
from atlas.safe import markdown_text
from atlas.views import adoption
from ui import cache, charts, components, data, sections, state
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(adoption)
choices = adoption.choices(snapshot, lang)

sections.page_header("adoption")


# Everything under the title is one fragment: a control changes it, and only it reruns
# (not the sidebar, the navigation or the title): what a viewer's change costs the
# server (make bench-cost).
@st.fragment
def page_body() -> None:
    sections.section(adoption.published(snapshot, lang))
    if not choices.indicators:  # the view says why
        components.nothing(cache.view(adoption.build, snapshot, adoption.Controls(lang)))
        st.stop()

    ALL = "~all"
    controls = state.row()
    indicator = state.selectbox(
        _("Indicator"),
        choices.indicators,
        key="indicator",
        format_func=choices.labels.get,
        container=controls,
        on_change=lambda: [st.session_state.pop(k, None) for k in ("period", "sector")],
    )
    sector_options = ([ALL] if choices.all_sectors[indicator] else []) + list(
        choices.sectors[indicator]
    )
    sector = state.selectbox(
        _("Sector"),
        sector_options,
        key="sector",
        container=controls,
        format_func=lambda s: _("All sectors") if s == ALL else choices.sector_names.get(s, s),
    )
    periods = choices.periods[indicator]
    period = state.selectbox(
        _("Period"),
        periods[::-1],
        key="period",
        container=controls,
        format_func=choices.period_labels[indicator].get,
    )
    per_capita_possible = choices.per_capita_possible[indicator]
    values = state.radio(
        _("Values"),
        ["per100k", "absolute"],
        key="view",
        container=controls,
        format_func=lambda v: (
            {"per100k": _("Per 100,000 inhabitants"), "absolute": _("Absolute")}[v]
            if per_capita_possible
            else _("As published")
        ),
        disabled=not per_capita_possible,
    )
    view = cache.view(
        adoption.build,
        snapshot,
        adoption.Controls(
            lang,
            indicator,
            period,
            None if sector == ALL else sector,
            values == "per100k",
            tuple(st.session_state.get("regions", [])),
        ),
    )
    if isinstance(view, Empty):
        components.nothing(view)
        st.stop()

    st.subheader(markdown_text(view.title))
    left, right = st.columns([3, 2])
    with left:
        charts.region_map(view.figures["map"], key="adoption_map")
    with right:
        st.markdown("**" + _("Ranking (A = leading quarter, D = lagging quarter)") + "**")
        charts.plot(view.figures["ranking"], key="ranking")
        components.chart_downloads(
            snapshot, view.figures["ranking"], view.title, view.source, f"ranking-{view.indicator}"
        )
    components.source_line(view.source)
    components.map_downloads(
        snapshot,
        view.figures["map"],
        view.rows,
        view.title,
        view.source,
        f"{view.indicator}-{view.period}",
    )

    st.subheader(markdown_text(view.trend_title))
    if not st.session_state.get("regions"):
        st.caption(
            _(
                "Showing the leading and the lagging region; choose regions in the sidebar "
                "to compare others."
            )
        )
    charts.plot(view.figures["trend"], key="trend")
    components.source_line(view.trend_source)
    components.chart_downloads(
        snapshot,
        view.figures["trend"],
        view.trend_title,
        view.trend_source,
        f"trend-{view.indicator}",
        table=view.change,  # the change since the first period: what the lines show
        hide_index=False,
    )

    if "heatmap" in view.figures:
        st.subheader(_("Regions × sectors"))
        charts.plot(view.figures["heatmap"], key="heatmap")
        components.source_line(view.heatmap_source)
        components.chart_downloads(
            snapshot,
            view.figures["heatmap"],
            f"{view.title} — {_('Regions × sectors')}",
            view.heatmap_source,
            f"sectors-{view.indicator}",
            table=view.matrix,  # regions by sectors, as the heatmap
            hide_index=False,
        )

    if view.target_pending:
        st.subheader(_("National progress towards the target"))
        st.caption(markdown_text(view.target_pending))
    if "target" in view.figures:
        st.subheader(_("National progress towards the target"))
        charts.plot(view.figures["target"], key="target")
        components.source_line(view.target_source)
        components.chart_downloads(
            snapshot,
            view.figures["target"],
            _("National progress towards the target"),
            view.target_source,
            f"target-{view.indicator}",
        )


page_body()
