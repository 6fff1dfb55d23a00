"""Region profile (?region=MA-06): every figure of one region next to the country's."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from atlas import metrics, model
from atlas.i18n import format_number, format_value, unit_label
from atlas.maps import region_choropleth
from atlas.profile import region_profile
from atlas.safe import markdown_text
from loaders.contract import POPULATION_ID, REGION_CODES
from ui import cache, charts, components, data, state, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
catalogue = data.require("regions", "indicators")["indicators"]
observations = data.observations(catalogue)
names = data.region_names(lang)
labels = data.indicator_labels(catalogue, lang)
filtered = st.session_state.get("regions", [])
region = state.selectbox(_("Region"), list(REGION_CODES), key="region",
                         default=filtered[0] if filtered else "MA-06",
                         format_func=lambda c: names.get(c, c), always_in_url=True)
today = pd.Timestamp(date.today())

st.title(markdown_text(names.get(region, region)))
OBSERVED = ("indicators", "adoption", "sovereignty", "context")
populations = cache.shared("population-rows", (), OBSERVED, lambda: observations[
    (observations["indicator_id"] == POPULATION_ID) & observations["region_code"].notna()
].sort_values("period").groupby("region_code").last())
top = st.columns([2, 3])
with top[0]:
    if region in populations.index:
        population = populations.loc[region]
        # The catalogue's own label (e.g. "Population légale (RGPH 2024)"): another
        # provider's census is named by its own data, not by this code.
        st.metric(markdown_text(labels.get(POPULATION_ID, POPULATION_ID)),
                  format_number(population["value"], lang), border=True)
        components.source_line(
            metrics.catalogue_row(catalogue, POPULATION_ID)["source"],
            [population["source_url"]] if pd.notna(population["source_url"]) else [],
            bool(population["illustrative"]))
    charts.region_map(cache.shared("region-locator", (region, lang), ("regions",),
                                   lambda: charts.freeze(region_choropleth(
                                       model.locator(region), data.regions_geojson(), names,
                                       [_("Open this region")] * len(REGION_CODES), "",
                                       _("No data"), language=lang, height=300,
                                       show_scale=False))), key="locator")

with top[1]:
    st.subheader(_("Jazari Institutes"))
    institutes = data.optional("institutes")
    if institutes is not None:
        here = metrics.institutes_on(institutes[institutes["region_code"] == region], today)
        if here.empty:
            st.info(_("No Jazari Institute in this region yet."))
        else:
            status_labels = {s: _(label) for s, label in model.STATUS_LABELS.items()}
            tables.institutes(here, names, status_labels)
            components.source_line(model.INSTITUTES_SOURCE,
                                   sorted(set(here["source_url"].dropna())),
                                   bool(here["illustrative"].any()))

st.subheader(_("Every indicator, next to the national figure"))
years = cache.shared("observed-years", (), OBSERVED, lambda: sorted(
    {p.year for p in observations["period"].dropna()}, reverse=True))
year = state.selectbox(_("Figures as of"), [str(y) for y in years], key="year",
                       format_func=lambda y: _("end of {year}").format(year=y))
profile = cache.shared("region-profile", (region, year), OBSERVED, lambda: region_profile(
    observations, catalogue, region, until=f"{year}-12-31"))
if profile.empty:
    components.empty_selection(_("No regional figure for this region."))
else:
    kinds = {i: model.granularity(metrics.periods(observations, i)) for i in profile["indicator_id"]}
    table = pd.DataFrame({
        _("Indicator"): profile["indicator_id"].map(labels),
        _("Period"): [model.period_label(p, kinds[i], _)
                      for p, i in zip(profile["period"], profile["indicator_id"])],
        _("Region"): [format_value(v, "" if pc else u, lang) for v, u, pc in
                      zip(profile["value"], profile["unit"], profile["per_capita"])],
        _("National"): [format_value(v, "" if pc else u, lang) for v, u, pc in
                        zip(profile["national"], profile["unit"], profile["per_capita"])],
        _("Unit"): [_(model.PER_100K) if pc else unit_label(u, lang) for u, pc in
                    zip(profile["unit"], profile["per_capita"])],
        _("Rank among the regions"): [
            _("{rank} of {count}").format(rank=r, count=n) if pd.notna(r) else "—"
            for r, n in zip(profile["rank"], profile["ranked"])],
        _("Illustrative"): profile["illustrative"],
    })
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(_("Counts are compared per 100,000 inhabitants; rank 1 is the best region."))
    components.source_line(_("Indicator catalogue and observation files"),
                           illustrative=bool(profile["illustrative"].any()))

st.subheader(_("International cooperation involving the region"))
agreements = data.optional("cooperation")
if agreements is not None:
    involved = agreements[agreements["region_code"] == region]
    if involved.empty:
        st.info(_("No agreement names this region as chiefly involved."))
    else:
        from atlas.cooperation import LABELS

        tables.agreements(involved, names, {k: _(v) for k, v in LABELS.items()})
        components.source_line(_("International cooperation (cooperation.parquet)"),
                               sorted(set(involved["source_url"].dropna())),
                               bool(involved["illustrative"].any()))
