"""Tables shown under figures: the same rows as the figure, with sources as links.

Data grids render cells as text; links are shown only for http(s) URLs (atlas.safe).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from atlas.safe import http_url
from ui.context import t


def links(series: pd.Series) -> pd.Series:
    return series.map(lambda u: http_url(u)).astype(object)


def institutes(current: pd.DataFrame, names: dict[str, str], status_labels: dict[str, str]):
    _ = t()
    table = pd.DataFrame({
        "name": current["name"],
        "region": current["region_code"].map(names),
        "city": current["city"],
        "status": current["status"].map(status_labels),
        "announced_on": current["announced_on"],
        "agreement_on": current["agreement_on"],
        "works_started_on": current["works_started_on"],
        "opened_on": current["opened_on"],
        "planned_opening_on": current["planned_opening_on"],
        "partners": current["partners"],
        "source_url": links(current["source_url"]),
        "illustrative": current["illustrative"],
    })
    date = st.column_config.DateColumn
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "name": _("Institute"), "region": _("Region"), "city": _("City"),
        "status": _("Status"), "announced_on": date(_("Announced")),
        "agreement_on": date(_("Agreement signed")),
        "works_started_on": date(_("Works started")), "opened_on": date(_("Opened")),
        "planned_opening_on": date(_("Planned opening")), "partners": _("Partners"),
        "source_url": st.column_config.LinkColumn(_("Source"), display_text=_("source")),
        "illustrative": st.column_config.CheckboxColumn(_("Illustrative")),
    })


def agreements(rows: pd.DataFrame, names: dict[str, str], labels: dict[str, str]):
    _ = t()
    table = pd.DataFrame({
        "signed_on": rows["signed_on"],
        "partner": rows["partner_name"],
        "kind": rows["partner_kind"].map(labels),
        "title": rows["title"],
        "instrument": rows["instrument"].map(labels),
        "status": rows["status"].map(labels),
        "south_south": rows["south_south"],
        "region": rows["region_code"].map(names),
        "domains": rows["domains"].str.replace(";", ", "),
        "source_url": links(rows["source_url"]),
        "illustrative": rows["illustrative"],
    })
    st.dataframe(table.sort_values("signed_on", ascending=False), hide_index=True,
                 width="stretch", column_config={
        "signed_on": st.column_config.DateColumn(_("Date")), "partner": _("Partner"),
        "kind": _("Kind of partner"), "title": _("Agreement"), "instrument": _("Instrument"),
        "status": _("Status"), "south_south": st.column_config.CheckboxColumn(_("South-South")),
        "region": _("Moroccan region"), "domains": _("Domains"),
        "source_url": st.column_config.LinkColumn(_("Source"), display_text=_("source")),
        "illustrative": st.column_config.CheckboxColumn(_("Illustrative")),
    })
