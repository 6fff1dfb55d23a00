"""Rendering the edition: every page of every language, from the view builders."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import ChoiceLoader, Environment, FileSystemLoader

from atlas import tables as atlas_tables
from atlas.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    format_date,
    format_list,
    translator,
)
from atlas.marks import host
from atlas.pages import ABOUT, EDITION_SECTIONS, ILLUSTRATIVE_NOTE, PUBLISHED_ONLY_NOTE, heading
from atlas.pages import page as atlas_page
from atlas.pictures import Empty
from atlas.safe import http_url
from atlas.snapshot import Snapshot, published_only
from atlas.views import adoption, cooperation, institutes, overview, region, strategy, today
from atlas.views import data as data_view
from edition import briefs
from html_drawer import maps, projection, sections, standalone
from loaders.contract import REGION_CODES
from loaders.publish import host_status as publish_status

TEMPLATES = Path(__file__).resolve().parent / "templates"
STYLE = TEMPLATES / "style.css"
SECTIONS_STYLE = sections.STYLE


@dataclass(frozen=True)
class Options:
    # The dashboard's public address (ATLAS_PUBLIC_URL, set once for the big screen and
    # the edition): links back to the dashboard land even when the edition is served
    # from another host or a CDN. "/" when both are served from one host.
    dashboard_url: str = field(default_factory=lambda: dashboard_address())
    today: date = field(default_factory=today)  # a pandas Timestamp, as views take it
    # The edition's own public address, for the embed code other sites copy
    # (ATLAS_EDITION_URL; else the dashboard's address + "edition/", as nginx serves it).
    edition_url: str = field(default_factory=lambda: edition_address())
    # Whether each region page gets its brief to print (brief.pdf, printed by Chromium
    # once the pages are written: edition.briefs), and so a link to it.
    briefs: bool = False


def dashboard_address() -> str:
    url = os.environ.get("ATLAS_PUBLIC_URL", "").strip() or "/"
    return url if url.endswith("/") else url + "/"


def absolute(url: str) -> bool:
    """An address another site can use (http(s)://host/…), not a path of this host."""
    return url.startswith(("https://", "http://"))


def edition_address() -> str:
    url = os.environ.get("ATLAS_EDITION_URL", "").strip() or dashboard_address() + "edition/"
    return url if url.endswith("/") else url + "/"


def environment() -> Environment:
    """The edition's templates, with html_drawer's shared macros (its sections)."""
    return sections.environment(
        ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(sections.TEMPLATES)])
    )


def language_root(language: str) -> str:
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def build_site(snapshot: Snapshot, out: Path, options: Options = Options()) -> list[Path]:
    """Write every page of the edition into `out` (an empty folder); returns the files."""
    env = environment()
    # The edition is a public surface: published facts only, unless the deployment opts
    # in (ATLAS_PUBLIC_ILLUSTRATIVE=1), and then every invented value carries its mark.
    snapshot = published_only(snapshot)
    css = SECTIONS_STYLE.read_bytes() + STYLE.read_bytes()
    css_name = f"style.{hashlib.sha256(css).hexdigest()[:12]}.css"
    (out / "assets").mkdir(parents=True)
    (out / "assets" / css_name).write_bytes(css)
    written = [out / "assets" / css_name]
    geometry = projection.project_regions(snapshot.frame("regions"))
    version = data_version(snapshot)
    for language in LANGUAGES:
        pages = [
            (page, page.edition_path, DRAWN[page.id](snapshot, language, options, geometry))
            for page in EDITION_SECTIONS
        ]
        regions = atlas_page("region")
        pages += [
            (regions, f"regions/{code}/", profile(snapshot, language, options, code, geometry))
            for code in REGION_CODES
        ]
        for page, path, context in pages:
            relative = language_root(language) + path
            depth = relative.count("/")
            take = context.pop("take", None)
            context = {
                **common(snapshot, language, options, page, path, depth, css_name, version),
                **context,
            }
            context["takeaway"] = None
            if take is not None:
                context["takeaway"] = take_away(
                    env, out, language, options, geometry, take, context
                )
                written += [
                    out / context["takeaway"]["files"][0],
                    out / context["takeaway"]["files"][1],
                ]
            target = out / relative / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(env.get_template(page.edition).render(context), "utf-8")
            written.append(target)
    date = version["date"].strftime("%Y-%m-%dT%H:%M:%SZ") if version["date"] else None
    return written + data_view.publish(snapshot, out / "data", version["id"], date, options.today)


