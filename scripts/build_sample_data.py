"""Build the shipped data folder: every contract file, reproducibly.

Run by hand:  python -m scripts.build_sample_data

Published facts come from scripts/reference/ (copied from the project's sourced reference
files; see scripts/reference/SOURCES.md) and keep their source_url and
illustrative = False. Every other figure is generated from a fixed seed, scaled on the
regions' published population and urbanisation, and marked illustrative = True.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from scripts import translations
from scripts.sample_catalogue import INDICATORS, SECTOR_NAMES, SECTORS

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "scripts" / "reference"
DATA = REPO / "data"
SEED = 20260112  # the "AI Made in Morocco" day
QUARTERS = pd.date_range("2024-01-01", "2026-07-01", freq="QS")  # 2024-Q1 … 2026-Q3
YEARS = [pd.Timestamp(f"{y}-01-01") for y in (2024, 2025, 2026)]
METADATA = {
    "atlas.publisher": "Jazari Atlas sample data",
    "atlas.licence": "Published facts: see each row's source; illustrative values: CC0 1.0",
    "atlas.generated_by": "scripts/build_sample_data.py (seed 20260112)",
}
# Regions chiefly concerned by the (illustrative) planned institutes: the capitals.
CAPITALS = {
    "MA-01": ("Tanger", 35.7595, -5.8340),
    "MA-02": ("Oujda", 34.6814, -1.9086),
    "MA-03": ("Fès", 34.0181, -5.0078),
    "MA-04": ("Rabat", 34.0209, -6.8416),
    "MA-05": ("Béni Mellal", 32.3373, -6.3498),
    "MA-06": ("Casablanca", 33.5731, -7.5898),
    "MA-07": ("Marrakech", 31.6295, -7.9811),
    "MA-08": ("Errachidia", 31.9314, -4.4244),
    "MA-09": ("Agadir", 30.4278, -9.5981),
    "MA-10": ("Guelmim", 28.9870, -10.0574),
    "MA-11": ("Laâyoune", 27.1536, -13.2033),
    "MA-12": ("Dakhla", 23.6848, -15.9580),
}


def read_csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def region_code(number: str | int) -> str:
    return f"MA-{int(number):02d}"


def baselines() -> pd.DataFrame:
    rows = read_csv("regional_baselines.csv")
    frame = pd.DataFrame(rows)
    frame["region_code"] = frame["region_code"].map(region_code)
    for column in (
        "population_2024",
        "urban_population_2024",
        "urbanisation_rate_2024_pct",
        "gdp_share_2022_pct",
        "gdp_share_2023_pct",
        "public_universities_count",
    ):
        frame[column] = pd.to_numeric(frame[column].replace("", np.nan))
    return frame.set_index("region_code")


def first_url(cell: str) -> str | None:
    url = (cell or "").split(" ; ")[0].strip()
    return url or None


# --- Institutes -------------------------------------------------------------------------
# The published Jazari institutes (scripts/reference/jazari_institutes_facts.csv), with the
# stages their sources report. Coordinates are those of the host city.
PUBLISHED_INSTITUTES = [
    # id, reference row name prefix, region, city, lat, lon, theme, stage columns, note
    # (what each entity is: ENTITY_KIND below)
    # No source names the host city: the point marks the region (its representative point
    # in regions.geojson), not a city.
    (
        "JZ-GON",
        "Institut Jazari (Guelmim",
        "MA-10",
        "Non précisée",
        28.4516,
        -10.0995,
        "Agritech, énergies renouvelables, santé, tourisme, économie bleue",
        ("announced_on", "agreement_on"),
        "Host city not stated by the sources: the point marks the region, not a city.",
    ),
    (
        "JZ-NAD",
        "Institut Jazari de Nador",
        "MA-02",
        "Nador",
        35.1681,
        -2.9335,
        "Formation certifiante, recherche appliquée, startups (agriculture, tourisme, énergie)",
        ("announced_on", "agreement_on"),
        "MoU signed in Rabat at the Assises nationales de l'IA.",
    ),
    (
        "JZ-DAK",
        "Institut Jazari pour l'intelligence",
        "MA-12",
        "Dakhla",
        23.6848,
        -15.9580,
        "IA et transition énergétique",
        ("announced_on", "agreement_on"),
        "Signing date 14 Nov 2025 (some outlets give 15 Nov).",
    ),
    (
        "JZ-ROOT",
        "JAZARI ROOT",
        "MA-04",
        "Rabat",
        34.0209,
        -6.8416,
        "Hub fédérateur (Data Factory, IA pour l'administration)",
        ("announced_on", "agreement_on"),
        "Founding agreement signed at the AI Made in Morocco day.",
    ),
    (
        "JZ-ROOT-LAB",
        "Laboratoire R&D Mistral",
        "MA-04",
        "Rabat",
        33.9990,
        -6.8200,
        "IA générative et souveraine (laboratoire hébergé par JAZARI ROOT)",
        ("announced_on",),
        "Housed at JAZARI ROOT; point offset slightly from the hub so both can be seen.",
    ),
    (
        "JZ-FES",
        "JAZARI Industrie X.0",
        "MA-03",
        "Fès",
        34.0181,
        -5.0078,
        "Industrie X.0 (IA, IoT, robotique, maintenance prédictive)",
        ("announced_on", "agreement_on"),
        "Founding convention signed at Université Euromed de Fès.",
    ),
]
# What each published entity is, as its sources describe it: three regional institutes,
# the federating hub, a sector centre for industry and the Mistral AI–ministry lab.
ENTITY_KIND = {
    "JZ-GON": "regional_institute",
    "JZ-NAD": "regional_institute",
    "JZ-DAK": "regional_institute",
    "JZ-ROOT": "hub",
    "JZ-ROOT-LAB": "research_lab",
    "JZ-FES": "sector_centre",
}


def build_institutes(rng: np.random.Generator) -> pd.DataFrame:
    facts = read_csv("jazari_institutes_facts.csv")
    rows = []
    for iid, prefix, code, city, lat, lon, theme, stages, note in PUBLISHED_INSTITUTES:
        fact = next(f for f in facts if f["name"].startswith(prefix))
        when = pd.Timestamp(fact["event_date"])
        row = _institute_row(iid, fact["name"], code, city, lat, lon, theme)
        for stage in stages:
            row[stage] = when
        row.update(
            partners=fact["partners"],
            source_url=first_url(fact["source_url"]),
            illustrative=False,
            notes=note,
            kind=ENTITY_KIND[iid],
            translated="name_ar;name_en",
            **translations.INSTITUTES.get(iid, {}),
        )
        if city == "Non précisée":
            row.update(translations.CITY_NOT_STATED)
        rows.append(row)
    covered = {r["region_code"] for r in rows}
    # The network is to cover all 12 regions (announced 12 January 2026); where no institute
    # has been reported, an illustrative planned one with an invented opening date.
    for code in sorted(set(CAPITALS) - covered):
        city, lat, lon = CAPITALS[code]
        row = _institute_row(
            f"JZ-{code[-2:]}-PLAN",
            f"Institut Jazari — {city} (prévu)",
            code,
            city,
            lat,
            lon,
            "À définir",
        )
        opening = pd.Timestamp("2027-01-01") + pd.DateOffset(months=int(rng.integers(0, 24)))
        row.update(**translations.planned_institute(city))
        row.update(
            planned_opening_on=opening,
            partners=None,
            # an invented row links to no press page: a real link beside an invented
            # city and date reads as their source
            source_url=None,
            illustrative=True,
            kind="regional_institute",
            translated=None,
            notes="Illustrative: no institute reported in this region yet; the "
            "network is announced for all 12 regions. City and date invented.",
        )
        rows.append(row)
    return pd.DataFrame(rows)


def _institute_row(iid, name, code, city, lat, lon, theme) -> dict:
    return {
        "institute_id": iid,
        "name": name,
        "region_code": code,
        "city": city,
        "latitude": lat,
        "longitude": lon,
        "theme": theme,
        "announced_on": pd.NaT,
        "agreement_on": pd.NaT,
        "works_started_on": pd.NaT,
        "opened_on": pd.NaT,
        "planned_opening_on": pd.NaT,
    }


# --- Cooperation ------------------------------------------------------------------------
# Per reference row (same order as cooperation_facts.csv): instrument, status, Moroccan
# region involved (where the cooperation takes place, never merely where it was signed),
# partner country (ISO3; countries only), seat of a company, place of signing or event.
# Coded from each row's published instrument: only memoranda and conventions signed by a
# Moroccan party are "agreements signed"; UN resolutions, forum declarations, talks,
# forums, announcements, attendance, pledges, designations and presidencies are
# cooperation, not signed agreements.
COOPERATION_CODING = [
    ("mou", "signed", None, None, "FRA", "Rabat"),  # Mistral AI MoU (national)
    ("lab", "active", "MA-04", None, "FRA", "Rabat"),  # joint lab, housed at JAZARI ROOT
    ("resolution", "completed", None, "USA", None, None),  # UNGA resolution, co-led
    ("other", "active", None, "USA", None, "New York"),  # UN Group of Friends, co-launched
    ("talks", "completed", None, "USA", None, "Washington"),  # bilateral talks
    # UNDP: "une déclaration d'intention" (Le360): a declaration, not a memorandum
    ("declaration", "signed", None, None, None, "Rabat"),
    ("other", "active", "MA-07", None, None, None),  # UNESCO category 2 centre (UM6P)
    ("programme", "completed", None, None, None, None),  # UNESCO RAM report
    ("other", "active", None, None, None, None),  # pledge (ethics Recommendation)
    ("declaration", "completed", None, None, None, "Rabat"),  # Rabat Consensus (forum)
    ("mou", "signed", None, "SAU", None, "Riyadh"),
    ("mou", "signed", None, "DJI", None, "Marrakech"),  # at GITEX Africa 2024
    ("convention", "signed", None, "SEN", None, "Dakhla"),  # national ICT agreement
    ("talks", "planned", None, "EGY", None, None),  # videoconference
    ("mou", "signed", None, "ARE", None, "Abu Dhabi"),
    # one of 21 accords signed during the state visit; its form is not named (Le360)
    ("convention", "signed", None, "FRA", None, "Rabat (UIR)"),
    ("talks", "completed", None, "EST", None, "UM6P"),  # bilateral forum
    ("mou", "signed", None, None, "CHN", "Marrakech"),  # Huawei (GITEX Africa 2025)
    ("announcement", "planned", None, None, "KOR", None),  # Naver-led consortium (site disputed)
    ("mou", "signed", "MA-04", None, "ISR", None),  # IAI with UIR (Rabat-Salé)
    # accession to the DCO by signing its charter: a membership, not an agreement
    ("other", "completed", None, None, None, "Riyadh"),
    ("other", "completed", None, None, None, "Kuwait"),  # re-elected to the DCO committee
    ("other", "completed", None, None, None, None),  # CAITA council presidency
    # CAITA's meeting hosted in Rabat (Morocco a Smart Africa member since December 2019)
    ("other", "completed", None, None, None, "Rabat"),
    ("announcement", "active", None, None, None, None),  # EU Global Gateway grants announced
    ("attendance", "active", None, None, None, "Rabat"),  # CAFRAD at the Jazari launch
]
# The EU's Global Gateway package was announced in euros (1.6 billion); "plus de 17
# milliards de dirhams" is a newspaper's conversion: no amount in MAD is shipped.
INSTRUMENTS_AS_PUBLISHED = {
    6: "déclaration d'intention",
    16: "one of 21 accords signed during the state visit (its form is not named)",
    21: "accession (signature of the DCO's founding charter)",
    22: "election to the executive committee",
    24: "CAITA council meeting (Smart Africa), 30 June–4 July 2025",
}
SUMMARIES_EN = {
    6: "Ministry and UNDP signed a declaration of intent to set up an Arab-African hub on AI "
    "and digital for sustainable development in Morocco.",
    22: "Morocco re-elected, with the most votes, to the DCO executive committee for 2026 at "
    "its General Assembly in Kuwait.",
    24: "Rabat hosted the Smart Africa council of African IT agencies (CAITA); Morocco has "
    "been a Smart Africa member since December 2019.",
}


def agreement_texts(number: int, fact: dict, country: str | None) -> dict:
    """The title and partner in French, Arabic and English (scripts/translations.py;
    countries by their CLDR names)."""
    from atlas.i18n import country_name

    french, arabic = translations.TITLES[number]
    texts = {
        "title_fr": french,
        "title_ar": arabic,
        "title_en": SUMMARIES_EN.get(number, fact["summary_en"]),
    }
    if country:
        texts.update(
            {f"partner_name_{lang}": country_name(country, lang) for lang in ("fr", "ar", "en")}
        )
    else:
        texts.update(translations.PARTNERS.get(fact["partner"], {}))
    return texts


def build_cooperation() -> pd.DataFrame:
    rows = []
    facts = read_csv("cooperation_facts.csv")
    assert len(facts) == len(COOPERATION_CODING), "coding table out of step with the facts"
    for number, (fact, coding) in enumerate(zip(facts, COOPERATION_CODING), start=1):
        instrument, status, code, iso3, seat, place = coding
        if instrument is None:
            continue
        precision = {10: "day", 7: "month", 4: "year"}[len(fact["date"])]
        signed = {
            "day": fact["date"],
            "month": f"{fact['date']}-01",
            "year": f"{fact['date']}-01-01",
        }[precision]
        note = fact["notes"] or None
        kind = fact["partner_kind"]
        rows.append(
            {
                "agreement_id": f"COOP-{number:03d}",
                "title": SUMMARIES_EN.get(number, fact["summary_en"]),
                "partner_name": fact["partner"],
                "partner_iso3": iso3,
                "headquarters_iso3": seat,
                "partner_kind": kind,
                "south_south": fact["south_south"] == "true",
                "instrument": instrument,
                "domains": ";".join(d.strip() for d in fact["domain"].split(";")),
                "signed_on": pd.Timestamp(signed),
                "status": status,
                "region_code": code,
                "value_mad": np.nan,
                "source_url": first_url(fact["source_url"]),
                "illustrative": False,
                "signed_on_precision": precision,
                "signed_in": place,
                # The titles are summaries written for the atlas in English (the reference
                # file); the French and Arabic ones are our translations of them.
                "translated": "title_fr;title_ar",
                "instrument_as_published": INSTRUMENTS_AS_PUBLISHED.get(number, fact["instrument"]),
                "notes": note.strip() if note else None,
                **agreement_texts(number, fact, iso3),
            }
        )
    return pd.DataFrame(rows)


# --- Observations -----------------------------------------------------------------------
def observation(indicator, period, value, region=None, sector=None, **extra) -> dict:
    return {
        "indicator_id": indicator,
        "region_code": region,
        "period": pd.Timestamp(period),
        "sector": sector,
        "value": float(value),
        # the sector's name in each language (only files with sectors get the columns)
        **(
            {"sector_fr": sector, **{f"sector_{k}": v for k, v in SECTOR_NAMES[sector].items()}}
            if sector
            else {}
        ),
        **extra,
    }


# No source counts the public universities of each region: we count them, by the seat of
# each university's presidency, from the ministry's list of its 12 public universities.
UNIVERSITIES_COUNTED = (
    "Counted by Jazari Atlas: the universities of the ministry's list of 12 public "
    "universities whose presidency sits in the region (a faculty of a university seated "
    "elsewhere is not counted)"
)


def rgph2024_indicators() -> list[dict]:
    """The RGPH 2024's human-capital indicators by region and nationally (HCP's workbook of
    17 December 2024, in its open republication): each row with its own evidence, the
    workbook's record as republished (its JSON, verbatim)."""
    rows = []
    names = {code: row["name_en"] for code, row in baselines().iterrows()}
    for fact in read_csv("rgph2024_indicators.csv"):
        code = fact["region_code"] or None
        where = names[code] if code else "Morocco as a whole"
        rows.append(
            observation(
                fact["indicator_id"],
                fact["period"],
                float(fact["value"]),
                code,
                source_url=fact["source_url"],
                illustrative=False,
                evidence_publisher=fact["publisher"],
                evidence_published_on=pd.Timestamp(fact["published_on"]),
                evidence_quote=fact["quote"],
                evidence_language=fact["quote_language"],
                evidence_note=f"The workbook's record for {where} (all persons), as republished.",
            )
        )
    return rows


