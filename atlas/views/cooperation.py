"""International cooperation: who Morocco signed with (world map), how much is
South-South, the timeline, the Moroccan regions involved and every agreement shown."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from atlas import cooperation as coop
from atlas import metrics, model
from atlas.colours import ACCENT, HIGHLIGHT, OTHER, THEME, value_scale
from atlas.i18n import N_, country_name, format_number, format_value, translator
from atlas.model import file_credit
from atlas.pictures import (
    BIG_SCREEN_CHART_UNDER_TEXT_PX,
    Bar,
    Bars,
    Country,
    Empty,
    Event,
    Events,
    LegendEntry,
    Picture,
    WorldMap,
)
from atlas.safe import http_url
from atlas.sections import KeyFigure, mark_of_line
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine
from atlas.views.common import filtered, point_marker, ramp, watermark_text, worded

NEEDS = ("cooperation",)
USES = ("regions",)
SOURCE = N_("International cooperation, as published")
# The page's lead, with its quote attributed (the seed article: RT France, 13 January 2026).


@dataclass(frozen=True)
class Controls:
    language: str
    filters: coop.Filters = coop.Filters()
    big: bool = False


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language)


@dataclass(frozen=True)
class Choices:
    kinds: tuple[str, ...]
    instruments: tuple[str, ...]
    statuses: tuple[str, ...]
    domains: tuple[str, ...]
    first_year: int | None  # None: no agreement yet
    last_year: int | None
    labels: dict[str, str]  # every code shown, in the viewer's language


@dataclass(frozen=True)
class View:
    shown: pd.DataFrame  # the agreements matching the filters
    cards: tuple[KeyFigure, ...] = ()
    figures: dict[str, Picture] = field(default_factory=dict)  # world, split, timeline…
    source: SourceLine | None = None
    regions_involved: tuple[tuple[str, str, int], ...] = ()  # code, name, agreements
    summary: dict = field(default_factory=dict)
    # the rows listed apart: agreements signed, then the other cooperation (newest first)
    groups: tuple[tuple[str, pd.DataFrame], ...] = ()
    # the world map as a table (its text alternative): one row per partner country
    partners: pd.DataFrame = field(default_factory=pd.DataFrame)


def choices(snapshot: Snapshot, language: str) -> Choices:
    return snapshot.memo(("cooperation-choices", language), lambda: _choices(snapshot, language))


def _choices(snapshot: Snapshot, language: str) -> Choices:
    _ = translator(language)
    agreements = snapshot.table("cooperation")
    years = agreements["signed_on"].dt.year.dropna()
    return Choices(
        tuple(sorted(agreements["partner_kind"].unique())),
        tuple(sorted(agreements["instrument"].unique())),
        tuple(sorted(agreements["status"].unique())),
        tuple(coop.domain_list(agreements)),
        int(years.min()) if len(years) else None,
        int(years.max()) if len(years) else None,
        {key: _(label) for key, label in coop.LABELS.items()},
    )


def build(snapshot: Snapshot, controls: Controls) -> View | Empty:
    _ = translator(controls.language)
    lang = controls.language
    labels = choices(snapshot, lang).labels
    every = snapshot.table_in("cooperation", lang)
    shown = coop.filter_agreements(every, controls.filters)
    if every.empty:
        return Empty(_("No agreement in the cooperation file yet."))
    if shown.empty:
        return filtered(_, _("No agreement matches these filters."))
    # newest first, as every surface lists them
    shown = model.with_date_text(shown, lang).sort_values(
        "signed_on", ascending=False, kind="stable"
    )
    is_signed = metrics.signed_agreements(shown)
    shown = shown.assign(signed=is_signed)
    signed, other = shown[is_signed], shown[~is_signed]
    summary = coop.south_south_summary(shown)
    signed_source = file_credit(signed, SOURCE)
    other_source = file_credit(other, SOURCE)
    cards = (
        KeyFigure(
            _("Agreements signed"),
            format_number(summary["total"], lang),
            _(SIGNED_HELP),
            source=signed_source,
            mark=mark_of_line(signed_source),
        ),
        KeyFigure(
            _("Other cooperation"),
            format_number(summary["other"], lang),
            _(OTHER_HELP),
            source=other_source,
            mark=mark_of_line(other_source),
        ),
        KeyFigure(
            _("South-South share of agreements signed"),
            format_value(summary["share"] * 100, "%", lang),
            _(
                "{count} of the {total} agreements signed are with African, Arab or other "
                "developing-country partners, or presented by their source as South-South."
            ).format(
                count=format_number(summary["south_south"], lang),
                total=format_number(summary["total"], lang),
            ),
            source=signed_source,
            mark=mark_of_line(signed_source),
        ),
        KeyFigure(
            _("Partner countries with an agreement signed"),
            format_number(summary["partner_countries"], lang),
            _("Countries only: companies and organisations are counted apart."),
            source=signed_source,
            mark=mark_of_line(signed_source),
        ),
    )
    counts = coop.per_country(shown)
    hover = {
        iso: f"{country_name(iso, lang)}: "
        + _("{signed} agreement(s) signed · {other} other cooperation").format(
            signed=format_number(n, lang), other=format_number(m, lang)
        )
        for iso, n, m in zip(counts["iso3"], counts["signed"], counts["other"])
    }
    # the outline is said in words too, not only drawn (a reader who cannot see it)
    in_africa = _("Africa (outlined)")
    hover = {
        iso: f"{text} · {in_africa}" if iso in coop.AFRICA_ISO3 else text
        for iso, text in hover.items()
    }
    hover["MAR"] = country_name("MAR", lang)
    others = coop.without_country(shown)
    geometry = snapshot.geometry
    mark = watermark_text(file_credit(shown, SOURCE).illustrative, _)
    partners = set(counts["iso3"])
    scale = value_scale(counts["signed"].tolist(), whole=True)
    ends = [format_number(v, lang) for v in (scale.low, scale.high)]
    figures: dict[str, Picture] = {
        "world": WorldMap(
            language=lang,
            big=controls.big,
            watermark=mark,
            height=BIG_SCREEN_CHART_UNDER_TEXT_PX if controls.big else 420,
            geometry=geometry.world_url,
            countries=tuple(
                Country(
                    iso3=iso,
                    value=float(n),
                    colour=scale.colour(float(n)),
                    hover=hover.get(iso, iso),
                    outlined=iso in coop.AFRICA_ISO3,
                    line=THEME.ink if iso in coop.AFRICA_ISO3 else THEME.border,
                    line_width=1.6 if iso in coop.AFRICA_ISO3 else 0.4,
                )
                for iso, n in zip(counts["iso3"], counts["signed"])
            ),
            others=tuple(c for c in geometry.world_ids if c not in partners and c != "MAR"),
            home_hover=hover["MAR"],
            outline_label=_("Outlined in dark: partner countries in Africa"),
            ramp=ramp(scale, _("Agreements signed"), ends, _) if len(counts) else None,
        ),
        "timeline": _timeline(shown, labels, lang, _, mark),
    }
    if not others.empty:
        figures["multilateral"] = Bars(
            language=lang,
            label_title=_("Partner"),
            value_title=_("Agreements and other cooperation"),
            watermark=mark,
            bars=tuple(
                Bar(
                    label=str(name),
                    value=float(n),
                    value_text=worded(format_number(n, lang), mark, _),
                    colour=ACCENT,
                    mark=mark,
                )
                for name, n in others.items()
                for mark in [
                    "illustrative"
                    if shown.loc[shown["partner_name"] == name, "illustrative"].any()
                    else "published"
                ]
            ),
        )
    names = snapshot.region_names(lang)
    involved = shown["region_code"].dropna().value_counts()
    return View(
        shown,
        cards,
        figures,
        file_credit(shown, SOURCE),
        tuple((code, names.get(code, code), int(n)) for code, n in involved.items()),
        summary,
        groups=(
            (_("Agreements signed"), signed),
            (
                _("Other cooperation: talks, forums, resolutions, declarations, announcements"),
                other,
            ),
        ),
        partners=_partners_table(shown, counts, lang, _),
    )


def _partners_table(shown: pd.DataFrame, counts: pd.DataFrame, language: str, _) -> pd.DataFrame:
    """What the world map shows, as words: each partner country, its counts, whether it is
    outlined (Africa) and whether any of its rows is illustrative."""
    country = coop.countries(shown)
    invented = shown["illustrative"].astype(bool).groupby(country).any()
    yes, no = _("yes"), _("no")
    return pd.DataFrame(
        {
            _("Country"): [country_name(iso, language) for iso in counts["iso3"]],
            _("Agreements signed"): counts["signed"].astype(int).tolist(),
            _("Other cooperation"): counts["other"].astype(int).tolist(),
            _("Africa (outlined)"): [
                yes if iso in coop.AFRICA_ISO3 else no for iso in counts["iso3"]
            ],
            _("Illustrative"): [bool(invented.get(iso, False)) for iso in counts["iso3"]],
        }
    )


def _timeline(shown: pd.DataFrame, labels: dict[str, str], language: str, _, mark: str) -> Events:
    """Agreements and other cooperation over time, one row per kind of partner; South-South
    in the highlight colour and shape."""
    shapes = {True: ("circle", HIGHLIGHT), False: ("diamond", OTHER)}
    series = {
        south: LegendEntry(
            labels["south_south" if south else "other_partners"],
            colour,
            point_marker(shape, colour, "published", THEME.ink),
        )
        for south, (shape, colour) in shapes.items()
    }
    kinds = [k for k in labels if k in set(shown["partner_kind"])]
    dated = shown[shown["signed_on"].notna()]
    return Events(
        language=language,
        x_title=_("Date"),
        watermark=mark,
        categories=tuple(labels[k] for k in kinds),
        series=tuple(series.values()),
        events=tuple(
            Event(
                when=row.signed_on.date(),
                category=labels[row.partner_kind],
                series=series[bool(row.south_south)].label,
                marker=point_marker(*shapes[bool(row.south_south)], mark, THEME.ink),
                date_text=str(row.date_text),
                who=str(row.partner_name),
                what=f"{row.title} · {_('illustrative')}" if invented else str(row.title),
                url=http_url(row.source_url) or "",
                mark=mark,
            )
            for row in dated.itertuples()
            for invented in [bool(row.illustrative)]
            for mark in ["illustrative" if invented else "published"]
        ),
    )


SIGNED_HELP = N_(
    "Memoranda and conventions signed by a Moroccan party with its partner. UN "
    "resolutions, forum declarations, talks, announcements and attendance are "
    "counted apart, as other cooperation."
)
OTHER_HELP = N_(
    "Talks, forums, UN resolutions, declarations, designations, programmes, "
    "announcements and attendance: cooperation, not agreements signed."
)
