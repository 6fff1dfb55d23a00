"""The one list of the atlas's pages: what the dashboard's navigation, the event screen's
rotation, the static edition and the tests all read. Adding a page is one entry here,
plus its view builder (atlas/views/), its page script (pages/) and, if the edition or the
big screen shows it, their drawing code.
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.i18n import N_


@dataclass(frozen=True)
class Page:
    id: str  # the view builder's module in atlas/views/
    path: str  # the dashboard's URL path ("" is the home page)
    title: str  # message id
    icon: str  # Streamlit's material icon
    edition: str | None = None  # the edition's template; None: not in the edition
    event: str | None = None  # the big screen's view drawn from this page, if any
    event_title: str = ""  # message id

    @property
    def script(self) -> str:
        return f"pages/{self.id}.py"

    @property
    def edition_path(self) -> str:
        """Where the edition writes it, under a language's root ("" is the home)."""
        return f"{self.path}/" if self.path else ""


PAGES = (
    Page(
        "overview",
        "",
        N_("National overview"),
        ":material/map:",
        "home.html",
        "map",
        N_("The Jazari Institutes across the 12 regions"),
    ),
    Page(
        "strategy",
        "strategy",
        N_("The strategy"),
        ":material/flag:",
        "strategy.html",
        "strategy",
        N_("Maroc IA 2030: what was promised"),
    ),
    Page(
        "institutes",
        "institutes",
        N_("Jazari Institutes"),
        ":material/hub:",
        "institutes.html",
        "rollout",
        N_("The rollout, replayed"),
    ),
    Page(
        "adoption",
        "adoption",
        N_("AI in public services"),
        ":material/account_balance:",
        "adoption.html",
        "leaders",
        N_("AI in public services: the leading regions"),
    ),
    Page("sovereignty", "sovereignty", N_("Digital sovereignty"), ":material/shield:"),
    Page(
        "cooperation",
        "cooperation",
        N_("International cooperation"),
        ":material/public:",
        "cooperation.html",
        "cooperation",
        N_("International partners"),
    ),
    # The edition writes one region page per region (regions/<code>/), linked from maps.
    Page("region", "region", N_("Region profile"), ":material/location_on:", "region.html"),
    Page("data", "data", N_("Data & methods"), ":material/dataset:"),
)

# The event screen's rotation, in page order.
EVENT_VIEWS = tuple(page.event for page in PAGES if page.event)
EVENT_TITLES = {page.event: page.event_title for page in PAGES if page.event}
# The edition's sections (its navigation): every page it writes, but the region pages.
EDITION_SECTIONS = tuple(page for page in PAGES if page.edition and page.id != "region")


def page(page_id: str) -> Page:
    return next(p for p in PAGES if p.id == page_id)
