"""National overview: the 12 regions on one map, and the key national figures."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import streamlit as st

from atlas import metrics, model, overview
from atlas.i18n import format_number, format_value
from atlas.maps import region_choropleth
from atlas.safe import markdown_text
from ui import cache, charts, components, data, state
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
catalogue = data.require("regions", "indicators")["indicators"]
observations = data.observations(catalogue)
institutes = data.optional("institutes")
cooperation = data.optional("cooperation")
selected = st.session_state.get("regions", [])
today = pd.Timestamp(date.today())
DATASETS = ("regions", "indicators", "adoption", "sovereignty", "context", "institutes",
            "cooperation")
labels = {**data.indicator_labels(catalogue, lang),  # a copy: the shared dict stays as is
          model.INSTITUTES_LAYER: _("Jazari Institutes (announced or beyond)")}

st.title(_("National overview"))
st.caption(_("Morocco's AI strategy across its 12 regions: the Jazari Institutes, AI in "
             "public services, digital sovereignty and international cooperation."))

# --- Key figures --------------------------------------------------------------------
figures = cache.shared("overview-figures", (today,), DATASETS, lambda: overview.key_figures(
    institutes, cooperation, observations, catalogue, today))
cards = st.columns(5)
if figures.institutes:
    kpi = figures.institutes
    cards[0].metric(_("Institutes operating / announced"),
                    _("{count} of {total}").format(count=kpi["operating"], total=kpi["announced"]),
                    border=True,
                    help=_("Jazari Institutes whose opening or announcement is published."))
    cards[1].metric(_("Regions with an institute"),
                    _("{count} of {total}").format(count=kpi["regions_covered"],
                                                   total=kpi["regions_total"]), border=True)
if figures.agreements:
    cards[2].metric(_("Agreements signed"), format_number(figures.agreements["signed"], lang),
                    border=True, help=_("International agreements signed, active or completed."))
for card, figure in zip(cards[3:], figures.adoption):
    unit = metrics.catalogue_row(catalogue, figure.indicator_id)["unit"]
    delta = None if figure.previous_value is None else figure.value - figure.previous_value
    card.metric(markdown_text(labels[figure.indicator_id]) + (" \\*" if figure.illustrative else ""),
                format_value(figure.value, unit, lang), border=True,
                delta=None if delta is None else format_value(delta, unit, lang),
                help=_("National figure, latest period; change over one year.")
                + (" " + _("* Illustrative values.") if figure.illustrative else ""))

# --- Map ---------------------------------------------------------------------------
options, default_indicator = cache.shared(
    "overview-options", (), DATASETS,
    lambda: overview.map_options(catalogue, observations, institutes is not None))
controls = st.columns([3, 2, 2])
indicator = state.selectbox(_("Indicator"), options, key="indicator", default=default_indicator,
                            format_func=lambda i: labels.get(i, i), container=controls[0],
                            on_change=lambda: st.session_state.pop("period", None))
period_options = cache.shared("overview-periods", (indicator, today), DATASETS,
                              lambda: overview.period_options(observations, indicator, today))
unit = ("count" if indicator == model.INSTITUTES_LAYER
        else metrics.catalogue_row(catalogue, indicator)["unit"])
kind = model.granularity(period_options)
period = state.selectbox(
    _("Period"), period_options, key="period", container=controls[1],
    format_func=lambda p: model.period_label(p, kind, _),
    disabled=indicator == model.INSTITUTES_LAYER)
per_capita_possible = (model.can_show_per_capita(indicator, unit)
                       or indicator == model.INSTITUTES_LAYER)
view = state.radio(_("Values"), ["per100k", "absolute"], key="view", container=controls[2],
                   format_func=lambda v: {"per100k": _("Per 100,000 inhabitants"),
                                          "absolute": _("Absolute")}[v],
                   horizontal=True, disabled=not per_capita_possible)
per_capita = per_capita_possible and view == "per100k"


def build_map() -> tuple:
    """The map, its table and its source for this view (shared by every viewer)."""
    if indicator == model.INSTITUTES_LAYER:
        map_data = model.institutes_map(institutes, observations, today, per_capita)
    else:
        map_data = model.indicator_map(observations, catalogue, indicator,
                                       pd.Timestamp(period), per_capita)
    shown_unit = model.unit_text(map_data, lang, _)
    names = data.region_names(lang)
    figure = charts.freeze(region_choropleth(
        map_data, data.regions_geojson(), names, model.map_hover(map_data, lang, _),
        colorbar_title=shown_unit, no_data_text=_("No data"), selected=selected,
        language=lang))
    table = map_data.values.assign(region=map_data.values["region_code"].map(names),
                                   rank=metrics.rank(map_data.values["value"],
                                                     map_data.higher_is_better))
    if selected:
        table = table[table["region_code"].isin(selected)]
    columns = ["region_code", "region", "value", "rank", "illustrative"]
    # Converted to Arrow once here, not by st.dataframe on every run of every viewer.
    table = pa.Table.from_pandas(table.sort_values("rank")[columns], preserve_index=False)
    missing = [names.get(c, c) for c in map_data.missing_regions]
    return map_data, figure, table, shown_unit, missing


map_data, figure, table, shown_unit, missing = cache.shared(
    "overview-map", (indicator, period, per_capita, tuple(selected), lang), DATASETS, build_map)
st.subheader(markdown_text(f"{labels[indicator]} · {model.period_label(period, kind, _)}"))
charts.region_map(figure, key="overview_map")
components.source_line(map_data.source, map_data.source_urls, map_data.illustrative)
if missing:
    st.caption(_("No published figure for: {regions}.").format(regions=", ".join(missing)))
with st.expander(_("Table of the map")):
    st.dataframe(
        table, hide_index=True, width="stretch",
        column_config={
            "region_code": _("Code"), "region": _("Region"),
            "value": st.column_config.NumberColumn(f"{labels[indicator]} ({shown_unit})",
                                                   format="localized"),
            "rank": _("Rank (1 = best)"), "illustrative": _("Illustrative"),
        },
    )
