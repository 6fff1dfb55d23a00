"""Every link lands (issue 17): the big screen's QR code and printed address, the
edition's pages and its links back to the dashboard, followed in Chromium as a visitor
would, under `make run` (Streamlit serves the edition as static files)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.request

import pytest

from deploy.local import REPO, free_port, wait_healthy
from tests.support.browser import SCRIPT_DONE, open_page

pytestmark = [pytest.mark.browser, pytest.mark.stack]


@pytest.fixture(scope="module")
def make_run():
    """`make run` as it runs (deploy.run: the edition watcher beside Streamlit)."""
    port = free_port()
    # a fresh edition: the launcher's watcher builds it at start (an older build would
    # answer first and be swapped out under the test)
    for stale in (REPO / "static" / "edition", REPO / "static" / "edition-builds"):
        if stale.is_symlink() or stale.is_file():
            stale.unlink()
        elif stale.exists():
            shutil.rmtree(stale)
    env = {**os.environ, "ATLAS_DATA_DIR": str(REPO / "data")}
    env.pop("ATLAS_PUBLIC_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "deploy.run", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://localhost:{port}"
        wait_healthy(f"{url}/_stcore/health", process=process)
        wait_healthy(f"{url}/app/static/edition/ar/index.html", timeout=120, process=process)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def status(url: str) -> int:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.status


def test_the_big_screens_address_and_every_edition_link_land(make_run, browser):
    screen = open_page(browser, f"{make_run}/?mode=event&lang=ar", wait_for=None)
    screen.page.wait_for_selector('[data-testid="stImage"]', timeout=30_000)
    text = screen.page.inner_text('[data-testid="stMain"]')
    printed = re.search(r"localhost:\d+/[^\s\u2066-\u2069]+", text).group(0)
    assert printed.endswith("/app/static/edition/ar/index.html"), printed
    # what a phone opens when the address is typed (the QR code encodes the same URL)
    phone = screen.page.context.new_page()
    response = phone.goto(f"http://{printed}")
    assert response.status == 200 and phone.get_attribute("html", "dir") == "rtl"
    # every link of the edition's pages: its own pages, and back to the dashboard
    own = {phone.url}
    for href in phone.eval_on_selector_all(
        "a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"
    ):
        if not href.startswith(make_run):
            continue  # a source: a link to the publisher, never a request of the page
        own.add(href)
    assert any("/app/static/edition/ar/institutes/index.html" in u for u in own)
    for url in sorted(own):
        if "/app/static/" in url:
            assert status(url) == 200, url
    dashboard = next(u for u in own if "/app/static/" not in u)
    phone.goto(dashboard)
    phone.wait_for_selector(SCRIPT_DONE, timeout=60_000)
    assert phone.locator('[data-testid="stException"]').count() == 0
    # the same view, in the same language (the page's script sets the document's language
    # after the run: on a busy machine, a moment after the script finished)
    phone.wait_for_function("document.documentElement.lang === 'ar'", timeout=30_000)


def test_make_runs_first_visit_is_pre_compressed(make_run, browser):
    """Issue 29, item 3: `make run` puts Debian's nginx in front of Streamlit when it is
    here (make test installs it): a first visit of the dashboard fetches Streamlit's front
    end pre-compressed, at most 3 MB on the wire (9.2 MB from Streamlit alone), with the
    production configuration's headers."""
    from bench.phone import DASHBOARD_MAP, first_visit

    visit = first_visit(browser, f"{make_run}/", DASHBOARD_MAP, mbps=500, latency_ms=0)
    print(f"\nmake run, first visit: {visit['bytes'] / 1e6:.2f} MB, {visit['requests']} requests")
    assert visit["bytes"] <= 3_000_000
    with urllib.request.urlopen(f"{make_run}/", timeout=20) as response:
        assert response.headers["Server"] == "nginx"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert "Strict-Transport-Security" not in response.headers  # plain HTTP, this machine
    # the edition it builds is served as an edition: a short cache (rebuilt on every data
    # change), no script, and its embed pages alone frameable
    with urllib.request.urlopen(f"{make_run}/app/static/edition/index.html") as response:
        assert "max-age=60" in response.headers["Cache-Control"]
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Frame-Options"] == "DENY"
    with urllib.request.urlopen(f"{make_run}/app/static/edition/embed/overview/") as response:
        assert "X-Frame-Options" not in response.headers
