"""Digital sovereignty: how far the country is from each target, and where it stands."""

from __future__ import annotations

import streamlit as st

from atlas.pictures import Empty
from atlas.safe import markdown_link, markdown_text
from atlas.views import sovereignty
from ui import cache, charts, components, data, sections, state, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(sovereignty)
choices = sovereignty.choices(snapshot, lang)

sections.page_header("sovereignty")


def current_view():
    """The page's view for the indicator and period chosen (from the session or the URL:
    the indicator is chosen further down the page; its value is read first so that the
    whole view is built once)."""
    state.seed(
        "indicator", choices.indicators, choices.indicators[0] if choices.indicators else None
    )
    indicator = st.session_state.get("indicator")
    periods = choices.regional_periods.get(indicator, ())
    state.seed("period", periods, periods[-1] if periods else None)
    view = cache.view(
        sovereignty.build,
        snapshot,
        sovereignty.Controls(
            lang,
            indicator,
            st.session_state.get("period"),
            tuple(st.session_state.get("regions", [])),
        ),
    )
    return view, periods


def national_targets() -> None:
    view, _periods = current_view()
    # --- National figures against their targets ----------------------------------------
    st.subheader(_("National targets"))
    st.caption(
        ":blue-badge["
        + _("National figures")
        + "] "
        + _(
            "Each bar is the share of the way to the target from the first published "
            "national figure since the strategy's reference year to the latest published "
            "figure (both written above the bar). A target without two published figures "
            "has no bar."
        )
    )
    if isinstance(view.targets.table, Empty):
        components.nothing(view.targets.table)
    else:
        if view.targets.figure is not None:
            charts.plot(view.targets.figure, key="targets")
        for line in view.targets.pending:
            st.markdown("- " + markdown_text(line))
        components.source_line(view.targets.source)
        if view.targets.figure is not None:
            components.chart_downloads(
                snapshot,
                view.targets.figure,
                _("National targets"),
                view.targets.source,
                "sovereignty-targets",
                table=view.targets.table,  # latest figure, target and gap: fuller than the bars
            )
        else:
            tables.in_expander(
                _("Table: latest figure, target and gap"), "table-targets", view.targets.table
            )


# The indicator in detail is one fragment: choosing an indicator or a period reruns it,
# and only it (not the targets above, the sidebar or the navigation): what a viewer's
# change costs the server (make bench-cost).
@st.fragment
def indicator_detail() -> None:
    view, periods = current_view()
    st.subheader(_("One indicator over time"))
    if view.empty:
        components.nothing(view.empty)
        st.stop()
    controls = state.row(vertical_alignment="bottom")
    state.selectbox(
        _("Indicator"),
        choices.indicators,
        key="indicator",
        format_func=choices.labels.get,
        container=controls,
        on_change=lambda: st.session_state.pop("period", None),
    )
    with controls.popover(_("Definition"), icon=":material/info:"):
        st.markdown(markdown_text(view.definition))
        st.caption(_("Source: {source}").format(source=markdown_link(*view.definition_source)))

    st.markdown(
        ":blue-badge["
        + _("National figure")
        + "] **"
        + markdown_text(view.label)
        + "** · "
        + markdown_text(view.unit_text)
    )
    if isinstance(view.national_figure, Empty):
        components.nothing(view.national_figure)
    else:
        charts.plot(view.national_figure, key="national")
        components.source_line(view.national_source)
        components.chart_downloads(
            snapshot, view.national_figure, view.label, view.national_source, "sovereignty-national"
        )

    if view.map_figure is not None:
        st.markdown(
            ":violet-badge["
            + _("Regional figures")
            + "] "
            + markdown_text(_("Breakdown by region"))
        )
        state.selectbox(
            _("Period"),
            periods[::-1],
            key="period",
            format_func=choices.period_labels[view.indicator].get,
        )
        charts.region_map(view.map_figure, key="sovereignty_map")
        components.source_line(view.map_source)
        components.map_downloads(
            snapshot,
            view.map_figure,
            view.rows,
            view.map_title,
            view.map_source,
            f"{view.indicator}-{view.period}",
            table=view.regional_table,
        )


national_targets()
indicator_detail()