# --- Maps to take away: a picture with its caption, and a page to embed ---------------------
def take_away(env, out: Path, language: str, options: Options, geometry, take, page) -> dict:
    """Write a page's map as a standalone SVG (title, legend, source and mark drawn in) and
    as an embeddable page (the map, its legend and source, a link back; no script, nothing
    from another host); returns what the page links to and the code to copy."""
    name, picture, title, line = take
    _ = translator(language)
    root = language_root(language)
    svg_path, embed_path = f"{root}maps/{name}.svg", f"{root}embed/{name}/index.html"
    document = standalone.document(picture, geometry, standalone.caption(title, line, _, language))
    (out / svg_path).parent.mkdir(parents=True, exist_ok=True)
    (out / svg_path).write_text(document, "utf-8")
    asset = "assets/" + page["css"].split("assets/")[-1]
    to_site = page["css"].removesuffix(asset)  # from the page to the edition's root
    embed_context = {
        **page,
        "css": "../../" + "../" * root.count("/") + asset,
        "map": maps.region_map(picture, geometry),
        "taken": {
            "title": title,
            "source": line,
            "page": options.edition_url + root + page["page_path"],
        },
    }
    (out / embed_path).parent.mkdir(parents=True, exist_ok=True)
    (out / embed_path).write_text(env.get_template("embed.html").render(embed_context), "utf-8")
    address = options.edition_url + embed_path.removesuffix("index.html")
    # Only an absolute address works on another site: without one, no code is offered
    # (the block says why), rather than one that breaks there.
    snippet = (
        f'<iframe src="{address}" title="{title}" width="100%" height="640" '
        f'style="border:0" loading="lazy"></iframe>'
        if absolute(address)
        else ""
    )
    return {
        "svg": to_site + svg_path,
        "embed": to_site + embed_path,
        "snippet": snippet,
        "files": (svg_path, embed_path),
    }


# --- What every page shares --------------------------------------------------------------
def data_version(snapshot: Snapshot) -> dict:
    """The version a page shows: a short hash of every file's version, and the date of
    the newest file."""
    digest = hashlib.sha256(repr(snapshot.versions).encode()).hexdigest()[:10]
    # On a host fed by published versions (loaders.publish), the published id: the same
    # words as the dashboard's sidebar, and as every other host.
    status = publish_status(snapshot.data_dir)
    if status and status.get("serving"):
        digest = status["serving"]
    dates = [s.version.provenance.modified_at for s in snapshot.states.values() if s.version]
    return {"id": digest, "date": max(dates) if dates else None}


def common(snapshot, language, options, page, path, depth, css_name, version) -> dict:
    _ = translator(language)
    to_site = "../" * depth
    to_language = "../" * (depth - language_root(language).count("/"))
    query = {"region": path.split("/")[1]} if path.startswith("regions/") else {}
    dashboard = page.path + "?" + urlencode({**query, "lang": language})
    return {
        **sections.context(language),
        "_": _,
        # the page's title and lead, as the page list words them for every surface
        "title": _(heading(page.id)),
        "lead": _(page.lead) if page.lead else "",
        "css": f"{to_site}assets/{css_name}",
        "home": f"{to_language}index.html",
        # the data at stable addresses (atlas.views.data.publish), described by one file
        "data_package": f"{to_site}data/datapackage.json",
        "nav": [
            (f"{to_language}{section.edition_path}index.html", _(section.title), section is page)
            for section in EDITION_SECTIONS
        ],
        "languages": [
            (code, LANGUAGE_NAMES[code], f"{to_site}{language_root(code)}{path}index.html")
            for code in LANGUAGES
        ],
        "dashboard": options.dashboard_url + dashboard,
        "page_path": path + "index.html",
        "version": version["id"],
        "version_date": format_date(version["date"], language, "long") if version["date"] else "—",
        "region_link": lambda code: f"{to_language}regions/{code}/index.html",
        "published_only": snapshot.published_only,
        "about": " ".join(
            (_(ABOUT), _(PUBLISHED_ONLY_NOTE if snapshot.published_only else ILLUSTRATIVE_NOTE))
        ),
        "listed": lambda items: format_list(list(items), language),
        "headings": atlas_tables.headings(language),
    }


# --- The pages -----------------------------------------------------------------------------
def home(snapshot: Snapshot, language: str, options: Options, geometry) -> dict:
    _ = translator(language)
    view = overview.build(snapshot, overview.Controls(language, options.today))
    context = {"view": view, "map": None, "rows": []}
    if isinstance(view.map, Empty):
        return context
    context["map"] = maps.region_map(view.map, geometry)
    context["take"] = ("overview", view.map, view.title, view.source)
    context["rows"] = view.table.to_pylist()
    context["dashboard_view"] = urlencode({"indicator": view.indicator, "lang": language})
    return context


def strategy_page(snapshot: Snapshot, language: str, options: Options, geometry) -> dict:
    _ = translator(language)
    view = strategy.build(snapshot, strategy.Controls(language, options.today))
    inclusion = view.inclusion
    return {
        "view": view,
        "map": maps.region_map(inclusion.map_figure, geometry)
        if inclusion is not None and inclusion.map_figure is not None
        else None,
        "take": ("strategy", inclusion.map_figure, inclusion_heading(view), inclusion.map_source)
        if inclusion is not None and inclusion.map_figure is not None
        else None,
        "inclusion_columns": list(inclusion.rows.columns) if inclusion else [],
        "inclusion_rows": inclusion.rows.values.tolist() if inclusion else [],
    }


def inclusion_heading(view) -> str:
    return next(part.heading for part in view.sections if part.key == "inclusion")


