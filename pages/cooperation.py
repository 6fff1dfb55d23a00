"""International cooperation: who Morocco signed with, how much is South-South, which
regions are involved."""

from __future__ import annotations

import streamlit as st

from atlas import cooperation as coop
from atlas.charts import agreements_timeline, horizontal_bars
from atlas.i18n import country_name, format_number
from atlas.maps import world_partners
from atlas.safe import markdown_text
from ui import cache, charts, components, data, state, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
agreements = data.require("cooperation")["cooperation"]
names = data.region_names(lang)
labels = {key: _(label) for key, label in coop.LABELS.items()}

st.title(_("International cooperation"))
st.caption(_("AI and digital agreements between Morocco and its partners; South-South "
             "cooperation as “soft power”."))

with st.expander(_("Filters"), expanded=True, icon=":material/filter_list:"):
    row = st.columns(3)
    kinds = state.multiselect(_("Kind of partner"), sorted(agreements["partner_kind"].unique()),
                              key="kind", format_func=labels.get, container=row[0],
                              placeholder=_("All"))
    instruments = state.multiselect(_("Instrument"), sorted(agreements["instrument"].unique()),
                                    key="instrument", format_func=labels.get, container=row[1],
                                    placeholder=_("All"))
    statuses = state.multiselect(_("Status"), sorted(agreements["status"].unique()),
                                 key="status", format_func=labels.get, container=row[2],
                                 placeholder=_("All"))
    row = st.columns([2, 2, 1], vertical_alignment="bottom")
    domains = state.multiselect(_("Domain"), coop.domain_list(agreements), key="domain",
                                container=row[0], placeholder=_("All"))
    years = agreements["signed_on"].dt.year
    start, end = state.year_range(_("Signed between"), int(years.min()), int(years.max()),
                                  key="years", container=row[1])
    south_only = state.toggle(_("South-South only"), key="south", default=False,
                              container=row[2])

selected_regions = tuple(st.session_state.get("regions", []))
filters = coop.Filters(tuple(kinds), tuple(instruments), tuple(domains), tuple(statuses),
                       start, end, south_only, selected_regions)
shown = coop.filter_agreements(agreements, filters)
if shown.empty:
    components.empty_selection(_("No agreement matches these filters."))
    st.stop()
if selected_regions:
    st.caption(_("Only agreements involving the regions chosen in the sidebar."))

summary = coop.south_south_summary(shown)
cards = st.columns(4)
cards[0].metric(_("Agreements shown"), format_number(summary["total"], lang), border=True)
cards[1].metric(_("South-South share"), format_number(summary["share"] * 100, lang) + " %",
                border=True, help=_("Agreements with African, Arab or other developing-country "
                                    "partners, or presented by their source as South-South."))
cards[2].metric(_("With African countries"), format_number(summary["african"], lang),
                border=True)
cards[3].metric(_("Partner countries"), format_number(shown["partner_iso3"].nunique(), lang),
                border=True)

def build_figures() -> dict:
    """The map and charts of this selection, frozen once for every viewer of it."""
    counts = coop.per_country(shown)
    hover = {iso: f"{country_name(iso, lang)}: " + _("{count} agreement(s)").format(count=n)
             for iso, n in zip(counts["iso3"], counts["agreements"])}
    hover["MAR"] = country_name("MAR", lang)
    others = coop.without_country(shown)
    split = shown["south_south"].astype(bool).value_counts().reindex([True, False], fill_value=0)
    figures = {
        "world": world_partners(counts, data.world_geojson(), data.world_ids(), hover,
                                _("Agreements"), set(coop.AFRICA_ISO3), language=lang),
        "split": horizontal_bars([labels["south_south"], labels["other_cooperation"]],
                                 split.tolist(), _("Agreements"), lang,
                                 colours=["#D55E00", "#0072B2"]),
        "timeline": agreements_timeline(shown, {**labels, "other": labels["other_cooperation"]},
                                        _("Date signed"), lang),
    }
    if not others.empty:
        figures["multilateral"] = horizontal_bars(list(others.index), others.tolist(),
                                                  _("Agreements"), lang)
    return {name: charts.freeze(figure) for name, figure in figures.items()}


figures = cache.shared("cooperation-figures", (filters, lang), ("cooperation",), build_figures)
st.subheader(_("Partner countries"))
charts.plot(figures["world"], key="world")
st.caption(_("Africa is outlined in dark: African partners carry most of the South-South "
             "cooperation. Morocco, in green, is drawn whole."))
source_urls = sorted(set(shown["source_url"].dropna()))
components.source_line(_("International cooperation (cooperation.parquet)"), source_urls,
                       bool(shown["illustrative"].any()))

left, right = st.columns(2)
with left:
    st.markdown("**" + _("Partners without a country (multilateral bodies)") + "**")
    if "multilateral" not in figures:
        st.caption(_("None in this selection."))
    else:
        charts.plot(figures["multilateral"], key="multilateral")
with right:
    st.markdown("**" + _("South-South and other cooperation") + "**")
    charts.plot(figures["split"], key="split")

st.subheader(_("Timeline of agreements"))
charts.plot(figures["timeline"], key="timeline")
components.source_line(_("International cooperation (cooperation.parquet)"), source_urls,
                       bool(shown["illustrative"].any()))

involved = shown["region_code"].dropna().value_counts()
if len(involved):
    st.subheader(_("Moroccan regions involved"))
    for code, count in involved.items():
        st.page_link("pages/region.py", label=markdown_text(
                     f"{names.get(code, code)} · " + _("{count} agreement(s)").format(count=count)),
                     query_params={**state.shared_params(), "region": code},
                     icon=":material/location_on:")

st.subheader(_("All agreements shown"))
tables.agreements(shown, names, labels)
