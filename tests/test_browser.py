"""What only a browser shows: the map drawn, no error, nothing fetched from elsewhere."""

from __future__ import annotations

import pytest

from tests.browser import DESKTOP, PHONE, open_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_overview_draws_the_12_regions_with_no_error_and_no_foreign_request(
        browser, dashboard, artifacts, viewport):
    visit = open_page(browser, dashboard.url + "/", viewport)
    page = visit.page
    page.wait_for_selector(".js-plotly-plot .choroplethlocation")
    # Regions that have a value are drawn from the geometry the browser fetched itself.
    assert page.locator(".js-plotly-plot .choroplethlocation").count() == 12
    name = "overview-desktop" if viewport is DESKTOP else "overview-phone"
    page.screenshot(path=str(artifacts / f"{name}.png"))
    assert visit.exceptions() == 0
    assert visit.console_errors == [] and visit.page_errors == []
    assert visit.foreign_hosts(dashboard.url) == set()
    assert any("/app/static/regions.geojson" in u for u in visit.requests)
    assert any("/app/static/topojson/world_110m.json" in u for u in visit.requests)
    page.context.close()
