"""Bad data never breaks the dashboard: a plain message where the data is needed, every
other page working, the last good version kept, and no traceback anywhere."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from atlas.pages import PAGES as ATLAS_PAGES
from loaders.contract import TABLES_BY_NAME
from tests.support import factory
from tests.support.apptest import exceptions, page_title, run_app, texts

pytestmark = pytest.mark.apptest

PAGES = [page.script for page in ATLAS_PAGES]
# Which pages cannot do without which dataset (the others must keep working).
NEEDED_BY = {
    "regions": {
        "pages/overview.py",
        "pages/strategy.py",
        "pages/institutes.py",
        "pages/adoption.py",
        "pages/sovereignty.py",
        "pages/region.py",
    },
    "institutes": {"pages/institutes.py"},
    "indicators": {
        "pages/overview.py",
        "pages/adoption.py",
        "pages/sovereignty.py",
        "pages/region.py",
    },
    "adoption": {"pages/adoption.py"},
    "sovereignty": {"pages/sovereignty.py"},
    "context": set(),
    "cooperation": {"pages/cooperation.py"},
    "strategy": set(),  # optional: its page shows the rest and says the file is unreadable
}
TITLES_FR = {
    "regions": "Les 12 régions (géométrie)",
    "institutes": "Déploiement des Instituts Jazari",
    "indicators": "Catalogue des indicateurs",
    "adoption": "Adoption de l’IA dans les services publics",
    "sovereignty": "Souveraineté numérique",
    "context": "Contexte et références",
    "cooperation": "Coopération internationale",
    "strategy": "La stratégie : cibles, étapes, gouvernance",
}


def break_file(folder, name: str) -> None:
    filename = "regions.geojson" if name == "regions" else TABLES_BY_NAME[name].filename
    (folder / filename).write_text("region_code;value\nMA-01;12,5\n", "utf-8")


@pytest.mark.parametrize("name", list(NEEDED_BY))
def test_a_broken_file_is_explained_where_needed_and_nowhere_else_breaks(
    tmp_path, monkeypatch, name
):
    folder = factory.write_folder(tmp_path / "data")
    break_file(folder, name)
    for page in PAGES:
        app = run_app(page, data_dir=folder, monkeypatch=monkeypatch)
        assert not exceptions(app), (page, exceptions(app))
        shown = texts(app)
        assert "Traceback" not in shown
        if page in NEEDED_BY[name]:
            assert f"« {TITLES_FR[name]} » ne peuvent pas être affichées" in shown, (page, shown)
        else:
            assert page_title(app), page  # the page drew itself


def test_the_message_is_in_the_viewers_language(tmp_path, monkeypatch):
    folder = factory.write_folder(tmp_path / "data")
    break_file(folder, "cooperation")
    app = run_app(
        "pages/cooperation.py", data_dir=folder, monkeypatch=monkeypatch, query={"lang": "ar"}
    )
    assert "لا يمكن عرض معطيات «التعاون الدولي»" in texts(app)
    assert "ملف Parquet غير مقروء" in texts(app)


def test_a_rule_broken_inside_a_file_names_rows_and_rule(tmp_path, monkeypatch):
    institutes = factory.institutes()
    institutes.loc[0, "region_code"] = "MA-13"
    folder = factory.write_folder(tmp_path / "data", {"institutes": institutes})
    app = run_app("pages/institutes.py", data_dir=folder, monkeypatch=monkeypatch)
    shown = texts(app)
    assert "colonne region\\_code" in shown and "1 \\(T\\-1\\)" in shown
    assert "MA\\-01 … MA\\-12" in shown


def test_a_broken_replacement_keeps_the_last_good_version_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_CHECK_INTERVAL", "0")
    folder = factory.write_folder(tmp_path / "data")
    app = run_app("pages/cooperation.py", data_dir=folder, monkeypatch=monkeypatch)
    rows_before = len(app.dataframe[-1].value)
    broken = factory.cooperation().assign(partner_kind="ngo")
    factory.write_table(folder, "cooperation", broken)
    stat = (folder / "cooperation.parquet").stat()
    os.utime(folder / "cooperation.parquet", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    app.run()
    assert not exceptions(app)
    assert len(app.dataframe[-1].value) == rows_before
    warning = " ".join(w.value for w in app.warning)
    assert "dernière version valide" in warning and "refusé" in warning
    good = factory.cooperation().iloc[:2]
    factory.write_table(folder, "cooperation", good)
    os.utime(folder / "cooperation.parquet", ns=(stat.st_atime_ns, stat.st_mtime_ns + 3 * 10**9))
    app.run()
    assert len(app.dataframe[-1].value) == 2 and not app.warning


def test_an_empty_data_folder_gives_a_first_run_message(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    app = run_app(None, data_dir=tmp_path / "empty", monkeypatch=monkeypatch)
    assert not exceptions(app)
    assert "Bienvenue dans Jazari Atlas" in texts(app)
    assert "ATLAS\\_DATA\\_DIR" in texts(app) or "ATLAS_DATA_DIR" in texts(app)


def test_a_missing_data_folder_gives_a_first_run_message(tmp_path, monkeypatch):
    app = run_app("pages/cooperation.py", data_dir=tmp_path / "nowhere", monkeypatch=monkeypatch)
    assert not exceptions(app)
    assert "Aucune donnée trouvée" in texts(app)


def test_missing_geometry_is_explained(tmp_path, monkeypatch):
    folder = factory.write_folder(tmp_path / "data")
    (folder / "regions.geojson").unlink()
    app = run_app(None, data_dir=folder, monkeypatch=monkeypatch)
    assert not exceptions(app)
    assert "fichier manquant" in texts(app)


def test_the_shipped_configuration_keeps_viewers_safe():
    """Read the settings the app really runs with (.streamlit/config.toml)."""
    code = (
        "import json, streamlit.config as c; c.get_config_options(force_reparse=True); "
        "print(json.dumps({k: c.get_option(k) for k in ["
        "'browser.gatherUsageStats', 'server.enableXsrfProtection', "
        "'server.maxUploadSize', 'server.maxMessageSize', 'client.showErrorDetails', "
        "'client.toolbarMode', 'server.enableAgentApi', 'server.enableStaticServing', "
        "'server.enableCORS']}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=factory.REPO, capture_output=True, text=True, check=True
    )
    import json

    options = json.loads(result.stdout.strip().splitlines()[-1])
    assert options["browser.gatherUsageStats"] is False
    assert options["server.enableXsrfProtection"] is True
    assert options["server.maxUploadSize"] <= 1
    assert options["server.maxMessageSize"] <= 50
    assert options["client.showErrorDetails"] in ("none", False)
    assert options["client.toolbarMode"] == "viewer"
    assert options["server.enableAgentApi"] is False
