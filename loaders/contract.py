"""The data contract v1: every dataset, column and rule, defined once.

The validator (`loaders.validate`), the schemas (`loaders.schemas`), the contract
documentation (`docs/`) and the dashboard's data dictionary are all generated from the
definitions below. Human text is written as English gettext message ids (marked with
`N_`) and translated at display time, so French and Arabic come from the same catalogues
as the rest of the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

# ISO 3166-2:MA codes of the 12 regions of the 2015 division.
REGION_CODES: tuple[str, ...] = tuple(f"MA-{i:02d}" for i in range(1, 13))

# Morocco's bounding box, with the southern provinces, in WGS84 degrees (a little margin
# around the extent of regions.geojson: 20.9..36.1 N, 17.1..1.0 W).
MOROCCO_BBOX = {"lat_min": 20.5, "lat_max": 36.2, "lon_min": -17.5, "lon_max": -0.9}

THEMES = ("adoption", "sovereignty", "context")


class Message(str):
    """A string that is a message id of the catalogues (marked with N_), as opposed to a
    string from the data: only messages are translated, so data is never mistaken for one."""

    __slots__ = ()


def N_(message: str) -> Message:
    """Mark a message for translation without translating it (gettext convention)."""
    return Message(message)


# --- Vocabularies: each value once, with the label every reader sees -------------------
# The languages of the labels in the data (label_fr, name_ar, …) and of the dashboard.
LANGUAGES: tuple[str, ...] = ("fr", "ar", "en")
DEFAULT_LANGUAGE = "fr"
RTL_LANGUAGES = frozenset({"ar"})
# What the per-language columns of the catalogue hold, in each language of LANGUAGES.
LABEL_DESCRIPTIONS = {
    "fr": N_("Label in French"),
    "ar": N_("Label in Arabic"),
    "en": N_("Label in English"),
}
TRANSLATION_DESCRIPTION = N_(
    "The same text in the language of the suffix (fr, ar or en), if available"
)
DEFINITION_DESCRIPTIONS = {
    "fr": N_("Definition in French"),
    "ar": N_("Definition in Arabic"),
    "en": N_("Definition in English"),
}

# An institute's rollout: each stage with the column of the date it was reached, in
# order. An institute with no stage reached yet is "planned".
STAGE_COLUMNS: dict[str, str] = {
    "announced": "announced_on",
    "agreement": "agreement_on",
    "construction": "works_started_on",
    "operating": "opened_on",
}
INSTITUTE_STATUSES: dict[str, Message] = {
    "planned": N_("Planned"),
    "announced": N_("Announced"),
    "agreement": N_("Agreement signed"),
    "construction": N_("Under construction"),
    "operating": N_("Operating"),
}

# What a Jazari entity is: only regional institutes are counted as "institutes" (per
# region, per 100,000 inhabitants); the hub, labs and sector centres are shown for what
# they are. A file without the optional `kind` column holds regional institutes only.
ENTITY_KINDS: dict[str, Message] = {
    "regional_institute": N_("Regional institute"),
    "hub": N_("Federating hub"),
    "research_lab": N_("Research lab"),
    "sector_centre": N_("Sector centre"),
}
REGIONAL_INSTITUTE = "regional_institute"

# How precise a published date is: a month-only date is printed as a month, never as the
# 1st of that month. A file without the optional precision column gives days.
DATE_PRECISIONS: dict[str, Message] = {"day": N_("Day"), "month": N_("Month"), "year": N_("Year")}

# Qualifiers a published value comes with ("more than 600 services"): kept where it is read.
QUALIFIERS: dict[str, Message] = {
    "more_than": N_("more than {value}"),
    "about": N_("about {value}"),
    "at_least": N_("at least {value}"),
}

# The mark of every value a reader sees: one vocabulary for every surface.
MARKS: dict[str, Message] = {
    "published": N_("published"),
    "illustrative": N_("illustrative"),
    "planned": N_("planned"),
    "derived": N_("computed by us"),
    "translated": N_("our translation"),
}

PARTNER_KINDS: dict[str, Message] = {
    "country": N_("Country"),
    "multilateral": N_("Multilateral body"),
    "company": N_("Company"),
    "university": N_("University"),
}
INSTRUMENTS: dict[str, Message] = {
    "mou": N_("Memorandum of understanding"),
    "convention": N_("Convention"),
    "resolution": N_("Resolution"),
    "programme": N_("Programme"),
    "lab": N_("Joint lab"),
    "talks": N_("Talks"),
    "announcement": N_("Announcement"),
    "attendance": N_("Attendance"),
    "declaration": N_("Declaration"),
    "other": N_("Other"),
}
# Instruments that are texts signed by a Moroccan party with its partner: what
# "agreements signed" counts, with a signed status. UN resolutions, forum declarations,
# talks, announcements, attendance, programmes, pledges and the rest are cooperation,
# not signed agreements.
SIGNED_INSTRUMENTS = ("mou", "convention")
AGREEMENT_STATUSES: dict[str, Message] = {
    "planned": N_("Planned"),
    "signed": N_("Signed"),
    "active": N_("Active"),
    "completed": N_("Completed"),
}
# Statuses of an instrument that has been signed.
SIGNED_STATUSES = ("signed", "active", "completed")
# Progress towards a national target is measured from the first published national figure
# in or after this year, unless the catalogue gives the indicator's own `baseline_year`:
# the reference year of Maroc Digital 2030's published baselines.
STRATEGY_BASELINE_YEAR = 2022

# Units the dashboard knows by name; a provider may use any other unit, shown as written.
UNITS: dict[str, Message | str] = {
    "count": N_("count"),
    "persons": N_("persons"),
    "score": N_("score"),
    "rank": N_("rank"),
    "MAD": N_("MAD"),
    "MW": N_("MW"),
    "PFLOPS": N_("PFLOPS"),
    "%": "%",
}
COUNT_UNIT = "count"
PERCENT_UNIT = "%"
# Units whose values add up across regions: these can be shown per 100,000 inhabitants.
# Any other unit (%, score, rank, a provider's own unit) is shown as published.
ADDITIVE_UNITS = frozenset({"count", "persons", "MAD", "MW", "PFLOPS"})
NON_NEGATIVE_UNITS = frozenset({"count", "persons", "MAD"})
# Units whose values read as plain numbers, with no unit written after them.
PLAIN_NUMBER_UNITS = frozenset({"", "count", "score", "rank"})

# Not in contract v1's tables, but needed so that a runaway cell (a pasted document,
# a corrupted export) is reported instead of reaching a viewer's browser.
MAX_TEXT_LENGTH = {"id": 64, "short": 300, "long": 5000, "url": 2000}

Kind = Literal["string", "float", "int", "bool", "date"]


@dataclass(frozen=True)
class Rule:
    """One checkable rule on a column's values. `params` fill the message template."""

    id: str
    params: tuple[tuple[str, object], ...] = ()

    def param(self, name: str) -> object:
        return dict(self.params)[name]


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    nullable: bool
    description: str
    rules: tuple[Rule, ...] = ()
    unique: bool = False
    max_length: int | None = None


