"""Shared fixtures (a running dashboard, a headless Chromium, the shipped edition built
once per session) and the tiers: each folder of tests is a tier, marked as such, so that
`make check` can leave the slow ones out.

    tests/unit     plain Python: loaders, views, drawers, the edition, the walker
    tests/app      Streamlit's AppTest, page by page
    tests/browser  the dashboard and the edition in headless Chromium
    tests/stack    the production stack (workers behind Debian's nginx)
    tests/cluster  several hosts in network namespaces
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edition import briefs
from tests.support import REPO
from tests.support.browser import Dashboard

CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = list(briefs.CHROMIUM_FLAGS)


TIERS = {"app": "apptest", "browser": "browser", "stack": "stack", "cluster": "cluster"}


def pytest_collection_modifyitems(items):
    """A test in a tier's folder carries that tier's marker (unit tests carry none)."""
    for item in items:
        parts = Path(str(item.fspath)).relative_to(REPO / "tests").parts
        if parts and parts[0] in TIERS:
            item.add_marker(getattr(pytest.mark, TIERS[parts[0]]))


@pytest.fixture(scope="session")
def shipped_edition(tmp_path_factory) -> Path:
    """The shipped folder's edition, as the event serves it by default (published facts
    only), built once for every test that reads it."""
    from edition.__main__ import build_once
    from tests.support import edition_options

    out = tmp_path_factory.mktemp("shipped-edition") / "out"
    assert build_once(REPO / "data", out, edition_options()) == 0
    return out


@pytest.fixture(autouse=True)
def fresh_views():
    """Every test builds its views afresh: a view cached by an earlier test would hide
    the strings its builder translates from the strict translation check."""
    from ui import cache, data

    cache.clear()
    data.clear()
    yield


def folder_state(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir())


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory):
    """The shipped data, served from a read-only copy; the dashboard must never write to
    it (root ignores the permissions, so the folder is also compared before and after)."""
    import shutil

    folder = tmp_path_factory.mktemp("readonly") / "data"
    shutil.copytree(REPO / "data", folder)
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    before = folder_state(folder)
    server = Dashboard(data_dir=folder)
    yield server
    server.stop()
    assert folder_state(folder) == before, "the dashboard wrote into its data folder"
    folder.chmod(0o755)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} not found: `make test` installs Debian's chromium (as root), "
            "or set ATLAS_CHROMIUM to a Chromium binary."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = REPO / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
