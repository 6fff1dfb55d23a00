"""Shared fixtures: a running dashboard and a headless Chromium to look at it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from deploy.local import StreamlitServer
from edition import briefs

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = list(briefs.CHROMIUM_FLAGS)


class Dashboard(StreamlitServer):
    """`streamlit run app.py` with the shipped configuration, on a free loopback port,
    started at once (on a given data folder)."""

    def __init__(self, data_dir: Path | None = None, extra_args: tuple[str, ...] = ()):
        env = {"ATLAS_DATA_DIR": str(data_dir)} if data_dir is not None else {}
        super().__init__("app.py", env=env, extra_args=extra_args)
        self.start()


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
