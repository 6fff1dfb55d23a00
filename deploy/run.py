"""`make run`: the dashboard on the shipped data, with its event edition beside it.

Starts the edition watcher (rebuilds static/edition/ whenever the data folder changes;
Streamlit serves it at /app/static/edition/index.html) and the dashboard itself
(`streamlit run app.py`). Ctrl-C stops both.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

from deploy.local import REPO
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
    try:
        return subprocess.call(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(args.port)],
            cwd=REPO,
            env=env,
        )
    except KeyboardInterrupt:
        return 0
    finally:
        watcher.terminate()
        watcher.wait(10)


if __name__ == "__main__":
    sys.exit(main())
