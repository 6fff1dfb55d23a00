"""Region profile (?region=MA-06): every figure of one region next to the country's."""

from __future__ import annotations

import os
from datetime import date

import pandas as pd
import streamlit as st

from atlas import event_screen
from atlas.pictures import Empty
from atlas.safe import markdown_text
from atlas.views import region as region_view
from loaders.contract import REGION_CODES
from ui import cache, charts, components, data, sections, state, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(region_view)
names = snapshot.region_names(lang)


# Everything under the title is one fragment: a control changes it, and only it reruns
# (not the sidebar, the navigation or the title): what a viewer's change costs the
# server (make bench-cost).
@st.fragment
def page_body() -> None:
    filtered = st.session_state.get("regions", [])
    region = state.selectbox(
        _("Region"),
        list(REGION_CODES),
        key="region",
        default=filtered[0] if filtered else region_view.DEFAULT_REGION,
        format_func=lambda c: names.get(c, c),
        always_in_url=True,
    )
    choices = region_view.choices(snapshot, lang)
    # The year is chosen further down the page; its value is read first so that the whole
    # view is built once.
    state.seed("year", choices.years, choices.years[0] if choices.years else None)
    view = cache.view(
        region_view.build,
        snapshot,
        region_view.Controls(
            lang, pd.Timestamp(date.today()), region, st.session_state.get("year")
        ),
    )

    st.title(markdown_text(view.name))
    # The brief is the edition's page of the region printed to A4 (python -m edition --briefs).
    brief = event_screen.brief_url(
        event_screen.public_base(os.environ.get("ATLAS_PUBLIC_URL"), st.context.url),
        lang,
        region,
        os.environ.get("ATLAS_EDITION_PATH") or event_screen.EDITION_PATH,
    )
    st.markdown(f"[:material/print: {markdown_text(view.brief_label)}]({brief})")
    top = st.columns([2, 3])
    with top[0]:
        if view.population is not None:
            sections.key_figures((view.population,))
        charts.region_map(view.locator, key="locator")

    with top[1]:
        st.subheader(view.section("institutes").heading)
        if isinstance(view.institutes, Empty):
            components.nothing(view.institutes)
        else:
            tables.institutes(view.institutes, names, view.status_labels)
            components.source_line(view.institutes_source)

    indicators = view.section("indicators")
    st.subheader(indicators.heading)
    if choices.years:
        state.selectbox(
            _("Figures as of"), choices.years, key="year", format_func=choices.year_labels.get
        )
    if isinstance(view.profile, Empty):
        components.nothing(view.profile)
    else:
        tables.frame(view.profile)
        st.caption(indicators.lead)
        components.source_line(view.profile_source)

    st.subheader(view.section("cooperation").heading)
    if isinstance(view.agreements, Empty):
        components.nothing(view.agreements)
    else:
        tables.agreements(view.agreements, names, view.labels)
        components.source_line(view.agreements_source)


page_body()
