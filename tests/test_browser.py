"""What only a browser shows: maps drawn, clicks, no error, nothing fetched elsewhere."""

from __future__ import annotations

import pytest

from tests.browser import DESKTOP, PHONE, open_page, wait_until_idle

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


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_cleanly(browser, dashboard, artifacts, path):
    wait_for = None if path == "/data" else ".js-plotly-plot"
    visit = open_page(browser, dashboard.url + path, DESKTOP, wait_for=wait_for)
    name = path.strip("/").split("?")[0] or "overview"
    visit.page.screenshot(path=str(artifacts / f"page-{name}.png"), full_page=True)
    assert_clean(visit, dashboard)
    visit.page.context.close()


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
