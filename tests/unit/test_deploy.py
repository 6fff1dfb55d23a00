"""The scale-out configuration and the load generator work (the benchmark itself is
`make bench`, not a test)."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.loadgen import Viewer
from deploy import tls
from deploy.serve import render_nginx
from tests.support import factory


def test_nginx_config_is_sticky_and_proxies_websockets(tmp_path):
    certificate = tls.Certificate(tmp_path / "a.crt", tmp_path / "a.key", self_signed=True)
    if shutil.which("openssl"):
        certificate = tls.self_signed(tmp_path / "tls")
    config = render_nginx(8443, [8501, 8502, "10.77.0.12:8501"], tmp_path, certificate)
    assert config.count("max_fails=1 fail_timeout=10s max_conns=") == 3
    assert "server 10.77.0.12:8501 " in config and "server 127.0.0.1:8502 " in config
    # sticky by a random key on a consistent-hash ring: a lost worker's browsers move on
    assert "hash $atlas_sticky consistent;" in config
    assert "atlas_sticky=$atlas_sticky" in config
    assert "proxy_next_upstream error timeout http_502 http_503;" in config
    assert "proxy_set_header Upgrade $http_upgrade" in config
    assert "ip_hash;" not in config  # one Wi-Fi address must not mean one worker
    assert "ssl http2;" in config and "Strict-Transport-Security" in config
    assert "Path=/; Secure; HttpOnly" in config
    # make run's front: plain HTTP on this machine, no HSTS, cookies usable over HTTP
    local = render_nginx(8501, [8502], tmp_path, None)
    assert "ssl" not in local and "Strict-Transport-Security" not in local
    assert "Secure" not in local and "Content-Security-Policy" in local
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if Path(nginx).exists():
        for text in (config, local):
            (tmp_path / "nginx.conf").write_text(text)
            result = subprocess.run(
                [nginx, "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
                capture_output=True,
                text=True,
            )
            assert result.returncode == 0, result.stderr


@pytest.mark.server
def test_load_generator_speaks_streamlits_protocol(dashboard):
    async def visit():
        viewer = Viewer(dashboard.url)
        first = await viewer.open()
        assert first.error is None and first.seconds is not None
        assert {"indicator", "period", "view"} <= set(first.widgets)
        changed = await viewer.change("indicator", 1)
        assert changed.error is None and changed.bytes_received > 0
        await viewer.close()

    # In its own thread: Playwright's sync API may hold an event loop in this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, visit()).result(timeout=120)


def test_load_generator_refuses_other_hosts():
    with pytest.raises(ValueError):
        Viewer("http://example.org")


@pytest.mark.stack
def test_serve_prod_serves_the_edition_and_streamlit_precompressed(tmp_path):
    """make serve-prod as it runs: nginx serves the edition and Streamlit's front end
    from files compressed in advance, with their caching; the dashboard behind it."""
    import gzip as gz
    import urllib.request

    import brotli

    from deploy.local import free_port
    from deploy.serve import ProductionStack, nginx_binary

    if not Path(nginx_binary()).exists():
        pytest.fail("Debian's nginx is needed: `make test` installs it (as root)")

    folder = factory.write_folder(tmp_path / "data")
    with ProductionStack(workers=1, port=free_port(), data_dir=str(folder)) as stack:

        def get(url: str, encoding: str) -> tuple[dict, bytes]:
            request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
            with urllib.request.urlopen(request, timeout=20, context=stack.context) as response:
                return {k.lower(): v for k, v in response.headers.items()}, response.read()

        headers, body = get(f"{stack.url}/edition/ar/", "br, gzip")
        assert headers["content-encoding"] == "br" and "max-age=60" in headers["cache-control"]
        page = brotli.decompress(body).decode()
        assert 'dir="rtl"' in page and "Test institute one" not in page  # home: a map
        # its link back to the dashboard lands on a worker through the same nginx
        back = re.search(r'<a href="(/[^"]*lang=ar)">', page).group(1).replace("&amp;", "&")
        headers, _body = get(f"{stack.url}{back}", "identity")
        assert "atlas_sticky=" in headers.get("set-cookie", "")
        css = next(p for p in page.split('"') if p.endswith(".css"))
        headers, body = get(f"{stack.url}/edition/ar/{css}", "gzip")
        assert headers["content-encoding"] == "gzip" and "immutable" in headers["cache-control"]
        assert b"font" in gz.decompress(body)
        headers, dashboard = get(f"{stack.url}/", "identity")
        assert "atlas_sticky=" in headers.get("set-cookie", "")
        script = next(p for p in dashboard.decode().split('"') if p.startswith("./static/js/"))
        headers, body = get(f"{stack.url}/{script[2:]}", "br")
        assert headers["content-encoding"] == "br" and "immutable" in headers["cache-control"]
        assert len(brotli.decompress(body)) > 3 * len(body)


def test_every_name_the_benchmark_borrows_from_the_tests_exists():
    """`make bench` imports browser settings from the tests inside its functions; when the
    test helpers moved (tests/support), it failed only at its end, after 5 minutes."""
    import ast
    import importlib

    bench = Path(__file__).resolve().parents[2] / "bench"
    borrowed = [
        (node.module, alias.name)
        for path in bench.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests")
        for alias in node.names
    ]
    assert len(borrowed) >= 5  # CHROMIUM, CHROMIUM_FLAGS, DESKTOP, PHONE, SCRIPT_DONE...
    for module, name in borrowed:
        assert hasattr(importlib.import_module(module), name), f"{module}.{name}"
