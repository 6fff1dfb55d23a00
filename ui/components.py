"""The few pieces every page draws the same way: source lines, the illustrative mark,
data problems in plain words. Text from the data is always escaped (atlas.safe)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import streamlit as st

from atlas.i18n import N_, format_date, translate_if_message
from atlas.safe import markdown_link, markdown_text
from loaders import DatasetState
from loaders.contract import TABLES_BY_NAME, REGIONS_TITLE
from loaders.problems import format_problem
from ui.context import language, t

MAX_LINKS = 4
DATASET_TITLES = {name: d.title for name, d in TABLES_BY_NAME.items()} | {"regions": REGIONS_TITLE}


def dataset_title(name: str) -> str:
    return t()(DATASET_TITLES.get(name, name))


def illustrative_badge() -> str:
    _ = t()
    return ":orange-badge[" + _("Illustrative values") + "]"


def source_line(source: str, urls: Iterable[str] = (), illustrative: bool = False,
                note: str | None = None) -> None:
    """The line under every figure: its source, links, and the illustrative mark."""
    _ = t()
    links = [markdown_link(_host(u), u) for u in list(urls)[:MAX_LINKS]]
    more = len(list(urls)) - MAX_LINKS
    text = _("Source: {source}").format(source=markdown_text(translate_if_message(source, _)))
    if links:
        text += " · " + " · ".join(links)
    if more > 0:
        text += " " + markdown_text(_("(+{count} more)").format(count=more))
    if note:
        text += f" · {markdown_text(note)}"
    if illustrative:
        text = f"{illustrative_badge()} {text} · " + markdown_text(
            _("Illustrative: generated for demonstration, not published figures."))
    st.caption(text)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(url).netloc
    return host[4:] if host.startswith("www.") else host


def first_run(data_dir: Path) -> None:
    _ = t()
    st.title(_("Welcome to Jazari Atlas"))
    st.error(_("No data found in the data folder {folder}.").format(folder=markdown_text(data_dir)))
    st.markdown(_(
        "To fix it: put the seven files of the data contract in that folder (or point "
        "`ATLAS_DATA_DIR` at a folder that has them), then run "
        "`python -m loaders.validate` to check them. The repository ships a complete "
        "sample folder in `data/`; `make data` rebuilds it."))


def unavailable(states: list[DatasetState], compact: bool = False) -> None:
    """A plain-language message for datasets with no good version, in the viewer's language."""
    _ = t()
    for state in states:
        message = _("The data “{dataset}” cannot be shown: its file has problems.").format(
            dataset=dataset_title(state.name))
        lines = [markdown_text(format_problem(p, _)) for p in state.problems[:5]]
        advice = _("The rest of the dashboard keeps working. A data manager can list every "
                   "problem with `python -m loaders.validate`.")
        if compact:
            st.warning(message + "  \n" + "  \n".join(lines[:2]))
        else:
            st.error(message + "  \n" + "  \n".join(f"- {line}" for line in lines) + "  \n" + advice)


def stale_notice(state: DatasetState) -> None:
    """Say which version is shown when a newer file was refused."""
    _ = t()
    lang = language()
    shown = state.version.provenance
    reason = format_problem(state.problems[0], _) if state.problems else ""
    st.warning(_(
        "“{dataset}”: showing the last valid version ({version}, file of {date}). "
        "A newer file was refused: {reason}").format(
        dataset=dataset_title(state.name), version=shown.version,
        date=format_date(shown.modified_at, lang), reason=markdown_text(reason)))


def empty_selection(message: str = N_("Nothing to show for this selection.")) -> None:
    _ = t()
    st.info(_(message) + " " + _("Widen the region filter or choose another period."))
