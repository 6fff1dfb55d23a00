"""The scale-out configuration and the load generator work (the benchmark itself is
`make bench`, not a test)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.loadgen import Viewer
from deploy.serve import render_nginx


def test_nginx_config_is_sticky_and_proxies_websockets(tmp_path):
    config = render_nginx(8080, [8501, 8502, 8503], tmp_path)
    assert config.count("upstream atlas_w") == 3
    assert "split_clients" in config and "atlas_worker=$atlas_worker" in config
    assert "proxy_set_header Upgrade $http_upgrade" in config
    assert "ip_hash;" not in config  # one Wi-Fi address must not mean one worker
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if Path(nginx).exists():
        (tmp_path / "nginx.conf").write_text(config)
        result = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf"), "-p",
                                 str(tmp_path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


@pytest.mark.browser
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
