"""International cooperation: who Morocco signed with, how much is South-South, which
regions are involved."""

from __future__ import annotations

import streamlit as st

from atlas import cooperation as coop
from atlas.pictures import Empty
from atlas.safe import markdown_text
from atlas.views import cooperation
from ui import cache, charts, components, data, sections, state, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(cooperation)
choices = cooperation.choices(snapshot, lang)
labels = choices.labels

sections.page_header("cooperation")


# Everything under the title is one fragment: a control changes it, and only it reruns
# (not the sidebar, the navigation or the title): what a viewer's change costs the
# server (make bench-cost).
@st.fragment
def page_body() -> None:
    if choices.first_year is None:  # the view says why
        components.nothing(cache.view(cooperation.build, snapshot, cooperation.Controls(lang)))
        st.stop()

    with st.expander(_("Filters"), expanded=True, icon=":material/filter_list:"):
        # one line of controls, three a line (ui/style.py): one block, not one per line
        row = state.row("filters", vertical_alignment="bottom")
        kinds = state.multiselect(
            _("Kind of partner"),
            choices.kinds,
            key="kind",
            format_func=labels.get,
            container=row,
            placeholder=_("All"),
        )
        instruments = state.multiselect(
            _("Instrument"),
            choices.instruments,
            key="instrument",
            format_func=labels.get,
            container=row,
            placeholder=_("All"),
        )
        statuses = state.multiselect(
            _("Status"),
            choices.statuses,
            key="status",
            format_func=labels.get,
            container=row,
            placeholder=_("All"),
        )
        domains = state.multiselect(
            _("Domain"),
            choices.domains,
            key="domain",
            container=row,
            placeholder=_("All"),
            format_func=lambda domain: coop.domain_label(domain, _),
        )
        start, end = state.year_range(
            _("Signed between"),
            choices.first_year,
            choices.last_year,
            key="years",
            container=row,
        )
        south_only = state.toggle(_("South-South only"), key="south", default=False, container=row)

    selected_regions = tuple(st.session_state.get("regions", []))
    filters = coop.Filters(
        tuple(kinds),
        tuple(instruments),
        tuple(domains),
        tuple(statuses),
        start,
        end,
        south_only,
        selected_regions,
    )
    view = cache.view(cooperation.build, snapshot, cooperation.Controls(lang, filters))
    if isinstance(view, Empty):
        components.nothing(view)
        st.stop()
    if selected_regions:
        st.caption(_("Only agreements involving the regions chosen in the sidebar."))

    sections.key_figures(view.cards)

    st.subheader(_("Partner countries"))
    charts.plot(view.figures["world"], key="world")
    components.source_line(
        view.source,
        note=_(
            "Colour: agreements signed with each partner country; a country with talks, "
            "forums or resolutions only is drawn in the lightest colour (hover for both "
            "counts). Africa is outlined in dark. Morocco, in green, is drawn whole."
        ),
    )
    components.map_downloads(
        snapshot,
        view.figures["world"],
        view.partners,
        _("Partner countries"),
        view.source,
        "cooperation-partner-countries",
        table=view.partners,
    )

    # (South-South against other partners is a key figure above: not drawn twice)
    st.subheader(_("Partners that are not countries (organisations, companies)"))
    if "multilateral" not in view.figures:
        st.caption(_("None in this selection."))
    else:
        charts.plot(view.figures["multilateral"], key="multilateral")
        components.chart_downloads(
            snapshot,
            view.figures["multilateral"],
            _("Partners that are not countries (organisations, companies)"),
            view.source,
            "cooperation-organisations",
        )

    st.subheader(_("Timeline of agreements and other cooperation"))
    charts.plot(view.figures["timeline"], key="timeline")
    components.source_line(view.source)
    components.chart_downloads(
        snapshot,
        view.figures["timeline"],
        _("Timeline of agreements and other cooperation"),
        view.source,
        "cooperation-timeline",
        table=False,  # every item is in the table at the foot of the page
    )

    if view.regions_involved:
        st.subheader(_("Moroccan regions involved"))
        for code, name, count in view.regions_involved:
            st.page_link(
                "pages/region.py",
                label=markdown_text(
                    f"{name} · " + _("{count} item(s) of cooperation").format(count=count)
                ),
                query_params={**state.shared_params(), "region": code},
                icon=":material/location_on:",
            )

    tables.agreements(
        view.shown,
        snapshot.region_names(lang),
        labels,
        heading=_("Every agreement and cooperation item shown"),
    )


page_body()