def rollout(snapshot: Snapshot, language: str, options: Options, geometry) -> dict:
    _ = translator(language)
    controls = institutes.Controls(language, options.today)
    view = institutes.on_date(snapshot, controls)
    overall = institutes.timeline(snapshot, controls)
    names = snapshot.region_names(language)
    return {
        "view": view,
        "rows": [
            {
                "name": r.name,
                "name_lang": r.name__lang,
                "kind": r.kind_label,
                "region": names.get(r.region_code, ""),
                "code": r.region_code,
                "status": view.status_labels[r.status],
                "colour": r.status_colour,
                "illustrative": bool(r.illustrative),
            }
            for r in view.current.itertuples()
        ],
        "map": maps.region_map(view.status_map, geometry),
        "take": ("institutes", view.status_map, view.title, view.source),
        "overall": overall,
        "timeline": None if isinstance(overall.figure, Empty) else maps.timeline(overall.figure),
        "empty": overall.figure if isinstance(overall.figure, Empty) else None,
    }


def leaders(snapshot: Snapshot, language: str, options=None, geometry=None) -> dict:
    _ = translator(language)
    choices = adoption.choices(snapshot, language) if snapshot.has("adoption") else None
    indicators, empty = [], None
    if choices is None:
        empty = Empty(_("The adoption file has no regional figures."))
    elif not choices.indicators:
        empty = adoption.build(snapshot, adoption.Controls(language))  # says why
    for indicator in choices.indicators if choices else ():
        view = adoption.build(snapshot, adoption.Controls(language, indicator))
        if isinstance(view, Empty):
            empty = empty or view
            continue
        indicators.append(
            {
                "id": indicator,
                "title": view.title,
                "unit": view.unit_text,
                "leaders": view.leaders,
                "laggards": view.laggards,
                "illustrative": bool(view.source.illustrative) if view.source else False,
                "source": view.source,
                "dashboard": urlencode({"indicator": indicator, "lang": language}),
            }
        )
    return {
        "indicators": indicators,
        "empty": empty,
        "published": adoption.published(snapshot, language),
    }


def source_link(url: object) -> dict:
    """An agreement's own source, as a link named by its publisher's host (or none)."""
    safe = http_url(url)
    return {"source_url": safe, "source_host": host(safe) if safe else None}


def partners(snapshot: Snapshot, language: str, options=None, geometry=None) -> dict:
    _ = translator(language)
    view = (
        cooperation.build(snapshot, cooperation.Controls(language))
        if snapshot.has("cooperation")
        else Empty(_("No agreement in the cooperation file yet."))
    )
    if isinstance(view, Empty):
        return {"view": None, "groups": [], "empty": view}
    labels = cooperation.choices(snapshot, language).labels

    def listed(rows) -> list[dict]:
        return [
            {
                "date": r.date_text,
                "partner": r.partner_name,
                "partner_lang": r.partner_name__lang,
                "title_lang": r.title__lang,
                "translated": bool(r.title__translated),
                "signed": bool(r.signed),
                "kind": labels.get(r.partner_kind, r.partner_kind),
                "title": r.title,
                "instrument": labels.get(r.instrument, r.instrument),
                "status": labels.get(r.status, r.status),
                "south_south": bool(r.south_south),
                "illustrative": bool(r.illustrative),
                **source_link(r.source_url),
            }
            for r in rows.itertuples()
        ]

    return {"view": view, "groups": [(words, listed(rows)) for words, rows in view.groups]}


def profile(snapshot: Snapshot, language: str, options: Options, code: str, geometry) -> dict:
    view = region.build(snapshot, region.Controls(language, options.today, code))
    table = view.profile
    return {
        "title": view.name,
        "view": view,
        "code": code,
        "brief": briefs.BRIEF_NAME if options.briefs else None,
        "map": maps.region_map(view.locator, geometry),
        "columns": [] if isinstance(table, Empty) else list(table.columns),
        "rows": [] if isinstance(table, Empty) else table.to_dict("records"),
        "institutes": []
        if isinstance(view.institutes, Empty)
        else [
            {
                "name": r.name,
                "name_lang": r.name__lang,
                "kind": r.kind_label,
                "city": r.city,
                "city_lang": r.city__lang,
                "status": view.status_labels[r.status],
                "illustrative": bool(r.illustrative),
            }
            for r in view.institutes.itertuples()
        ],
        "agreements": []
        if isinstance(view.agreements, Empty)
        else [
            {
                "date": r.date_text,
                "partner": r.partner_name,
                "partner_lang": r.partner_name__lang,
                "title": r.title,
                "title_lang": r.title__lang,
                "translated": bool(r.title__translated),
                "illustrative": bool(r.illustrative),
                **source_link(getattr(r, "source_url", None)),
            }
            for r in view.agreements.itertuples()
        ],
    }


# What each page of the edition draws, by page id (atlas.pages lists the pages).
DRAWN = {
    "overview": home,
    "strategy": strategy_page,
    "institutes": rollout,
    "adoption": leaders,
    "cooperation": partners,
}
