"""`make run`: the dashboard on the shipped data, with its event edition beside it.

Starts the edition watcher (rebuilds static/edition/ whenever the data folder changes;
served at /app/static/edition/index.html) and the dashboard itself (`streamlit run
app.py`). Where Debian's nginx is installed (`make test` and `make serve-prod` install it),
nginx answers on the port, in plain HTTP on this machine only, with the production
configuration's headers and Streamlit's front end pre-compressed (a first visit of about
2.5 MB instead of 9); Streamlit itself listens on a loopback port behind it. Without
nginx, Streamlit answers on the port itself. Ctrl-C stops everything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from deploy import precompress
from deploy.local import REPO, free_port, wait_healthy
from deploy.serve import nginx_binary, render_nginx
from edition import briefs

EDITION = REPO / "static" / "edition"
# Streamlit's static serving has no directory index: links name index.html.
EDITION_PATH = "app/static/edition/{lang}index.html"


def main() -> int:
    # Stopped by a signal (a service manager, a test) as by Ctrl-C: the dashboard and the
    # watcher are stopped with it (subprocess.call kills its child on the way out), never
    # left running without a parent.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8501)
    args = parser.parse_args()
    data_dir = Path(os.environ.get("ATLAS_DATA_DIR") or REPO / "data")
    env = {**os.environ, "ATLAS_EDITION_PATH": os.environ.get("ATLAS_EDITION_PATH", EDITION_PATH)}
    # The region briefs (PDF) need Chromium; without it the edition is built without them.
    printing = ["--briefs"] if briefs.chromium() else []
    if not printing:
        print("No Chromium here: the edition is built without its region briefs (PDF).")
    watcher = subprocess.Popen(
        [sys.executable, "-m", "edition", str(data_dir), str(EDITION), "--watch", *printing],
        cwd=REPO,
        env=env,
    )
    print(f"Event edition: http://localhost:{args.port}/app/static/edition/index.html", flush=True)
    front = Path(nginx_binary()).exists()
    streamlit_port = free_port() if front else args.port
    dashboard = subprocess.Popen(
        [
            *(sys.executable, "-m", "streamlit", "run", "app.py"),
            *("--server.port", str(streamlit_port)),
            # behind the front: on loopback only, and it prints the front's address
            *(
                ("--server.address", "127.0.0.1", "--browser.serverPort", str(args.port))
                if front
                else ()
            ),  # fmt: skip
        ],
        cwd=REPO,
        env=env,
    )
    children = [watcher, dashboard]
    prefix = Path(tempfile.mkdtemp(prefix="atlas-run-"))
    try:
        if front:
            children.append(start_front(args.port, streamlit_port, dashboard, prefix))
        return dashboard.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        for child in reversed(children):
            child.terminate()
        for child in children:
            child.wait(10)
        shutil.rmtree(prefix, ignore_errors=True)


def start_front(
    port: int, streamlit_port: int, dashboard: subprocess.Popen, prefix: Path
) -> subprocess.Popen:
    """nginx on `port` (this machine only, plain HTTP) in front of the one worker."""
    prefix.chmod(0o755)  # nginx's workers read under it
    static = precompress.build()
    config = prefix / "nginx.conf"
    config.write_text(render_nginx(port, [streamlit_port], prefix, None, None, static))
    wait_healthy(f"http://127.0.0.1:{streamlit_port}/_stcore/health", 120, dashboard)
    front = subprocess.Popen(
        [nginx_binary(), "-c", str(config), "-p", str(prefix), "-e", str(prefix / "error.log"),
         "-g", "daemon off;"],
    )  # fmt: skip
    wait_healthy(f"http://127.0.0.1:{port}/healthz", 30, front)
    print(
        f"Jazari Atlas: http://localhost:{port} (nginx in front: the front end pre-compressed)",
        flush=True,
    )
    return front


if __name__ == "__main__":
    sys.exit(main())
