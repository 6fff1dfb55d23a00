"""Every value shows its true provenance: the eight points a review of the shipped data
found, one test each, on the shipped folder (whose rows are sourced) and on folders built
here."""

from __future__ import annotations

import pandas as pd
import pytest

from atlas import cooperation as coop
from atlas import metrics
from atlas.snapshot import Snapshot
from atlas.views import adoption, cooperation, institutes, overview, region, sovereignty
from loaders.store import DataStore
from plotly_drawer.draw import figure as drawn
from tests.support import factory
from tests.support.apptest import decoded

TODAY = pd.Timestamp("2026-11-27")


@pytest.fixture(scope="module")
def shipped() -> Snapshot:
    return Snapshot(DataStore(factory.REPO / "data").states(), factory.REPO / "data")


def snapshot_of(folder) -> Snapshot:
    return Snapshot(DataStore(folder).states(), folder)


# 1. "Agreements signed" counts signed instruments only ------------------------------------
def test_agreements_signed_counts_signed_texts_only(shipped, tmp_path):
    agreements = shipped.frame("cooperation")
    signed = agreements[metrics.signed_agreements(agreements)]
    # UNDP's declaration of intent and the DCO's charter accession are not agreements
    assert len(signed) == 8
    assert set(signed["instrument"]) <= {"mou", "convention"}
    not_signed = agreements.loc[~metrics.signed_agreements(agreements), "instrument"]
    # the UN General Assembly resolution and the Rabat Consensus (a forum declaration)
    # are cooperation, not agreements signed
    assert {"talks", "announcement", "attendance", "resolution", "declaration"} <= set(not_signed)
    card = next(
        c
        for c in overview.build(shipped, overview.Controls("en", TODAY)).cards
        if c.label == "Agreements signed"
    )
    assert card.value == "8"
    talks = factory.cooperation().assign(
        instrument=["talks", "announcement", "mou"], status=["completed", "active", "signed"]
    )
    assert metrics.signed_agreements(talks).sum() == 1


# 2. Companies and organisations are never partner countries ---------------------------------
def test_companies_are_never_counted_or_mapped_as_countries(shipped):
    view = cooperation.build(shipped, cooperation.Controls("en"))
    card = next(c for c in view.cards if c.label == "Partner countries with an agreement signed")
    assert card.value == "5"  # SAU, DJI, SEN, ARE, FRA
    mapped = set(decoded(drawn(view.figures["world"]).to_dict())["data"][1]["locations"])
    assert not {"CHN", "KOR", "ISR"} & mapped  # Huawei, Naver, IAI are companies
    companies = shipped.frame("cooperation").query("partner_kind == 'company'")
    assert companies["partner_iso3"].isna().all()
    assert set(companies["headquarters_iso3"].dropna()) == {"FRA", "CHN", "KOR", "ISR"}
    stray = factory.cooperation()  # its company carries a country code
    assert "FRA" not in set(coop.per_country(stray)["iso3"])


# 3. Illustrative values are credited to their generator, never to a publisher ---------------
def test_illustrative_series_are_not_credited_to_real_publishers(shipped):
    view = sovereignty.build(shipped, sovereignty.Controls("fr", "digital_jobs"))
    line = view.national_source
    assert line.illustrative and line.source == "" and line.urls == ()
    assert line.generator.startswith("scripts/build_sample_data.py")
    rows = shipped.observations.query("indicator_id == 'digital_jobs'")
    assert rows["source_url"].isna().all()  # no press link borrowed from the catalogue
    mixed = sovereignty.build(shipped, sovereignty.Controls("fr", "digital_exports"))
    assert mixed.national_source.source == "Maroc Digital 2030"  # the published 2023 point
    assert mixed.national_source.illustrative and mixed.national_source.generator


# 4. Targets measured from a published baseline in the strategy's period --------------------
def test_targets_are_measured_from_published_figures_only(shipped):
    table = metrics.targets_table(shipped.observations, shipped.catalogue, "sovereignty")
    egdi = table.set_index("indicator_id").loc["egdi_rank"]
    assert egdi["baseline"] == 101 and egdi["baseline_period"].year == 2022
    assert egdi["progress"] == pytest.approx((101 - 90) / (101 - 50))  # 22 %, not 56 %
    # invented values never make a bar: no published figure, or only one
    for invented in ("digital_jobs", "startups", "ai_graduates_trained", "digital_exports"):
        if invented in table["indicator_id"].values:
            assert pd.isna(table.set_index("indicator_id").loc[invented, "progress"])
    targets = sovereignty.national_targets(shipped, "en")
    text = " ".join(a["text"] for a in drawn(targets.figure).to_dict()["layout"]["annotations"])
    assert "101 (2022) → 90 (2024)" in text and "illustrative" not in text
    bars = decoded(drawn(targets.figure).to_dict())["data"][1]["y"]
    assert len(bars) == int(table["progress"].notna().sum())
    assert any("no published figure yet" in line for line in targets.pending)


# 5. Key-figure cards carry their source, and an illustrative one says so in words ----------
def test_every_card_has_a_source_and_published_figures_come_first(shipped, tmp_path):
    cards = overview.build(shipped, overview.Controls("fr", TODAY)).cards
    assert all(card.source is not None for card in cards)
    assert not any(card.illustrative for card in cards)  # the shipped cards are published
    labels = [card.label for card in cards]
    assert "Services publics en ligne" in labels and "Rang mondial e-gouvernement (ONU)" in labels
    provider = snapshot_of(factory.write_folder(tmp_path / "data"))
    illustrative = [
        c for c in overview.build(provider, overview.Controls("en", TODAY)).cards if c.illustrative
    ]
    assert illustrative and all(c.source.illustrative for c in illustrative)
    assert all("*" not in c.label for c in illustrative)  # words, not an asterisk