@dataclass(frozen=True)
class Dataset:
    name: str
    filename: str
    title: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    # Rules that involve several columns or another file; see loaders.schemas.
    table_rules: tuple[Rule, ...] = field(default=())
    # Free-text columns that may also come in each language, as optional columns named
    # `<column>_<language>` (title_fr, title_ar…): readers get the text of their language.
    translatable: tuple[str, ...] = ()
    # Other optional columns, checked when present.
    extra: tuple["Column", ...] = ()
    # An optional file: a folder without it is valid, and the pages that read it say
    # there is nothing to show.
    optional: bool = False

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def optional_columns(self) -> tuple["Column", ...]:
        """Every optional column: the per-language ones, then the others."""
        translations = tuple(
            replace(
                self.column(base),
                name=f"{base}_{language}",
                nullable=True,
                description=TRANSLATION_DESCRIPTION,
                unique=False,
            )
            for base in self.translatable
            for language in LANGUAGES
        )
        return translations + self.extra

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def defined(self, name: str) -> Column | None:
        """A column the contract defines for this file, required or optional."""
        return next((c for c in (*self.columns, *self.optional_columns) if c.name == name), None)


# --- Rules -----------------------------------------------------------------------------
# Message templates, one per rule id. `{…}` placeholders come from Rule.params.
RULE_MESSAGES: dict[str, str] = {
    "required": N_("value is required"),
    "non_empty": N_("must not be empty"),
    "unique": N_("must be unique"),
    "snake_case": N_("must be snake_case (lowercase letters, digits and _)"),
    "region_code": N_("must be one of the 12 region codes MA-01 … MA-12"),
    "one_of": N_("must be one of: {choices}"),
    "http_url": N_("must be an http(s) URL"),
    "lat_in_morocco": N_("latitude must be inside Morocco ({lat_min} to {lat_max})"),
    "lon_in_morocco": N_("longitude must be inside Morocco ({lon_min} to {lon_max})"),
    "finite": N_("must be a finite number"),
    "first_day": N_("must be the first day of a month"),
    "max_length": N_("text longer than {max_length} characters"),
    "type": N_("wrong type: expected {expected}"),
    "missing_column": N_("required column is missing"),
    "stage_order": N_("stage dates out of order (announced ≤ agreement ≤ works started ≤ opened)"),
    "key_unique": N_("duplicate key ({key})"),
    "in_catalogue": N_("indicator not in the catalogue (indicators.parquet)"),
    "theme_matches_file": N_("indicator belongs to another theme than this file ({theme})"),
    "percent_range": N_('values in "%" must be between 0 and 100'),
    "non_negative_unit": N_('values in "count", "persons" or "MAD" must be ≥ 0'),
    "non_negative": N_("must be ≥ 0"),
    "iso3": N_("must be a valid ISO 3166-1 alpha-3 country code"),
    "one_sector_name": N_(
        "a sector has one name per language: rows of the same sector give it different names "
        "in sector_fr, sector_ar or sector_en"
    ),
    "population_present": N_(
        "context.parquet must hold the population (indicator population) of each region"
    ),
    "catalogue_unavailable": N_(
        "cannot check indicator_id: indicators.parquet is missing or invalid"
    ),
    "point_in_region": N_("point lies outside its region (warning)"),
    "evidence_present": N_(
        "a published fact with no evidence: unsupported (give evidence_quote, the source's "
        "own words, and evidence_publisher) (warning)"
    ),
    "country_code_for_countries": N_(
        "partner_iso3 is for country partners only: it is not counted as a partner country "
        "here (a company's or organisation's seat goes in headquarters_iso3) (warning)"
    ),
    "file_missing": N_("file is missing"),
    "file_empty": N_("file is empty"),
    "not_parquet": N_("not a readable Parquet file ({detail})"),
    "unreadable": N_("the file could not be checked ({detail})"),
    "too_large": N_("file is larger than {max_mb} MB"),
    "text_as_numbers": N_("numbers stored as text (accepted; warning)"),
    "geojson_invalid": N_("not valid GeoJSON ({detail})"),
    "geojson_feature_count": N_("must hold exactly 12 features, found {found}"),
    "geojson_region_codes": N_("region_code must list each of MA-01 … MA-12 exactly once"),
    "geojson_geometry": N_("geometry must be a valid Polygon or MultiPolygon in WGS84"),
    "geojson_coverage": N_("regions overlap or leave gaps along shared borders"),
}

