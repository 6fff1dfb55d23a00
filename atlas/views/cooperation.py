"""International cooperation: who Morocco signed with (world map), how much is
South-South, the timeline, the Moroccan regions involved and every agreement shown."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from atlas import cooperation as coop
from atlas.charts import agreements_timeline, horizontal_bars
from atlas.frozen import FrozenFigure, freeze
from atlas.i18n import N_, country_name, format_number, translator
from atlas.maps import world_partners
from atlas.plotstyle import BIG_SCREEN_CHART_PX, big_screen
from atlas.snapshot import Snapshot
from atlas.model import file_credit
from atlas.sources import SourceLine

NEEDS = ("cooperation",)
USES = ("regions",)
SOURCE = N_("International cooperation (cooperation.parquet)")


@dataclass(frozen=True)
class Controls:
    language: str
    filters: coop.Filters = coop.Filters()
    big: bool = False


@dataclass(frozen=True)
class Choices:
    kinds: tuple[str, ...]
    instruments: tuple[str, ...]
    statuses: tuple[str, ...]
    domains: tuple[str, ...]
    first_year: int | None          # None: no agreement yet
    last_year: int | None
    labels: dict[str, str]          # every code shown, in the viewer's language


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    help: str | None = None


@dataclass(frozen=True)
class View:
    shown: pd.DataFrame                       # the agreements matching the filters
    cards: tuple[Card, ...] = ()
    figures: dict[str, FrozenFigure] = field(default_factory=dict)  # world, split, timeline…
    source: SourceLine | None = None
    regions_involved: tuple[tuple[str, str, int], ...] = ()  # code, name, agreements
    summary: dict = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return self.shown.empty


def choices(snapshot: Snapshot, language: str) -> Choices:
    return snapshot.memo(("cooperation-choices", language), lambda: _choices(snapshot, language))


def _choices(snapshot: Snapshot, language: str) -> Choices:
    _ = translator(language)
    agreements = snapshot.frame("cooperation")
    years = agreements["signed_on"].dt.year.dropna()
    return Choices(
        tuple(sorted(agreements["partner_kind"].unique())),
        tuple(sorted(agreements["instrument"].unique())),
        tuple(sorted(agreements["status"].unique())),
        tuple(coop.domain_list(agreements)),
        int(years.min()) if len(years) else None, int(years.max()) if len(years) else None,
        {key: _(label) for key, label in coop.LABELS.items()})


def build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    lang = controls.language
    labels = choices(snapshot, lang).labels
    shown = coop.filter_agreements(snapshot.frame_in("cooperation", lang), controls.filters)
    if shown.empty:
        return View(shown)
    summary = coop.south_south_summary(shown)
    cards = (
        Card(_("Agreements shown"), format_number(summary["total"], lang)),
        Card(_("South-South share"), format_number(summary["share"] * 100, lang) + " %",
             _("Agreements with African, Arab or other developing-country partners, or "
               "presented by their source as South-South.")),
        Card(_("With African countries"), format_number(summary["african"], lang)),
        Card(_("Partner countries"), format_number(summary["partner_countries"], lang),
             _("Countries only: companies and organisations are counted apart.")),
    )
    counts = coop.per_country(shown)
    hover = {iso: f"{country_name(iso, lang)}: " + _("{count} agreement(s)").format(count=n)
             for iso, n in zip(counts["iso3"], counts["agreements"])}
    hover["MAR"] = country_name("MAR", lang)
    others = coop.without_country(shown)
    split = shown["south_south"].astype(bool).value_counts().reindex([True, False], fill_value=0)
    geometry = snapshot.geometry
    figures = {
        "world": world_partners(counts, geometry.world_url, list(geometry.world_ids), hover,
                                _("Agreements"), set(coop.AFRICA_ISO3), language=lang,
                                height=BIG_SCREEN_CHART_PX if controls.big else 420),
        "split": horizontal_bars([labels["south_south"], labels["other_cooperation"]],
                                 split.tolist(), _("Agreements"), lang,
                                 colours=["#D55E00", "#0072B2"]),
        "timeline": agreements_timeline(shown, {**labels, "other": labels["other_cooperation"]},
                                        _("Date signed"), lang),
    }
    if not others.empty:
        figures["multilateral"] = horizontal_bars(list(others.index), others.tolist(),
                                                  _("Agreements"), lang)
    if controls.big:
        big_screen(figures["world"])
    names = snapshot.region_names(lang)
    involved = shown["region_code"].dropna().value_counts()
    return View(
        shown, cards, {name: freeze(figure) for name, figure in figures.items()},
        file_credit(shown, SOURCE),
        tuple((code, names.get(code, code), int(n)) for code, n in involved.items()),
        summary)