@pytest.mark.apptest
def test_an_illustrative_card_is_marked_in_words_on_the_page(tmp_path, monkeypatch):
    from tests.support.apptest import run_app

    folder = factory.write_folder(tmp_path / "data")
    app = run_app(
        "pages/overview.py", data_dir=folder, monkeypatch=monkeypatch, query={"lang": "en"}
    )
    lines = [h.value for h in app.get("html")]  # source lines: the shared macro
    assert any('class="badge">Illustrative values' in line for line in lines)


# 6. Published and illustrative points told apart; invented institutes marked ---------------
def test_mixed_series_draw_published_points_differently(shipped):
    view = sovereignty.build(shipped, sovereignty.Controls("en", "digital_exports"))
    spec = decoded(drawn(view.national_figure).to_dict())
    line = spec["data"][0]
    assert set(line["marker"]["symbol"]) == {"circle", "circle-open"}
    legend = {trace["name"] for trace in spec["data"]}
    assert {"published", "illustrative"} <= legend


def test_invented_institutes_are_marked_on_each_point(shipped):
    view = institutes.on_date(shipped, institutes.Controls("en", TODAY))
    traces = decoded(drawn(view.status_map).to_dict())["data"]
    invented = [t for t in traces if t.get("name", "").endswith("(illustrative)")]
    assert invented and all("-open-dot" in t["marker"]["symbol"] for t in invented)
    assert sum(len(t["lon"]) for t in invented) == 7  # the planned, invented institutes
    timeline = institutes.timeline(shipped, institutes.Controls("en", TODAY))
    labels = [a["text"] for a in drawn(timeline.figure).to_dict()["layout"]["annotations"]]
    assert sum("illustrative" in label for label in labels) >= 7
    # and the whole chart carries the watermark, in the page's language
    assert "ILLUSTRATIVE" in labels
    french = institutes.timeline(shipped, institutes.Controls("fr", TODAY))
    assert "ILLUSTRATIF" in [
        a["text"] for a in drawn(french.figure).to_dict()["layout"]["annotations"]
    ]


# 7. The region profile names its publishers, with links --------------------------------------
def test_region_profile_names_its_publishers(shipped):
    view = region.build(shipped, region.Controls("fr", TODAY, "MA-06"))
    line = view.profile_source
    assert "HCP — RGPH 2024" in line.source and line.urls
    assert line.illustrative and line.generator  # the adoption figures are illustrative
    assert "Indicator catalogue" not in line.source


# 8. Nothing a source does not state; flags from the rows actually drawn ---------------------
def test_no_host_city_is_stated_that_no_source_states(shipped):
    guelmim = shipped.frame("institutes").set_index("institute_id").loc["JZ-GON"]
    assert guelmim["city"] == "Non précisée" and guelmim["city_en"] == "Not stated"


def test_each_section_is_marked_from_the_rows_it_draws(tmp_path):
    catalogue = factory.catalogue().assign(illustrative=False)
    pilot = factory.observations("pilot_projects", 10, sectors=(None, "Santé"))
    # one region's sector rows are illustrative, everything else published
    pilot["illustrative"] = (pilot["region_code"] == "MA-12") & pilot["sector"].notna()
    folder = factory.write_folder(
        tmp_path / "data",
        {
            "indicators": catalogue,
            "adoption": pd.concat(
                [pilot, factory.observations("e_services_share", 40)], ignore_index=True
            ),
        },
    )
    snapshot = snapshot_of(folder)
    everything = adoption.build(snapshot, adoption.Controls("en", "pilot_projects"))
    assert not everything.source.illustrative  # the map: all-sector rows, published
    assert not everything.trend_source.illustrative
    assert everything.heatmap_source.illustrative  # the heatmap draws MA-12's sectors
    elsewhere = adoption.build(
        snapshot, adoption.Controls("en", "pilot_projects", regions=("MA-01",))
    )
    assert not elsewhere.heatmap_source.illustrative  # MA-12 is not drawn


def test_a_file_credited_by_name_is_named_in_the_readers_language(shipped):
    from atlas.i18n import translator
    from atlas.sources import word

    card = overview.build(shipped, overview.Controls("fr", TODAY)).cards[0]
    assert word(card.source, translator("fr"), "fr").text.startswith(
        "Source : Déploiement des Instituts Jazari"
    )


def test_the_links_shown_name_as_many_publishers_as_they_can():
    """A source line shows four links: one per publisher first, then a second of the same
    one; the rest are counted, none lost."""
    from atlas.i18n import translator
    from atlas.sources import SourceLine, word

    urls = (
        "https://a.ma/1",
        "https://www.a.ma/2",
        "https://b.ma/1",
        "https://a.ma/3",
        "https://c.ma/1",
        "https://d.ma/1",
        "https://e.ma/1",
    )
    worded = word(SourceLine("Agence", urls), translator("en"), "en")
    assert [name for name, _url in worded.links] == ["a.ma", "b.ma", "c.ma", "d.ma"]
    assert worded.more == "(+3 more)"
