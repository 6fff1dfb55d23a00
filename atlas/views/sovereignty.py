"""Digital sovereignty: how far the country is from each national target, one
indicator's national series, and its regional breakdown where there is one."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from atlas import metrics, model
from atlas.i18n import format_value, translator, unit_label
from atlas.pictures import Empty, Lines, Progress, RegionMap, Target
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine, credit
from atlas.tables import readable
from atlas.views.common import map_rows, trend, value_map

NEEDS = ("regions", "indicators", "sovereignty")
# the observations combine every file of figures
USES = ("context", "adoption")


@dataclass(frozen=True)
class Controls:
    language: str
    indicator: str | None = None  # None: the first with figures
    period: str | None = None  # ISO date of the regional breakdown; None: the latest
    regions: tuple[str, ...] = ()


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language)


@dataclass(frozen=True)
class Choices:
    indicators: tuple[str, ...]  # sovereignty indicators with figures
    labels: dict[str, str]
    regional_periods: dict[str, tuple[str, ...]]  # per indicator, oldest first
    period_labels: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Targets:
    figure: Progress | None  # None: no target with published progress to draw
    table: pd.DataFrame | Empty  # Empty: no indicator with a target and national figures
    source: SourceLine | None
    pending: tuple[str, ...] = ()  # targets with no published progress yet, in words


@dataclass(frozen=True)
class View:
    targets: Targets
    indicator: str | None
    label: str = ""
    unit_text: str = ""
    definition: str = ""
    definition_source: tuple[str, str | None] = ("", None)  # publisher, link
    national_figure: Lines | Empty | None = None
    national_source: SourceLine | None = None
    period: str | None = None
    map_data: model.MapData | None = None
    map_figure: RegionMap | None = None
    map_source: SourceLine | None = None
    regional_table: pd.DataFrame | None = None
    empty: Empty | None = None  # no indicator to show, and why
    map_title: str = ""  # the indicator and the period the map shows
    rows: pd.DataFrame | None = None  # the map's rows as downloaded (common.map_rows)


def choices(snapshot: Snapshot, language: str) -> Choices:
    return snapshot.memo(("sovereignty-choices", language), lambda: _choices(snapshot, language))


def _choices(snapshot: Snapshot, language: str) -> Choices:
    _ = translator(language)
    catalogue, observations = snapshot.table("indicators"), snapshot.observations
    observed = set(observations["indicator_id"])
    indicators = tuple(
        i
        for i in catalogue.loc[catalogue["theme"] == "sovereignty", "indicator_id"]
        if i in observed
    )
    periods, labels = {}, {}
    for indicator in indicators:
        regional = metrics.regional_series(observations, indicator)
        periods[indicator] = tuple(
            pd.Timestamp(p).date().isoformat() for p in sorted(regional["period"].unique())
        )
        kind = model.granularity(list(periods[indicator]))
        labels[indicator] = {p: model.period_label(p, kind, _) for p in periods[indicator]}
    return Choices(indicators, dict(snapshot.indicator_labels(language)), periods, labels)


def build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    lang = controls.language
    options = choices(snapshot, lang)
    targets = snapshot.memo(("sovereignty-targets", lang), lambda: national_targets(snapshot, lang))
    if not options.indicators:
        return View(targets, None, empty=Empty(_("The sovereignty file has no figures.")))
    indicator = (
        controls.indicator if controls.indicator in options.indicators else options.indicators[0]
    )
    observations = snapshot.observations
    meta = snapshot.indicator_rows(lang)[indicator]
    unit = meta["unit"]
    national = metrics.national_series(observations, indicator)
    target = None
    if pd.notna(meta["target_value"]) and pd.notna(meta["target_year"]):
        target = Target(
            period=pd.Timestamp(f"{int(meta['target_year'])}-01-01").date(),
            value=float(meta["target_value"]),
            label=_("Target {year}").format(year=int(meta["target_year"])),
        )
    national_figure: Lines | Empty = Empty(_("No national figure for this indicator."))
    national_source = None
    if not national.empty:
        national_source = credit(national, source=meta["source"])
        national_figure = trend(
            {},
            national,
            lang,
            _,
            x_title=_("Period"),
            y_title=unit_label(unit, lang),
            target=target,
            illustrative=national_source.illustrative,
        )
        if national_source.source:
            national_source = replace(national_source, source_language=meta.get("source__lang"))
    description = meta[f"description_{lang}"]
    if pd.isna(description) or not description:
        description = meta["description_en"]
    view = View(
        targets,
        indicator,
        label=options.labels[indicator],
        unit_text=unit_label(unit, lang),
        definition=description
        if isinstance(description, str) and description
        else _("No definition."),
        definition_source=(
            meta["source"],
            meta["source_url"] if pd.notna(meta["source_url"]) else None,
        ),
        national_figure=national_figure,
        national_source=national_source,
    )
    periods = options.regional_periods[indicator]
    if not periods:
        return view
    period = controls.period if controls.period in periods else periods[-1]
    names = snapshot.region_names(lang)
    map_data = model.indicator_map(observations, meta, indicator, pd.Timestamp(period), False)
    picture = value_map(
        map_data,
        names,
        lang,
        _,
        selected=controls.regions,
        height=440,
        geometry=snapshot.regions_geojson,
    )
    map_title = f"{view.label} · {options.period_labels[indicator][period]}"
    values = map_data.values
    table = readable(
        pd.DataFrame(
            {
                _("Region"): values["region_code"].map(names),
                unit_label(unit, lang): values["raw_value"],
                _("Illustrative"): values["illustrative"],
            }
        ),
        language=lang,
    )
    return replace(
        view,
        period=period,
        map_data=map_data,
        map_figure=picture,
        map_source=map_data.source_line,
        regional_table=table,
        map_title=map_title,
        rows=map_rows(map_data, names, map_title, unit_label(unit, lang), controls.regions),
    )


def _year(value) -> str:
    return str(int(value)) if pd.notna(value) else "—"


def national_targets(snapshot: Snapshot, language: str) -> Targets:
    """Every sovereignty target with national figures: a progress bar where a published
    start and a later published figure exist; the others listed with their target and
    "no published figure yet" (never a bar on an illustrative value)."""
    _ = translator(language)
    targets = metrics.targets_table(
        snapshot.observations, snapshot.frame_in("indicators", language), "sovereignty"
    )
    if targets.empty:
        return Targets(
            None,
            Empty(_("No sovereignty indicator has both a national target and national figures.")),
            None,
        )
    labels = snapshot.indicator_labels(language)
    targets = targets.assign(
        label=targets["indicator_id"].map(labels),
        text=[model.progress_text(row, language) for row in targets.to_dict("records")],
    )
    measured = targets[targets["progress"].notna()]
    figure = (
        Progress(
            language=language,
            labels=tuple(measured["label"]),
            shares=tuple(float(p) for p in measured["progress"]),
            texts=tuple(measured["text"]),
            axis_title=_("Progress towards the target"),
        )
        if len(measured)
        else None
    )

    def formatted(column: str) -> list[str]:
        return [
            format_value(v, u, language) if pd.notna(v) else "—"
            for v, u in zip(targets[column], targets["unit"])
        ]

    def year(column: str) -> list[str]:
        return [str(p.year) if p is not None and pd.notna(p) else "—" for p in targets[column]]

    table = readable(
        pd.DataFrame(
            {
                _("Indicator"): targets["label"],
                _("Published start"): formatted("baseline"),
                _("Start year"): year("baseline_period"),
                _("Latest published figure"): formatted("latest"),
                _("Year"): year("latest_period"),
                _("Target"): formatted("target"),
                _("Target year"): targets["target_year"].map(_year),
                _("Still to go"): [
                    g if p is not None and pd.notna(p) else _("no published figure yet")
                    for g, p in zip(formatted("gap"), targets["progress"])
                ],
            }
        ),
        language=language,
    )
    rows = pd.concat(
        [r.assign(publisher=s) for r, s in zip(targets["rows"], targets["source"])],
        ignore_index=True,
    )
    pending = tuple(
        _("{label}: {text}").format(label=label, text=text)
        for label, text, p in zip(targets["label"], targets["text"], targets["progress"])
        if pd.isna(p)
    )
    return Targets(
        figure, table, credit(rows, publishers=rows["publisher"]) if len(rows) else None, pending
    )
