"""WCAG 2.1 AA (issue 19): axe-core finds no violation on any dashboard page or any kind of
edition page, in French and Arabic, on a phone and a desktop."""

from __future__ import annotations

import pytest

from tests.support.browser import DASHBOARD_PATHS as PAGES
from tests.support.browser import DESKTOP, PHONE, axe_violations, open_page
from tests.support.browser import EDITION_PATHS as EDITION_PAGES

pytestmark = pytest.mark.browser
SIZES = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
LANGUAGES = pytest.mark.parametrize("lang", ["fr", "ar"])


@SIZES
@LANGUAGES
@pytest.mark.parametrize("path", [*PAGES, "/?mode=event&every=600"])
def test_every_dashboard_page_passes_axe(browser, dashboard, path, lang, viewport):
    joiner = "&" if "?" in path else "?"
    wait_for = '[data-testid="stDataFrame"]' if path == "/data" else ".js-plotly-plot"
    url = f"{dashboard.url}{path}{joiner}lang={lang}"
    visit = open_page(browser, url, viewport, wait_for=wait_for)
    visit.page.wait_for_timeout(300)  # the last elements of the run settle
    assert axe_violations(visit.page) == []
    visit.page.context.close()


@SIZES
@LANGUAGES
@pytest.mark.parametrize("path", [*EDITION_PAGES, "embed/overview/index.html"])
def test_every_kind_of_edition_page_passes_axe(browser, served, path, lang, viewport):  # noqa: F811
    base, _ = served
    prefix = "" if lang == "fr" else f"{lang}/"
    context = browser.new_context(viewport=viewport, java_script_enabled=True)
    page = context.new_page()
    page.goto(f"{base}/shipped/{prefix}{path}")
    assert axe_violations(page) == []
    context.close()
