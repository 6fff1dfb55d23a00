"""The shared cache: loaded once per file version, refreshed on change, last good kept."""

from __future__ import annotations

import os

from loaders.store import DataStore
from tests.support import factory


def touch_later(path, seconds=5):
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + seconds * 10**9))


def test_loaded_once_while_unchanged(tmp_path):
    store = DataStore(factory.write_folder(tmp_path))
    first = store.state("institutes")
    assert store.state("institutes") is first
    assert first.version.provenance.rows == 2


def test_replaced_file_is_read_on_next_call(tmp_path):
    folder = factory.write_folder(tmp_path)
    store = DataStore(folder)
    assert len(store.state("institutes").frame) == 2
    factory.write_table(folder, "institutes", factory.institutes().iloc[:1])
    touch_later(folder / "institutes.parquet")
    assert len(store.state("institutes").frame) == 1


def test_broken_replacement_keeps_last_good_version(tmp_path):
    folder = factory.write_folder(tmp_path)
    store = DataStore(folder)
    good = store.state("institutes").version
    broken = factory.institutes().assign(region_code="MA-13")
    factory.write_table(folder, "institutes", broken)
    touch_later(folder / "institutes.parquet")
    state = store.state("institutes")
    assert state.status == "stale"
    assert state.version is good
    assert state.problems[0].rule.id == "region_code"
    assert state.refused.sha256 != good.provenance.sha256


def test_partial_file_is_never_read_as_good(tmp_path):
    folder = factory.write_folder(tmp_path)
    store = DataStore(folder)
    good = store.state("adoption").version
    path = folder / "adoption.parquet"
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 2])  # a copy caught half-way
    touch_later(path)
    assert store.state("adoption").version is good
    path.write_bytes(content)  # the copy finishes
    touch_later(path, 10)
    assert store.state("adoption").status == "ok"


def test_catalogue_change_revalidates_observations(tmp_path):
    folder = factory.write_folder(tmp_path)
    store = DataStore(folder)
    assert store.state("adoption").status == "ok"
    catalogue = factory.catalogue()
    catalogue.loc[catalogue["indicator_id"] == "pilot_projects", "theme"] = "sovereignty"
    factory.write_table(folder, "indicators", catalogue)
    touch_later(folder / "indicators.parquet")
    state = store.state("adoption")
    assert state.status == "stale"
    assert state.problems[0].rule.id == "theme_matches_file"


def test_provenance_travels_with_the_dataset(tmp_path):
    store = DataStore(factory.write_folder(tmp_path))
    provenance = store.state("cooperation").version.provenance
    assert provenance.filename == "cooperation.parquet"
    assert len(provenance.sha256) == 64 and provenance.rows == 3
    assert provenance.illustrative_rows == 1
    assert provenance.source_urls == ("https://example.org/a1", "https://example.org/a3")


def test_shipped_files_carry_publisher_and_licence():
    store = DataStore(factory.REPO / "data")
    for name in ("institutes", "indicators", "adoption", "sovereignty", "context", "cooperation"):
        provenance = store.state(name).version.provenance
        assert provenance.publisher and provenance.licence, name


def test_never_writes_into_the_data_folder(tmp_path):
    folder = factory.write_folder(tmp_path)
    before = sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir())
    folder.chmod(0o555)
    try:
        DataStore(folder).states()
    finally:
        folder.chmod(0o755)
    assert sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()) == before
