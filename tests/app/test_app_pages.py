"""Every thematic page with AppTest: renders, controls change it, URL round-trips,
empty selections explain themselves."""

from __future__ import annotations

import pandas as pd
import pytest

from atlas.pages import PAGES as ATLAS_PAGES
from tests.support import factory
from tests.support.apptest import (
    exceptions,
    figure,
    open_everything,
    page_title,
    region_hovers,
    run_app,
    texts,
)

pytestmark = pytest.mark.apptest

PAGES = [page.script for page in ATLAS_PAGES]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_page_renders_without_exception(page, lang):
    app = run_app(page, query={"lang": lang})
    assert not exceptions(app), exceptions(app)
    assert page_title(app), "every page has a title"


# --- Jazari Institutes -------------------------------------------------------------
def statuses(app) -> list[str]:
    spec = figure(app)
    return [
        trace["name"]
        for trace in spec["data"][1:]
        if trace.get("visible") != "legendonly" and trace.get("lon")
    ]


def test_institutes_date_slider_changes_the_statuses():
    app = run_app("pages/institutes.py")
    today = statuses(app)
    app.select_slider(key="date").set_value("2025-04-14").run()
    assert not exceptions(app)
    assert statuses(app) != today
    assert app.query_params["date"] == "2025-04-14"


def test_institutes_date_round_trips_through_the_url():
    app = run_app("pages/institutes.py", query={"date": "2026-01-12"})
    assert app.select_slider(key="date").value == "2026-01-12"
    assert "Instituts Jazari — statut au 12 janvier 2026" in texts(app)


def test_institutes_replay_starts_from_the_first_announcement():
    app = run_app("pages/institutes.py")
    app.button[0].click().run()
    assert app.session_state["playing"] is True
    # The fragment advances one step per run: the first announcement, then the next date.
    assert app.select_slider(key="date").value in ("2025-04-14", "2025-05-01")
    assert app.button[0].label == "Pause"


def test_institutes_empty_selection_is_explained(tmp_path, monkeypatch):
    folder = factory.write_folder(tmp_path / "data")
    app = run_app(
        "pages/institutes.py", data_dir=folder, monkeypatch=monkeypatch, query={"regions": "MA-01"}
    )
    assert not exceptions(app)
    assert "Aucun institut dans les régions sélectionnées" in texts(app)


def test_an_empty_institutes_file_is_explained(tmp_path, monkeypatch):
    folder = factory.write_folder(tmp_path / "data", {"institutes": factory.institutes().iloc[0:0]})
    app = run_app("pages/institutes.py", data_dir=folder, monkeypatch=monkeypatch)
    assert not exceptions(app)
    assert "Aucun institut dans le fichier des instituts pour l’instant." in texts(app)


# --- Adoption ------------------------------------------------------------------------
def test_a_percentage_published_only_by_sector_offers_only_its_sectors(tmp_path, monkeypatch):
    by_sector = factory.observations(
        "e_services_share", 40, national=False, sectors=("Santé", "Justice")
    )
    adoption_rows = factory.tables()["adoption"]
    adoption_rows = adoption_rows[adoption_rows["indicator_id"] != "e_services_share"]
    folder = factory.write_folder(
        tmp_path / "data", {"adoption": pd.concat([adoption_rows, by_sector], ignore_index=True)}
    )
    app = run_app(
        "pages/adoption.py",
        data_dir=folder,
        monkeypatch=monkeypatch,
        query={"indicator": "e_services_share"},
    )
    assert not exceptions(app)
    # a percentage cannot be summed over sectors: no "all sectors" figure to offer
    assert app.selectbox(key="sector").options == ["Justice", "Santé"]
    assert app.selectbox(key="sector").value == "Justice"
    assert region_hovers(app)


def test_adoption_indicator_and_sector_change_the_map():
    app = run_app("pages/adoption.py")
    first = region_hovers(app)
    app.selectbox(key="sector").set_value("Santé").run()
    by_sector = region_hovers(app)
    assert by_sector != first
    app.selectbox(key="indicator").set_value("online_procedures_share").run()
    assert not exceptions(app)
    assert region_hovers(app) != by_sector
    assert app.query_params["indicator"] == "online_procedures_share"


def test_adoption_url_round_trip_and_region_filter():
    query = {
        "indicator": "civil_servants_trained_ai",
        "period": "2025-04-01",
        "view": "absolute",
        "regions": "MA-01,MA-07",
    }
    app = run_app("pages/adoption.py", query=query)
    assert not exceptions(app)
    assert app.selectbox(key="period").value == "2025-04-01"
    names = [t["name"] for t in figure(app, 2)["data"]]
    assert names[:2] == ["Tanger-Tétouan-Al Hoceïma", "Marrakech-Safi"]
    assert {k: app.query_params[k] for k in query} == query


# --- Sovereignty -------------------------------------------------------------------
def test_sovereignty_shows_progress_to_targets_and_national_series():
    app = run_app("pages/sovereignty.py")
    progress = figure(app, 0)
    labels = " ".join(a["text"] for a in progress["layout"]["annotations"])  # above the bars
    # measured from the published 2022 baseline, stated on the chart
    assert "Rang mondial e-gouvernement" in labels and "101 (2022) → 90 (2024)" in labels
    app.selectbox(key="indicator").set_value("egdi_rank").run()
    national = figure(app, 1)["data"]
    assert national[0]["y"][-1] == 90  # UN EGDI 2024 rank, published
    assert any(trace.get("name") == "Cible 2030" for trace in national)
    assert "Chiffre national" in texts(app)