NON_EMPTY = Rule("non_empty")
SNAKE_CASE = Rule("snake_case")
REGION = Rule("region_code")
HTTP_URL = Rule("http_url")
FINITE = Rule("finite")
FIRST_DAY = Rule("first_day")
ISO3 = Rule("iso3")
NON_NEGATIVE = Rule("non_negative")


def one_of(choices: tuple[str, ...]) -> Rule:
    return Rule("one_of", (("choices", ", ".join(choices)),))


def _text(name: str, description: str, size: str, *, nullable=False, rules=(), unique=False):
    return Column(
        name,
        "string",
        nullable,
        description,
        rules=rules,
        unique=unique,
        max_length=MAX_TEXT_LENGTH[size],
    )


def _source_url(description: str) -> Column:
    return _text("source_url", description, "url", nullable=True, rules=(HTTP_URL,))


# Evidence for a published fact, as Wikidata references a statement: who published the
# source, when, the source's own words stating the value and its date (verbatim, in their
# original language) and our note where we decided something the source does not say.
# Optional for providers; the rows the atlas ships as published all carry it, and the
# validator warns of a published row without it ("unsupported").
def _evidence() -> tuple[Column, ...]:
    return (
        _text(
            "evidence_publisher",
            N_("Who published the source of a published fact (an outlet or an organisation)"),
            "short",
            nullable=True,
        ),
        Column(
            "evidence_published_on",
            "date",
            True,
            N_("When that source was published (not when the fact happened)"),
        ),
        _text(
            "evidence_quote",
            N_(
                "The source's own words that state the value and its date: verbatim, in their "
                "original language, short (excerpts of the same page joined by “ … ”)"
            ),
            "long",
            nullable=True,
        ),
        _text(
            "evidence_language",
            N_("The language of evidence_quote (ISO 639-1: fr, ar, en…)"),
            "id",
            nullable=True,
        ),
        _text(
            "evidence_note",
            N_(
                "What we decided that the source does not say itself (how a date was worked "
                "out, why an instrument is coded so, how a value was computed)"
            ),
            "long",
            nullable=True,
        ),
    )


