"""The strategy itself: what Maroc IA 2030 and Maroc Digital 2030 promise (targets, and
whether the published figures are on track), when each step happened, who governs it under
which ethical frame, and which regions the rollout reaches so far. Published facts only:
the strategy file's rows, the institutes' published dates, RGPH 2024 and HCP figures."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from atlas import metrics, model
from atlas.i18n import N_, format_date, format_list, format_number, format_value, translator
from atlas.pictures import BIG_SCREEN_CHART_PX, Empty, RegionMap
from atlas.sections import Item, Section, Verdict
from atlas.snapshot import Snapshot, published_only
from atlas.sources import SourceLine, credit
from atlas.views.common import value_map
from loaders.contract import POPULATION_ID, REGION_CODES

NEEDS = ("regions",)
USES = ("strategy", "institutes", "indicators", "adoption", "sovereignty", "context")
SOURCE = N_("The strategy's announcements, as published")
# What the atlas does not have as a published fact, said on the page (issue 18).
NOT_PUBLISHED = (
    N_(
        "AI adoption by region: no regional figure is published; the dashboard's regional "
        "adoption figures are illustrative."
    ),
    N_("An official Maroc IA 2030 document, with its own baselines: not found in our sources."),
    N_("A target year for the institutes in all 12 regions: none announced."),
    N_(
        "Four more Maroc Digital 2030 targets, each reported by one secondary source only, "
        "are not shown until a second source or the strategy's document confirms them: "
        "fibre for 5.6 million new households and 6,300 government sites, administrative "
        "processing times halved, bureaucratic steps cut by 40 %."
    ),
)
# How the share of the people reached is computed, said with it.
POPULATION_SHARE = N_(
    "share of the population: the legal population (RGPH 2024) of the regions with a "
    "regional institute ÷ that of the 12 regions"
)
# What "a region with no public university" rests on, said with it (issue 28).
UNIVERSITY_BASIS = N_(
    "As the ministry's list of public universities places each one: in the region of its "
    "presidency's seat; a faculty of a university seated elsewhere is not counted."
)


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    big: bool = False  # the event's big screen


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language, today)


@dataclass(frozen=True)
class Target:
    scope: str
    text: str
    headline: str  # the text without its parenthesis (a key figure's label)
    value: str  # the target as announced, with its unit
    number: str  # the value alone, formatted
    unit: str  # its unit as published
    year: str  # "2030", or "—" when none was announced
    announced: str  # the date of the announcement, at its precision
    verdict: Verdict  # on track, behind, or "no published figure yet", and why
    source: SourceLine  # the target's, and the published figures its verdict rests on
    counted_with: str = ""  # another reading of a target, or a part of one: counted with it
    key: str = ""  # its item_id

    @property
    def on_track(self) -> bool | None:  # None: not measurable from published figures
        return {"good": True, "warning": False}.get(self.verdict.tone)


@dataclass(frozen=True)
class Dated:
    date: str  # at the precision of its source
    sort_key: pd.Timestamp
    text: str
    source: SourceLine


@dataclass(frozen=True)
class Quote:
    words: str
    words_language: str | None  # the original language of the words shown
    translated: bool  # our translation
    speaker: str
    role: str
    date: str
    outlet: str


@dataclass(frozen=True)
class Inclusion:
    map_figure: RegionMap | None
    rows: pd.DataFrame  # region, regional institute (status), population, universities
    covered: tuple[str, ...]  # regions with a regional institute, announced or beyond
    covered_population: str  # "4,6 millions (12,5 %)"
    without_university: tuple[str, ...]
    facts: tuple[tuple[str, str, SourceLine], ...]  # text, value, source
    source: SourceLine  # the table's: institutes, population and universities
    summary: str = ""  # the regions reached and their people, in one sentence
    map_source: SourceLine | None = None  # the map's and the summary's: institutes, population


@dataclass(frozen=True)
class View:
    has_strategy: bool  # False: the folder has no strategy file
    targets: tuple[Target, ...] = ()
    milestones: tuple[Dated, ...] = ()
    governance: tuple[Dated, ...] = ()
    quotes: tuple[Quote, ...] = ()
    inclusion: Inclusion | None = None
    not_published: tuple[str, ...] = ()
    missing: Empty | None = None  # why there is no target, milestone or quote
    pace: str = ""  # how many targets can be measured, and how many are on track
    sections: tuple[Section, ...] = ()  # the page's words, in order (see `sections`)

    @property
    def measured(self) -> tuple[Target, ...]:
        """The targets with two published figures to measure their pace."""
        return tuple(t for t in self.targets if t.on_track is not None)


def build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    public = published_only(snapshot)
    items = public.frame_in("strategy", controls.language)
    inclusion = _inclusion(public, controls) if public.has("regions") else None
    not_published = tuple(_(text) for text in NOT_PUBLISHED)
    if items is None:
        return _with_sections(
            View(
                False,
                milestones=_institute_dates(public, controls),
                inclusion=inclusion,
                not_published=not_published,
                missing=Empty(
                    _(
                        "This data folder has no strategy file (strategy.parquet, optional): "
                        "no target, milestone or quote to show."
                    )
                ),
            ),
            _,
        )
    items = items.assign(
        date_text=[
            format_date(d, controls.language, precision=p) if pd.notna(d) else "—"
            for d, p in zip(items["date"], items["date_precision"].fillna("day"))
        ]
    )
    by_kind = {kind: rows for kind, rows in items.groupby("kind", sort=False)}
    empty = items.iloc[0:0]
    targets = _targets(public, by_kind.get("target", empty), controls.language)
    view = View(
        True,
        targets=targets,
        pace=_pace_summary(targets, _),
        milestones=tuple(
            sorted(
                _dated(by_kind.get("milestone", empty)) + _institute_dates(public, controls),
                key=lambda d: d.sort_key,
            )
        ),
        governance=_dated(by_kind.get("governance", empty)),
        quotes=tuple(_quote(row) for _i, row in by_kind.get("quote", empty).iterrows()),
        inclusion=inclusion
        if inclusion is None
        else _with_facts(inclusion, by_kind.get("fact", empty), controls.language),
        not_published=not_published,
    )
    return _with_sections(view, _)


def _with_sections(view: View, _) -> View:
    """The view with its page's words, section by section, in order."""
    return replace(view, sections=sections(view, _))


