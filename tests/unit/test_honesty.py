"""Nothing invented reads as a fact, and every count means what its label says, on every
surface (issue 17): one test per rule, on the shipped folder (whose facts are sourced),
on folders built here and on generated contract-valid folders."""

from __future__ import annotations

import io
import os
import re
import zipfile

import pandas as pd
import pytest
from hypothesis import given

from atlas import cooperation as coop
from atlas import event_screen, metrics
from atlas.i18n import format_date, format_month, translator
from atlas.pages import page as atlas_page
from atlas.pictures import Empty
from atlas.snapshot import Snapshot, published_only
from atlas.views import cooperation, data, event, institutes, overview, region, sovereignty
from edition import site
from edition.__main__ import build_once
from loaders.store import DataStore
from plotly_drawer.draw import figure as drawn
from tests.support import factory
from tests.support.apptest import decoded
from tests.support.generated import bounded, folders, written

TODAY = pd.Timestamp("2026-11-27")
LANGUAGES = ("fr", "ar", "en")


@pytest.fixture(scope="module")
def shipped() -> Snapshot:
    return Snapshot(DataStore(factory.REPO / "data").states(), factory.REPO / "data")


def snapshot_of(folder) -> Snapshot:
    return Snapshot(DataStore(folder).states(), folder)


# 1. Public surfaces show published facts by default -----------------------------------------
@bounded(examples=6)
@given(folder=folders())
def test_public_surfaces_never_draw_an_invented_value(folder):
    snapshot = snapshot_of(written(folder))
    public = published_only(snapshot)
    assert not public.observations["illustrative"].any()
    for name in ("institutes", "cooperation"):
        if public.has(name):
            assert not public.frame(name)["illustrative"].any()
    for view in event_screen.VIEWS:
        shown = event.build(
            snapshot, event.Controls("fr", TODAY, event_screen.Slot(view, 0, 1, "fr"))
        )
        if shown.source is not None:
            assert not shown.source.illustrative, (view, folder.shapes)
        if isinstance(shown.figure, Empty):
            assert view not in event.available_views(public, "fr", TODAY)
    home = overview.build(public, overview.Controls("ar", TODAY))
    if home.map_data is not None:
        assert not home.map_data.values["illustrative"].any()
        assert not home.source.illustrative
    # a month-only (or year-only) date never prints a day, on any surface's rows
    if snapshot.has("cooperation") and len(snapshot.frame("cooperation")):
        shown = cooperation.build(snapshot, cooperation.Controls("fr")).shown
        for when, precision, text in zip(
            shown["signed_on"], metrics.date_precisions(shown, "signed_on"), shown["date_text"]
        ):
            if precision == "month":
                assert text == format_month(when, "fr")
            elif precision == "year":
                assert text == str(when.year)
        # a count means its label: agreements signed are signed texts, the rest apart
        summary = coop.south_south_summary(shown)
        assert summary["total"] + summary["other"] == len(shown)
        assert summary["total"] == int(metrics.signed_agreements(shown).sum())


def test_an_all_illustrative_indicator_is_on_no_public_surface(shipped, shipped_edition):
    # every regional adoption figure shipped is illustrative
    assert isinstance(
        event.build(
            shipped, event.Controls("fr", TODAY, event_screen.Slot("leaders", 0, 1, "fr"))
        ).figure,
        Empty,
    )
    for root in ("", "ar/", "en/"):
        adoption_page = (shipped_edition / root / "adoption" / "index.html").read_text()
        assert 'class="ranked"' not in adoption_page  # no leading or lagging region listed
        home = (shipped_edition / root / "index.html").read_text()
        assert 'class="mark mark-illustrative"' not in home
    for page in shipped_edition.rglob("index.html"):
        text = page.read_text()
        assert 'class="mark mark-illustrative"' not in text, page
        assert "2027" not in text, page  # no invented opening date


# 3. Counts mean their label everywhere ---------------------------------------------------------
def test_counts_mean_their_label_on_the_page_and_the_big_screen(shipped):
    view = cooperation.build(shipped, cooperation.Controls("en"))
    cards = {c.label: c.value for c in view.cards}
    # coded by what each source says: UNDP's declaration of intent and the DCO's charter
    # accession are cooperation, not agreements signed
    assert cards["Agreements signed"] == "8" and cards["Other cooperation"] == "18"
    assert cards["South-South share of agreements signed"] == "50.0 %"
    share = next(c for c in view.cards if c.label == "South-South share of agreements signed")
    assert share.help.startswith("4 of the 8 agreements signed")
    world = decoded(drawn(view.figures["world"]).to_dict())["data"][1]
    hover = dict(zip(world["locations"], world["customdata"]))
    # a resolution, a group of friends and talks: no agreement signed with the US
    assert hover["USA"].endswith("0 agreement(s) signed · 3 other cooperation")
    values = {country.iso3: country.value for country in view.figures["world"].countries}
    assert values["USA"] == 0
    screen = event.build(
        shipped, event.Controls("en", TODAY, event_screen.Slot("cooperation", 0, 1, "en"))
    )
    assert screen.subtitle.startswith("8 agreements signed, 50.0 % of them South-South")
    timeline = decoded(drawn(view.figures["timeline"]).to_dict())["layout"]
    assert timeline["xaxis"]["title"]["text"] == "Date"  # not "date signed": talks are in it
    frame = shipped.frame("cooperation").set_index("agreement_id")
    assert frame.loc["COOP-003", "instrument"] == "resolution"  # UN General Assembly
    assert frame.loc["COOP-010", "instrument"] == "declaration"  # the Rabat Consensus
    assert not metrics.signed_agreements(frame.loc[["COOP-003", "COOP-010"]]).any()


