"""What only a browser shows: maps drawn, clicks, no error, nothing fetched elsewhere."""

from __future__ import annotations

import pytest

from tests.browser import DESKTOP, PHONE, full_screenshot, open_page, wait_until_idle

pytestmark = pytest.mark.browser

PAGES = ["/", "/institutes", "/adoption", "/sovereignty", "/cooperation",
         "/region?region=MA-04", "/data"]


def assert_clean(visit, dashboard) -> None:
    assert visit.exceptions() == 0
    assert visit.console_errors == [], visit.console_errors
    assert visit.page_errors == []
    assert visit.foreign_hosts(dashboard.url) == set()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_overview_draws_the_12_regions_with_no_error_and_no_foreign_request(
        browser, dashboard, artifacts, viewport):
    visit = open_page(browser, dashboard.url + "/", viewport)
    page = visit.page
    page.wait_for_selector(".js-plotly-plot .choroplethlocation")
    assert page.locator(".js-plotly-plot .choroplethlocation").count() == 12
    name = "overview-desktop" if viewport is DESKTOP else "overview-phone"
    page.screenshot(path=str(artifacts / f"{name}.png"))
    assert_clean(visit, dashboard)
    assert any("/app/static/regions.geojson" in u for u in visit.requests)
    assert any("/app/static/topojson/world_110m.json" in u for u in visit.requests)
    page.context.close()


def horizontal_overflow(page) -> int:
    """Pixels the page is wider than the screen (0: no horizontal scrolling)."""
    return page.evaluate("""() => Math.max(
        document.documentElement.scrollWidth, document.body.scrollWidth,
        document.querySelector('[data-testid="stMain"]').scrollWidth) - window.innerWidth""")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_in_every_language_and_size(browser, dashboard, artifacts, path, lang,
                                               viewport):
    wait_for = None if path == "/data" else ".js-plotly-plot"
    separator = "&" if "?" in path else "?"
    visit = open_page(browser, f"{dashboard.url}{path}{separator}lang={lang}", viewport,
                      wait_for=wait_for)
    page = visit.page
    size = "desktop" if viewport is DESKTOP else "phone"
    name = path.strip("/").split("?")[0] or "overview"
    full_screenshot(page, artifacts / f"{name}-{lang}-{size}.png")
    assert_clean(visit, dashboard)
    direction = page.evaluate("document.documentElement.getAttribute('dir')")
    assert direction == ("rtl" if lang == "ar" else "ltr")
    assert page.evaluate("document.documentElement.lang") == lang
    assert horizontal_overflow(page) <= 0
    page.context.close()


def test_clicking_a_region_opens_its_profile(browser, dashboard):
    visit = open_page(browser, dashboard.url + "/?regions=MA-06", DESKTOP)
    page = visit.page
    region = page.locator(".js-plotly-plot .choroplethlocation").nth(5)  # MA-06
    region.scroll_into_view_if_needed()
    box = region.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**/region?*region=MA-06*", timeout=20_000)
    wait_until_idle(page)
    assert page.locator("h1").first.inner_text() == "Casablanca-Settat"
    assert "regions=MA-06" in page.url  # the shared filter follows
    assert_clean(visit, dashboard)
    page.context.close()