def _translated() -> Column:
    return _text(
        "translated",
        N_(
            "Per-language text columns of this row that the provider translated itself, "
            "separated by semicolons (e.g. title_ar;title_en): shown with the mark "
            "“our translation”"
        ),
        "short",
        nullable=True,
    )


def _illustrative(description: str) -> Column:
    return Column("illustrative", "bool", False, description)


# --- Datasets --------------------------------------------------------------------------
INSTITUTES = Dataset(
    name="institutes",
    filename="institutes.parquet",
    title=N_("Jazari Institutes rollout"),
    description=N_("One row per Jazari institute or site, with the dates of its stages."),
    key=("institute_id",),
    columns=(
        _text(
            "institute_id", N_("Identifier of the institute"), "id", rules=(NON_EMPTY,), unique=True
        ),
        _text("name", N_("Name of the institute"), "short", rules=(NON_EMPTY,)),
        _text("region_code", N_("Region (ISO 3166-2:MA code)"), "id", rules=(REGION,)),
        _text("city", N_("Host city"), "short", rules=(NON_EMPTY,)),
        Column(
            "latitude",
            "float",
            False,
            N_("Latitude (WGS84 degrees)"),
            rules=(FINITE, Rule("lat_in_morocco", tuple(MOROCCO_BBOX.items()))),
        ),
        Column(
            "longitude",
            "float",
            False,
            N_("Longitude (WGS84 degrees)"),
            rules=(FINITE, Rule("lon_in_morocco", tuple(MOROCCO_BBOX.items()))),
        ),
        _text(
            "theme",
            N_("Theme (e.g. Industry X.0, Agritech, federating hub)"),
            "short",
            rules=(NON_EMPTY,),
        ),
        Column("announced_on", "date", True, N_("Date the institute was announced")),
        Column("agreement_on", "date", True, N_("Date its convention or MoU was signed")),
        Column("works_started_on", "date", True, N_("Date works started")),
        Column("opened_on", "date", True, N_("Date it started operating")),
        Column("planned_opening_on", "date", True, N_("Planned opening date")),
        _text("partners", N_("Partners, separated by semicolons"), "long", nullable=True),
        _source_url(N_("Source of the published facts (http or https)")),
        _illustrative(N_("True when the row is not a published fact")),
    ),
    table_rules=(
        *(
            Rule("stage_order", (("column", c),))
            for c in ("agreement_on", "works_started_on", "opened_on")
        ),
        Rule("point_in_region"),
    ),
    translatable=("name", "city"),
    extra=(
        _text(
            "kind",
            N_(
                "What the entity is: regional_institute (default when the column "
                "is absent), hub, research_lab or sector_centre; only regional "
                "institutes are counted as institutes"
            ),
            "id",
            nullable=True,
            rules=(one_of(tuple(ENTITY_KINDS)),),
        ),
        _translated(),
        *_evidence(),
    ),
)

