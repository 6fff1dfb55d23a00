"""Public-service AI adoption: which region leads or lags, by sector, and since when."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from atlas import metrics, model
from atlas.adoption import adoption_view
from atlas.charts import heatmap, horizontal_bars, target_progress, trend_lines
from atlas.i18n import format_value
from atlas.maps import region_choropleth
from atlas.safe import markdown_text
from ui import cache, charts, components, data, state
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
catalogue = data.require("regions", "indicators", "adoption")["indicators"]
observations = data.observations(catalogue)
names = data.region_names(lang)
selected = st.session_state.get("regions", [])
labels = data.indicator_labels(catalogue, lang)

st.title(_("AI in public services"))
st.caption(_("How far each region's public services use AI, per inhabitant or as published, "
             "by sector and over time."))

adoption_ids = set(catalogue.loc[catalogue["theme"] == "adoption", "indicator_id"])
options = [i for i in metrics.regional_indicator_ids(catalogue, observations) if i in adoption_ids]
if not options:
    components.empty_selection(_("The adoption file has no regional figures."))
    st.stop()
columns = st.columns([3, 2, 2, 2])
indicator = state.selectbox(_("Indicator"), options, key="indicator", format_func=labels.get,
                            container=columns[0],
                            on_change=lambda: [st.session_state.pop(k, None)
                                               for k in ("period", "sector")])
meta = metrics.catalogue_row(catalogue, indicator)
ALL = "~all"
sector = state.selectbox(_("Sector"), [ALL, *metrics.sectors(observations, indicator)],
                         key="sector", container=columns[1],
                         format_func=lambda s: _("All sectors") if s == ALL else s)
sector = None if sector == ALL else sector
periods = [pd.Timestamp(p).date().isoformat() for p in metrics.periods(observations, indicator)]
kind = model.granularity(periods)
period = state.selectbox(_("Period"), periods[::-1], key="period", container=columns[2],
                         format_func=lambda p: model.period_label(p, kind, _))
per_capita_possible = model.can_show_per_capita(indicator, meta["unit"])
view = state.radio(_("Values"), ["per100k", "absolute"], key="view", container=columns[3],
                   format_func=lambda v: {"per100k": _("Per 100,000 inhabitants"),
                                          "absolute": _("Absolute")}[v]
                   if per_capita_possible else _("As published"),
                   disabled=not per_capita_possible)
per_capita = per_capita_possible and view == "per100k"

DATASETS = ("regions", "indicators", "adoption", "sovereignty", "context")
view_key = (indicator, period, sector, per_capita)
view = cache.shared("adoption-view", view_key, DATASETS, lambda: adoption_view(
    observations, catalogue, indicator, pd.Timestamp(period), pd.Timestamp(periods[0]),
    sector, per_capita))
map_data = view.map_data
shown_unit = model.unit_text(map_data, lang, _)
if map_data.values["value"].isna().all():
    components.empty_selection()
    st.stop()
shown_regions = selected or list(view.ranked["region_code"].iloc[[0, -1]])


def build_figures() -> dict:
    """Every figure of this view, frozen once for every viewer of it."""
    ranked, matrix = view.ranked, view.matrix
    figures = {
        "map": region_choropleth(
            map_data, data.regions_geojson(), names, model.map_hover(map_data, lang, _),
            colorbar_title=shown_unit, no_data_text=_("No data"), selected=selected,
            language=lang, height=480),
        "ranking": horizontal_bars(
            [f"{g} · {names[c]}" for g, c in zip(ranked["group"], ranked["region_code"])],
            ranked["value"].tolist(), shown_unit, lang,
            hover=[format_value(v, "" if per_capita else meta["unit"], lang)
                   for v in ranked["value"]],
            colours=["#0B6E4F" if not selected or c in selected else "#b7c4bf"
                     for c in ranked["region_code"]], height=420),
        "trend": trend_lines(
            {names[c]: view.series[view.series["region_code"] == c] for c in shown_regions},
            view.national, _("National"), _("Period"), shown_unit, lang,
            target=None if per_capita or not view.target else (
                pd.Timestamp(f"{view.target['target_year']}-01-01"),
                float(view.target["target_value"]),
                _("National target {year}").format(year=view.target["target_year"])),
            tick_labels={pd.Timestamp(p): model.period_label(p, kind, _) for p in periods}),
    }
    if not matrix.empty:
        shown = matrix.loc[[c for c in matrix.index if not selected or c in selected]]
        figures["heatmap"] = heatmap(shown.rename(index=names), shown_unit, lang, shown_unit)
    if view.target:
        t = view.target
        text = _("{value} of a target of {target} by {year}").format(
            value=format_value(t["latest"], t["unit"], lang),
            target=format_value(t["target_value"], t["unit"], lang), year=t["target_year"])
        figures["target"] = target_progress(
            pd.DataFrame({"label": [labels[indicator]], "progress": [t["progress"] or 0.0],
                          "text": [text]}),
            lang, _("Share of the way from the first figure to the target"))
    return {name: charts.freeze(figure) for name, figure in figures.items()}


figures = cache.shared("adoption-figures", view_key + (tuple(selected), lang), DATASETS,
                       build_figures)
title = labels[indicator] + (f" · {sector}" if sector else "")
st.subheader(markdown_text(f"{title} · {model.period_label(period, kind, _)}"))
left, right = st.columns([3, 2])
with left:
    charts.region_map(figures["map"], key="adoption_map")
with right:
    st.markdown("**" + _("Ranking (A = leading quarter, D = lagging quarter)") + "**")
    charts.plot(figures["ranking"], key="ranking")
components.source_line(map_data.source, map_data.source_urls, map_data.illustrative)

st.subheader(_("Trend since {start}").format(start=model.period_label(periods[0], kind, _)))
if not selected:
    st.caption(_("Showing the leading and the lagging region; choose regions in the sidebar "
                 "to compare others."))
charts.plot(figures["trend"], key="trend")
components.source_line(map_data.source, map_data.source_urls, map_data.illustrative)
with st.expander(_("Table: change since {start}").format(
        start=model.period_label(periods[0], kind, _))):
    st.dataframe(view.change.rename(index=names, columns={
        "start": model.period_label(periods[0], kind, _),
        "end": model.period_label(period, kind, _), "change": _("Change")}), width="stretch")

if "heatmap" in figures:
    st.subheader(_("Regions × sectors"))
    charts.plot(figures["heatmap"], key="heatmap")
    components.source_line(map_data.source, map_data.source_urls, map_data.illustrative)
    with st.expander(_("Table of the heatmap")):
        st.dataframe(view.matrix.rename(index=names), width="stretch")

if "target" in figures:
    st.subheader(_("National progress towards the target"))
    charts.plot(figures["target"], key="target")
    components.source_line(meta["source"], [meta["source_url"]] if meta["source_url"] else [],
                           bool(meta["illustrative"]))
