"""Starting what the benchmark measures: a Streamlit server with the shipped settings,
and several workers behind nginx (deploy/serve.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from deploy.local import StreamlitServer


class Server(StreamlitServer):
    """A server whose output is not kept (the benchmark reads nothing of it)."""

    def __init__(self, script: Path, env: dict | None = None):
        super().__init__(script, env=env, capture=False)


def nginx_available() -> bool:
    return shutil.which("nginx") is not None or Path("/usr/sbin/nginx").exists()