INDICATORS = Dataset(
    name="indicators",
    filename="indicators.parquet",
    title=N_("Indicator catalogue"),
    description=N_("One row per indicator: labels, unit, source and national target."),
    key=("indicator_id",),
    columns=(
        _text(
            "indicator_id",
            N_("Identifier of the indicator"),
            "id",
            rules=(SNAKE_CASE,),
            unique=True,
        ),
        _text(
            "theme", N_("Theme: adoption, sovereignty or context"), "id", rules=(one_of(THEMES),)
        ),
        *(
            _text(f"label_{language}", LABEL_DESCRIPTIONS[language], "short", rules=(NON_EMPTY,))
            for language in LANGUAGES
        ),
        _text(
            "unit",
            N_('Unit, e.g. "%", "count", "MW", "PFLOPS", "MAD", "persons", "score"'),
            "id",
            rules=(NON_EMPTY,),
        ),
        Column("higher_is_better", "bool", False, N_("True when a higher value is better")),
        *(
            _text(
                f"description_{language}", DEFINITION_DESCRIPTIONS[language], "long", nullable=True
            )
            for language in LANGUAGES
        ),
        _text("source", N_("Who publishes the indicator"), "short", rules=(NON_EMPTY,)),
        _source_url(N_("Where the indicator is published (http or https)")),
        _illustrative(N_("True when the values are not published facts")),
        Column("target_value", "float", True, N_("National target, if any"), rules=(FINITE,)),
        Column("target_year", "int", True, N_("Year of the national target")),
    ),
    translatable=("source",),
    extra=(
        Column(
            "baseline_year",
            "int",
            True,
            N_(
                "Year progress to the target is measured from: the first published national figure "
                "in or after it (default 2022, the reference year of Maroc Digital 2030)"
            ),
        ),
    ),
)


# Optional columns of the observation files (contract v1 keeps extra columns): a row-level
# `illustrative` flag and `source_url` override the catalogue's, so one indicator can mix
# published and illustrative values honestly.
OPTIONAL_OBSERVATION_COLUMNS = (
    Column("illustrative", "bool", True, N_("Overrides the catalogue's flag for this row")),
    _source_url(N_("Source of this value, overriding the catalogue's")),
    _text(
        "qualifier",
        N_(
            "How the source qualifies the value: more_than, about or "
            "at_least (kept wherever the value is shown)"
        ),
        "id",
        nullable=True,
        rules=(one_of(tuple(QUALIFIERS)),),
    ),
    _text(
        "derived_from",
        N_(
            "For a value computed from published figures rather than "
            "published itself: how, and from what, in English (shown with the value)"
        ),
        "long",
        nullable=True,
    ),
    *_evidence(),
)


