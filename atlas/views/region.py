"""A region's profile: its population, where it is, its institutes and agreements, and
every indicator next to the national figure with the region's rank."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from atlas import metrics, model
from atlas.colours import CHOSEN_REGION, OTHER_REGION
from atlas.i18n import N_, format_number, format_value, translator, unit_label
from atlas.pictures import Empty, RegionMap
from atlas.profile import region_profiles
from atlas.sections import KeyFigure, Section, find
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine, credit
from atlas.views.common import category_map, worded
from loaders.contract import ENTITY_KINDS, MARKS, POPULATION_ID, REGION_CODES

NEEDS = ("regions", "indicators")
USES = ("institutes", "cooperation", "adoption", "sovereignty", "context")
DEFAULT_REGION = "MA-06"


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    region: str = DEFAULT_REGION
    year: str | None = None  # figures as of the end of this year; None: the latest


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language, today)


@dataclass(frozen=True)
class Choices:
    years: tuple[str, ...]  # newest first
    year_labels: dict[str, str]


@dataclass(frozen=True)
class View:
    name: str
    population: KeyFigure | None
    locator: RegionMap
    institutes: pd.DataFrame | Empty
    institutes_source: SourceLine | None
    profile: pd.DataFrame | Empty  # one row per indicator, ready to show
    profile_source: SourceLine | None
    agreements: pd.DataFrame | Empty
    agreements_source: SourceLine | None
    status_labels: dict[str, str]
    labels: dict[str, str]  # cooperation codes
    # the page's headings and notes, as every surface words them ("institutes",
    # "indicators", "cooperation"), and the brief's link
    sections: tuple[Section, ...] = ()
    brief_label: str = ""

    def section(self, key: str) -> Section:
        return find(self.sections, key)


def choices(snapshot: Snapshot, language: str) -> Choices:
    def build():
        _ = translator(language)
        years = sorted({p.year for p in snapshot.observations["period"].dropna()}, reverse=True)
        return Choices(
            tuple(str(y) for y in years), {str(y): _("end of {year}").format(year=y) for y in years}
        )

    return snapshot.memo(("region-choices", language), build)


def build(snapshot: Snapshot, controls: Controls) -> View:
    from atlas.cooperation import LABELS

    _ = translator(controls.language)
    lang = controls.language
    region = controls.region if controls.region in REGION_CODES else DEFAULT_REGION
    names = snapshot.region_names(lang)
    observations = snapshot.observations
    labels = snapshot.indicator_labels(lang)
    years = choices(snapshot, lang).years
    year = controls.year if controls.year in years else (years[0] if years else None)

    locator = category_map(
        {c: CHOSEN_REGION if c == region else OTHER_REGION for c in REGION_CODES},
        names,
        {c: _("Open this region") for c in REGION_CODES},
        lang,
        height=300,
        geometry=snapshot.regions_geojson,
    )
    status_labels = {s: _(label) for s, label in model.STATUS_LABELS.items()}
    institutes = Empty(_("No Jazari Institute in this region yet."))
    institutes_source = None
    if snapshot.has("institutes"):
        frame = snapshot.table_in("institutes", lang)
        here = metrics.institutes_on(frame[frame["region_code"] == region], controls.today)
        # a lab or the hub is shown for what it is, never as an institute
        kinds = {kind: _(label) for kind, label in ENTITY_KINDS.items()}
        here = here.assign(kind_label=metrics.entity_kinds(here).map(kinds))
        institutes_source = model.file_credit(here, model.INSTITUTES_SOURCE)
        if here.empty:
            institutes_source = None
        else:
            institutes = here
    agreements = Empty(_("No agreement names this region as chiefly involved."))
    agreements_source = None
    if snapshot.has("cooperation"):
        frame = snapshot.table_in("cooperation", lang)
        involved = model.with_date_text(frame[frame["region_code"] == region], lang).sort_values(
            "signed_on", ascending=False, kind="stable"
        )
        if len(involved):
            agreements = involved
            agreements_source = model.file_credit(
                involved, N_("International cooperation, as published")
            )
    # every region's profile at once, once per snapshot and year (the numbers do not
    # depend on the reader's language)
    profiles = (
        snapshot.memo(
            ("region-profiles", year),
            lambda: region_profiles(
                observations, snapshot.indicator_rows(lang), until=f"{year}-12-31"
            ),
        )
        if year
        else {}
    )
    profile = profiles.get(region, pd.DataFrame())
    return View(
        name=names.get(region, region),
        population=_population(snapshot, region, lang),
        locator=locator,
        institutes=institutes,
        institutes_source=institutes_source,
        profile=_profile_table(profile, snapshot, labels, lang)
        if not profile.empty
        else Empty(_("No regional figure for this region.")),
        profile_source=_profile_source(snapshot, profile, region, lang)
        if not profile.empty
        else None,
        agreements=agreements,
        agreements_source=agreements_source,
        status_labels=status_labels,
        labels={key: _(label) for key, label in LABELS.items()},
        sections=(
            Section(_("Jazari Institutes"), key="institutes"),
            Section(
                _("Every indicator, next to the national figure"),
                lead=_("Counts are compared per 100,000 inhabitants; rank 1 is the best region."),
                key="indicators",
            ),
            Section(_("International cooperation involving the region"), key="cooperation"),
        ),
        brief_label=_("Brief to print (PDF, A4)"),
    )


def _population(snapshot: Snapshot, region: str, language: str) -> KeyFigure | None:
    observations = snapshot.observations
    rows = observations[
        (observations["indicator_id"] == POPULATION_ID) & (observations["region_code"] == region)
    ].sort_values("period")
    if rows.empty:
        return None
    latest = rows.iloc[-1]
    meta = snapshot.indicator_rows(language)[POPULATION_ID]
    line = credit(rows.iloc[[-1]], source=meta["source"])
    # The catalogue's own label (e.g. "Population légale (RGPH 2024)"): another provider's
    # census is named by its own data, not by this code.
    return KeyFigure(
        snapshot.indicator_labels(language).get(POPULATION_ID, POPULATION_ID),
        format_number(latest["value"], language),
        source=replace(line, source_language=meta.get("source__lang")) if line.source else line,
        mark=str(latest["mark"]),
    )


def _profile_source(
    snapshot: Snapshot, profile: pd.DataFrame, region: str, language: str
) -> SourceLine:
    """The publishers of the values in the profile, with their links; illustrative values
    credited to what generated them."""
    observations = snapshot.observations
    catalogue = snapshot.table_in("indicators", language).set_index("indicator_id")
    keys = set(zip(profile["indicator_id"], profile["period"]))
    rows = observations[observations["region_code"] == region]
    rows = rows[[key in keys for key in zip(rows["indicator_id"], rows["period"])]]
    publishers = rows["indicator_id"].map(catalogue["source"])
    return credit(
        rows,
        publishers=publishers,
        languages=rows["indicator_id"].map(catalogue["source" + "__lang"]),
    )


def _granularity(snapshot: Snapshot, indicator_id: str) -> str:
    """How often an indicator is published (year, quarter, month), once per snapshot."""
    return snapshot.memo(
        ("granularity", indicator_id),
        lambda: model.granularity(metrics.periods(snapshot.observations, indicator_id)),
    )


def _profile_table(
    profile: pd.DataFrame, snapshot: Snapshot, labels: dict[str, str], language: str
) -> pd.DataFrame:
    _ = translator(language)
    kinds = {i: _granularity(snapshot, i) for i in profile["indicator_id"]}
    units = list(zip(profile["unit"], profile["per_capita"]))
    return pd.DataFrame(
        {
            _("Indicator"): profile["indicator_id"].map(labels),
            # said in words beside each figure, first thing after its name on a phone
            _("Mark"): [_(MARKS[m]) for m in profile["mark"]],
            _("Period"): [
                model.period_label(p, kinds[i], _)
                for p, i in zip(profile["period"], profile["indicator_id"])
            ],
            # Numbers alone: the unit has its own column (a cell never cuts a unit short).
            _("Region"): [
                worded(format_value(v, "" if pc else u, language, with_unit=False), m, _)
                for v, (u, pc), m in zip(profile["value"], units, profile["mark"])
            ],
            _("National"): [
                worded(format_value(v, "" if pc else u, language, with_unit=False), m, _)
                for v, (u, pc), m in zip(profile["national"], units, profile["national_mark"])
            ],
            _("Unit"): [_(model.PER_100K) if pc else unit_label(u, language) for u, pc in units],
            _("Rank among the regions"): [
                _("{rank} of {count}").format(rank=r, count=n) if pd.notna(r) else "—"
                for r, n in zip(profile["rank"], profile["ranked"])
            ],
        }
    )
