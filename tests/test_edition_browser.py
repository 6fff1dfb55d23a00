"""The edition as a phone shows it: in Chromium, with JavaScript off, at 360 px."""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from atlas.pages import EDITION_SECTIONS
from edition import site
from edition.__main__ import build_once
from tests import factory
from tests.hostile import write_hostile_folder

pytestmark = pytest.mark.browser
OPTIONS = site.Options(today=pd.Timestamp("2026-11-27"))
SMALL_PHONE = {"width": 360, "height": 740}


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The shipped and the hostile folders' editions, served over HTTP on loopback."""
    root = tmp_path_factory.mktemp("served")
    assert build_once(factory.REPO / "data", root / "shipped", OPTIONS) == 0
    hostile = write_hostile_folder(root / "hostile-data")
    # every hostile string on a page, illustrative rows included (the deployment's opt-in):
    # this is about escaping, not about what a public edition shows by default
    os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"] = "1"
    try:
        assert build_once(hostile, root / "hostile", OPTIONS) == 0
    finally:
        del os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()


def visit(browser, url: str, viewport=SMALL_PHONE):
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    return page, requests


# every kind of page the edition writes
PAGES = [f"{page.edition_path}index.html" for page in EDITION_SECTIONS] + [
    "regions/MA-06/index.html"
]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_fits_a_small_phone_with_javascript_off(
    browser, served, artifacts, language, path
):
    base, _ = served
    prefix = "" if language == "fr" else f"{language}/"
    page, requests = visit(browser, f"{base}/shipped/{prefix}{path}")
    assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow} px wider than the screen"
    assert {r.split("/")[2] for r in requests} == {base.split("/")[2]}
    if path == "index.html":
        assert page.locator("svg.map path").count() == 12
        assert page.locator("svg.map text").count() == 0  # no words inside the picture
        page.screenshot(path=str(artifacts / f"edition-{language}-phone.png"), full_page=True)
    page.context.close()


@pytest.mark.parametrize("path", PAGES)
def test_hostile_strings_are_shown_as_text_and_nothing_runs(browser, served, path):
    base, _ = served
    context = browser.new_context(viewport=SMALL_PHONE)  # JavaScript on: nothing may run
    dialogs = []
    context.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{base}/hostile/{path}")
    page.wait_for_timeout(300)
    assert page.locator("script, img, iframe, object").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert dialogs == [] and not [u for u in requests if "evil.example" in u]
    assert "<img src=x onerror=alert(1)>" in page.locator("main").inner_text()
    context.close()