def _observations(name: str, theme: str, description: str) -> Dataset:
    return Dataset(
        name=name,
        filename=f"{name}.parquet",
        title={
            "adoption": N_("Public-service AI adoption"),
            "sovereignty": N_("Digital sovereignty"),
            "context": N_("Context and baselines"),
        }[theme],
        description=description,
        key=("indicator_id", "region_code", "period", "sector"),
        columns=(
            _text(
                "indicator_id",
                N_("Indicator (from the catalogue)"),
                "id",
                rules=(Rule("in_catalogue"), Rule("theme_matches_file", (("theme", theme),))),
            ),
            _text(
                "region_code",
                N_("Region code; empty for the national figure"),
                "id",
                nullable=True,
                rules=(REGION,),
            ),
            Column(
                "period",
                "date",
                False,
                N_("First day of the period (month, quarter or year)"),
                rules=(FIRST_DAY,),
            ),
            _text(
                "sector",
                N_("Sector (e.g. Health, Justice); empty for all sectors"),
                "short",
                nullable=True,
            ),
            Column(
                "value",
                "float",
                False,
                N_("Value, in the indicator's unit"),
                rules=(FINITE, Rule("percent_range"), Rule("non_negative_unit")),
            ),
        ),
        # sector_fr, sector_ar, sector_en: the sector's name in each language (the `sector`
        # column stays the key; a missing name falls back as other translations do)
        translatable=("sector",),
        table_rules=(Rule("one_sector_name"),)
        + ((Rule("population_present"),) if theme == "context" else ()),
        extra=OPTIONAL_OBSERVATION_COLUMNS,
    )


ADOPTION = _observations(
    "adoption", "adoption", N_("Observations of AI adoption in public services.")
)
SOVEREIGNTY = _observations(
    "sovereignty", "sovereignty", N_("Observations of digital-sovereignty indicators.")
)
CONTEXT = _observations(
    "context",
    "context",
    N_("Baselines the other figures are read against, at least the RGPH 2024 population."),
)

COOPERATION = Dataset(
    name="cooperation",
    filename="cooperation.parquet",
    title=N_("International cooperation"),
    description=N_("One row per agreement or initiative with an international partner."),
    key=("agreement_id",),
    columns=(
        _text(
            "agreement_id", N_("Identifier of the agreement"), "id", rules=(NON_EMPTY,), unique=True
        ),
        _text("title", N_("Title or summary"), "long", rules=(NON_EMPTY,)),
        _text("partner_name", N_("Partner"), "short", rules=(NON_EMPTY,)),
        _text(
            "partner_iso3",
            N_("Partner country (ISO 3166-1 alpha-3), if a country"),
            "id",
            nullable=True,
            rules=(ISO3,),
        ),
        _text("partner_kind", N_("Kind of partner"), "id", rules=(one_of(tuple(PARTNER_KINDS)),)),
        Column("south_south", "bool", False, N_("True for South-South cooperation")),
        _text("instrument", N_("Instrument"), "id", rules=(one_of(tuple(INSTRUMENTS)),)),
        _text("domains", N_("Domains, separated by semicolons"), "short"),
        Column("signed_on", "date", False, N_("Date signed or announced")),
        _text("status", N_("Status"), "id", rules=(one_of(tuple(AGREEMENT_STATUSES)),)),
        _text(
            "region_code",
            N_(
                "Moroccan region involved, if any (where the cooperation "
                "takes place, not where the text was signed)"
            ),
            "id",
            nullable=True,
            rules=(REGION,),
        ),
        Column(
            "value_mad",
            "float",
            True,
            N_("Amount in Moroccan dirhams, if any"),
            rules=(FINITE, NON_NEGATIVE),
        ),
        _source_url(N_("Source (http or https)")),
        _illustrative(N_("True when the row is not a published fact")),
    ),
    translatable=("title", "partner_name"),
    extra=(
        _text(
            "headquarters_iso3",
            N_(
                "Seat of a company or organisation (ISO 3166-1 alpha-3): an attribute, never counted "
                "or mapped as a partner country"
            ),
            "id",
            nullable=True,
            rules=(ISO3,),
        ),
        _text(
            "signed_on_precision",
            N_("Precision of signed_on as published: day (default), month or year"),
            "id",
            nullable=True,
            rules=(one_of(tuple(DATE_PRECISIONS)),),
        ),
        _text(
            "signed_in",
            N_("Where the text was signed or the event held (a place, not the region involved)"),
            "short",
            nullable=True,
        ),
        _text(
            "instrument_as_published",
            N_(
                "The instrument in the source's own words (e.g. “déclaration d'intention”), "
                "when the contract's vocabulary codes it more coarsely"
            ),
            "short",
            nullable=True,
        ),
        _translated(),
        *_evidence(),
    ),
)