def sections(view: View, _) -> tuple[Section, ...]:
    """What the page says, section by section: the targets and their verdicts, the
    milestones, governance and quotes, territorial inclusion, and what is not published."""
    found = []
    if view.targets:
        names = {t.key: t.headline for t in view.targets}
        found.append(
            Section(
                _("Targets, and are they on track?"),
                tuple(
                    Item(
                        text=t.text,
                        value=f"{t.value} · {t.year}" if t.year != "—" else t.value,
                        note=" · ".join(
                            part
                            for part in (
                                t.scope,
                                _("Announced: {date}").format(date=t.announced),
                                _("counted with “{target}”").format(target=names[t.counted_with])
                                if t.counted_with in names
                                else "",
                            )
                            if part
                        ),
                        verdict=t.verdict,
                        source=t.source,
                    )
                    for t in view.targets
                ),
                lead=view.pace,
                key="targets",
            )
        )
    if view.milestones:
        found.append(
            Section(
                _("Milestones"),
                tuple(Item(text=m.text, value=m.date, source=m.source) for m in view.milestones),
                style="steps",
                key="milestones",
            )
        )
    if view.governance or view.quotes:
        found.append(
            Section(
                _("Governance and ethics"),
                tuple(
                    Item(text=g.text, note=g.date if g.date != "—" else "", source=g.source)
                    for g in view.governance
                ),
                key="governance",
            )
        )
    if view.quotes:
        found.append(
            Section(
                "",
                tuple(
                    Item(
                        text=q.words,
                        language=q.words_language,
                        note=_("{speaker}, {role}, {date}; reported by {outlet}").format(
                            speaker=q.speaker, role=q.role, date=q.date, outlet=q.outlet
                        )
                        + (" · " + _("our translation") if q.translated else ""),
                        mark="translated" if q.translated else "published",
                    )
                    for q in view.quotes
                ),
                style="quotes",
                key="quotes",
            )
        )
    if view.inclusion is not None:
        inclusion = view.inclusion
        lines = [Item(text=inclusion.summary)]
        if inclusion.without_university:
            lines.append(
                Item(
                    text=_("Regions with no public university: {regions}.").format(
                        regions=", ".join(inclusion.without_university)
                    ),
                    note=_(UNIVERSITY_BASIS),
                )
            )
        lines += [
            Item(text=text, value=value, source=source) for text, value, source in inclusion.facts
        ]
        found.append(
            Section(_("Territorial inclusion"), tuple(lines), style="paragraphs", key="inclusion")
        )
    found.append(
        Section(
            _("Not published"),
            tuple(Item(text=line) for line in view.not_published),
            key="not-published",
        )
    )
    return tuple(found)


