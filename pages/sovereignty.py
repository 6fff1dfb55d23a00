"""Digital sovereignty: how far the country is from each target, and where it stands."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from atlas import metrics, model
from atlas.charts import target_progress, trend_lines
from atlas.i18n import format_value, unit_label
from atlas.maps import region_choropleth
from atlas.safe import markdown_link, markdown_text
from ui import cache, charts, components, data, state
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
catalogue = data.require("regions", "indicators", "sovereignty")["indicators"]
observations = data.observations(catalogue)
names = data.region_names(lang)
selected = st.session_state.get("regions", [])
labels = data.indicator_labels(catalogue, lang)

st.title(_("Digital sovereignty"))
st.caption(_("Technological dependence is “a proven strategic vulnerability”: the national "
             "targets of Maroc Digital 2030 and of the AI strategy, and where Morocco stands."))

# --- National figures against their targets ----------------------------------------
st.subheader(_("National targets"))
st.caption(":blue-badge[" + _("National figures") + "] " +
           _("Each bar is the share of the way from the first published figure to the target."))
OBSERVED = ("indicators", "adoption", "sovereignty", "context")
targets = cache.shared("sovereignty-targets", (), OBSERVED,
                       lambda: metrics.targets_table(observations, catalogue, "sovereignty"))
if targets.empty:
    st.info(_("No sovereignty indicator has both a national target and national figures."))
else:
    targets = targets.assign(
        label=targets["indicator_id"].map(labels), progress=targets["progress"].fillna(0.0),
        text=[_("{latest} → {target} in {target_year}").format(
            latest=format_value(r.latest, r.unit, lang),
            target=format_value(r.target, r.unit, lang), target_year=int(r.target_year))
            for r in targets.itertuples()])
    charts.plot(cache.shared("sovereignty-progress", (lang,), OBSERVED, lambda: charts.freeze(
        target_progress(targets, lang, _("Progress towards the target")))), key="targets")
    components.source_line(_("Catalogue sources: {sources}").format(
        sources=", ".join(sorted(set(targets["source"])))),
        sorted({u for u in targets["source_url"].dropna()}), bool(targets["illustrative"].any()))
    with st.expander(_("Table: latest figure, target and gap")):
        st.dataframe(pd.DataFrame({
            _("Indicator"): targets["label"],
            _("First figure"): [format_value(v, u, lang) for v, u in zip(targets["baseline"], targets["unit"])],
            _("Latest figure"): [format_value(v, u, lang) for v, u in zip(targets["latest"], targets["unit"])],
            _("Target"): [format_value(v, u, lang) for v, u in zip(targets["target"], targets["unit"])],
            _("Target year"): targets["target_year"],
            _("Still to go"): [format_value(v, u, lang) for v, u in zip(targets["gap"], targets["unit"])],
            _("Illustrative"): targets["illustrative"],
        }), hide_index=True, width="stretch")

# --- One indicator in detail ----------------------------------------------------------
st.subheader(_("One indicator over time"))
options = [i for i in catalogue.loc[catalogue["theme"] == "sovereignty", "indicator_id"]
           if (observations["indicator_id"] == i).any()]
if not options:
    components.empty_selection(_("The sovereignty file has no figures."))
    st.stop()
columns = st.columns([4, 1], vertical_alignment="bottom")
indicator = state.selectbox(_("Indicator"), options, key="indicator", format_func=labels.get,
                            container=columns[0],
                            on_change=lambda: st.session_state.pop("period", None))
meta = metrics.catalogue_row(catalogue, indicator)
with columns[1].popover(_("Definition"), icon=":material/info:", width="stretch"):
    description = meta[f"description_{lang}"] or meta["description_en"] or _("No definition.")
    st.markdown(markdown_text(description))
    st.caption(_("Source: {source}").format(source=markdown_link(meta["source"],
                                                                 meta["source_url"])))

national = metrics.national_series(observations, indicator)
unit = meta["unit"]
st.markdown(":blue-badge[" + _("National figure") + "] **" + markdown_text(labels[indicator])
            + "** · " + markdown_text(unit_label(unit, lang)))
target = None
if pd.notna(meta["target_value"]):
    target = (pd.Timestamp(f"{int(meta['target_year'])}-01-01"), float(meta["target_value"]),
              _("Target {year}").format(year=int(meta["target_year"])))
if national.empty:
    st.info(_("No national figure for this indicator."))
else:
    charts.plot(trend_lines({}, national, _("National"), _("Period"),
                            unit_label(unit, lang), lang, target=target),
                key="national")
    sources = sorted({u for u in national["source_url"].dropna()})
    components.source_line(meta["source"], sources, bool(national["illustrative"].any()))

regional = metrics.regional_series(observations, indicator)
if not regional.empty:
    periods = [pd.Timestamp(p).date().isoformat() for p in sorted(regional["period"].unique())]
    kind = model.granularity(periods)
    st.markdown(":violet-badge[" + _("Regional figures") + "] " + markdown_text(
        _("Breakdown by region")))
    period = pd.Timestamp(state.selectbox(
        _("Period"), periods[::-1], key="period", format_func=lambda p: model.period_label(p, kind, _)))
    map_data = model.indicator_map(observations, catalogue, indicator, period, False)
    charts.region_map(region_choropleth(
        map_data, data.regions_geojson(), names, model.map_hover(map_data, lang, _),
        colorbar_title=model.unit_text(map_data, lang, _), no_data_text=_("No data"),
        selected=selected, language=lang, height=440), key="sovereignty_map")
    components.source_line(map_data.source, map_data.source_urls, map_data.illustrative)
    with st.expander(_("Table of the regional figures")):
        table = map_data.values.assign(region=map_data.values["region_code"].map(names))
        st.dataframe(table[["region", "raw_value", "illustrative"]].rename(columns={
            "region": _("Region"), "raw_value": unit_label(unit, lang),
            "illustrative": _("Illustrative")}), hide_index=True, width="stretch")