# 4. Entities by kind ----------------------------------------------------------------------------
def test_only_regional_institutes_count_as_institutes(shipped):
    frame = shipped.frame("institutes")
    published = frame[~frame["illustrative"]]
    assert dict(zip(published["institute_id"], published["kind"])) == {
        "JZ-GON": "regional_institute",
        "JZ-NAD": "regional_institute",
        "JZ-DAK": "regional_institute",
        "JZ-ROOT": "hub",
        "JZ-ROOT-LAB": "research_lab",
        "JZ-FES": "sector_centre",
    }
    counts = metrics.institute_counts_by_region(published, TODAY)
    assert counts.sum() == 3 and counts["MA-04"] == 0  # the hub and the lab are not institutes
    kpi = overview.institute_kpis(frame, TODAY)
    assert kpi["announced"] == 3 and kpi["regions_covered"] == 3
    status = institutes.on_date(shipped, institutes.Controls("en", TODAY))
    kinds = dict(zip(status.current["institute_id"], status.current["kind_label"]))
    assert kinds["JZ-ROOT-LAB"] == "Research lab" and kinds["JZ-ROOT"] == "Federating hub"
    # a file without the optional column lists regional institutes
    assert metrics.is_regional_institute(factory.institutes()).all()


# 5. Dates at the precision of their source --------------------------------------------------------
def test_a_month_only_date_never_prints_a_day(shipped, shipped_edition):
    rows = shipped.frame("cooperation").set_index("agreement_id")
    assert rows.loc["COOP-009", "signed_on_precision"] == "month"  # the UNESCO ethics pledge
    expected = {"fr": "mars 2022", "ar": "مارس 2022", "en": "Mar 2022"}
    for language in LANGUAGES:
        view = cooperation.build(shipped, cooperation.Controls(language))
        dates = view.shown.set_index("agreement_id")["date_text"]
        assert dates["COOP-009"] == expected[language]
        assert dates["COOP-024"] == format_month(pd.Timestamp("2025-07-01"), language)
    page = (shipped_edition / "cooperation" / "index.html").read_text()
    assert "mars 2022" in page and "1 mars 2022" not in page and "1 avr. 2022" not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_month_names_are_unambiguous(language):
    months = [format_month(pd.Timestamp(f"2025-{m:02d}-01"), language) for m in range(1, 13)]
    assert len(set(months)) == 12
    if language == "fr":
        assert months[5] == "juin 2025" and months[6] == "juil. 2025"  # never "jui."
    assert format_date(pd.Timestamp("2022-03-01"), language, precision="year") == "2022"


# 6. Where it was signed is not the region involved ------------------------------------------------
def test_the_place_of_signing_is_not_the_region_involved(shipped):
    senegal = shipped.frame("cooperation").set_index("agreement_id").loc["COOP-013"]
    assert pd.isna(senegal["region_code"]) and senegal["signed_in"] == "Dakhla"
    dakhla = region.build(shipped, region.Controls("fr", TODAY, "MA-12"))
    assert isinstance(dakhla.agreements, Empty) or "COOP-013" not in set(
        dakhla.agreements["agreement_id"]
    )


# 7. Derived, translated, quoted ---------------------------------------------------------------------
def test_computed_values_say_so_with_their_inputs(shipped):
    view = overview.build(shipped, overview.Controls("en", TODAY, "urbanisation_rate"))
    assert any("urban population" in how for how in view.source.derived)
    derived = view.map_data.values.set_index("region_code")["derived_from"]
    assert derived[["MA-01", "MA-03"]].notna().all() and derived[["MA-02", "MA-04"]].isna().all()
    ranks = shipped.observations.query("indicator_id == 'ai_readiness_rank'").set_index("period")
    latest = ranks.loc[pd.Timestamp("2025-01-01")]
    assert latest["value"] == 87 and "14 places" in latest["derived_from"]
    assert not latest["illustrative"]