def _source(rows: pd.DataFrame) -> SourceLine:
    return credit(rows, publishers=rows["source"])


def _targets(snapshot: Snapshot, rows: pd.DataFrame, language: str) -> tuple[Target, ...]:
    _ = translator(language)
    found = []
    for _i, row in rows.iterrows():
        value = format_number(row["value"], language) if pd.notna(row["value"]) else ""
        unit = _words(row["unit"])
        text = str(row["text"])
        ranked = _unit_of(snapshot, row.get("indicator_id")) == "rank"
        written = (
            _("rank {rank}").format(rank=value) if ranked else f"{value} {unit}".strip() or "—"
        )
        verdict, figures = _pace(snapshot, row, language)
        found.append(
            Target(
                _words(row["scope"]),
                text,
                # what the target is, without the parenthesis the file adds (its unit or
                # scope): the label of a key figure on the big screen
                text.split(" (")[0],
                written,
                value,
                unit,
                str(int(row["year"])) if pd.notna(row["year"]) else "—",
                row["date_text"],
                verdict,
                merge_sources([_source(rows.loc[[row.name]]), *([figures] if figures else [])], _),
                counted_with=_words(row.get("counted_with")),
                key=str(row["item_id"]),
            )
        )
    return tuple(found)


# How the pace is computed, said with it (computed by us from the published figures).
PACE_COMPUTED = N_(
    "pace so far: (latest published figure − first published figure since the reference "
    "year) ÷ years between them; pace needed: (target − latest published figure) ÷ years "
    "left to the target year"
)


def _unit_of(snapshot: Snapshot, indicator) -> str | None:
    """The catalogue's unit of the indicator that measures a target, if any."""
    catalogue = snapshot.catalogue
    if not isinstance(indicator, str) or catalogue is None:
        return None
    units = dict(zip(catalogue["indicator_id"], catalogue["unit"]))
    return units.get(indicator)


def _pace(snapshot: Snapshot, row: pd.Series, language: str) -> tuple[Verdict, SourceLine | None]:
    """Is the published trend on track? From the first published national figure since
    the strategy's reference year to the latest: the pace so far, against the pace still
    needed from the latest figure to reach the target in its year. With one published
    figure, that figure (as the sovereignty page says it); with none, "no published
    figure yet". Returns the verdict and the source line of the figures it rests on."""
    _ = translator(language)
    nothing = Verdict(_("no published figure yet")), None
    indicator = row.get("indicator_id")
    catalogue = snapshot.catalogue
    if (
        not isinstance(indicator, str)
        or catalogue is None
        or indicator not in set(catalogue["indicator_id"])
        or pd.isna(row["year"])
    ):
        return nothing
    meta = dict(snapshot.indicator_rows(language)[indicator])
    meta["target_value"], meta["target_year"] = row["value"], row["year"]
    progress = metrics.progress_towards_target(
        metrics.national_series(snapshot.observations, indicator), meta
    )
    if progress is None:
        return nothing
    unit = meta["unit"]
    figures = credit(progress["rows"], source=meta["source"])
    if progress["progress"] is None:
        if progress["latest"] is None:
            return nothing
        return (
            Verdict(
                _("one published figure: {value} ({year})").format(
                    value=format_value(progress["latest"], unit, language),
                    year=progress["latest_period"].year,
                ),
                _("no second published figure yet to measure progress"),
            ),
            figures,
        )
    start, latest = progress["baseline_period"].year, progress["latest_period"].year
    so_far = (progress["latest"] - progress["baseline"]) / max(latest - start, 1)
    needed = (float(row["value"]) - progress["latest"]) / max(int(row["year"]) - latest, 1)
    higher = bool(meta["higher_is_better"])
    on_track = so_far >= needed if higher else so_far <= needed

    def pace(number: float) -> str:
        return format_value(abs(number), unit, language)

    text = _(
        "{start} ({start_year}) → {latest} ({latest_year}): {so_far} a year so far; "
        "{needed} a year needed to reach the target"
    ).format(
        start=format_value(progress["baseline"], unit, language),
        start_year=start,
        latest=format_value(progress["latest"], unit, language),
        latest_year=latest,
        so_far=pace(so_far),
        needed=pace(needed),
    )
    computed = replace(figures, derived=(*figures.derived, PACE_COMPUTED))
    if on_track:
        return Verdict(_("on track"), text, "good"), computed
    return Verdict(_("behind the pace needed"), text, "warning"), computed