def build_context(base: pd.DataFrame) -> pd.DataFrame:
    """Published RGPH 2024 and HCP figures only: nothing here is generated."""
    rows = []
    for code, region in base.iterrows():
        pop_url = first_url(region["population_source_url"])
        rows.append(
            observation(
                "population",
                "2024-01-01",
                region["population_2024"],
                code,
                source_url=pop_url,
                illustrative=False,
            )
        )
        if not np.isnan(region["urbanisation_rate_2024_pct"]):
            derived = region["urbanisation_basis"].startswith("derived")
            rows.append(
                observation(
                    "urbanisation_rate",
                    "2024-01-01",
                    region["urbanisation_rate_2024_pct"],
                    code,
                    source_url=first_url(region["urbanisation_source_url"]),
                    illustrative=False,
                    derived_from=(
                        f"Computed by Jazari Atlas: urban population "
                        f"({int(region['urban_population_2024']):,}) ÷ legal population "
                        f"({int(region['population_2024']):,}), HCP — RGPH 2024"
                    )
                    if derived
                    else None,
                )
            )
        for year in (2022, 2023):
            share = region[f"gdp_share_{year}_pct"]
            if not np.isnan(share):
                rows.append(
                    observation(
                        "gdp_share",
                        f"{year}-01-01",
                        share,
                        code,
                        source_url=first_url(region[f"gdp_share_{year}_source_url"]),
                        illustrative=False,
                    )
                )
        rows.append(
            observation(
                "public_universities",
                "2025-01-01",
                region["public_universities_count"],
                code,
                source_url=first_url(region["universities_source_url"]),
                illustrative=False,
                derived_from=UNIVERSITIES_COUNTED,
            )
        )
    national = {
        row["indicator"]: row for row in read_csv("strategy_targets.csv") if row["scope"] == "HCP"
    }
    for indicator, reference in (
        ("population", "Legal population (RGPH 2024)"),
        ("urbanisation_rate", "Urbanisation rate"),
    ):
        fact = national[reference]
        rows.append(
            observation(
                indicator,
                "2024-01-01",
                float(fact["value"]),
                source_url=first_url(fact["source_url"]),
                illustrative=False,
            )
        )
    rows += rgph2024_indicators()
    rows.append(
        observation(
            "public_universities",
            "2025-01-01",
            12,
            source_url=(
                "https://www.enssup.gov.ma/ar/enseignement-superieur-public-universitaires"
            ),
            illustrative=False,
        )
    )
    return pd.DataFrame(rows)