def test_sovereignty_regional_breakdown_is_labelled_as_such():
    app = run_app("pages/sovereignty.py", query={"indicator": "dc_capacity_mw"})
    assert "Chiffres régionaux" in texts(app) and "Chiffre national" in texts(app)
    assert len(app.get("plotly_chart")) == 3


# --- Cooperation -------------------------------------------------------------------
def test_cooperation_filters_change_the_table_and_empty_is_explained():
    app = run_app("pages/cooperation.py")
    everything = len(app.dataframe[-1].value)
    app.toggle(key="south").set_value(True).run()
    assert 0 < len(app.dataframe[-1].value) < everything
    assert app.query_params["south"] == "1"
    app.multiselect(key="kind").set_value(["company"]).run()
    assert not exceptions(app)
    assert "Aucun accord ne correspond à ces filtres" in texts(app)


def test_cooperation_url_round_trip():
    query = {"kind": "country", "years": "2024-2025", "instrument": "mou"}
    app = run_app("pages/cooperation.py", query=query)
    table = app.dataframe[-1].value
    years = table["signed_on"].str[-4:].astype(int)  # dates as precise as their source
    assert set(table["partner_kind"]) == {"Pays"} and years.between(2024, 2025).all()
    assert {k: app.query_params[k] for k in query} == query


# --- Region profile and data ------------------------------------------------------
def test_region_profile_from_the_url():
    app = run_app("pages/region.py", query={"region": "MA-12"})
    assert app.title[0].value.replace("\\", "") == "Dakhla-Oued Ed-Dahab"  # escaped markdown
    profile = next(d.value for d in app.dataframe if "Indicateur" in d.value.columns)
    assert "Population légale (RGPH 2024)" in list(profile["Indicateur"])
    assert app.query_params["region"] == "MA-12"
    app.selectbox(key="region").set_value("MA-03").run()
    assert app.title[0].value.replace("\\", "") == "Fès-Meknès"


def test_data_page_lists_every_dataset_with_its_status():
    app = run_app("pages/data.py")
    datasets = app.dataframe[0].value
    assert len(datasets) == 8 and set(datasets["status"]) == {"Valide"}
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels.count("CSV") == 2 and labels.count("Excel") == 2


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_page_shows_an_untranslated_string(lang, monkeypatch):
    from atlas import i18n

    monkeypatch.setenv("ATLAS_I18N_STRICT", "1")
    i18n.MISSING.clear()
    for page in PAGES:
        run_app(page, query={"lang": lang})
    run_app(None, query={"lang": lang, "mode": "event"})
    assert not i18n.MISSING, sorted(i18n.MISSING)[:10]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_another_providers_folder(page, tmp_path, monkeypatch):
    """Other ids, labels, institutes and agreements than the shipped ones."""
    folder = factory.write_folder(tmp_path / "data")
    app = run_app(page, data_dir=folder, monkeypatch=monkeypatch, query={"lang": "en"})
    assert not exceptions(app), exceptions(app)
    assert page_title(app)


def test_a_source_in_another_language_is_marked_with_its_language(tmp_path, monkeypatch):
    catalogue = factory.catalogue().assign(source_fr="Bureau des tests", illustrative=False)
    folder = factory.write_folder(tmp_path / "data", {"indicators": catalogue})
    app = run_app(
        "pages/adoption.py",
        data_dir=folder,
        monkeypatch=monkeypatch,
        query={"lang": "ar", "indicator": "e_services_share"},
    )
    assert not exceptions(app)
    lines = " ".join(h.value for h in app.get("html"))  # source lines: the shared macro
    assert '<bdi lang="fr">Bureau des tests</bdi>' in lines


# --- Every chart taken away and read (issue 19, items 1 and 5) --------------------------
# Charts whose rows are in another chart's table or in a page's full table: the adoption
# map (its ranking's table holds every region's value and quartile), the institutes' map
# (the table of institutes on the date), the cooperation timeline (the table of every
# agreement at the foot of the page).
SHARED_TABLES = {"pages/adoption.py": 1, "pages/institutes.py": 1, "pages/cooperation.py": 1}
# The region profile's locator map only says where the region is (its name is the title).
NOT_DATA = {"pages/region.py": 1}


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize(
    "page",
    [p for p in PAGES if p not in ("pages/data.py", "pages/strategy.py")],
)
def test_every_chart_has_a_picture_to_download_and_a_table(page, lang):
    """Each chart or map: its PNG and SVG under it, and its rows as a table a screen reader
    reaches (an expander, or the page's table), built when the viewer opens them."""
    app = run_app(page, query={"lang": lang})
    assert not app.get("download_button")  # closed menus: no buttons, no files made
    app = open_everything(app)
    charts = len(app.get("plotly_chart")) - NOT_DATA.get(page, 0)
    labels = [b.proto.label for b in app.get("download_button")]
    png = "Image (PNG)" if lang == "fr" else "صورة (PNG)"
    assert labels.count(png) == charts, (labels, charts)
    assert labels.count(png.replace("PNG", "SVG")) == charts
    word = "Tableau" if lang == "fr" else "جدول"
    tables = [e.label for e in app.expander if word in e.label]
    assert len(tables) >= charts - SHARED_TABLES.get(page, 0), (tables, charts)