def _dated(rows: pd.DataFrame) -> tuple[Dated, ...]:
    return tuple(
        Dated(
            row["date_text"],
            row["date"] if pd.notna(row["date"]) else pd.Timestamp.max,
            str(row["text"]),
            _source(rows.loc[[row.name]]),
        )
        for _i, row in rows.iterrows()
    )


def _pace_summary(targets: tuple[Target, ...], _) -> str:
    """How many announced targets there are (each counted once: another reading or a part
    of a target is counted with it), how many can be measured, how many are on track."""
    counted = [t for t in targets if not t.counted_with]
    measured = [t for t in counted if t.on_track is not None]
    if not counted:
        return ""
    return _(
        "Announced targets: {total}. Measurable against two published figures: {measured}; "
        "on track: {on_track}; behind the pace needed: {behind}. The others have no second "
        "published figure yet. Another reading of a target, or a part of one, is shown "
        "with it and not counted twice."
    ).format(
        measured=len(measured),
        total=len(counted),
        on_track=sum(bool(t.on_track) for t in measured),
        behind=sum(not t.on_track for t in measured),
    )


def _institute_dates(snapshot: Snapshot, controls: Controls) -> tuple[Dated, ...]:
    """Each published Jazari entity's own dates (announcement, agreement, opening)."""
    _ = translator(controls.language)
    institutes = snapshot.frame_in("institutes", controls.language)
    if institutes is None:
        return ()
    found = []
    labels = {stage: _(label) for stage, label in model.STATUS_LABELS.items()}
    for _i, row in institutes.iterrows():
        for stage, column in (
            ("announced", "announced_on"),
            ("agreement", "agreement_on"),
            ("operating", "opened_on"),
        ):
            when = row[column]
            if pd.isna(when) or (stage == "announced" and when == row["agreement_on"]):
                continue  # one line when the announcement and the agreement are one event
            found.append(
                Dated(
                    format_date(when, controls.language),
                    when,
                    _("{label}: {text}").format(label=row["name"], text=labels[stage]),
                    model.file_credit(institutes.loc[[row.name]], model.INSTITUTES_SOURCE),
                )
            )
    return tuple(found)


def _quote(row: pd.Series) -> Quote:
    return Quote(
        str(row["text"]),
        _words(row.get("text__lang")) or "fr",
        bool(row.get("text__translated", False)),
        _words(row["speaker"]),
        _words(row["role"]),
        row["date_text"],
        _words(row["outlet"]) or _words(row["source"]),
    )


