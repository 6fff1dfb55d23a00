"""Publishing a data version to many hosts (issue 20): only what the contract accepts is
published, as an immutable version; each host takes it whole or keeps its last good one,
and its workers see the switch."""

from __future__ import annotations

import json
import shutil

import pytest

from loaders import publish
from loaders.store import DataStore
from tests.support import factory

pytestmark = pytest.mark.skipif(shutil.which("rsync") is None, reason="needs Debian's rsync")


def test_a_valid_folder_is_published_once_as_an_immutable_version(tmp_path):
    source = factory.write_folder(tmp_path / "data")
    store = tmp_path / "store"
    first = publish.publish(source, store)
    assert (store / "CURRENT").read_text().strip() == first
    assert sorted(p.name for p in (store / "versions" / first).iterdir()) == sorted(
        p.name for p in source.iterdir()
    )
    assert publish.publish(source, store) == first  # the same files: the same version
    institutes = factory.institutes()
    institutes.loc[0, "city"] = "Oujda (moved)"
    factory.write_table(source, "institutes", institutes)
    second = publish.publish(source, store)
    assert second != first and (store / "versions" / first).is_dir()


def test_a_folder_the_contract_refuses_is_never_published(tmp_path):
    store = tmp_path / "store"
    good = publish.publish(factory.write_folder(tmp_path / "good"), store)
    broken = factory.write_folder(tmp_path / "broken")
    (broken / "institutes.parquet").write_bytes(b"not parquet")
    with pytest.raises(ValueError, match="institutes"):
        publish.publish(broken, store)
    assert (store / "CURRENT").read_text().strip() == good
    assert publish.main([str(broken), str(store)]) == 1


def test_a_host_switches_whole_and_its_workers_see_the_new_version(tmp_path):
    source, store, host = factory.write_folder(tmp_path / "data"), tmp_path / "s", tmp_path / "h"
    first = publish.publish(source, store)
    status = publish.pull(str(store), host)
    assert status["serving"] == first and status["problem"] == ""
    assert (host / "current").resolve() == (host / "versions" / first).resolve()
    worker = DataStore(host / "current")  # what ATLAS_DATA_DIR points at
    before = worker.state("institutes").version.provenance.sha256
    institutes = factory.institutes()
    institutes.loc[0, "city"] = "Oujda (moved)"
    factory.write_table(source, "institutes", institutes)
    second = publish.publish(source, store)
    assert publish.pull(str(store), host)["serving"] == second
    after = worker.state("institutes")
    assert after.status == "ok" and after.version.provenance.sha256 != before
    assert "Oujda (moved)" in set(after.version.frame["city"])
    assert json.loads((host / "status.json").read_text())["serving"] == second


def test_a_version_altered_in_the_store_is_refused_and_the_host_keeps_its_own(tmp_path):
    source, store, host = factory.write_folder(tmp_path / "data"), tmp_path / "s", tmp_path / "h"
    good = publish.publish(source, store)
    publish.pull(str(store), host)
    # a version that bypassed `publish`: a broken file, named as current
    forged = store / "versions" / "0123456789abcdef"
    shutil.copytree(store / "versions" / good, forged)
    (forged / "institutes.parquet").write_bytes(b"not parquet")
    (store / "CURRENT").write_text("0123456789abcdef\n")
    status = publish.pull(str(store), host)
    assert status["serving"] == good and status["latest"] == "0123456789abcdef"
    assert "does not match its id" in status["problem"]
    assert (host / "current").resolve().name == good
    assert not (host / "versions" / "0123456789abcdef").exists()
    # named by its own id, it is still refused: the contract is checked on every host
    real = publish.version_id(forged)
    forged.rename(store / "versions" / real)
    (store / "CURRENT").write_text(real + "\n")
    status = publish.pull(str(store), host)
    assert status["serving"] == good and "refused by the contract" in status["problem"]
    assert publish.main(["--pull", str(store), str(host)]) == 1


def test_a_host_that_cannot_reach_the_publisher_keeps_serving(tmp_path):
    source, store, host = factory.write_folder(tmp_path / "data"), tmp_path / "s", tmp_path / "h"
    good = publish.publish(source, store)
    publish.pull(str(store), host)
    status = publish.pull(str(tmp_path / "nowhere"), host)
    assert status["serving"] == good and "rsync failed" in status["problem"]
    assert (host / "current").resolve().name == good


@pytest.mark.apptest
def test_the_dashboard_says_which_version_its_host_shows(tmp_path, monkeypatch):
    """A host fed by published versions names its version in the sidebar and, when it
    could not take the latest one, says it shows its last good one."""
    from tests.support.apptest import exceptions, run_app

    source, store, host = factory.write_folder(tmp_path / "data"), tmp_path / "s", tmp_path / "h"
    good = publish.publish(source, store)
    publish.pull(str(store), host)
    app = run_app(data_dir=host / "current", monkeypatch=monkeypatch)
    assert not exceptions(app)
    assert any(good in c.value for c in app.sidebar.caption)
    assert not app.sidebar.warning
    (store / "CURRENT").write_text("0123456789abcdef\n")  # a version it cannot take
    publish.pull(str(store), host)
    app = run_app(data_dir=host / "current", monkeypatch=monkeypatch)
    warning = app.sidebar.warning[0].value
    assert "0123456789abcdef" in warning and good in warning


def test_the_edition_built_on_a_host_names_the_published_version(tmp_path):
    from atlas.snapshot import Snapshot
    from edition import site
    from loaders.store import validate_folder

    source, store, host = factory.write_folder(tmp_path / "data"), tmp_path / "s", tmp_path / "h"
    good = publish.publish(source, store)
    publish.pull(str(store), host)
    snapshot = Snapshot(validate_folder(host / "current"), host / "current")
    assert site.data_version(snapshot)["id"] == good
    plain = Snapshot(validate_folder(source), source)
    assert site.data_version(plain)["id"] != good  # a plain folder: its own short hash