STRATEGY_KINDS: dict[str, Message] = {
    "target": N_("Target"),
    "milestone": N_("Milestone"),
    "governance": N_("Governance"),
    "quote": N_("Quote"),
    "fact": N_("Published fact"),
}

STRATEGY = Dataset(
    name="strategy",
    filename="strategy.parquet",
    title=N_("The strategy: targets, milestones, governance"),
    description=N_(
        "Optional. One row per announced target, dated milestone, governing body, "
        "attributed quote or published fact of Maroc IA 2030 and Maroc Digital "
        "2030, each with its source."
    ),
    key=("item_id",),
    optional=True,
    columns=(
        _text("item_id", N_("Identifier of the item"), "id", rules=(NON_EMPTY,), unique=True),
        _text(
            "kind",
            N_("target, milestone, governance, quote or fact"),
            "id",
            rules=(one_of(tuple(STRATEGY_KINDS)),),
        ),
        _text(
            "scope",
            N_("Which strategy or body it belongs to (e.g. Maroc IA 2030)"),
            "short",
            nullable=True,
        ),
        _text(
            "text",
            N_(
                "The item in words: a target's label, a milestone, a body's role, "
                "the words quoted (in their original language)"
            ),
            "long",
            rules=(NON_EMPTY,),
        ),
        Column("value", "float", True, N_("A target's or fact's value, if any"), rules=(FINITE,)),
        _text(
            "unit",
            N_("Unit of the value as published (e.g. billion MAD, jobs)"),
            "short",
            nullable=True,
        ),
        Column("year", "int", True, N_("Year a target is set for")),
        Column("date", "date", True, N_("Date of the milestone, announcement or quote")),
        _text(
            "date_precision",
            N_("Precision of date as published: day (default), month or year"),
            "id",
            nullable=True,
            rules=(one_of(tuple(DATE_PRECISIONS)),),
        ),
        _text("speaker", N_("Who said it (quotes)"), "short", nullable=True),
        _text("role", N_("The speaker's role"), "short", nullable=True),
        _text("outlet", N_("Where the quote was reported"), "short", nullable=True),
        _text(
            "indicator_id",
            N_(
                "The catalogue indicator that measures a target, if any "
                "(its published figures show whether it is on track)"
            ),
            "id",
            nullable=True,
        ),
        _text("source", N_("Who published the item"), "short", rules=(NON_EMPTY,)),
        _source_url(N_("Where it was published (http or https)")),
        _illustrative(N_("True when the row is not a published fact")),
    ),
    translatable=("text", "role", "unit"),
    extra=(
        _text(
            "counted_with",
            N_(
                "For another reading of a target, or a part of one: the item_id it is counted "
                "with (shown, never counted twice)"
            ),
            "id",
            nullable=True,
        ),
        _translated(),
        *_evidence(),
    ),
)

TABLES: tuple[Dataset, ...] = (
    INSTITUTES,
    INDICATORS,
    ADOPTION,
    SOVEREIGNTY,
    CONTEXT,
    COOPERATION,
    STRATEGY,
)
OBSERVATION_TABLES: tuple[Dataset, ...] = (ADOPTION, SOVEREIGNTY, CONTEXT)
TABLES_BY_NAME = {d.name: d for d in TABLES}

REGIONS_FILENAME = "regions.geojson"
REGIONS_PROPERTIES = ("region_code", *(f"name_{language}" for language in LANGUAGES))
REGIONS_TITLE = N_("The 12 regions (geometry)")


# The one indicator the dashboard treats specially: the denominator of per-capita views.
POPULATION_ID = "population"
