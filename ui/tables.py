"""Drawing the tables under figures (built by atlas.tables): column titles in the
viewer's language, links only for http(s) URLs."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from atlas import tables
from loaders.contract import MARKS
from ui.context import t


def institutes(current: pd.DataFrame, names: dict[str, str], status_labels: dict[str, str]):
    _ = t()
    st.dataframe(
        tables.institutes(current, names, status_labels),
        hide_index=True,
        width="stretch",
        column_config={
            "name": _("Name"),
            "kind": _("What it is"),
            "region": _("Region"),
            "city": _("City"),
            "status": _("Status"),
            "announced_on": _("Announced"),
            "agreement_on": _("Agreement signed"),
            "works_started_on": _("Works started"),
            "opened_on": _("Opened"),
            "planned_opening_on": _("Planned opening"),
            "partners": _("Partners"),
            "source_url": st.column_config.LinkColumn(_("Source"), display_text=_("source")),
            "illustrative": st.column_config.CheckboxColumn(_("Illustrative")),
        },
    )


def agreements(rows: pd.DataFrame, names: dict[str, str], labels: dict[str, str]):
    _ = t()
    st.dataframe(
        tables.agreements(rows, names, labels, _(MARKS["translated"])),
        hide_index=True,
        width="stretch",
        column_config={
            "signed_on": _("Date"),
            "partner": _("Partner"),
            "kind": _("Kind of partner"),
            "title": _("Summary"),
            "instrument": _("Instrument"),
            "status": _("Status"),
            "south_south": st.column_config.CheckboxColumn(_("South-South")),
            "signed_in": _("Signed or held in"),
            "region": _("Moroccan region involved"),
            "domains": _("Domains"),
            "source_url": st.column_config.LinkColumn(_("Source"), display_text=_("source")),
            "illustrative": st.column_config.CheckboxColumn(_("Illustrative")),
        },
    )