def _words(value) -> str:
    """Text from the data, "" where the cell is empty."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _inclusion(snapshot: Snapshot, controls: Controls) -> Inclusion:
    _ = translator(controls.language)
    lang = controls.language
    names = snapshot.region_names(lang)
    observations = snapshot.observations
    institutes = snapshot.frame_in("institutes", lang)
    status = pd.Series("", index=list(REGION_CODES))
    figure = None
    if institutes is not None:
        regional = institutes[metrics.is_regional_institute(institutes)]
        current = metrics.institutes_on(regional, controls.today)
        reached = current[current["status"] != "planned"]
        labels = {s: _(label) for s, label in model.STATUS_LABELS.items()}
        for code, rows in reached.groupby("region_code"):
            status[code] = format_list([labels[s] for s in rows["status"]], lang)
        map_data = model.institutes_map(institutes, observations, controls.today, False)
        figure = value_map(
            map_data,
            names,
            lang,
            _,
            big=controls.big,
            height=BIG_SCREEN_CHART_PX if controls.big else 460,
            geometry=snapshot.regions_geojson,
        )
        if figure.ramp is not None:
            figure = replace(figure, ramp=replace(figure.ramp, title=_("Regional institutes")))
    population = metrics.population_by_region(observations).reindex(list(REGION_CODES))
    universities = _latest_by_region(observations, "public_universities")
    covered = [c for c in REGION_CODES if status[c]]
    total = population.sum()
    share = population[covered].sum() / total * 100 if total else float("nan")
    rows = pd.DataFrame(
        {
            _("Region"): [names.get(c, c) for c in REGION_CODES],
            _("Regional institute"): [status[c] or _("none yet") for c in REGION_CODES],
            _("Population (RGPH 2024)"): [
                format_number(v, lang) if pd.notna(v) else "—" for v in population
            ],
            _("Public universities"): [
                format_number(v, lang) if pd.notna(v) else "—"
                for v in universities.reindex(list(REGION_CODES))
            ],
        }
    )
    publishers = _publishers(snapshot)

    def credited(indicators: list[str]) -> list[SourceLine]:
        drawn = observations[
            observations["indicator_id"].isin(indicators) & observations["region_code"].notna()
        ]
        lines = [credit(drawn, source=None, publishers=drawn["indicator_id"].map(publishers))]
        if institutes is not None:
            lines.append(
                model.file_credit(
                    institutes[metrics.is_regional_institute(institutes)], model.INSTITUTES_SOURCE
                )
            )
        return lines

    sources = credited([POPULATION_ID, "public_universities"])
    # the map and its sentence draw the institutes and the people of their regions; the
    # share of the population is ours
    map_source = merge_sources(credited([POPULATION_ID]), _)
    map_source = replace(map_source, derived=(*map_source.derived, POPULATION_SHARE))
    inclusion = Inclusion(
        figure,
        rows,
        tuple(names.get(c, c) for c in covered),
        _("{people} inhabitants ({share} of the population)").format(
            people=format_number(population[covered].sum(), lang),
            share=format_value(share, "%", lang),
        )
        if total
        else "—",
        tuple(
            names.get(c, c)
            for c, n in universities.reindex(list(REGION_CODES)).items()
            if pd.notna(n) and n == 0
        ),
        (),
        merge_sources(sources, _),
        map_source=map_source,
    )
    return replace(
        inclusion,
        summary=_(
            "Regions with a regional Jazari institute (announced or beyond): {regions} — {people}."
        ).format(
            regions=format_list(list(inclusion.covered), lang) or _("none yet"),
            people=inclusion.covered_population,
        ),
    )


def _latest_by_region(observations: pd.DataFrame, indicator: str) -> pd.Series:
    rows = observations[
        (observations["indicator_id"] == indicator) & observations["region_code"].notna()
    ].sort_values("period")
    return rows.groupby("region_code")["value"].last()


def _publishers(snapshot: Snapshot) -> dict[str, str]:
    catalogue = snapshot.catalogue
    return {} if catalogue is None else dict(zip(catalogue["indicator_id"], catalogue["source"]))


def merge_sources(lines: list[SourceLine], _) -> SourceLine:
    from atlas.i18n import translate_if_message

    names = [translate_if_message(line.source, _) for line in lines if line.source]
    return SourceLine(
        ", ".join(dict.fromkeys(names)),
        tuple(sorted({u for line in lines for u in line.urls})),
        any(line.illustrative for line in lines),
        derived=tuple(dict.fromkeys(d for line in lines for d in line.derived)),
        evidence=tuple(dict.fromkeys(e for line in lines for e in line.evidence)),
    )


def _with_facts(inclusion: Inclusion, facts: pd.DataFrame, language: str) -> Inclusion:
    rows = tuple(
        (
            str(row["text"]),
            format_value(row["value"], _words(row["unit"]), language)
            if pd.notna(row["value"])
            else "—",
            _source(facts.loc[[row.name]]),
        )
        for _i, row in facts.iterrows()
    )
    return replace(inclusion, facts=rows)
