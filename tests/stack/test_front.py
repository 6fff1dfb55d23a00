"""The production stack's front (issue 31): HTTPS only, the security headers of
deploy/front.py on every kind of response, and every page of the dashboard, the edition
and the embeds still working in Chromium under them (French and Arabic, phone and
desktop): no console error, no policy violation. The embeds work framed by another
origin; the dashboard and the edition's pages refuse to be framed."""

from __future__ import annotations

import functools
import threading
import urllib.error
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from deploy import front
from deploy.local import free_port
from deploy.serve import ProductionStack, nginx_binary
from tests.support.browser import (
    DASHBOARD_PATHS,
    DESKTOP,
    EDITION_PATHS,
    PHONE,
    open_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.stack]

# Every policy violation the page meets, as the page itself sees it (beside the console).
VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", e =>
  window.__violations.push(e.violatedDirective + " " + e.blockedURI));
"""
# long.js, inside Streamlit's protobuf decoder, tries to compile 100 bytes of WebAssembly
# in a try/catch and does 64-bit arithmetic in JavaScript when refused: the policy refuses
# it ('wasm-unsafe-eval' is not granted) and nothing breaks. Nothing else may be refused.
EXPECTED_VIOLATIONS = {"script-src wasm-eval"}
EMBEDS = ["embed/overview/", "embed/institutes/", "ar/embed/overview/", "en/embed/strategy/"]


@pytest.fixture(scope="module")
def stack():
    from pathlib import Path

    if not Path(nginx_binary()).exists():
        pytest.fail("Debian's nginx is needed: `make test` installs it (as root)")
    with ProductionStack(workers=1, port=free_port(), http_port=free_port()) as running:
        yield running


def fetch(stack, path: str) -> tuple[int, dict]:
    request = urllib.request.Request(stack.url + path, headers={"Accept-Encoding": "br"})
    try:
        with urllib.request.urlopen(request, timeout=20, context=stack.context) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def test_every_kind_of_response_carries_its_headers(stack):
    kinds = {
        "/": "dashboard",
        "/healthz": "dashboard",
        "/app/static/regions.geojson": "dashboard",
        "/edition/": "edition",
        "/edition/ar/strategy/": "edition",
        "/edition/data/datapackage.json": "edition",
        **{f"/edition/{embed}": "embed" for embed in EMBEDS},
    }
    for path, kind in kinds.items():
        status, headers = fetch(stack, path)
        assert status == 200, path
        expected = front.headers(kind)
        for name, value in expected.items():
            assert headers.get(name) == value, (path, name, headers.get(name))
        if kind == "embed":
            assert "X-Frame-Options" not in headers, path
    # a refused or missing page carries them too (`always`)
    status, headers = fetch(stack, "/edition/no-such-page/")
    assert status == 404 and headers["X-Content-Type-Options"] == "nosniff"
    # cookies travel over HTTPS only
    _status, headers = fetch(stack, "/")
    assert "Secure" in headers["Set-Cookie"] and "HttpOnly" in headers["Set-Cookie"]


def test_plain_http_is_sent_to_https(stack):
    import http.client

    connection = http.client.HTTPConnection("localhost", stack.http_port, timeout=10)
    connection.request("GET", "/edition/ar/?x=1")
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == f"{stack.url}/edition/ar/?x=1"


@pytest.mark.parametrize(
    "locale, viewport", [("fr-FR", DESKTOP), ("ar-MA", PHONE)], ids=["fr-desktop", "ar-phone"]
)
def test_every_page_works_under_the_headers(stack, browser, locale, viewport):
    lang = locale[:2]
    problems = []
    for path in DASHBOARD_PATHS:
        url = f"{stack.url}{path}{'&' if '?' in path else '?'}lang={lang}"
        problems += visit_problems(browser, url, viewport, locale, ".js-plotly-plot, .atlas")
    prefix = "" if lang == "fr" else f"{lang}/"
    for path in EDITION_PATHS + EMBEDS[:2]:
        url = f"{stack.url}/edition/{prefix}{path.removeprefix('ar/')}"
        problems += visit_problems(browser, url, viewport, locale, "main, body")
    assert not problems, "\n".join(problems)


def visit_problems(browser, url: str, viewport, locale: str, ready: str) -> list[str]:
    visit = open_page(
        browser,
        url,
        viewport,
        locale,
        wait_for=ready,
        ignore_https_errors=True,
        init_script=VIOLATIONS,
        streamlit="/edition/" not in url,
    )
    try:
        violations = visit.page.evaluate("window.__violations")
        own = urlsplit(url).netloc
        return [
            f"{url}: {problem}"
            for problem in [
                *visit.console_errors,
                *visit.page_errors,
                *(f"policy: {v}" for v in violations if v not in EXPECTED_VIOLATIONS),
                *(f"foreign host: {h}" for h in visit.foreign_hosts(f"https://{own}")),
                *(["an exception on the page"] if visit.exceptions() else []),
            ]
        ]
    finally:
        visit.page.context.close()


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def other_site(tmp_path_factory, stack):
    """A blog on another origin (http://127.0.0.1:<port>) that frames the atlas."""
    root = tmp_path_factory.mktemp("blog")
    frames = "".join(
        f'<iframe id="f{n}" src="{stack.url}/edition/{embed}" width="{w}" height="{h}"></iframe>'
        for n, (embed, (w, h)) in enumerate(
            zip(EMBEDS, [(640, 480), (360, 640), (640, 480), (360, 640)])
        )
    )
    refused = (
        f'<iframe id="dashboard" src="{stack.url}/" width="640" height="480"></iframe>'
        f'<iframe id="edition" src="{stack.url}/edition/" width="640" height="480"></iframe>'
    )
    (root / "embeds.html").write_text(f"<!DOCTYPE html><body>{frames}</body>")
    (root / "refused.html").write_text(f"<!DOCTYPE html><body>{refused}</body>")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_embeds_work_on_another_site_and_nothing_else_can_be_framed(stack, browser, other_site):
    context = browser.new_context(viewport=DESKTOP, ignore_https_errors=True)
    try:
        page = context.new_page()
        page.goto(f"{other_site}/embeds.html")
        page.wait_for_load_state("networkidle")
        for number, embed in enumerate(EMBEDS):
            frame = page.frame_locator(f"#f{number}")
            frame.locator("svg.map path").first.wait_for(state="visible", timeout=20_000)
            # its source line is whole inside the frame (no scrolling needed to read it)
            box = frame.locator(".source").last.evaluate(
                "e => [e.getBoundingClientRect().bottom, window.innerHeight]"
            )
            assert box[0] <= box[1] + 1, (embed, box)
            # links open outside the frame, not inside it
            assert frame.locator("base").get_attribute("target") == "_blank", embed
        page.goto(f"{other_site}/refused.html")
        page.wait_for_load_state("networkidle")
        for name in ("dashboard", "edition"):
            url = page.frame_locator(f"#{name}").locator("body").evaluate("() => location.href")
            assert not url.startswith(stack.url), f"the {name} was drawn inside another site"
    finally:
        context.close()


def test_a_full_worker_sheds_new_viewers_with_a_page_that_says_so(tmp_path):
    """Every worker holds its share of sessions: a new viewer gets the busy page (503,
    Retry-After), the viewers already there keep theirs, and the refusal is logged."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from bench.loadgen import Viewer

    limits = front.Limits(sessions_per_worker=2)
    with ProductionStack(workers=1, port=free_port(), limits=limits) as small:

        async def hold_and_try() -> tuple[list, list]:
            held = [Viewer(small.url, small.context) for _ in range(2)]
            runs = [await viewer.open() for viewer in held]
            status, headers = await asyncio.to_thread(fetch, small, "/")
            again = await held[0].rerun()
            for viewer in held:
                await viewer.close()
            return [r.error for r in [*runs, again]], [status, headers]

        with ThreadPoolExecutor(1) as pool:
            errors, (status, headers) = pool.submit(asyncio.run, hold_and_try()).result(120)
        assert errors == [None, None, None]
        assert status == 503 and headers["Retry-After"] == "30"
        request = urllib.request.Request(small.url + "/edition/")
        with urllib.request.urlopen(request, timeout=20, context=small.context) as response:
            assert response.status == 200  # the edition needs no worker
        log = (small.prefix / "refused.log").read_text()
        assert "rule=workers_full" in log and '"GET / HTTP' in log
