"""Event mode (?mode=kiosk): the big screen of "AI Made in Morocco".

Full screen, large type, no controls; rotates through the key views every `every`
seconds (URL, default 20) and can alternate languages (`alternate=fr,ar`). A QR code
sends the audience to the public link (ATLAS_PUBLIC_URL, else this server's address).
"""

from __future__ import annotations

import os
from datetime import date

import pandas as pd
import streamlit as st

from atlas import cooperation as coop
from atlas import kiosk, metrics, model, overview
from atlas.charts import horizontal_bars
from atlas.i18n import country_name, format_date, format_value
from atlas.maps import institutes_points, region_choropleth, world_partners
from atlas.safe import markdown_text
from ui import charts, components, data
from ui.context import language, t
from ui.frame import require_frame
from ui.qr import qr_png

require_frame()
every = kiosk.parse_every(st.query_params.get("every"))
languages = kiosk.parse_languages(st.query_params.get("lang"), st.query_params.get("alternate"))
public_url = os.environ.get("ATLAS_PUBLIC_URL") or (st.context.url or "").split("?")[0]
_ = t()
lang = language()

head, code = st.columns([5, 1], vertical_alignment="center")
head.title("Jazari Atlas")
head.caption(_("AI Made in Morocco · the national AI strategy, region by region"))
with code:
    if public_url:
        st.image(qr_png(public_url), width=170)
        st.caption(_("Open it on your phone"))


@st.fragment(run_every=kiosk.TICK_SECONDS)
def rotating_view() -> None:
    # A language switch reruns the whole page once: that run shows the same tick.
    step = 0 if st.session_state.pop("kiosk_switched", False) else 1
    tick = st.session_state["kiosk_tick"] = st.session_state.get("kiosk_tick", -1) + step
    current = kiosk.slot(tick, every, languages)
    st.session_state["kiosk_view"] = current.view
    if current.language != language():
        st.session_state["lang"] = current.language
        st.session_state["kiosk_switched"] = True
        st.rerun()  # the whole page: its direction changes with the language
    st.header(_(kiosk.VIEW_TITLES[current.view]))
    VIEWS[current.view](current)


def show_map(current: kiosk.Slot) -> None:
    catalogue = data.require("regions", "indicators", "institutes")["indicators"]
    observations = data.observations(catalogue)
    institutes = data.state("institutes").frame
    today = pd.Timestamp(date.today())
    map_data = model.institutes_map(institutes, observations, today, per_capita=False)
    names = data.region_names(lang)
    figures = overview.institute_kpis(institutes, today)
    left, right = st.columns([3, 1], vertical_alignment="center")
    with left:
        charts.plot(region_choropleth(map_data, data.regions_geojson(), names,
                                      model.map_hover(map_data, lang, _), _("Institutes"),
                                      _("No data"), height=620, language=lang),
                    key="kiosk_map", big=True)
    right.metric(_("Institutes announced or beyond"), figures["announced"])
    right.metric(_("Regions with an institute"), _("{count} of {total}").format(
        count=figures["regions_covered"], total=figures["regions_total"]))
    right.metric(_("Institutes operating"), figures["operating"])
    components.source_line(model.INSTITUTES_SOURCE, map_data.source_urls, map_data.illustrative)


def show_rollout(current: kiosk.Slot) -> None:
    institutes = data.require("regions", "institutes")["institutes"]
    today = pd.Timestamp(date.today())
    dates = model.rollout_dates(institutes, today)
    on = pd.Timestamp(dates[kiosk.replay_position(current, len(dates))])
    shown = metrics.institutes_on(institutes, on)
    names = data.region_names(lang)
    labels = {s: _(label) for s, label in model.STATUS_LABELS.items()}
    covered = [c for c, n in metrics.institute_counts_by_region(institutes, on).items() if n]
    st.subheader(format_date(on, lang, "long"))
    charts.plot(institutes_points(shown, data.regions_geojson(), names, covered, labels,
                                  [""] * len(shown), _("Status"), height=600, language=lang),
                key="kiosk_rollout", big=True)
    components.source_line(model.INSTITUTES_SOURCE, sorted(set(shown["source_url"].dropna())),
                           bool(shown["illustrative"].any()))


def show_leaders(current: kiosk.Slot) -> None:
    catalogue = data.require("regions", "indicators", "adoption")["indicators"]
    observations = data.observations(catalogue)
    adoption = [i for i in metrics.regional_indicator_ids(catalogue, observations)
                if metrics.catalogue_row(catalogue, i)["theme"] == "adoption"]
    if not adoption:
        return
    indicator = adoption[0]
    period = metrics.periods(observations, indicator)[-1]
    map_data = model.indicator_map(observations, catalogue, indicator, period, per_capita=True)
    names = data.region_names(lang)
    ranked = map_data.values.dropna(subset=["value"]).sort_values(
        "value", ascending=not map_data.higher_is_better)
    label = metrics.catalogue_row(catalogue, indicator)[f"label_{lang}"]
    st.subheader(markdown_text(f"{label} · {model.unit_text(map_data, lang, _)}"))
    charts.plot(horizontal_bars([names[c] for c in ranked["region_code"]],
                                ranked["value"].tolist(), model.unit_text(map_data, lang, _),
                                lang, hover=[format_value(v, "", lang) for v in ranked["value"]],
                                height=600), key="kiosk_leaders", big=True)
    components.source_line(map_data.source, map_data.source_urls, map_data.illustrative)


def show_cooperation(current: kiosk.Slot) -> None:
    agreements = data.require("regions", "cooperation")["cooperation"]
    counts = coop.per_country(agreements)
    summary = coop.south_south_summary(agreements)
    hover = {iso: country_name(iso, lang) for iso in counts["iso3"]}
    st.subheader(_("{count} agreements · {share} South-South").format(
        count=summary["total"], share=format_value(summary["share"] * 100, "%", lang)))
    charts.plot(world_partners(counts, data.world_geojson(), data.world_ids(), hover,
                               _("Agreements"), set(coop.AFRICA_ISO3), height=600,
                               language=lang), key="kiosk_world", big=True)
    components.source_line(_("International cooperation (cooperation.parquet)"),
                           sorted(set(agreements["source_url"].dropna())),
                           bool(agreements["illustrative"].any()))


VIEWS = {"map": show_map, "rollout": show_rollout, "leaders": show_leaders,
         "cooperation": show_cooperation}

rotating_view()
