"""The edition as a phone shows it: in Chromium, with JavaScript off, at 360 px."""

from __future__ import annotations

import re

import pytest

from tests.support.browser import DESKTOP, EDITION_PATHS

pytestmark = pytest.mark.browser
SMALL_PHONE = {"width": 360, "height": 740}


def visit(browser, url: str, viewport=SMALL_PHONE):
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    return page, requests


# every kind of page the edition writes
PAGES = EDITION_PATHS


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


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("name", ["overview", "strategy", "institutes"])
def test_an_embedded_map_renders_on_a_blank_page_with_javascript_off(
    browser, served, artifacts, language, name
):
    """Issue 19: an <iframe> of an edition map, as an article would hold it: the map, its
    legend and source and a link back, with no script and nothing from another host."""
    base, root = served
    prefix = "" if language == "fr" else f"{language}/"
    (root / f"article-{language}-{name}.html").write_text(
        "<!doctype html><meta charset=utf-8><p>An article</p>"
        f'<iframe src="/shipped/{prefix}embed/{name}/" title="map" width="100%" height="640">'
        "</iframe>",
        "utf-8",
    )
    page, requests = visit(browser, f"{base}/article-{language}-{name}.html", DESKTOP)
    frame = page.frame_locator("iframe")
    frame.locator("svg.map").wait_for()
    assert frame.locator("svg.map > path").count() == 12  # the regions (points apart)
    assert frame.locator(".source").count() == 1
    assert frame.locator("a[target=_blank]").count() >= 1  # the link back
    assert frame.locator("script").count() == 0
    assert {r.split("/")[2] for r in requests} == {base.split("/")[2]}
    page.screenshot(path=str(artifacts / f"embed-{name}-{language}.png"))
    page.context.close()


def test_a_map_taken_away_carries_its_title_source_and_mark(served):
    """The edition's map as a picture (SVG): title, source line and legend are in it."""
    import xml.etree.ElementTree as ET

    _, root = served
    for language, source in (("fr", "Source"), ("ar", "المصدر")):
        prefix = "" if language == "fr" else f"{language}/"
        drawing = ET.parse(root / "shipped" / prefix / "maps" / "overview.svg").getroot()
        words = " ".join(t.text or "" for t in drawing.iter("{http://www.w3.org/2000/svg}text"))
        assert drawing.find("{http://www.w3.org/2000/svg}title").text.split()[0] in words
        assert source in words
        home = root / "shipped" / prefix / "index.html"
        link = re.search(r'href="([^"]*maps/overview.svg)" download', home.read_text("utf-8"))
        assert link and (home.parent / link.group(1)).resolve().is_file()
        # built without a public address: no code to copy (one would 404 on another
        # site), and the block says why (the code itself: tests/unit/test_edition.py)
        assert "&lt;iframe src=" not in home.read_text("utf-8")
        assert "ATLAS_EDITION_URL" in home.read_text("utf-8")
