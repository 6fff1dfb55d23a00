"""Every place Jazari Atlas reaches into Streamlit's or plotly's internals, pinned: an
upgrade that moves one of them fails here, loudly, instead of silently changing what
viewers get. docs/upgrading.md says what to check for each."""

from __future__ import annotations

import asyncio
import json
import re
from concurrent.futures import ThreadPoolExecutor

import plotly
import pytest
import streamlit
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.support import REPO
from tests.support.browser import DESKTOP, PHONE, open_page

# The versions every reach below was verified against (requirements.txt pins them).
VERIFIED = {"streamlit": "1.67.0", "plotly": "7.1.0"}


def test_the_versions_are_the_verified_ones():
    installed = {"streamlit": streamlit.__version__, "plotly": plotly.__version__}
    assert installed == VERIFIED, (
        "Streamlit or plotly changed: go through docs/upgrading.md, then update VERIFIED."
    )


# --- ui/fastpath.py: the lock-free option reader ----------------------------------------
PROBE = """
import json, os
from pathlib import Path
import streamlit as st
from streamlit import config
from ui import fastpath

fastpath.install()  # as app.py does, in a served (not AppTest) process
installed = config.get_option is fastpath.get_option
same = all(fastpath.get_option(key) == fastpath._locked_get_option(key)
           for key in config._config_options)
calls = []
def counting(key):
    calls.append(key)
    return fastpath.get_option(key)
config.get_option = counting
st.markdown("probe")  # Streamlit's hot path reads options while sending an element
st.dataframe({"a": [1]})
config.get_option = fastpath.get_option
Path(os.environ["PROBE_OUT"]).write_text(json.dumps(
    {"installed": installed, "same": same, "options": len(config._config_options),
     "reads_while_drawing": len(calls)}))
"""


@pytest.mark.server
def test_the_lock_free_option_reader_is_in_use_when_served(tmp_path):
    from bench.loadgen import Viewer
    from deploy.local import StreamlitServer

    script, out = tmp_path / "probe.py", tmp_path / "probe.json"
    script.write_text(PROBE)
    with StreamlitServer(script, env={"PROBE_OUT": str(out)}) as server:

        async def visit():
            viewer = Viewer(server.url)
            run = await viewer.open()
            await viewer.close()
            return run

        with ThreadPoolExecutor(1) as pool:  # Playwright may hold this thread's loop
            run = pool.submit(asyncio.run, visit()).result(timeout=120)
    assert run.error is None
    probe = json.loads(out.read_text())
    assert probe["installed"] and probe["same"] and probe["options"] > 100
    assert probe["reads_while_drawing"] > 0, "Streamlit no longer reads options via config"
    assert "install_fast_config_reads()" in (REPO / "app.py").read_text()


# --- ui/frame.py: Streamlit's legacy pages/ mode ----------------------------------------
def test_the_legacy_pages_switch_still_exists():
    from streamlit.runtime.pages_manager import PagesManager

    assert isinstance(PagesManager.uses_pages_directory, (bool, type(None)))


@pytest.mark.browser
def test_the_first_session_after_a_start_runs_inside_app_py(browser):
    from tests.support.browser import Dashboard

    server = Dashboard()  # a fresh server: this visit is its very first session
    try:
        visit = open_page(browser, f"{server.url}/institutes?lang=en", DESKTOP)
        page = visit.page
        assert page.locator("h1").first.inner_text() == "Jazari Institutes"
        sidebar = page.locator('[data-testid="stSidebar"]')
        assert "Langue · اللغة · Language" in sidebar.inner_text()  # app.py's frame
        navigation = page.locator('[data-testid="stSidebarNav"]').inner_text()
        entries = [line.strip() for line in navigation.splitlines() if line.strip()]
        assert "National overview" in entries  # the page list of app.py, translated
        assert not {"overview", "institutes", "event_screen"} & set(entries)  # not file names
        page.context.close()
    finally:
        server.stop()


# --- atlas/frozen.py: a frozen figure draws as the figure itself ------------------------
def test_a_frozen_figure_is_drawn_exactly_as_the_figure():
    from streamlit.testing.v1 import AppTest

    def draw():
        import plotly.graph_objects as go
        import streamlit as st

        from plotly_drawer.frozen import freeze

        figure = go.Figure(go.Bar(x=["a", "b"], y=[1.5, 2]), layout={"height": 300})
        st.plotly_chart(figure, theme=None, key="figure")
        st.plotly_chart(freeze(figure), theme=None, key="frozen")

    app = AppTest.from_function(draw).run()
    specs = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    assert specs[0] == specs[1] and specs[0]["data"][0]["type"] == "bar"


# --- ui/style.py: the CSS selectors still find Streamlit's elements ---------------------
def style_selectors() -> set[str]:
    from ui import style

    css = style.BASE_CSS + style.RTL_CSS + style.EVENT_SCREEN_CSS
    return set(re.findall(r'\[data-testid="(\w+)"\]', css))


# Elements that exist only in some states: a collapsed sidebar on a phone, or the
# big screen's toolbar area.
WHERE = {"stExpandSidebarButton": PHONE}
# Elements the overview does not draw, and a page that does (a caption: the adoption
# page's note on which regions its trend compares).
PAGE = {"stCaptionContainer": "/adoption"}


@pytest.mark.browser
def test_every_selector_of_the_page_style_matches_a_rendered_element(browser, dashboard):
    selectors = style_selectors()
    assert len(selectors) > 15
    missing = []
    for viewport in (DESKTOP, PHONE):
        for path in sorted({PAGE.get(testid, "/") for testid in selectors}):
            visit = open_page(browser, f"{dashboard.url}{path}?lang=ar", viewport)
            # the map's table and its downloads are built when a viewer opens them (#29)
            visit.page.locator('[class*="st-key-data-"] summary').first.click()
            for testid in sorted(selectors):
                if WHERE.get(testid, viewport) is not viewport or PAGE.get(testid, "/") != path:
                    continue
                # a table is drawn a moment after the script ends (on a loaded machine,
                # after the page is "idle"): wait for each element a little before calling
                # it missing
                try:
                    visit.page.locator(f'[data-testid="{testid}"]').first.wait_for(
                        state="attached", timeout=15_000
                    )
                except PlaywrightTimeout:
                    missing.append((testid, viewport["width"], path))
            if viewport is PHONE:  # the RTL rule hides a collapsed sidebar by this attribute
                collapsed = visit.page.locator('[data-testid="stSidebar"]').get_attribute(
                    "data-collapsed"
                )
                assert collapsed == "true"
            visit.page.context.close()
    assert not missing, f"ui/style.py selectors matching nothing: {missing}"
