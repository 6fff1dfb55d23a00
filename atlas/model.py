"""The dashboard's view of the data: observations joined to the catalogue, periods,
and what a map of one indicator shows (values, unit, source, illustrative or not)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pandas as pd

from atlas import metrics
from atlas.i18n import N_, Translate
from atlas.marks import mark_of

if TYPE_CHECKING:
    from atlas.sources import SourceLine
from loaders.contract import COUNT_UNIT, INSTITUTE_STATUSES, POPULATION_ID, STAGE_COLUMNS

# The overview can map the institutes as if they were an indicator. The id is not
# snake_case, so it can never collide with an id of a provider's catalogue.
INSTITUTES_LAYER = "~institutes"
INSTITUTES_SOURCE = N_("Jazari Institutes rollout: published announcements")


def combine_observations(
    frames: list[pd.DataFrame], catalogue: pd.DataFrame, generators: list[str | None] | None = None
) -> pd.DataFrame:
    """All observation files in one frame, each row with its unit, theme and what
    generated its file (`generated_by`, from the file's metadata); its mark and source
    are resolved by atlas.marks (done here for frames that are not yet)."""
    from atlas.marks import resolve

    generators = generators or [None] * len(frames)
    observations = pd.concat(
        [
            _with_optional(
                f if "mark" in f.columns else resolve("observations", f, catalogue=catalogue)
            ).assign(generated_by=g)
            for f, g in zip(frames, generators)
        ],
        ignore_index=True,
    )
    by_id = catalogue.set_index("indicator_id")
    ids = observations["indicator_id"]
    observations["unit"] = ids.map(by_id["unit"])
    observations["theme"] = ids.map(by_id["theme"])
    return observations


LANGUAGE_SUFFIX = "__lang"


def localise(frame: pd.DataFrame, columns: tuple[str, ...], language: str) -> pd.DataFrame:
    """The frame with each free-text column in the reader's language: its `<column>_<lang>`
    text where the provider gave one, else French, else English, else the column itself.
    `<column>__lang` says which language each shown text is in (None: not declared —
    Arabic script is recognised as Arabic)."""
    from loaders.contract import DEFAULT_LANGUAGE

    order = list(dict.fromkeys([language, DEFAULT_LANGUAGE, "en"]))
    shown = frame.copy()
    for column in columns:
        if column not in frame.columns:
            continue
        text = pd.Series(pd.NA, index=frame.index, dtype=object)
        text_language = pd.Series(None, index=frame.index, dtype=object)
        for code in order:
            variant = frame.get(f"{column}_{code}")
            if variant is None:
                continue
            usable = text.isna() & variant.notna() & (variant.astype(str).str.strip() != "")
            text = text.mask(usable, variant)
            text_language = text_language.mask(usable, code)
        base = text.isna()
        text = text.mask(base, frame[column])
        text_language = text_language.mask(
            base & frame[column].astype(str).str.contains(ARABIC_LETTERS, regex=True, na=False),
            "ar",
        )
        shown[column] = text
        shown[column + LANGUAGE_SUFFIX] = text_language.astype(object).where(
            text_language.notna(), None
        )
        shown[column + TRANSLATED_SUFFIX] = _translated_by_provider(frame, column, text_language)
    return shown


TRANSLATED_SUFFIX = "__translated"


def translation_marked(frame: pd.DataFrame, column: str, _: Translate) -> pd.DataFrame:
    """The frame with `column`'s text followed by "(our translation)" where the text shown
    is one the provider translated itself: a name read anywhere carries it."""
    flags = frame.get(column + TRANSLATED_SUFFIX)
    if flags is None or not flags.astype(bool).any():
        return frame
    from loaders.contract import MARKS

    marked = frame.copy()
    ours = MARKS["translated"]
    word = _(ours)
    flagged = flags.astype(bool)
    marked.loc[flagged, column] = marked.loc[flagged, column].astype(str) + f" ({word})"
    return marked


def qualified(text: str, qualifier, _) -> str:
    """A value with the qualifier its source gives it ("more than 600")."""
    from loaders.contract import QUALIFIERS

    if isinstance(qualifier, str) and qualifier in QUALIFIERS:
        return _(QUALIFIERS[qualifier]).format(value=text)
    return text


def with_date_text(agreements: pd.DataFrame, language: str) -> pd.DataFrame:
    """The agreements with `date_text`: each date as precise as its source says."""
    from atlas.i18n import format_date

    precisions = metrics.date_precisions(agreements, "signed_on")
    return agreements.assign(
        date_text=[
            format_date(d, language, precision=p)
            for d, p in zip(agreements["signed_on"], precisions)
        ]
    )


def _translated_by_provider(frame: pd.DataFrame, column: str, shown_language: pd.Series):
    """True where the text shown is one the provider says it translated itself (the
    contract's optional `translated` column: "title_ar;title_en")."""
    if "translated" not in frame.columns:
        return pd.Series(False, index=frame.index)
    listed = (
        frame["translated"]
        .fillna("")
        .astype(str)
        .str.split(";")
        .map(lambda names: {n.strip() for n in names})
    )
    return pd.Series(
        [
            f"{column}_{code}" in names if code else False
            for code, names in zip(shown_language, listed)
        ],
        index=frame.index,
    )


ARABIC_LETTERS = "[\u0600-\u06ff]"


def empty_observations() -> pd.DataFrame:
    """What combine_observations returns when there is nothing to combine: the same
    columns and types, no rows (every metric then finds nothing, without failing)."""
    return pd.DataFrame(
        {
            "indicator_id": pd.Series(dtype="str"),
            "region_code": pd.Series(dtype="str"),
            "period": pd.Series(dtype="datetime64[ns]"),
            "sector": pd.Series(dtype="str"),
            "value": pd.Series(dtype="float64"),
            "illustrative": pd.Series(dtype="bool"),
            "source_url": pd.Series(dtype="object"),
            "unit": pd.Series(dtype="str"),
            "theme": pd.Series(dtype="str"),
            "generated_by": pd.Series(dtype="object"),
            "qualifier": pd.Series(dtype="object"),
            "derived_from": pd.Series(dtype="object"),
            "mark": pd.Series(dtype="object"),
            "source": pd.Series(dtype="object"),
        }
    )


def _with_optional(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in ("illustrative", "source_url", "qualifier", "derived_from"):
        if column not in frame.columns:
            frame[column] = pd.NA
    return frame


STATUS_LABELS = INSTITUTE_STATUSES


def rollout_dates(institutes: pd.DataFrame, today: pd.Timestamp) -> list[str]:
    """The dates a viewer can replay: each month from the first stage reached to today,
    and every date on which a stage was reached (an announcement day is a step)."""
    first = metrics.first_announcement(institutes)
    if first is None or pd.isna(first) or first > today:
        return [today.date().isoformat()]
    months = pd.date_range(first, today, freq="MS")  # month starts after the first stage
    stages = institutes[list(STAGE_COLUMNS.values())].stack()
    stamps = sorted({first, *months, *stages[stages <= today], today})
    return [stamp.date().isoformat() for stamp in stamps]


def institute_hover(row: pd.Series, _: Translate, format_date, region_name: str) -> tuple[str, ...]:
    """What an entity's hover says, line by line in plain text: its name, what it is,
    its place, its status and the stages reached, its planned opening, its mark."""
    lines = [str(row["name"])]
    if row.get("kind_label"):
        lines.append(str(row["kind_label"]))
    status = STATUS_LABELS[row["status"]]
    lines += [f"{row['city']} · {region_name}", _(status)]
    for stage, column in STAGE_COLUMNS.items():
        if pd.notna(row[column]):
            stage_label = STATUS_LABELS[stage]
            lines.append(f"{_(stage_label)}: {format_date(row[column])}")
    if pd.notna(row.get("planned_opening_on")):
        lines.append(f"{_('Planned opening')}: {format_date(row['planned_opening_on'])}")
    if row.get("illustrative"):
        lines.append(_("illustrative"))
    return tuple(" ".join(str(line).split()) for line in lines)


# --- Periods ------------------------------------------------------------------------
def granularity(periods: list) -> str:
    stamps = pd.DatetimeIndex(periods)
    if len(stamps) and (stamps.month == 1).all():
        return "year"
    if len(stamps) and stamps.month.isin([1, 4, 7, 10]).all():
        return "quarter"
    return "month"


QUARTER_LABEL = N_("Q{quarter} {year}")


def period_label(period, kind: str, _: Translate, month_formatter=None) -> str:
    stamp = pd.Timestamp(period)
    if kind == "year":
        return str(stamp.year)
    if kind == "quarter":
        return _(QUARTER_LABEL).format(quarter=stamp.quarter, year=stamp.year)
    return month_formatter(stamp) if month_formatter else stamp.strftime("%Y-%m")


# --- What a map shows ----------------------------------------------------------------
@dataclass(frozen=True)
class MapData:
    values: pd.DataFrame  # region_code, value (as shown), raw_value, illustrative
    unit: str
    per_capita: bool
    higher_is_better: bool
    source_line: "SourceLine"  # credited from the rows drawn (atlas.sources.credit)

    @property
    def illustrative(self) -> bool:
        return bool(self.values["illustrative"].any())

    @property
    def missing_regions(self) -> list[str]:
        return list(self.values.loc[self.values["value"].isna(), "region_code"])


def indicator_map(
    observations: pd.DataFrame,
    meta: dict,
    indicator_id: str,
    period,
    per_capita: bool,
    sector: str | None = None,
) -> MapData:
    """The regions' values of an indicator (`meta`: its catalogue row) for a period."""
    from atlas.sources import credit

    rows = metrics.regional_values(observations, indicator_id, period, sector)
    values = _all_regions(rows)
    show_per_capita = per_capita and can_show_per_capita(indicator_id, meta["unit"])
    if show_per_capita:
        population = metrics.population_by_region(observations)
        shown = metrics.per_capita(values.set_index("region_code")["raw_value"], population)
        values["value"] = shown.to_numpy()
    source = credit(rows, source=meta["source"])
    source = replace(
        source, source_language=meta.get("source" + LANGUAGE_SUFFIX) if source.source else None
    )
    return MapData(values, meta["unit"], show_per_capita, bool(meta["higher_is_better"]), source)


def institutes_map(
    institutes: pd.DataFrame, observations: pd.DataFrame, on, per_capita: bool
) -> MapData:
    counts = metrics.institute_counts_by_region(institutes, on)
    reached = metrics.announced_by(institutes, on)
    illustrative = institutes.loc[reached].groupby("region_code")["illustrative"].any()
    values = pd.DataFrame(
        {
            "region_code": counts.index,
            "raw_value": counts.to_numpy(dtype=float),
            "illustrative": illustrative.reindex(counts.index, fill_value=False).to_numpy(),
        }
    )
    values["value"] = values["raw_value"]
    # No one publishes these counts: we count the announcements (a derived figure).
    values["derived_from"] = metrics.INSTITUTE_COUNT
    values["mark"] = [mark_of(flag, metrics.INSTITUTE_COUNT) for flag in values["illustrative"]]
    if per_capita:
        population = metrics.population_by_region(observations)
        values["value"] = metrics.per_capita(counts.astype(float), population).to_numpy()
    return MapData(
        values,
        COUNT_UNIT,
        per_capita,
        True,
        file_credit(institutes.loc[reached], INSTITUTES_SOURCE),
    )


def file_credit(rows: pd.DataFrame, source: str) -> "SourceLine":
    """The source line of rows of one file (institutes, agreements): its published rows
    credited to the file, its illustrative ones to what generated them."""
    from atlas.sources import credit

    return credit(rows, source=source)


def progress_text(target: dict, language: str) -> str:
    """What a target's row says: from the published start (value, year) to the latest
    published figure, and the target; or, without both, the target and "no published
    figure yet"."""
    from atlas.i18n import format_value, translator

    _ = translator(language)

    def value(number: float) -> str:
        return format_value(number, target["unit"], language)

    goal = _("target {target}").format(target=value(target["target"]))
    if target["target_year"] is not None:
        goal += " " + _("in {year}").format(year=target["target_year"])
    if target["progress"] is None or pd.isna(target["progress"]):
        known = target.get("latest")
        if known is not None and pd.notna(known):
            goal += " · " + _("one published figure: {value} ({year})").format(
                value=value(known), year=target["latest_period"].year
            )
        return goal + " · " + _("no published figure yet to measure progress")
    return _("{baseline} ({baseline_year}) → {latest} ({latest_year}); {goal}").format(
        baseline=value(target["baseline"]),
        baseline_year=target["baseline_period"].year,
        latest=value(target["latest"]),
        latest_year=target["latest_period"].year,
        goal=goal,
    )


PER_100K = N_("per 100,000 inhabitants")


def unit_text(data: MapData, language: str, _: Translate) -> str:
    """What the shown values are measured in: the unit, or per 100,000 inhabitants."""
    from atlas.i18n import unit_label

    return _(PER_100K) if data.per_capita else unit_label(data.unit, language)


def map_hover(data: MapData, language: str, _: Translate) -> list[str]:
    """Each region's value as the hover shows it: number, unit, illustrative mark."""
    from atlas.i18n import format_value
    from loaders.contract import MARKS

    hover = []
    for value, mark in zip(data.values["value"], data.values["mark"]):
        text = (
            format_value(value, "", language) + " " + _(PER_100K)
            if data.per_capita
            else format_value(value, data.unit, language)
        )
        hover.append(f"{text} · {_(MARKS[mark])}" if mark in ("derived", "illustrative") else text)
    return hover


def can_show_per_capita(indicator_id: str, unit: str) -> bool:
    return indicator_id != POPULATION_ID and metrics.is_additive(unit)


def _all_regions(rows: pd.DataFrame) -> pd.DataFrame:
    from loaders.contract import REGION_CODES

    values = (
        rows.set_index("region_code")
        .reindex(list(REGION_CODES))
        .rename(columns={"value": "raw_value"})
        .reset_index()
    )
    values["illustrative"] = values["illustrative"].fillna(False).astype(bool)
    values["value"] = values["raw_value"]
    return values.reindex(
        columns=[
            "region_code",
            "value",
            "raw_value",
            "illustrative",
            "mark",
            "source",
            "source_url",
            "derived_from",
        ]
    )


def sector_names(observations: pd.DataFrame, language: str) -> dict[str, str]:
    """Each sector's name in the reader's language, as other free text is chosen (see
    `localise`): `sector_<lang>`, else French, else English, else the `sector` value
    itself, which stays the key the files share."""
    if "sector" not in observations.columns:
        return {}
    names = [c for c in observations.columns if c.startswith("sector_")]
    # first(): a row may leave empty a name another row of the sector gives (the contract
    # refuses two different names)
    sectors = observations[["sector", *names]].dropna(subset=["sector"]).groupby("sector").first()
    named = localise(sectors.assign(sector=sectors.index), ("sector",), language)
    return {str(key): str(name) for key, name in zip(sectors.index, named["sector"])}