def test_qualifiers_are_kept(shipped):
    for language, text in (("fr", "plus de 600"), ("en", "more than 600"), ("ar", "أكثر من 600")):
        cards = overview.build(shipped, overview.Controls(language, TODAY)).cards
        assert any(card.value == text for card in cards), [c.value for c in cards]


def test_our_translations_are_marked_and_summaries_called_so(shipped):
    from atlas import tables

    view = cooperation.build(shipped, cooperation.Controls("fr"))
    shown = tables.agreements(view.shown, shipped.region_names("fr"), {}, "fr")
    assert shown["title"].str.endswith("(notre traduction)").all()
    english = cooperation.build(shipped, cooperation.Controls("en"))
    assert not english.shown["title__translated"].any()  # the summaries were written in English


@pytest.mark.parametrize("language", LANGUAGES)
def test_quotes_name_their_speaker(language):
    _ = translator(language)
    soft_power = _(atlas_page("cooperation").lead)
    assert "Omar Hilale" in soft_power or "عمر هلال" in soft_power
    assert "RT France" in soft_power


# 2. No progress without published figures ----------------------------------------------------------
def test_no_progress_bar_rests_on_an_invented_value(shipped):
    targets = sovereignty.national_targets(shipped, "fr")
    bars = decoded(drawn(targets.figure).to_dict())["data"][1]
    assert len(bars["x"]) == 1  # the UN EGDI rank: the only target with two published figures
    assert len(targets.pending) == 5


# 8. Every export keeps the marks -------------------------------------------------------------------
def test_every_export_keeps_each_rows_mark_and_source(shipped):
    for name in ("adoption", "sovereignty", "context", "institutes", "cooperation"):
        archive = zipfile.ZipFile(
            io.BytesIO(data.download(shipped, [name], [], "csv", "en", "all"))
        )
        exported = pd.read_csv(io.BytesIO(archive.read(f"{name}.csv")), encoding="utf-8-sig")
        assert exported["illustrative"].notna().all() and exported["source"].notna().all()
        assert set(exported["mark"]) <= {"published", "illustrative", "derived"}
        assert ((exported["mark"] == "illustrative") == exported["illustrative"]).all()
        if name in ("adoption", "sovereignty", "context"):
            effective = shipped.observations.query("theme == @name")
            assert int(exported["illustrative"].sum()) == int(effective["illustrative"].sum())
        assert "Every row carries its mark" in archive.read("README.txt").decode()
    # the view's marks and the export's agree, region by region
    view = overview.build(
        shipped, overview.Controls("en", TODAY, "civil_servants_trained_ai", per_capita=False)
    )
    rows = shipped.frame("adoption")
    exported = rows[
        (rows["indicator_id"] == "civil_servants_trained_ai")
        & (rows["period"] == pd.Timestamp(view.period))
        & rows["sector"].isna()
        & rows["region_code"].notna()
    ]
    assert dict(zip(exported["region_code"], exported["illustrative"])) == dict(
        zip(view.map_data.values["region_code"], view.map_data.values["illustrative"])
    )


# 9. Every link lands ----------------------------------------------------------------------------------
def test_edition_links_back_to_the_dashboards_public_address(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_PUBLIC_URL", "https://atlas.example.ma")
    out = tmp_path / "out"
    assert build_once(factory.write_folder(tmp_path / "data"), out, site.Options(today=TODAY)) == 0
    page = (out / "regions" / "MA-09" / "index.html").read_text()
    assert 'href="https://atlas.example.ma/region?region=MA-09&amp;lang=fr"' in page
    home = (out / "ar" / "index.html").read_text()
    assert 'href="https://atlas.example.ma/?lang=ar"' in home


# The strategy's name on every surface --------------------------------------------------------------
def test_every_edition_footer_names_maroc_ia_2030(shipped_edition):
    for page in shipped_edition.rglob("index.html"):
        text = page.read_text()
        assert "Maroc IA 2030" in text, page
        assert re.search(r"stratégie marocaine d’IA \(Maroc Digital 2030\)", text) is None
    readme = (factory.REPO / "README.md").read_text()
    assert "under Maroc Digital 2030" not in readme


def test_public_surfaces_may_opt_in_for_a_demonstration(shipped, monkeypatch):
    monkeypatch.setenv("ATLAS_PUBLIC_ILLUSTRATIVE", "1")
    assert published_only(shipped) is shipped
    shown = event.build(
        shipped, event.Controls("fr", TODAY, event_screen.Slot("leaders", 0, 1, "fr"))
    )
    assert not isinstance(shown.figure, Empty) and shown.notice  # said at the screen's size
    annotations = decoded(drawn(shown.figure).to_dict())["layout"]["annotations"]
    assert any(a["text"] == "ILLUSTRATIF" for a in annotations)  # the watermark
    monkeypatch.delenv("ATLAS_PUBLIC_ILLUSTRATIVE")
    assert published_only(shipped) is not shipped
    assert os.environ.get("ATLAS_PUBLIC_ILLUSTRATIVE") is None
