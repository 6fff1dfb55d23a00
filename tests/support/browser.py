"""Visiting the dashboard in headless Chromium, recording what a page does."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from atlas.pages import EDITION_SECTIONS
from atlas.pages import PAGES as ATLAS_PAGES
from deploy.local import StreamlitServer

DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


# Streamlit's front end finds its server by trying the page's path as a base URL first
# (`/region/_stcore/health`, then `/_stcore/health`): on a deep link those probes answer
# 404 and the browser logs them. They are the framework's, expected, and nothing else is.
BASE_PATH_PROBES = ("/_stcore/health", "/_stcore/host-config")
FAILED_RESOURCE = "Failed to load resource: the server responded with a status of 404"


@dataclass
class Visit:
    page: object
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)

    @property
    def console_errors(self) -> list[str]:
        """Console errors, less the 404s of Streamlit's base-path probes (one each)."""
        probes = sum(
            1
            for url in self.not_found
            if urlsplit(url).path.endswith(BASE_PATH_PROBES) and urlsplit(url).path.count("/") > 2
        )
        errors = []
        for message in self.console:
            if message.startswith(FAILED_RESOURCE) and probes:
                probes -= 1
                continue
            errors.append(message)
        return errors

    def foreign_hosts(self, own: str) -> set[str]:
        own_host = urlsplit(own).netloc
        return {
            urlsplit(u).netloc
            for u in self.requests
            if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).netloc != own_host
        }

    def exceptions(self) -> int:
        return self.page.locator('[data-testid="stException"]').count()


def open_page(
    browser,
    url: str,
    viewport=DESKTOP,
    locale: str = "fr-FR",
    wait_for: str | None = ".js-plotly-plot",
    streamlit: bool = True,  # a dashboard page: wait for its script to have run
    init_script: str | None = None,  # run in the page before its own scripts
    **context_options,
) -> Visit:
    context = browser.new_context(viewport=viewport, locale=locale, **context_options)
    page = context.new_page()
    if init_script:
        page.add_init_script(init_script)
    visit = Visit(page)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on(
        "console",
        lambda message: visit.console.append(message.text) if message.type == "error" else None,
    )
    page.on(
        "response",
        lambda response: visit.not_found.append(response.url) if response.status == 404 else None,
    )
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
    page.goto(url)
    if streamlit:
        wait_until_idle(page)
    if wait_for:
        page.wait_for_selector(wait_for, timeout=30_000)
    return visit


def wait_until_idle(page, timeout: int = 60_000) -> None:
    """Wait until the script has run and nothing is left to draw."""
    page.wait_for_selector(SCRIPT_DONE, timeout=timeout)
    page.wait_for_load_state("networkidle", timeout=timeout)


def full_screenshot(page, path) -> None:
    """A screenshot of the whole page: Streamlit scrolls inside its own container, so the
    viewport is stretched to the content's height for the shot, then restored."""
    viewport = page.viewport_size
    height = page.evaluate(
        '() => Math.max(...[...document.querySelectorAll(\'[data-testid="stMain"], '
        '[data-testid="stSidebarContent"]\')].map(e => e.scrollHeight), 0)'
    )
    page.set_viewport_size({"width": viewport["width"], "height": max(viewport["height"], height)})
    page.wait_for_timeout(600)
    page.screenshot(path=str(path))
    page.set_viewport_size(viewport)


# axe-core (4.12, as bundled by the axe-playwright-python package), injected into the page
# from disk: nothing is fetched.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """Every WCAG 2.1 A/AA violation axe finds on the page, one line per element."""
    from pathlib import Path

    import axe_playwright_python

    script = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    page.add_script_tag(content=script.read_text("utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    return [
        f"{violation['id']}: {node['target']} {node.get('failureSummary', '')[:200]}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


# Every page of the dashboard, as a browser opens it (the region profile on one region).
DASHBOARD_PATHS = [
    "/" + page.path + ("?region=MA-04" if page.id == "region" else "") for page in ATLAS_PAGES
]
# Every kind of page of the edition (its sections and one region's page).
EDITION_PATHS = [f"{page.edition_path}index.html" for page in EDITION_SECTIONS] + [
    "regions/MA-06/index.html"
]


class Dashboard(StreamlitServer):
    """`streamlit run app.py` with the shipped configuration, on a free loopback port,
    started at once (on a given data folder)."""

    def __init__(self, data_dir=None, extra_args: tuple[str, ...] = ()):
        env = {"ATLAS_DATA_DIR": str(data_dir)} if data_dir is not None else {}
        super().__init__("app.py", env=env, extra_args=extra_args)
        self.start()


# --- Reading a printed brief (PDF) ------------------------------------------------------------
def squeeze(value: str) -> str:
    """Text as PDFium gives it back: lines broken anywhere, so compared without spaces."""
    return "".join(value.split())


def has(printed: str, phrase: str) -> bool:
    """Every word of `phrase` is in the printed text. PDFium gives some Arabic words back
    in drawing order (طنجة as ةجنط) and brackets unmirrored, so a word may be found
    reversed, and brackets are not compared."""
    words = ["".join(c for c in word if c not in "()«»") for word in phrase.split()]
    return all(word in printed or word[::-1] in printed for word in words if word)
