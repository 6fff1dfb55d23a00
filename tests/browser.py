"""Visiting the dashboard in headless Chromium, recording what a page does."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@dataclass
class Visit:
    page: object
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def foreign_hosts(self, own: str) -> set[str]:
        own_host = urlsplit(own).netloc
        return {urlsplit(u).netloc for u in self.requests
                if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                and urlsplit(u).netloc != own_host}

    def exceptions(self) -> int:
        return self.page.locator('[data-testid="stException"]').count()


def open_page(browser, url: str, viewport=DESKTOP, locale: str = "fr-FR",
              wait_for: str | None = ".js-plotly-plot") -> Visit:
    context = browser.new_context(viewport=viewport, locale=locale)
    page = context.new_page()
    visit = Visit(page)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda message: visit.console_errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
    page.goto(url)
    wait_until_idle(page)
    if wait_for:
        page.wait_for_selector(wait_for, timeout=30_000)
    return visit


def wait_until_idle(page, timeout: int = 60_000) -> None:
    """Wait until the script has run and nothing is left to draw."""
    page.wait_for_selector(SCRIPT_DONE, timeout=timeout)
    page.wait_for_load_state("networkidle", timeout=timeout)
