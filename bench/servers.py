"""Starting what the benchmark measures: a Streamlit server with the shipped settings,
and several workers behind nginx (deploy/serve.py)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from deploy.serve import ProductionStack
from deploy.serve import free_port

REPO = Path(__file__).resolve().parents[1]


class Server:
    """`streamlit run SCRIPT` from the repository root (so with .streamlit/config.toml)."""

    def __init__(self, script: Path, env: dict | None = None):
        self.script = script
        self.port = free_port()
        self.url = f"http://localhost:{self.port}"
        self.env = {**os.environ, **(env or {})}
        self.process = None

    def __enter__(self) -> "Server":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(self.script),
             "--server.port", str(self.port), "--server.address", "127.0.0.1"],
            cwd=REPO, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_healthy(self.url)
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(l for l in status.splitlines() if l.startswith("VmRSS"))
        return int(line.split()[1]) / 1024


def wait_healthy(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become healthy")


def nginx_available() -> bool:
    return shutil.which("nginx") is not None or Path("/usr/sbin/nginx").exists()


@contextlib.contextmanager
def scale_out(workers: int):
    stack = ProductionStack(workers=workers, port=free_port())
    with stack:
        yield stack.url
