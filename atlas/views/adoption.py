"""AI in public services: which region leads or lags on an indicator, by sector and per
inhabitant (map and A–D ranking), the trend since the first period, the region × sector
heatmap and national progress towards the target."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from atlas import metrics, model
from atlas.colours import ACCENT, FADED_BAR
from atlas.i18n import format_value, translator
from atlas.marks import mark_of
from atlas.pictures import BIG_SCREEN_CHART_PX, Bar, Bars, Empty, Picture, Progress, Target
from atlas.sections import Section
from atlas.snapshot import PublishedSnapshot, Snapshot
from atlas.sources import SourceLine, credit
from atlas.tables import readable
from atlas.views.common import (
    filtered,
    map_rows,
    trend,
    value_grid,
    value_map,
    watermark_text,
    worded,
)

NEEDS = ("regions", "indicators", "adoption")
# the observations combine every file of figures (population for per-capita values)
USES = ("context", "sovereignty")


@dataclass(frozen=True)
class Controls:
    language: str
    indicator: str | None = None  # None: the first adoption indicator
    period: str | None = None  # ISO date; None: the latest
    sector: str | None = None  # None: all sectors
    per_capita: bool = True
    regions: tuple[str, ...] = ()
    big: bool = False


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language)


@dataclass(frozen=True)
class Choices:
    indicators: tuple[str, ...]  # adoption indicators with regional figures
    labels: dict[str, str]
    sectors: dict[str, tuple[str, ...]]  # per indicator (the files' keys)
    sector_names: dict[str, str]  # each sector's name in the reader's language
    periods: dict[str, tuple[str, ...]]  # per indicator, oldest first
    period_labels: dict[str, dict[str, str]]
    per_capita_possible: dict[str, bool]
    # an all-sectors figure exists (published, or the sum of additive sectors): otherwise
    # the page offers the sectors alone
    all_sectors: dict[str, bool]


@dataclass(frozen=True)
class Ranked:
    """A region in the ranking, as every surface lists it."""

    code: str
    name: str
    group: str  # A (best quarter) … D
    value: str  # as written, with its unit
    illustrative: bool


@dataclass(frozen=True)
class View:
    indicator: str
    period: str
    title: str
    unit_text: str
    map_data: model.MapData
    ranked: pd.DataFrame  # region_code, value, rank, group (A best … D), name
    figures: dict[str, Picture] = field(default_factory=dict)  # map, ranking, trend…
    source: SourceLine | None = None
    trend_title: str = ""
    change: pd.DataFrame | None = None  # start, end, change by region name
    matrix: pd.DataFrame | None = None  # region name × sector
    target_source: SourceLine | None = None
    target_pending: str | None = None  # a target with no published progress yet
    trend_source: SourceLine | None = None
    heatmap_source: SourceLine | None = None
    leaders: tuple[Ranked, ...] = ()  # group A, best first
    laggards: tuple[Ranked, ...] = ()  # group D
    rows: pd.DataFrame | None = None  # the map's rows as downloaded (common.map_rows)

    @property
    def is_empty(self) -> bool:
        return bool(self.map_data.values["value"].isna().all())


# The published national figures of e-government the page opens on: services online,
# and the UN's e-government index (rank and score).
E_GOVERNMENT = ("online_public_services", "egdi_rank", "egdi_score")


def published(snapshot: Snapshot, language: str) -> Section:
    """What is published, first: the latest national figure of e-government, each with its
    source; then, in words, that no regional figure of AI in public services is — the
    regional sample below is illustrative, and marked."""
    from atlas.views.overview import NationalFigure, national_card

    def build() -> Section:
        _ = translator(language)
        observations = snapshot.observations
        found = []
        for indicator in E_GOVERNMENT:
            series = metrics.national_series(observations, indicator)
            series = series[~series["illustrative"].astype(bool)]
            if series.empty:
                continue
            latest = series.iloc[[-1]]
            earlier = series[series["period"] == latest["period"].iloc[0] - pd.DateOffset(years=1)]
            figure = NationalFigure(
                indicator,
                float(latest["value"].iloc[0]),
                latest["period"].iloc[0],
                None,
                False,
                pd.concat([latest, earlier]),
            )
            found.append(national_card(snapshot, figure, language))
        regional = observations[
            (observations["theme"] == "adoption") & observations["region_code"].notna()
        ]
        none_published = regional.empty or regional["illustrative"].astype(bool).all()
        return Section(
            _("What is published"),
            tuple(found),
            lead=_(
                "No regional figure of AI use in public services is published: the regional "
                "maps and charts below are an illustrative sample, marked as such."
            )
            if none_published
            else "",
            style="figures",
            empty=Empty(_("No national e-government figure in this data folder.")),
            key="published",
        )

    return snapshot.memo(("adoption-published", language), build)


def choices(snapshot: Snapshot, language: str) -> Choices:
    return snapshot.memo(("adoption-choices", language), lambda: _choices(snapshot, language))


def cell_marks(
    cells: pd.DataFrame, shown: pd.DataFrame, per_capita: bool
) -> tuple[tuple[str, ...], ...]:
    """Each heatmap cell's mark: invented when any row summed into it is, computed by us
    when shown per 100,000 inhabitants, "" where the cell has no figure."""
    invented = cells["illustrative"].fillna(True).astype(bool)
    flagged = invented.groupby([cells["region_code"], cells["sector"]]).any()
    derived = "per 100,000 inhabitants" if per_capita else None
    return tuple(
        tuple(
            "" if (code, sector) not in flagged or pd.isna(value)
            else mark_of(bool(flagged[(code, sector)]), derived)
            for sector, value in zip(shown.columns, shown.loc[code])
        )
        for code in shown.index
    )  # fmt: skip


def _choices(snapshot: Snapshot, language: str) -> Choices:
    _ = translator(language)
    catalogue, observations = snapshot.table("indicators"), snapshot.observations
    adoption_ids = set(catalogue.loc[catalogue["theme"] == "adoption", "indicator_id"])
    indicators = tuple(
        i for i in metrics.regional_indicator_ids(catalogue, observations) if i in adoption_ids
    )
    periods = {
        i: tuple(pd.Timestamp(p).date().isoformat() for p in metrics.periods(observations, i))
        for i in indicators
    }
    period_labels = {}
    for indicator, options in periods.items():
        kind = model.granularity(list(options))
        period_labels[indicator] = {p: model.period_label(p, kind, _) for p in options}
    rows = snapshot.indicator_rows(language)
    return Choices(
        indicators,
        dict(snapshot.indicator_labels(language)),
        {i: tuple(metrics.sectors(observations, i)) for i in indicators},
        model.sector_names(observations, language),
        periods,
        period_labels,
        {i: model.can_show_per_capita(i, rows[i]["unit"]) for i in indicators},
        {i: _has_all_sectors(observations, rows[i]["unit"], i) for i in indicators},
    )


def _has_all_sectors(observations: pd.DataFrame, unit: str, indicator: str) -> bool:
    rows = observations[
        (observations["indicator_id"] == indicator) & observations["region_code"].notna()
    ]
    return bool(rows["sector"].isna().any() or metrics.is_additive(unit))


def build(snapshot: Snapshot, controls: Controls) -> View | Empty:
    """The view of one indicator, or why there is nothing to show."""
    _ = translator(controls.language)
    lang = controls.language
    options = choices(snapshot, lang)
    if not options.indicators:
        if isinstance(snapshot, PublishedSnapshot) and choices(snapshot.full, lang).indicators:
            return Empty(
                _(
                    "No published regional figure of AI adoption yet: the regional "
                    "figures in the dashboard are illustrative, so this edition leaves "
                    "them out."
                )
            )
        return Empty(_("The adoption file has no regional figures."))
    indicator = (
        controls.indicator if controls.indicator in options.indicators else options.indicators[0]
    )
    periods = options.periods[indicator]
    period = controls.period if controls.period in periods else periods[-1]
    sector = controls.sector if controls.sector in options.sectors[indicator] else None
    if sector is None and not options.all_sectors[indicator]:
        sector = options.sectors[indicator][0]  # no all-sectors figure: the first sector
    per_capita = controls.per_capita and options.per_capita_possible[indicator]
    observations = snapshot.observations
    meta = snapshot.indicator_rows(lang)[indicator]
    numbers = adoption_numbers(
        observations,
        meta,
        indicator,
        pd.Timestamp(period),
        pd.Timestamp(periods[0]),
        sector,
        per_capita,
    )
    map_data = numbers.map_data
    names = snapshot.region_names(lang)
    unit_text = model.unit_text(map_data, lang, _)
    sector_name = options.sector_names.get(sector, sector) if sector else ""
    label = options.labels[indicator] + (f" · {sector_name}" if sector else "")
    view = View(
        indicator,
        period,
        f"{label} · {options.period_labels[indicator][period]}",
        unit_text,
        map_data,
        numbers.ranked.assign(name=numbers.ranked["region_code"].map(names)),
    )
    if view.is_empty:
        return filtered(_)
    selected = list(controls.regions)
    shown_regions = selected or list(numbers.ranked["region_code"].iloc[[0, -1]])
    labels_of = options.period_labels[indicator]
    ranked = view.ranked
    trend_series = {
        names.get(c, c): numbers.series[numbers.series["region_code"] == c] for c in shown_regions
    }
    target = numbers.target
    trend_rows = pd.concat([*trend_series.values(), numbers.national], ignore_index=True)
    sources = {"trend": credit(trend_rows, source=meta["source"])}
    shown_unit = "" if per_capita else meta["unit"]
    figures: dict[str, Picture] = {
        "map": value_map(
            map_data,
            names,
            lang,
            _,
            selected=controls.regions,
            height=480,
            geometry=snapshot.regions_geojson,
        ),
        "ranking": Bars(
            language=lang,
            label_title=_("Quartile · region"),
            value_title=unit_text,
            big=controls.big,
            height=BIG_SCREEN_CHART_PX if controls.big else 420,
            watermark=watermark_text(map_data.source_line.illustrative, _),
            bars=tuple(
                Bar(
                    label=f"{g} · {n}",
                    value=float(v),
                    value_text=worded(format_value(v, shown_unit, lang), mark, _),
                    colour=ACCENT if not selected or c in selected else FADED_BAR,
                    mark=mark,
                )
                for g, n, v, c, mark in zip(
                    ranked["group"],
                    ranked["name"],
                    ranked["value"],
                    ranked["region_code"],
                    ranked["mark"],
                )
            ),
        ),
        "trend": trend(
            trend_series,
            numbers.national,
            lang,
            _,
            x_title=_("Period"),
            y_title=unit_text,
            target=None
            if per_capita or not target or target["target_year"] is None
            else Target(
                period=pd.Timestamp(f"{target['target_year']}-01-01").date(),
                value=float(target["target"]),
                label=_("National target {year}").format(year=target["target_year"]),
            ),
            tick_labels=tuple((pd.Timestamp(p).date(), labels_of[p]) for p in periods),
            illustrative=sources["trend"].illustrative,
        ),
    }
    matrix = numbers.matrix
    if not matrix.empty:
        shown_codes = [c for c in matrix.index if not selected or c in selected]
        cells = numbers.sector_rows[numbers.sector_rows["region_code"].isin(shown_codes)]
        sources["heatmap"] = credit(cells, source=meta["source"])
        shown = matrix.loc[shown_codes]
        figures["heatmap"] = value_grid(
            tuple(names.get(c, c) for c in shown.index),
            tuple(options.sector_names.get(c, str(c)) for c in shown.columns),
            tuple(tuple(None if pd.isna(v) else float(v) for v in row) for row in shown.to_numpy()),
            unit_text,
            lang,
            _,
            watermark_text(sources["heatmap"].illustrative, _),
            cell_marks(cells, shown, per_capita),
        )
    if target and target["progress"] is not None:
        sources["target"] = credit(target["rows"], source=meta["source"])
        figures["target"] = Progress(
            language=lang,
            labels=(options.labels[indicator],),
            shares=(float(target["progress"] or 0.0),),
            texts=(model.progress_text(target, lang),),
            axis_title=_("Progress towards the target"),
            watermark=watermark_text(sources["target"].illustrative, _),
        )
    for name, line in sources.items():
        if line.source:
            sources[name] = replace(line, source_language=meta.get("source__lang"))
    start_label = labels_of[periods[0]]
    # the regions the sidebar chose (all when none), headed in words
    change = numbers.change
    if selected:
        change = change[change.index.isin(selected)]
    change = change.rename(
        index=names, columns={"start": start_label, "end": labels_of[period], "change": _("Change")}
    ).rename_axis(_("Region"))
    if start_label == labels_of[period]:  # one period: nothing has changed yet
        change = change.iloc[:, :1]
    return View(
        indicator,
        period,
        view.title,
        unit_text,
        map_data,
        ranked,
        figures=figures,
        source=map_data.source_line,
        trend_title=_("Trend since {start}").format(start=start_label),
        change=readable(change, language=lang),
        matrix=readable(
            matrix.rename(index=names, columns=options.sector_names).rename_axis(_("Region")),
            language=lang,
        ),
        target_source=sources.get("target"),
        trend_source=sources["trend"],
        target_pending=(
            _("{label}: {text}").format(
                label=options.labels[indicator], text=model.progress_text(target, lang)
            )
            if target and target["progress"] is None
            else None
        ),
        heatmap_source=sources.get("heatmap"),
        leaders=_group(ranked, "A", shown_unit, lang),
        laggards=_group(ranked, "D", shown_unit, lang),
        rows=map_rows(map_data, names, view.title, unit_text, controls.regions),
    )


def _group(ranked: pd.DataFrame, group: str, unit: str, language: str) -> tuple[Ranked, ...]:
    rows = ranked[ranked["group"] == group]
    return tuple(
        Ranked(code, name, group, format_value(value, unit, language), bool(flag))
        for code, name, value, flag in zip(
            rows["region_code"], rows["name"], rows["value"], rows["illustrative"]
        )
    )


# --- The numbers, before any figure --------------------------------------------------
@dataclass(frozen=True)
class AdoptionNumbers:
    map_data: model.MapData
    ranked: pd.DataFrame  # region_code, value, rank, group (A best … D)
    series: pd.DataFrame  # region_code, period, value — as shown (per capita or not)
    national: pd.DataFrame  # period, value — as shown
    change: pd.DataFrame  # start, end, change, indexed by region_code
    matrix: pd.DataFrame  # region_code × sector, as shown (empty: no sectors)
    sector_rows: pd.DataFrame  # the observations the matrix shows
    target: dict | None  # metrics.progress_towards_target


def adoption_numbers(
    observations: pd.DataFrame,
    meta: dict,
    indicator_id: str,
    period: pd.Timestamp,
    first_period: pd.Timestamp,
    sector: str | None,
    per_capita: bool,
) -> AdoptionNumbers:
    """The numbers of one indicator (`meta`: its catalogue row), before any picture."""
    map_data = model.indicator_map(observations, meta, indicator_id, period, per_capita, sector)
    ranked = (
        map_data.values.dropna(subset=["value"])
        .assign(rank=lambda f: metrics.rank(f["value"], map_data.higher_is_better))
        .sort_values("rank")
    )
    ranked["group"] = metrics.quartile_groups(ranked["value"], map_data.higher_is_better)
    population = metrics.population_by_region(observations)
    series = metrics.scaled(
        metrics.regional_series(observations, indicator_id, sector), population, per_capita
    )
    national = metrics.national_series(observations, indicator_id, sector)
    if per_capita:
        national = metrics.national_per_capita(national, population)
    matrix = metrics.sector_matrix(observations, indicator_id, period)
    sector_rows = observations[
        (observations["indicator_id"] == indicator_id)
        & observations["region_code"].notna()
        & observations["sector"].notna()
        & (observations["period"] == period)
    ]
    if not matrix.empty:
        matrix = metrics.scaled(
            matrix.stack().rename("value").reset_index(), population, per_capita
        ).pivot(index="region_code", columns="sector", values="value")
    return AdoptionNumbers(
        map_data,
        ranked,
        series,
        national,
        metrics.change_between(series, first_period, period),
        matrix,
        sector_rows,
        metrics.progress_towards_target(metrics.national_series(observations, indicator_id), meta),
    )
