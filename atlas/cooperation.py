"""International cooperation: filtering agreements and counting partners."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from loaders.contract import (
    AGREEMENT_STATUSES,
    INSTRUMENTS,
    MARKS,
    N_,
    PARTNER_KINDS,
    RTL_LANGUAGES,
)

# The 54 African countries (UN M49 "Africa", unstats.un.org/unsd/methodology/m49).
AFRICA_ISO3 = frozenset(
    """
DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA
GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF
SSD SDN TZA TGO TUN UGA ZMB ZWE
""".split()
)

# Every code a cooperation view shows, with its label: the contract's vocabularies, and
# the two groups the charts split agreements into.
LABELS = {
    **PARTNER_KINDS,
    **INSTRUMENTS,
    **AGREEMENT_STATUSES,
    "south_south": N_("South-South"),
    "other_partners": N_("Other partners"),
    "signed": N_("Agreements signed"),
    "other_cooperation": N_("Other cooperation"),
}

# The domains agreements name, as their providers write them (in English). Ours in French
# and Arabic are in the catalogue; a page marks them "our translation". A domain not
# listed here is shown as published.
DOMAIN_WORDS = frozenset(
    (
        N_("AI"),
        N_("AI (generative / sovereign models)"),
        N_("AI compute"),
        N_("AI ethics"),
        N_("AI for sustainable development"),
        N_("AI governance"),
        N_("AI research"),
        N_("Africa"),
        N_("ICT"),
        N_("IT agencies"),
        N_("aeronautics"),
        N_("agriculture"),
        N_("capacity building"),
        N_("cybersecurity"),
        N_("data centres"),
        N_("data science"),
        N_("digital economy"),
        N_("digital education"),
        N_("digital governance"),
        N_("digital government"),
        N_("digital identity"),
        N_("digital public policy"),
        N_("digital public services"),
        N_("digital skills"),
        N_("digital sovereignty"),
        N_("digital transformation"),
        N_("e-government"),
        N_("emerging technologies"),
        N_("energy"),
        N_("green and digital transition"),
        N_("higher education"),
        N_("interoperability"),
        N_("public administration"),
        N_("research"),
        N_("research and innovation"),
        N_("responsible AI"),
        N_("skills"),
        N_("startups"),
        N_("sustainable development"),
        N_("water"),
    )
)


def domain_label(domain: str, _) -> str:
    """One domain in the reader's language (ours), or as published when we have none."""
    return _(domain) if domain in DOMAIN_WORDS else domain


def domain_text(domains: object, _, language: str) -> str:
    """An agreement's domains ("a;b") as a reader's list, marked when we translated."""
    if not isinstance(domains, str) or not domains.strip():
        return ""
    items = [d.strip() for d in domains.split(";") if d.strip()]
    shown = [domain_label(d, _) for d in items]
    translated = language != "en" and any(d in DOMAIN_WORDS for d in items)
    comma = "، " if language in RTL_LANGUAGES else ", "
    return comma.join(shown) + (f" ({_(MARKS['translated'])})" if translated else "")


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    south_south_only: bool = False
    regions: tuple[str, ...] = ()


def domain_list(agreements: pd.DataFrame) -> list[str]:
    domains = agreements["domains"].dropna().str.split(";").explode().str.strip()
    return sorted(d for d in domains.unique() if d)


def filter_agreements(agreements: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The agreements matching every filter (an empty filter keeps everything)."""
    keep = pd.Series(True, index=agreements.index)
    for column, values in (
        ("partner_kind", filters.kinds),
        ("instrument", filters.instruments),
        ("status", filters.statuses),
        ("region_code", filters.regions),
    ):
        if values:
            keep &= agreements[column].isin(values)
    if filters.domains:
        domains = (
            agreements["domains"]
            .fillna("")
            .str.split(";")
            .map(lambda items: {d.strip() for d in items})
        )
        keep &= domains.map(lambda items: bool(items & set(filters.domains)))
    years = agreements["signed_on"].dt.year
    if filters.start_year is not None:
        keep &= years >= filters.start_year
    if filters.end_year is not None:
        keep &= years <= filters.end_year
    if filters.south_south_only:
        keep &= agreements["south_south"].astype(bool)
    return agreements[keep]


def countries(agreements: pd.DataFrame) -> pd.Series:
    """The partner country of each agreement with a country (None otherwise): a company's
    or organisation's seat is never a partner country, whatever code a file gives it."""
    return agreements["partner_iso3"].where(agreements["partner_kind"] == "country")


def per_country(agreements: pd.DataFrame) -> pd.DataFrame:
    """Per partner country: agreements signed and other cooperation (talks, forums,
    resolutions…), most agreements signed first; countries with other cooperation only
    are listed with 0 agreements signed."""
    from atlas.metrics import signed_agreements

    country = countries(agreements)
    signed = signed_agreements(agreements)
    table = pd.DataFrame(
        {"iso3": country, "signed": signed.astype(int), "other": (~signed).astype(int)}
    ).dropna(subset=["iso3"])
    table = table.groupby("iso3", as_index=False)[["signed", "other"]].sum()
    table = table.sort_values(["signed", "other", "iso3"], ascending=[False, False, True])
    return table.reset_index(drop=True).assign(agreements=lambda t: t["signed"])


def without_country(agreements: pd.DataFrame) -> pd.Series:
    """Items per partner that is not a country (organisations, companies…)."""
    return agreements.loc[agreements["partner_kind"] != "country", "partner_name"].value_counts()


def south_south_summary(agreements: pd.DataFrame) -> dict[str, float]:
    """Counts over the agreements signed (what every surface's share is a share of), and
    the number of other cooperation items apart."""
    from atlas.metrics import signed_agreements

    is_signed = signed_agreements(agreements)
    signed = agreements[is_signed]
    south = signed["south_south"].astype(bool)
    partner = countries(signed)
    african = partner.isin(AFRICA_ISO3)
    total = len(signed)
    return {
        "items": len(agreements),
        "total": total,  # agreements signed
        "other": int((~is_signed).sum()),  # talks, forums, declarations, resolutions…
        "south_south": int(south.sum()),
        "share": float(south.mean()) if total else 0.0,
        "african": int(african.sum()),
        "african_partners": int(partner[african].nunique()),
        "partner_countries": int(partner.nunique()),
    }
