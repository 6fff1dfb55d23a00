"""Local servers for serve-prod, the benchmark and the tests: a free loopback port, a
Streamlit process with the repository's settings, and waiting until a URL answers."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(
    url: str,
    timeout: float = 60,
    process: subprocess.Popen | None = None,
    log: Path | None = None,
    context: ssl.SSLContext | None = None,  # what an https:// URL's certificate is checked by
) -> None:
    """Until `url` answers 200; fails early, with its log, if `process` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            output = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"server exited before answering {url}: {output}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2, context=context) as response:
                if response.status == 200:
                    return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


class StreamlitServer:
    """`streamlit run SCRIPT` from the repository root (so with .streamlit/config.toml)
    on a free loopback port, healthy when entered, stopped when left."""

    def __init__(
        self,
        script: Path | str = "app.py",
        env: dict | None = None,
        port: int | None = None,
        extra_args: tuple[str, ...] = (),
        capture: bool = True,
    ):
        self.script = str(script)
        self.port = port or free_port()
        self.url = f"http://localhost:{self.port}"
        self.env = {**os.environ, **(env or {})}
        self.extra_args = extra_args
        self.capture = capture
        self.process: subprocess.Popen | None = None
        self.log: Path | None = None

    def start(self) -> "StreamlitServer":
        # Output goes to a file, not a pipe: a pipe nobody reads would block the server.
        output = subprocess.DEVNULL
        if self.capture:
            handle, name = tempfile.mkstemp(prefix="atlas-server-", suffix=".log")
            self.log, output = Path(name), handle
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                self.script,
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                *self.extra_args,
            ],
            cwd=REPO,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        if self.capture:
            os.close(output)
        wait_healthy(f"{self.url}/_stcore/health", process=self.process, log=self.log)
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.log is not None:
            self.log.unlink(missing_ok=True)

    def __enter__(self) -> "StreamlitServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(l for l in status.splitlines() if l.startswith("VmRSS"))
        return int(line.split()[1]) / 1024
