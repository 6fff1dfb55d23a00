"""The national overview, run with Streamlit's AppTest."""

from __future__ import annotations

import pytest

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


def test_renders_map_and_key_figures():
    app = run_app()
    assert not exceptions(app)
    assert page_title(app) == "Vue nationale"
    spec = figure(app)
    assert spec["data"][0]["type"] == "choropleth"
    assert len(region_hovers(app)) == 12
    said = texts(app)  # the key figures, drawn as one block of cards
    assert "Instituts régionaux en activité / annoncés" in said and "Accords signés" in said


def test_geometry_travels_by_url_not_inside_the_figure():
    spec = figure(run_app())
    geojson = spec["data"][0]["geojson"]
    assert isinstance(geojson, str) and geojson.startswith("app/static/regions.geojson")


def test_changing_the_indicator_changes_the_figure_and_the_url():
    app = run_app()
    before = region_hovers(app)
    app.selectbox(key="indicator").set_value("civil_servants_trained_ai").run()
    assert not exceptions(app)
    assert region_hovers(app) != before
    assert app.query_params["indicator"] == "civil_servants_trained_ai"


def test_per_capita_by_default_with_a_switch_to_absolute():
    app = run_app(query={"indicator": "civil_servants_trained_ai"})
    per_capita = region_hovers(app)
    app.radio(key="view").set_value("absolute").run()
    absolute = region_hovers(app)
    assert all("pour 100 000 habitants" in text for text in per_capita.values())
    assert not any("pour 100 000 habitants" in text for text in absolute.values())
    assert app.query_params["view"] == "absolute"


def test_query_string_reproduces_the_view():
    query = {
        "indicator": "online_procedures_share",
        "period": "2025-04-01",
        "regions": "MA-06,MA-09",
        "lang": "en",
    }
    app = run_app(query=query)
    assert not exceptions(app)
    assert app.selectbox(key="indicator").value == "online_procedures_share"
    assert app.selectbox(key="period").value == "2025-04-01"
    assert app.multiselect(key="regions").value == ["MA-06", "MA-09"]
    assert page_title(app) == "National overview"
    assert {k: app.query_params[k] for k in query} == query


def test_region_filter_applies_to_map_and_table():
    app = run_app(query={"regions": "MA-06"})
    opacity = figure(app)["data"][0]["marker"]["opacity"]
    locations = figure(app)["data"][0]["locations"]
    assert opacity[locations.index("MA-06")] == 1.0
    assert sorted(set(opacity)) == [0.3, 1.0]
    assert not app.dataframe  # the table is built when its expander is opened
    table = open_everything(app).dataframe[0].value
    assert list(table["region_code"]) == ["MA-06"]


def test_illustrative_values_are_marked_under_the_figure():
    app = run_app(query={"indicator": "online_procedures_share"})
    assert "Valeurs illustratives" in texts(app)
    app = run_app(query={"indicator": "population", "view": "absolute"})
    assert "Valeurs illustratives" not in texts(app).split("Source")[1]
    assert "HCP" in texts(app)


def test_another_providers_folder_shows_its_own_numbers_and_labels(tmp_path, monkeypatch):
    folder = factory.write_folder(tmp_path / "data")
    app = run_app(data_dir=folder, monkeypatch=monkeypatch, query={"lang": "en"})
    assert not exceptions(app)
    options = app.selectbox(key="indicator").options
    assert "pilot_projects (en)" in options and "e_services_share (en)" in options
    assert "Cas d'usage" not in " ".join(options)
    app.selectbox(key="indicator").set_value("e_services_share").run()
    assert "49" in region_hovers(app)["MA-06"]  # 40 + 6 + 3, the latest quarter


def test_selector_options_come_from_the_catalogue():
    app = run_app()
    options = app.selectbox(key="indicator").options
    assert "Population légale (RGPH 2024)" in options
    assert "Instituts Jazari régionaux (annoncés ou au-delà)" in options


def test_a_non_french_language_stays_in_the_link(monkeypatch):
    app = run_app()
    app.selectbox(key="lang").set_value("ar").run()
    assert app.query_params["lang"] == "ar"
    app.selectbox(key="lang").set_value("fr").run()
    assert "lang" not in app.query_params
