"""The national overview: one map of the 12 regions (any regional indicator, or the
institutes), its table, and the key national figures."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd
import pyarrow as pa

from atlas import metrics, model
from atlas.i18n import N_, format_list, format_number, format_value, translator
from atlas.pictures import BIG_SCREEN_CHART_PX, Empty, RegionMap
from atlas.sections import KeyFigure, mark_of_line
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine, credit
from atlas.tables import mark_words, readable
from atlas.views.common import map_rows, value_map
from loaders.contract import POPULATION_ID, REGION_CODES

NEEDS = ("regions", "indicators")
USES = ("institutes", "cooperation", "adoption", "sovereignty", "context")
ADOPTION_CARDS = 2
INSTITUTES_LABEL = N_("Regional Jazari institutes (announced or beyond)")


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    indicator: str | None = None  # None: the default indicator
    period: str | None = None  # ISO date; None: the latest
    per_capita: bool = True
    regions: tuple[str, ...] = ()
    big: bool = False  # the event's big screen


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language, today)


@dataclass(frozen=True)
class Choices:
    """What the controls can take, for this snapshot and language."""

    indicators: tuple[str, ...]
    labels: dict[str, str]
    default_indicator: str | None
    periods: dict[str, tuple[str, ...]]  # per indicator, newest first
    period_labels: dict[str, dict[str, str]]
    per_capita_possible: dict[str, bool]


@dataclass(frozen=True)
class View:
    cards: tuple[KeyFigure, ...]
    indicator: str | None  # None: nothing to map in this folder
    period: str | None
    title: str = ""
    map_data: model.MapData | None = None
    map: RegionMap | Empty | None = None
    source: SourceLine | None = None
    missing_regions: tuple[str, ...] = ()  # names of regions with no figure
    missing_note: str = ""  # which regions have no figure, in one sentence
    # the link to the strategy's page, as every surface words it
    strategy_link: str = field(default="")
    table: pa.Table | None = None  # region_code, region, value, rank, illustrative
    value_title: str = ""  # "label (unit)" for the table's value column
    unit_text: str = ""
    rows: pd.DataFrame | None = None  # the map's rows as downloaded (common.map_rows)


def choices(snapshot: Snapshot, language: str, today: pd.Timestamp) -> Choices:
    """The indicators the map can show (catalogue order, then the institutes), their
    periods and labels; the default is the first adoption indicator with regional figures."""
    return snapshot.memo(
        ("overview-choices", language, today), lambda: _choices(snapshot, language, today)
    )


def _opening_indicator(
    catalogue: pd.DataFrame, observations: pd.DataFrame, indicators
) -> str | None:
    """What the map opens on: a published figure first — the first indicator, adoption then
    sovereignty then context (catalogue order within each), whose latest regional values
    are all published; the population (the per-capita denominator) last. Else the first
    adoption indicator, as before a published one existed."""
    themes = dict(zip(catalogue["indicator_id"], catalogue["theme"]))
    order = {"adoption": 0, "sovereignty": 1, "context": 2}
    ranked = sorted(
        (i for i in indicators if i != POPULATION_ID),
        key=lambda i: order.get(themes.get(i, ""), 3),
    )
    for indicator in ranked:
        rows = observations[
            (observations["indicator_id"] == indicator) & observations["region_code"].notna()
        ]
        latest = rows[rows["period"] == rows["period"].max()]
        if len(latest) and not latest["illustrative"].astype(bool).any():
            return indicator
    return next((i for i in ranked if themes.get(i) == "adoption"), None)


def _choices(snapshot: Snapshot, language: str, today: pd.Timestamp) -> Choices:
    _ = translator(language)
    observations = snapshot.observations
    catalogue = snapshot.table("indicators")
    indicators = metrics.regional_indicator_ids(catalogue, observations)
    default = _opening_indicator(catalogue, observations, indicators)
    labels = dict(snapshot.indicator_labels(language))
    periods = {
        i: tuple(pd.Timestamp(p).date().isoformat() for p in metrics.periods(observations, i))[::-1]
        for i in indicators
    }
    rows = snapshot.indicator_rows(language)
    per_capita = {i: model.can_show_per_capita(i, rows[i]["unit"]) for i in indicators}
    if snapshot.has("institutes"):
        indicators.append(model.INSTITUTES_LAYER)
        labels[model.INSTITUTES_LAYER] = _(INSTITUTES_LABEL)
        periods[model.INSTITUTES_LAYER] = (pd.Timestamp(today).date().isoformat(),)
        # One institute serves a whole region: a count per 100,000 inhabitants would rank
        # the least populated region first, which says nothing about the rollout.
        per_capita[model.INSTITUTES_LAYER] = False
    period_labels = {}
    for indicator, options in periods.items():
        kind = model.granularity(list(options))
        period_labels[indicator] = {p: model.period_label(p, kind, _) for p in options}
    # Without a regional adoption figure (a public surface shows published ones only),
    # the map opens on the regional institutes rather than on a context figure.
    if default is None and model.INSTITUTES_LAYER in indicators:
        default = model.INSTITUTES_LAYER
    return Choices(
        tuple(indicators),
        labels,
        default or (indicators[0] if indicators else None),
        periods,
        period_labels,
        per_capita,
    )


STRATEGY_LINK = N_(
    "Maroc IA 2030, the national AI strategy, is part of Maroc Digital 2030: its targets, "
    "milestones and governance"
)


def build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    return replace(_build(snapshot, controls), strategy_link=_(STRATEGY_LINK))


def _build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    lang = controls.language
    options = choices(snapshot, lang, controls.today)
    cards = snapshot.memo(
        ("overview-cards", lang, controls.today),
        lambda: key_figures(snapshot, lang, controls.today),
    )
    indicator = (
        controls.indicator
        if controls.indicator in options.indicators
        else options.default_indicator
    )
    if indicator is None:
        return View(
            cards, None, None, map=Empty(_("No regional figure to map in this data folder."))
        )
    periods = options.periods[indicator]
    period = controls.period if controls.period in periods else periods[0]
    per_capita = controls.per_capita and options.per_capita_possible[indicator]
    observations = snapshot.observations
    if indicator == model.INSTITUTES_LAYER:
        map_data = model.institutes_map(
            model.translation_marked(snapshot.frame_in("institutes", lang), "name", _),
            observations,
            controls.today,
            per_capita,
        )
    else:
        map_data = model.indicator_map(
            observations,
            snapshot.indicator_rows(lang)[indicator],
            indicator,
            pd.Timestamp(period),
            per_capita,
        )
    shown_unit = model.unit_text(map_data, lang, _)
    names = snapshot.region_names(lang)
    picture = value_map(
        map_data,
        names,
        lang,
        _,
        selected=controls.regions,
        height=BIG_SCREEN_CHART_PX if controls.big else 520,
        big=controls.big,
        geometry=snapshot.regions_geojson,
    )
    label = options.labels[indicator]
    title = f"{label} · {options.period_labels[indicator][period]}"
    return View(
        cards=cards,
        indicator=indicator,
        period=period,
        title=title,
        map_data=map_data,
        map=picture,
        source=map_data.source_line,
        missing_regions=tuple(names.get(c, c) for c in map_data.missing_regions),
        missing_note=_("No published figure for: {regions}.").format(
            regions=format_list([names.get(c, c) for c in map_data.missing_regions], lang)
        )
        if map_data.missing_regions
        else "",
        table=_table(map_data, names, controls.regions, lang),
        value_title=f"{label} ({shown_unit})",
        unit_text=shown_unit,
        rows=map_rows(map_data, names, title, shown_unit, controls.regions),
    )


def _table(map_data: model.MapData, names: dict[str, str], selected, language: str) -> pa.Table:
    values = map_data.values
    table = values.assign(
        region=values["region_code"].map(names),
        rank=metrics.rank(values["value"], map_data.higher_is_better),
    )
    if selected:
        table = table[table["region_code"].isin(selected)]
    # each value's mark in words beside it (invented, computed by us), never a tick alone
    table = table.assign(mark=table["mark"].map(mark_words(language)).fillna(""))
    columns = ["region_code", "region", "value", "rank", "mark"]
    shown = readable(table.sort_values("rank")[columns], language=language)
    # Converted to Arrow once here, not by st.dataframe on every run of every viewer.
    return pa.Table.from_pandas(shown, preserve_index=False)


def key_figures(snapshot: Snapshot, language: str, today: pd.Timestamp) -> tuple[KeyFigure, ...]:
    """The national figures shown as cards above the map, each with its source; an
    illustrative one says so in words."""
    from atlas.views.cooperation import SIGNED_HELP as COOPERATION_SIGNED_HELP
    from atlas.views.cooperation import SOURCE as COOPERATION_SOURCE

    _ = translator(language)
    cards = []
    institutes = snapshot.frame_in("institutes", language)
    if institutes is not None:
        kpi = institute_kpis(institutes, today)
        reached = institutes[metrics.announced_by(institutes, today)]
        source = model.file_credit(reached, model.INSTITUTES_SOURCE)
        cards.append(
            KeyFigure(
                _("Regional institutes operating / announced"),
                _("{count} of {total}").format(count=kpi["operating"], total=kpi["announced"]),
                _(
                    "Regional Jazari institutes whose opening or announcement is "
                    "published; the hub, labs and sector centres are not counted."
                ),
                mark=mark_of_line(source),
                source=source,
            )
        )
        cards.append(
            KeyFigure(
                _("Regions with a regional institute"),
                _("{count} of {total}").format(
                    count=kpi["regions_covered"], total=kpi["regions_total"]
                ),
                mark=mark_of_line(source),
                source=source,
            )
        )
    cooperation = snapshot.frame_in("cooperation", language)
    if cooperation is not None:
        signed = cooperation[metrics.signed_agreements(cooperation)]
        source = model.file_credit(signed, COOPERATION_SOURCE)
        cards.append(
            KeyFigure(
                _("Agreements signed"),
                format_number(len(signed), language),
                _(COOPERATION_SIGNED_HELP),
                mark=mark_of_line(source),
                source=source,
            )
        )
    catalogue = snapshot.frame_in("indicators", language)
    for figure in national_figures(snapshot.observations, catalogue):
        cards.append(national_card(snapshot, figure, language))
    return tuple(cards)


def national_card(snapshot: Snapshot, figure: "NationalFigure", language: str) -> KeyFigure:
    """A national figure as a key figure: its latest value (as qualified by its source),
    its year, its change over one year, its source and mark."""
    _ = translator(language)
    meta = snapshot.indicator_rows(language)[figure.indicator_id]
    delta = None if figure.previous_value is None else figure.value - figure.previous_value
    line = credit(figure.rows, source=meta["source"])
    if line.source:
        line = replace(line, source_language=meta.get("source__lang"))
    return KeyFigure(
        snapshot.indicator_labels(language)[figure.indicator_id],
        model.qualified(
            format_value(figure.value, meta["unit"], language),
            figure.rows.iloc[0].get("qualifier"),
            _,
        ),
        _("National figure of {year}.").format(year=figure.period.year)
        + (" " + _("Change over one year.") if delta is not None else ""),
        "" if delta is None else format_value(delta, meta["unit"], language),
        source=line,
        mark="illustrative" if figure.illustrative else str(figure.rows.iloc[0]["mark"]),
    )


def institute_kpis(institutes: pd.DataFrame, on) -> dict[str, int]:
    """Counts of regional institutes only (what "institutes" means on every surface)."""
    status = metrics.institute_status(institutes, on)[metrics.announced_by(institutes, on)]
    covered = metrics.institute_counts_by_region(institutes, on)
    return {
        "operating": int((status == "operating").sum()),
        "announced": len(status),
        "regions_covered": int((covered > 0).sum()),
        "regions_total": len(REGION_CODES),
    }


@dataclass(frozen=True)
class NationalFigure:
    indicator_id: str
    value: float
    period: pd.Timestamp
    previous_value: float | None  # a year earlier, when there is one
    illustrative: bool
    rows: pd.DataFrame  # the observations shown


# Which national figures the overview's cards show: published ones first, adoption first.
CARD_THEMES = ("adoption", "sovereignty", "context")


def national_figures(
    observations: pd.DataFrame, catalogue: pd.DataFrame, limit: int = ADOPTION_CARDS
) -> list[NationalFigure]:
    """The latest national figures to show as cards: published ones first (adoption, then
    sovereignty, then context indicators other than the population), illustrative ones
    only when too few are published."""
    found = []
    for theme in CARD_THEMES:
        ids = catalogue.loc[catalogue["theme"] == theme, "indicator_id"]
        for indicator_id in ids:
            if indicator_id == POPULATION_ID:
                continue
            series = metrics.national_series(observations, indicator_id)
            if series.empty:
                continue
            latest = series.iloc[-1]
            year_before = latest["period"] - pd.DateOffset(years=1)
            earlier = series[series["period"] == year_before]
            found.append(
                NationalFigure(
                    indicator_id,
                    float(latest["value"]),
                    latest["period"],
                    float(earlier["value"].iloc[0]) if len(earlier) else None,
                    bool(latest["illustrative"]),
                    pd.concat([series.iloc[[-1]], earlier]),
                )
            )
    published = [f for f in found if not f.illustrative]
    return (published + [f for f in found if f.illustrative])[:limit]
