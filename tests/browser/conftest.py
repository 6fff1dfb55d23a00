"""What the browser tier shares: the editions served over HTTP on loopback."""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from edition.__main__ import build_once
from tests.support import REPO, edition_options
from tests.support.hostile import write_hostile_folder

OPTIONS = edition_options()


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """The shipped and the hostile folders' editions, served over HTTP on loopback."""
    root = tmp_path_factory.mktemp("served")
    assert build_once(REPO / "data", root / "shipped", OPTIONS) == 0
    hostile = write_hostile_folder(root / "hostile-data")
    # every hostile string on a page, illustrative rows included (the deployment's opt-in):
    # this is about escaping, not about what a public edition shows by default
    os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"] = "1"
    try:
        assert build_once(hostile, root / "hostile", OPTIONS) == 0
    finally:
        del os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
