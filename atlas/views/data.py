"""Data & methods: every dataset with its provenance and validation status, its
problems, the indicator dictionary, the contract's columns, and what can be downloaded."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import exports
from atlas.i18n import N_, format_date, translator
from atlas.snapshot import RESOLVED, Snapshot
from atlas.tables import readable
from loaders import DATASET_NAMES
from loaders.contract import REGIONS_TITLE, TABLES, TABLES_BY_NAME
from loaders.problems import format_problem

NEEDS: tuple[str, ...] = ()  # the page explains every dataset, whatever its state
USES: tuple[str, ...] = ()
STATUS = {
    "ok": N_("Valid"),
    "stale": N_("Last valid version shown"),
    "failed": N_("Unavailable"),
    "absent": N_("Optional, not provided"),
}
DATASET_TITLES = {name: d.title for name, d in TABLES_BY_NAME.items()} | {"regions": REGIONS_TITLE}


@dataclass(frozen=True)
class Controls:
    language: str
    regions: tuple[str, ...] = ()


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language)


@dataclass(frozen=True)
class View:
    datasets: pd.DataFrame  # one row per dataset of the contract
    problems: tuple[tuple[str, tuple[str, ...]], ...]  # (dataset title, problem lines)
    dictionary: pd.DataFrame | None  # the indicator catalogue, in words
    contract: tuple[tuple[str, str, pd.DataFrame], ...]  # (file, title, its columns)
    downloadable: tuple[str, ...]  # datasets with a good version
    titles: dict[str, str]
    scope: str  # what "the filtered view" holds


def build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    lang = controls.language
    titles = {name: _(title) for name, title in DATASET_TITLES.items()}
    rows, problems = [], []
    illustrative = _illustrative_rows(snapshot)
    for name in DATASET_NAMES:
        state = snapshot.state(name)
        shown = state.version.provenance if state.version else None
        provenance = shown or state.refused
        rows.append(
            {
                "dataset": titles[name],
                "file": provenance.filename if provenance else name,
                "status": _(STATUS[state.status]),
                "rows": shown.rows if shown else None,
                "illustrative": illustrative.get(name, shown.illustrative_rows if shown else None),
                "version": provenance.version if provenance else "—",
                "modified": format_date(provenance.modified_at, lang) if provenance else "—",
                "publisher": publishers(snapshot, name),
                "licence": (provenance.licence or "—") if provenance else "—",
                "sources": len(provenance.source_urls) if provenance else 0,
            }
        )
        found = list(state.problems) + list(state.version.warnings if state.version else ())
        if found:
            problems.append((titles[name], tuple(format_problem(p, _) for p in found)))
    names = snapshot.region_names(lang)
    scope = (
        _("regions {regions} and national figures").format(
            regions=", ".join(names.get(c, c) for c in controls.regions)
        )
        if controls.regions
        else _("all regions")
    )
    dictionary = _dictionary(snapshot, lang)
    return View(
        readable(pd.DataFrame(rows), language=lang),
        tuple(problems),
        None if dictionary is None else readable(dictionary, keep=("source_url",), language=lang),
        tuple(
            (
                d.filename,
                _(d.title),
                pd.DataFrame(
                    [
                        {
                            _("Column"): c.name,
                            _("Type"): c.kind,
                            _("May be empty"): c.nullable,
                            _("Description"): _(c.description),
                        }
                        for c in d.columns
                    ]
                ),
            )
            for d in TABLES
        ),
        tuple(n for n in TABLES_BY_NAME if snapshot.has(n)),
        titles,
        scope,
    )


def _illustrative_rows(snapshot: Snapshot) -> dict[str, int]:
    """Illustrative rows of each dataset whose rows carry a mark (atlas.marks)."""
    return {
        name: int(frame["illustrative"].sum())
        for name in RESOLVED
        if (frame := snapshot.frame(name)) is not None
    }


def _dictionary(snapshot: Snapshot, language: str) -> pd.DataFrame | None:
    catalogue = snapshot.frame_in("indicators", language)
    if catalogue is None:
        return None
    from atlas.safe import http_url

    return pd.DataFrame(
        {
            "id": catalogue["indicator_id"],
            "label": catalogue[f"label_{language}"],
            "theme": catalogue["theme"],
            "unit": catalogue["unit"],
            "definition": catalogue[f"description_{language}"].fillna(catalogue["description_en"]),
            "source": catalogue["source"],
            "source_url": catalogue["source_url"].map(lambda u: http_url(u) or "").astype(object),
            "target": catalogue["target_value"],
            "target_year": catalogue["target_year"].map(
                lambda y: str(int(y)) if pd.notna(y) else None
            ),
            "illustrative": catalogue["illustrative"],
        }
    )


def download(
    snapshot: Snapshot, names: list[str], regions: list[str], fmt: str, language: str, scope: str
) -> bytes:
    """The file a viewer downloads: the datasets (limited to the regions, with national
    rows kept), in one format, with a README of columns and sources."""
    _ = translator(language)
    tables = []
    for name in names:
        version = snapshot.state(name).version
        if version is None:  # the page offers only the datasets it can show
            continue
        provenance = version.provenance
        frame = exports.region_view(
            snapshot.frame(name), regions, keep_national=name not in ("institutes", "cooperation")
        )
        source = " · ".join(p for p in (provenance.publisher, provenance.licence) if p) or "—"
        tables.append(exports.Table(name, frame, source, provenance.version))
    return exports.build(fmt, tables, exports.readme(tables, _, scope))


def filtered_csv(snapshot: Snapshot, name: str, regions: list[str]) -> bytes:
    """One dataset limited to the chosen regions (national rows kept for the observations),
    as one CSV file with its marks and sources: what `pandas.read_csv` reads in one go."""
    frame = exports.region_view(
        snapshot.frame(name), regions, keep_national=name not in ("institutes", "cooperation")
    )
    return exports.csv_download(frame)


def publishers(snapshot: Snapshot, name: str) -> str:
    """Who published a dataset's published rows, as its rows say (atlas.marks): a file
    of our own compilation names each row's publisher, never itself; the catalogue its
    published indicators' sources; the regions the file's publisher."""
    frame = snapshot.frame(name)
    if frame is None:
        return "—"
    if name == "indicators":
        names = frame.loc[~frame["illustrative"].astype(bool), "source"]
    elif "mark" in frame.columns:
        names = frame.loc[frame["mark"] != "illustrative", "source"]
    else:
        version = snapshot.state(name).version
        return (version.provenance.publisher or "—") if version else "—"
    listed = list(dict.fromkeys(str(n) for n in names.dropna()))
    shown = ", ".join(listed[:MAX_PUBLISHERS])
    more = len(listed) - MAX_PUBLISHERS
    return (shown + f" (+{more})" if more > 0 else shown) or "—"


MAX_PUBLISHERS = 4


# --- The data at stable addresses: the edition's data/ folder -------------------------------
def publish(snapshot: Snapshot, folder, version: str, date: str | None, today) -> list:
    """Every dataset of the contract (CSV and Parquet) and the rows of every map of the
    public views in each language (CSV and JSON), described by one `datapackage.json`.
    The file names never change between builds: scripts read the same addresses. On a
    public snapshot the illustrative rows are left out, as everywhere in the edition."""
    import json

    from atlas.pages import PUBLISHED_MAPS
    from loaders.contract import LANGUAGES

    (folder / "views").mkdir(parents=True, exist_ok=True)
    written, resources = [], []
    licences = set()
    for dataset in TABLES:
        good = snapshot.state(dataset.name).version
        if good is None or not snapshot.has(dataset.name):
            continue
        frame = snapshot.table(dataset.name)
        if snapshot.published_only:
            kept = frame["mark"] != "illustrative"
            if dataset.name == "indicators":
                # an indicator with a published value keeps its definition (its label,
                # unit and target) beside it; in this package, which holds its published
                # values only, its values are published facts, and it says so
                observed = snapshot.observations
                published = observed.loc[observed["mark"] != "illustrative", "indicator_id"]
                with_published = frame["indicator_id"].isin(set(published)) & ~kept
                frame = frame.copy()
                frame.loc[with_published, ["illustrative", "mark"]] = [False, "published"]
                kept |= with_published
            frame = frame[kept]
        written += exports.write_dataset(folder, dataset.name, frame)
        provenance = good.provenance
        licences.add(provenance.licence or "")
        resources.append(
            exports.resource(
                dataset.name, frame, str(dataset.title), str(dataset.description), dataset
            )
            | {"jazari:file_version": provenance.version}
        )
    for page in PUBLISHED_MAPS:
        view_name = page.id
        for lang in LANGUAGES:
            rows = getattr(page.build(snapshot, lang, today), "rows", None)
            if rows is None or not len(rows):
                continue
            name = f"views/{view_name}-map-{lang}"
            written += exports.write_dataset(folder, name, rows)
            (folder / f"{name}.json").write_text(
                rows.to_json(orient="records", force_ascii=False, indent=1), "utf-8"
            )
            written.append(folder / f"{name}.json")
            resources.append(
                exports.resource(
                    name,
                    rows,
                    f"{view_name} map ({lang})",
                    "The rows of the map as the page shows them: its default indicator "
                    "and period, region names in this language, each value with its mark "
                    "and source (also as JSON: the same name, .json).",
                )
                | {"jazari:json": f"{name}.json"}
            )
    licence = "; ".join(sorted(licence for licence in licences if licence)) or "see sources"
    package = exports.package(resources, version, date, licence)
    (folder / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=1), "utf-8"
    )
    return written + [folder / "datapackage.json"]
