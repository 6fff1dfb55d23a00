"""Rendering the edition: every page of every language, from the view builders."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from atlas import model
from atlas.colours import region_scale
from atlas.i18n import (DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, format_date, format_list,
                        format_value, is_rtl, translator)
from atlas.plotstyle import STATUS_COLOURS, STATUS_SYMBOLS
from atlas.snapshot import Snapshot, published_only
from atlas.sources import word
from atlas.views import adoption, cooperation, institutes, overview, region, strategy
from edition.svg import marker, project_regions
from loaders.contract import REGION_CODES, STAGE_COLUMNS

TEMPLATES = Path(__file__).resolve().parent / "templates"
STYLE = TEMPLATES / "style.css"
SECTIONS = ("", "strategy", "institutes", "adoption", "cooperation")  # "" is the home


@dataclass(frozen=True)
class Options:
    # The dashboard's public address (ATLAS_PUBLIC_URL, set once for the big screen and
    # the edition): links back to the dashboard land even when the edition is served
    # from another host or a CDN. "/" when both are served from one host.
    dashboard_url: str = field(default_factory=lambda: dashboard_address())
    today: pd.Timestamp = field(default_factory=lambda: pd.Timestamp.today().normalize())


def dashboard_address() -> str:
    url = os.environ.get("ATLAS_PUBLIC_URL", "").strip() or "/"
    return url if url.endswith("/") else url + "/"


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined)
    env.filters["word_source"] = word
    return env


def language_root(language: str) -> str:
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def build_site(snapshot: Snapshot, out: Path, options: Options = Options()) -> list[Path]:
    """Write every page of the edition into `out` (an empty folder); returns the files."""
    env = environment()
    # The edition is a public surface: published facts only, unless the deployment opts
    # in (ATLAS_PUBLIC_ILLUSTRATIVE=1), and then every invented value carries its mark.
    snapshot = published_only(snapshot)
    css = STYLE.read_bytes()
    css_name = f"style.{hashlib.sha256(css).hexdigest()[:12]}.css"
    (out / "assets").mkdir(parents=True)
    (out / "assets" / css_name).write_bytes(css)
    written = [out / "assets" / css_name]
    geometry = project_regions(snapshot.frame("regions"))
    version = data_version(snapshot)
    for language in LANGUAGES:
        pages = {
            "": ("home.html", home(snapshot, language, options, geometry)),
            "strategy/": ("strategy.html", strategy_page(snapshot, language, options,
                                                         geometry)),
            "institutes/": ("institutes.html", rollout(snapshot, language, options, geometry)),
            "adoption/": ("adoption.html", leaders(snapshot, language)),
            "cooperation/": ("cooperation.html", partners(snapshot, language)),
            **{f"regions/{code}/": ("region.html", profile(snapshot, language, options, code,
                                                          geometry))
               for code in REGION_CODES},
        }
        for path, (template, context) in pages.items():
            relative = language_root(language) + path
            depth = relative.count("/")
            context = {**context, **common(snapshot, language, options, path, depth, css_name,
                                           version)}
            target = out / relative / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(env.get_template(template).render(context), "utf-8")
            written.append(target)
    return written


# --- What every page shares --------------------------------------------------------------
def data_version(snapshot: Snapshot) -> dict:
    """The version a page shows: a short hash of every file's version, and the date of
    the newest file."""
    digest = hashlib.sha256(repr(snapshot.versions).encode()).hexdigest()[:10]
    dates = [s.version.provenance.modified_at for s in snapshot.states.values() if s.version]
    return {"id": digest, "date": max(dates) if dates else None}


def common(snapshot, language, options, path, depth, css_name, version) -> dict:
    _ = translator(language)
    to_site = "../" * depth
    to_language = "../" * (depth - language_root(language).count("/"))
    dashboard_paths = {"": "", "strategy/": "strategy", "institutes/": "institutes",
                       "adoption/": "adoption", "cooperation/": "cooperation"}
    if path.startswith("regions/"):
        dashboard = f"region?{urlencode({'region': path.split('/')[1], 'lang': language})}"
    else:
        dashboard = dashboard_paths[path] + "?" + urlencode({"lang": language})
    return {
        "_": _, "lang": language, "dir": "rtl" if is_rtl(language) else "ltr",
        "css": f"{to_site}assets/{css_name}", "home": f"{to_language}index.html",
        "nav": [(f"{to_language}{section}{'/' if section else ''}index.html", label,
                 path == (section + "/" if section else ""))
                for section, label in zip(SECTIONS, (_("National overview"), _("The strategy"),
                                                     _("Jazari Institutes"),
                                                     _("AI in public services"),
                                                     _("International cooperation")))],
        "languages": [(code, LANGUAGE_NAMES[code],
                       f"{to_site}{language_root(code)}{path}index.html")
                      for code in LANGUAGES],
        "dashboard": options.dashboard_url + dashboard,
        "version": version["id"],
        "version_date": format_date(version["date"], language, "long") if version["date"] else "—",
        "region_link": lambda code: f"{to_language}regions/{code}/index.html",
        "source": lambda line: word(line, _, language) if line is not None else None,
        "published_only": snapshot.published_only,
        "listed": lambda items: format_list(list(items), language),
    }


def region_map(map_data: model.MapData, geometry, names: dict[str, str], hover: list[str]) -> dict:
    """The SVG map and its HTML legend for a map of values."""
    scale = region_scale(map_data)
    values = map_data.values
    regions = [{"code": code, "name": names.get(code, code), "path": geometry.paths[code],
                "colour": scale.colour(value), "hover": text}
               for code, value, text in zip(values["region_code"], values["value"], hover)
               if code in geometry.paths]
    known = values["value"].dropna()
    return {"width": geometry.width, "height": geometry.height, "regions": regions,
            "gradient": scale.gradient(), "low": float(known.min()) if len(known) else None,
            "high": float(known.max()) if len(known) else None,
            "reverse": scale.reverse, "missing": bool(values["value"].isna().any())}


# --- The pages -----------------------------------------------------------------------------
def home(snapshot: Snapshot, language: str, options: Options, geometry) -> dict:
    _ = translator(language)
    view = overview.build(snapshot, overview.Controls(language, options.today))
    context = {"title": _("National overview"), "view": view, "map": None, "rows": []}
    if view.map_data is None:
        return context
    names = snapshot.region_names(language)
    table = view.table.to_pandas()
    shown_unit = "" if view.map_data.per_capita else view.map_data.unit
    context["map"] = region_map(view.map_data, geometry, names,
                                model.map_hover(view.map_data, language, _))
    context["rows"] = [{"code": r.region_code, "name": r.region, "rank": r.rank,
                        "value": r.value,
                        "illustrative": bool(r.illustrative)} for r in table.itertuples()]
    context["legend"] = (format_value(context["map"]["low"], shown_unit, language),
                         format_value(context["map"]["high"], shown_unit, language))
    context["dashboard_view"] = urlencode({"indicator": view.indicator, "lang": language})
    return context


def strategy_page(snapshot: Snapshot, language: str, options: Options, geometry) -> dict:
    _ = translator(language)
    view = strategy.build(snapshot, strategy.Controls(language, options.today))
    context = {"title": _("The strategy: Maroc IA 2030"), "view": view, "map": None,
               "inclusion_columns": [], "inclusion_rows": []}
    if view.inclusion is None:
        return context
    context["inclusion_columns"] = list(view.inclusion.rows.columns)
    context["inclusion_rows"] = view.inclusion.rows.values.tolist()
    if snapshot.has("institutes"):
        names = snapshot.region_names(language)
        covered = set(view.inclusion.covered)
        context["map"] = {"width": geometry.width, "height": geometry.height, "regions": [
            {"code": c, "path": p, "name": names.get(c, c),
             "colour": "#0B6E4F" if names.get(c, c) in covered else "#eceff1"}
            for c, p in geometry.paths.items()]}
    return context


def rollout(snapshot: Snapshot, language: str, options: Options, geometry) -> dict:
    _ = translator(language)
    view = institutes.on_date(snapshot, institutes.Controls(language, options.today))
    names = snapshot.region_names(language)
    current = view.current.sort_values(["announced_on", "planned_opening_on"])
    first = current[list(STAGE_COLUMNS.values())].stack().min() if len(current) else None
    last = max([options.today, *current["planned_opening_on"].dropna()]) if len(current) else None
    span = (last - first).days or 1 if first is not None and pd.notna(first) else 1

    def position(when) -> float:
        return round(100 * (when - first).days / span, 2)

    rows = []
    for row in current.itertuples():
        stages = []
        reached = [(s, getattr(row, c)) for s, c in STAGE_COLUMNS.items()
                   if pd.notna(getattr(row, c)) and getattr(row, c) <= options.today]
        for index, (stage, start) in enumerate(reached):
            end = reached[index + 1][1] if index + 1 < len(reached) else options.today
            stages.append({"label": view.status_labels[stage], "colour": STATUS_COLOURS[stage],
                           "date": format_date(start, language), "start": position(start),
                           "width": max(1.0, position(end) - position(start))})
        planned = row.planned_opening_on
        rows.append({
            "name": row.name, "name_lang": row.name__lang, "city": row.city,
            "kind": row.kind_label,
            "region": names.get(row.region_code, ""),
            "code": row.region_code, "status": view.status_labels[row.status],
            "colour": STATUS_COLOURS[row.status], "illustrative": bool(row.illustrative),
            "stages": stages,
            "planned": {"date": format_date(planned, language), "at": position(planned)}
            if pd.notna(planned) and first is not None else None,
        })
    points = []
    for row in current.itertuples():
        x, y = geometry.point(row.longitude, row.latitude)
        points.append(marker(STATUS_SYMBOLS[row.status], x, y, STATUS_COLOURS[row.status]))
    covered = set(current.loc[current["status"] != "planned", "region_code"])
    return {
        "title": _("Jazari Institutes"), "view": view, "rows": rows,
        "map": {"width": geometry.width, "height": geometry.height, "points": points,
                "regions": [{"code": c, "path": p, "name": names.get(c, c),
                             "colour": "#cfe8dc" if c in covered else "#eceff1"}
                            for c, p in geometry.paths.items()]},
        "legend": [(view.status_labels[s], marker(STATUS_SYMBOLS[s], 9, 9, STATUS_COLOURS[s], 5.5))
                   for s in STATUS_COLOURS],
        "today": format_date(options.today, language, "long"),
        "start": format_date(first, language) if first is not None and pd.notna(first) else "",
        "end": format_date(last, language) if last is not None else "",
        "today_at": position(options.today) if first is not None and pd.notna(first) else 100,
    }


def leaders(snapshot: Snapshot, language: str) -> dict:
    _ = translator(language)
    choices = adoption.choices(snapshot, language) if snapshot.has("adoption") else None
    indicators = []
    for indicator in choices.indicators if choices else ():
        view = adoption.build(snapshot, adoption.Controls(language, indicator))
        if view is None or view.is_empty:
            continue
        per_capita = view.map_data.per_capita
        unit = "" if per_capita else view.map_data.unit

        def entries(rows: pd.DataFrame) -> list[dict]:
            return [{"code": r.region_code, "name": r.name, "group": r.group,
                     "value": format_value(r.value, unit, language),
                     "illustrative": bool(invented.get(r.region_code, False))}
                    for r in rows.itertuples()]

        values = view.map_data.values
        invented = dict(zip(values["region_code"], values["illustrative"].astype(bool)))

        ranked = view.ranked
        indicators.append({
            "id": indicator, "title": view.title, "unit": view.unit_text,
            "leaders": entries(ranked[ranked["group"] == "A"]),
            "laggards": entries(ranked[ranked["group"] == "D"]),
            "illustrative": bool(view.source.illustrative) if view.source else False,
            "source": view.source,
            "dashboard": urlencode({"indicator": indicator, "lang": language}),
        })
    return {"title": _("AI in public services"), "indicators": indicators}


def partners(snapshot: Snapshot, language: str) -> dict:
    _ = translator(language)
    if not snapshot.has("cooperation"):
        return {"title": _("International cooperation"), "view": None, "rows": [],
                "soft_power": cooperation.SOFT_POWER}
    view = cooperation.build(snapshot, cooperation.Controls(language))
    labels = cooperation.choices(snapshot, language).labels
    rows = [{"date": r.date_text, "partner": r.partner_name,
             "partner_lang": r.partner_name__lang, "title_lang": r.title__lang,
             "translated": bool(r.title__translated), "signed": bool(r.signed),
             "kind": labels.get(r.partner_kind, r.partner_kind), "title": r.title,
             "instrument": labels.get(r.instrument, r.instrument),
             "status": labels.get(r.status, r.status), "south_south": bool(r.south_south),
             "illustrative": bool(r.illustrative)}
            for r in view.shown.sort_values("signed_on", ascending=False).itertuples()]
    return {"title": _("International cooperation"), "view": view, "rows": rows,
            "soft_power": cooperation.SOFT_POWER}


def profile(snapshot: Snapshot, language: str, options: Options, code: str, geometry) -> dict:
    _ = translator(language)
    view = region.build(snapshot, region.Controls(language, options.today, code))
    names = snapshot.region_names(language)
    locator = [{"code": c, "path": p, "name": names.get(c, c),
                "colour": "#0B6E4F" if c == code else "#dfe6e2"} for c, p in geometry.paths.items()]
    table = view.profile
    return {
        "title": view.name, "view": view, "code": code,
        "map": {"width": geometry.width, "height": geometry.height, "regions": locator},
        "columns": list(table.columns) if not table.empty else [],
        "rows": table.to_dict("records") if not table.empty else [],
        "institutes": [] if view.institutes is None else [
            {"name": r.name, "name_lang": r.name__lang, "city": r.city,
             "city_lang": r.city__lang, "status": view.status_labels[r.status],
             "illustrative": bool(r.illustrative)} for r in view.institutes.itertuples()],
        "agreements": [] if view.agreements is None else [
            {"date": r.date_text, "partner": r.partner_name,
             "partner_lang": r.partner_name__lang, "title": r.title,
             "title_lang": r.title__lang, "translated": bool(r.title__translated),
             "illustrative": bool(r.illustrative)}
            for r in view.agreements.sort_values("signed_on", ascending=False).itertuples()],
    }