def published_adoption() -> list[dict]:
    """National adoption figures that are published facts (strategy_targets.csv)."""
    fact = next(
        f
        for f in read_csv("strategy_targets.csv")
        if f["indicator"] == "Public services available online"
    )
    return [
        observation(
            "online_public_services",
            f"{fact['reference_year']}-01-01",
            float(fact["value"]),
            source_url=first_url(fact["source_url"]),
            illustrative=False,
            qualifier="more_than",
        )
    ]  # "plus de 600"


def regional_weights(base: pd.DataFrame) -> pd.DataFrame:
    """Generation inputs (never shipped): population and an urban/economic intensity."""
    urban = base["urbanisation_rate_2024_pct"].fillna(62.8) / 100  # national rate if unpublished
    gdp_per_person = base["gdp_share_2022_pct"] / base["population_2024"]
    economic = gdp_per_person / gdp_per_person.mean()
    intensity = (0.55 + urban) * (0.6 + 0.4 * economic.clip(upper=2.5))
    return pd.DataFrame({"population": base["population_2024"], "intensity": intensity})


def build_adoption(base: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    weights = regional_weights(base)
    rows = []
    steps = np.arange(len(QUARTERS))
    for code, w in weights.iterrows():
        per_capita = w["population"] / 1e5 * w["intensity"]
        # Cumulative AI use cases by sector: logistic-like growth from a small base.
        sector_mix = rng.dirichlet(np.full(len(SECTORS), 4.0))
        total_end = per_capita * rng.uniform(1.6, 2.4)
        growth = 0.18 + 0.82 * (steps / steps[-1]) ** 1.4
        totals = np.zeros(len(QUARTERS))
        for sector, share in zip(SECTORS, sector_mix):
            counts = np.round(total_end * share * growth * rng.uniform(0.9, 1.1, len(steps)))
            counts = np.maximum.accumulate(counts)
            totals += counts
            rows += [
                observation("ai_use_cases_deployed", q, c, code, sector)
                for q, c in zip(QUARTERS, counts)
            ]
        rows += [observation("ai_use_cases_deployed", q, c, code) for q, c in zip(QUARTERS, totals)]
        start = 18 + 30 * (w["intensity"] - weights["intensity"].min())
        shares = np.clip(
            start + steps * rng.uniform(1.6, 2.6) + rng.normal(0, 0.6, len(steps)), 0, 100
        )
        rows += [
            observation("online_procedures_share", q, round(v, 1), code)
            for q, v in zip(QUARTERS, np.maximum.accumulate(shares))
        ]
        trained = np.round(
            np.cumsum(
                w["population"] / 1e5 * rng.uniform(4, 9, len(steps)) * (0.7 + 0.3 * w["intensity"])
            )
        )
        rows += [
            observation("civil_servants_trained_ai", q, v, code) for q, v in zip(QUARTERS, trained)
        ]
        assisted = np.clip(
            4 + 9 * w["intensity"] * (steps + 1) / len(steps) + rng.normal(0, 0.8, len(steps)),
            0,
            100,
        )
        rows += [
            observation("ai_assisted_requests_share", q, round(v, 1), code)
            for q, v in zip(QUARTERS, assisted)
        ]
    frame = pd.DataFrame(rows)
    return pd.concat(
        [frame, national_figures(frame, base), pd.DataFrame(published_adoption())],
        ignore_index=True,
    )


def national_figures(regional: pd.DataFrame, base: pd.DataFrame) -> pd.DataFrame:
    """Counts add up; percentages are population-weighted means of the regions."""
    units = {i["indicator_id"]: i["unit"] for i in INDICATORS}
    population = base["population_2024"]
    rows = []
    keys = ["indicator_id", "period", "sector"]
    for (indicator, period, sector), group in regional.groupby(keys, dropna=False):
        if units[indicator] == "%":
            weights = population.reindex(group["region_code"]).to_numpy()
            value = round(float(np.average(group["value"], weights=weights)), 1)
        else:
            value = group["value"].sum()
        rows.append(
            observation(indicator, period, value, None, None if pd.isna(sector) else sector)
        )
    return pd.DataFrame(rows)


def build_sovereignty(base: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    targets = read_csv("strategy_targets.csv")
    rows = []
    # Published series (UN EGDI, Oxford Insights): every edition in the reference file.
    for indicator, reference in (
        ("egdi_rank", "UN EGDI world rank"),
        ("egdi_score", "UN EGDI score"),
        ("ai_readiness_score", "Government AI Readiness Index score"),
    ):
        for fact in targets:
            if fact["indicator"] == reference and fact["reference_year"].isdigit():
                rows.append(
                    observation(
                        indicator,
                        f"{fact['reference_year']}-01-01",
                        float(fact["value"]),
                        source_url=first_url(fact["source_url"]),
                        illustrative=False,
                    )
                )
    # Oxford Insights world ranks as published; 2025 computed from the places gained (the
    # 2025 rank itself is not in the reference file; one source gives "around 86th").
    ranks = [f for f in targets if f["indicator"] == "Government AI Readiness Index world rank"]
    for fact in ranks:
        rows.append(
            observation(
                "ai_readiness_rank",
                f"{fact['reference_year']}-01-01",
                float(fact["value"]),
                source_url=first_url(fact["source_url"]),
                illustrative=False,
            )
        )
    gained = next(
        f for f in targets if f["indicator"] == "Government AI Readiness Index places gained"
    )
    last = max(ranks, key=lambda f: int(f["reference_year"]))
    rows.append(
        observation(
            "ai_readiness_rank",
            f"{gained['reference_year']}-01-01",
            float(last["value"]) - float(gained["value"]),
            source_url=first_url(gained["source_url"]),
            illustrative=False,
            derived_from=(
                f"Computed by Jazari Atlas: {last['reference_year']} rank "
                f"({last['value']}) minus the {gained['value']} places gained in the "
                f"{gained['reference_year']} edition (one source gives about 86th)"
            ),
        )
    )
    # Published baselines, followed by illustrative years up to 2025.
    baseline_facts = {
        "digital_exports": ("Digital export revenues (baseline)", 1e9, [21.0e9, 23.4e9]),
        "youth_trained_digital": (
            "Young people trained in digital skills per year (baseline)",
            1,
            [26000, 41000, 58000],
        ),
    }
    for indicator, (reference, scale, later) in baseline_facts.items():
        fact = next(f for f in targets if f["indicator"] == reference)
        year = int(fact["reference_year"])
        rows.append(
            observation(
                indicator,
                f"{year}-01-01",
                float(fact["value"]) * scale,
                source_url=first_url(fact["source_url"]),
                illustrative=False,
            )
        )
        for offset, value in enumerate(later, start=1):
            rows.append(observation(indicator, f"{year + offset}-01-01", value, illustrative=True))
    # Illustrative national series towards published 2030 targets.
    for indicator, values in (
        ("digital_jobs", [128000, 141000, 156000]),
        ("startups", [1150, 1420, 1730]),
        ("sovereign_compute_pflops", [2.5, 6.0, 14.0]),
    ):
        rows += [observation(indicator, y, v, illustrative=True) for y, v in zip(YEARS, values)]
    rows += regional_sovereignty(base, rng)
    return pd.DataFrame(rows)


def regional_sovereignty(base: pd.DataFrame, rng: np.random.Generator) -> list[dict]:
    """Illustrative regional breakdowns: AI graduates and data-centre capacity in service."""
    weights = regional_weights(base)
    universities = base["public_universities_count"]
    rows = []
    graduates_total = np.zeros(len(QUARTERS))
    capacity_total = np.zeros(len(QUARTERS))
    steps = np.arange(len(QUARTERS))
    for code, w in weights.iterrows():
        campus = 0.4 + universities[code]
        per_quarter = w["population"] / 1e5 * campus * rng.uniform(6, 11)
        graduates = np.round(np.cumsum(per_quarter * (1 + 0.05 * steps)))
        graduates_total += graduates
        rows += [
            observation("ai_graduates_trained", q, v, code, illustrative=True)
            for q, v in zip(QUARTERS, graduates)
        ]
        base_mw = {"MA-06": 38, "MA-04": 22, "MA-07": 9, "MA-01": 7}.get(code, 1.5)
        capacity = np.round(base_mw * (1 + 0.045 * steps) * rng.uniform(0.95, 1.05), 1)
        if code == "MA-12":  # no green data centre in service before 2026 in this scenario
            capacity = np.where(QUARTERS >= pd.Timestamp("2026-04-01"), 20.0, 0.0)
        capacity_total += capacity
        rows += [
            observation("dc_capacity_mw", q, v, code, illustrative=True)
            for q, v in zip(QUARTERS, capacity)
        ]
    rows += [
        observation("ai_graduates_trained", q, v, illustrative=True)
        for q, v in zip(QUARTERS, graduates_total)
    ]
    rows += [
        observation("dc_capacity_mw", q, round(v, 1), illustrative=True)
        for q, v in zip(QUARTERS, capacity_total)
    ]
    return rows


def build_strategy() -> pd.DataFrame:
    """Targets, milestones, governance and quotes (scripts/strategy_items.py): published
    facts only, each with its source."""
    from scripts.strategy_items import items

    frame = pd.DataFrame(items())
    frame["date"] = pd.to_datetime(frame["date"])
    frame["year"] = frame["year"].astype("Int64")
    frame["value"] = frame["value"].astype(float)
    frame["illustrative"] = False
    return frame


# --- Evidence ---------------------------------------------------------------------------
# Every published row carries the source's own words (scripts/reference/evidence.csv, one
# row per published row, found and re-checked in the sources' pages: see SOURCES.md):
# who published it, when, the quote in its language, and our note where we decided
# something. The row's link is the page the quote is from.
KEYS = {
    "institutes": lambda f: f["institute_id"],
    "cooperation": lambda f: f["agreement_id"],
    "strategy": lambda f: f["item_id"],
}


def observation_key(frame: pd.DataFrame) -> pd.Series:
    parts = [
        frame["indicator_id"],
        frame["region_code"].fillna(""),
        frame["period"].dt.strftime("%Y-%m-%d"),
        frame["sector"].fillna(""),
    ]
    return parts[0].str.cat(parts[1:], sep="|")


def with_evidence(frame: pd.DataFrame, dataset: str, published: pd.Series) -> pd.DataFrame:
    """The frame with its published rows' evidence (the evidence_* columns of the contract)."""
    evidence = {
        row["row_key"]: row for row in read_csv("evidence.csv") if row["dataset"] == dataset
    }
    keys = KEYS[dataset](frame) if dataset in KEYS else observation_key(frame)
    found = [evidence.get(key) if flag else None for key, flag in zip(keys, published)]

    def column(name: str, own: str):
        # the evidence file's, else what the row was built with
        kept = frame[own] if own in frame.columns else pd.Series(None, index=frame.index)
        return [row[name] or None if row else old for row, old in zip(found, kept)]

    frame = frame.assign(
        evidence_publisher=column("publisher", "evidence_publisher"),
        evidence_published_on=pd.to_datetime(
            [
                _day(v) if isinstance(v, str) else v
                for v in column("published_on", "evidence_published_on")
            ],
            errors="coerce",
        ),
        evidence_quote=column("quote", "evidence_quote"),
        evidence_language=column("quote_language", "evidence_language"),
        # our note for readers (the research notes stay in the reference file)
        evidence_note=column("note", "evidence_note"),
    )
    links = [row["source_url"] if row and row["source_url"] else None for row in found]
    frame["source_url"] = [new or old for new, old in zip(links, frame["source_url"])]
    if "source" in frame.columns:  # a file that names each row's publisher: the quote's
        named = [row["publisher"] or None if row else None for row in found]
        frame["source"] = [new or old for new, old in zip(named, frame["source"])]
    return frame


def _day(value: str | None) -> str | None:
    """A publication date as precise as known, on its first day when month-only."""
    if not value:
        return None
    return value if len(value) == 10 else f"{value}-01" if len(value) == 7 else f"{value}-01-01"


# --- Writing ----------------------------------------------------------------------------
def write_parquet(frame: pd.DataFrame, name: str, description: str) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    metadata = {**METADATA, "atlas.description": description}
    table = table.replace_schema_metadata({k: v for k, v in metadata.items()})
    path = DATA / f"{name}.parquet"
    pq.write_table(table, path, compression="zstd")
    print(f"wrote {path.relative_to(REPO)}: {len(frame)} rows")


def main() -> None:
    rng = np.random.default_rng(SEED)
    base = baselines()
    catalogue = pd.DataFrame(INDICATORS)
    catalogue["target_year"] = catalogue["target_year"].astype("Int64")
    for position, language in enumerate(("fr", "ar", "en")):
        catalogue[f"source_{language}"] = catalogue["source"].map(
            lambda s, p=position: translations.SOURCES[s][p] if s in translations.SOURCES else None
        )
    write_parquet(catalogue, "indicators", "Indicator catalogue")
    flags = catalogue.set_index("indicator_id")["illustrative"]
    for name, frame, description in (
        ("context", build_context(base), "RGPH 2024 and HCP baselines"),
        ("adoption", build_adoption(base, rng), "AI adoption in public services"),
        ("sovereignty", build_sovereignty(base, rng), "Digital sovereignty"),
    ):
        own = frame["illustrative"].astype("boolean") if "illustrative" in frame else None
        invented = (
            own.fillna(frame["indicator_id"].map(flags).astype("boolean")).fillna(True)
            if own is not None
            else frame["indicator_id"].map(flags)
        )
        write_parquet(with_evidence(frame, name, ~invented.astype(bool)), name, description)
    for name, frame, description in (
        ("institutes", build_institutes(rng), "Jazari Institutes rollout"),
        ("cooperation", build_cooperation(), "International cooperation"),
        ("strategy", build_strategy(), "Maroc IA 2030 and Maroc Digital 2030"),
    ):
        published = ~frame["illustrative"].astype(bool)
        write_parquet(with_evidence(frame, name, published), name, description)


if __name__ == "__main__":
    main()
