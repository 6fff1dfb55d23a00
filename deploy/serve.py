"""Run Jazari Atlas for many viewers: N Streamlit workers behind nginx, on loopback, and
the event edition served by nginx itself.

    python -m deploy.serve --workers 2 --port 8080      (make serve-prod)

One Streamlit process uses one core (Python's global interpreter lock): N workers use N
cores. nginx (Debian's package) spreads new browsers over the workers and keeps each on
its worker with a cookie (deploy/nginx.conf.template), serves Streamlit's front end
pre-compressed (deploy/precompress.py), and serves the static edition at /edition/,
rebuilt by a watcher whenever the data folder changes. Stops everything on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from deploy import precompress
from deploy.local import REPO, StreamlitServer, wait_healthy
from edition import briefs

TEMPLATE = REPO / "deploy" / "nginx.conf.template"
BROTLI_STATIC = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


def render_nginx(
    listen: int | str,  # a port on loopback, or an address:port
    worker_ports: list[int | str],  # ports on loopback, or host:port addresses
    prefix: Path,
    edition_root: Path | None = None,
    streamlit_static: Path | None = None,
    brotli_module: Path | None = BROTLI_STATIC,
) -> str:
    # A worker that fails once is left out for 10 s (then tried again), and a request
    # it refused goes to the next one (proxy_next_upstream): no viewer waits on it.
    servers = "\n".join(
        f"        server {address} max_fails=1 fail_timeout=10s;"
        for address in (p if isinstance(p, str) else f"127.0.0.1:{p}" for p in worker_ports)
    )
    # Debian's libnginx-mod-http-brotli-static: .br files for browsers that take them
    # (every current one); without it, the .gz files.
    brotli = brotli_module is not None and brotli_module.exists()
    return TEMPLATE.read_text().format(
        modules=f"load_module {brotli_module};" if brotli else "",
        precompressed="    brotli_static on;" if brotli else "",
        listen=listen if isinstance(listen, str) else f"127.0.0.1:{listen}",
        workers=servers,
        prefix=prefix,
        static_root=REPO / "static",
        streamlit_static=streamlit_static or precompress.folder(),
        edition_root=edition_root or prefix / "edition",
    )


def nginx_binary() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


class ProductionStack:
    def __init__(
        self, workers: int = 2, port: int = 8080, data_dir: str | None = None, briefs=False
    ):
        self.workers = workers
        self.briefs = ["--briefs"] if briefs else []
        self.port = port
        self.url = f"http://localhost:{port}"
        self.data_dir = Path(data_dir or REPO / "data")
        self.env = {**os.environ, **({"ATLAS_DATA_DIR": data_dir} if data_dir else {})}
        self.workers_: list[StreamlitServer] = []
        self.processes: list[subprocess.Popen] = []
        self.prefix = Path(tempfile.mkdtemp(prefix="atlas-nginx-"))
        self.prefix.chmod(0o755)  # nginx's workers (user nobody) read the edition in it
        self.edition = self.prefix / "edition"

    def __enter__(self) -> "ProductionStack":
        try:
            return self._start()
        except BaseException:
            self.__exit__()
            raise

    def _start(self) -> "ProductionStack":
        static = precompress.build()
        # The edition follows the data folder (rebuilt on change, last good kept).
        self.processes.append(
            subprocess.Popen(
                [
                    *(sys.executable, "-m", "edition", str(self.data_dir), str(self.edition)),
                    *("--watch", *self.briefs),
                ],
                cwd=REPO,
                env=self.env,
                stdout=subprocess.DEVNULL,
            )
        )
        self.workers_ = [
            StreamlitServer("app.py", env=self.env, capture=False) for _ in range(self.workers)
        ]
        for worker in self.workers_:
            worker.start()
        ports = [worker.port for worker in self.workers_]
        config = self.prefix / "nginx.conf"
        config.write_text(render_nginx(self.port, ports, self.prefix, self.edition, static))
        self.processes.append(
            subprocess.Popen(
                [nginx_binary(), "-c", str(config), "-p", str(self.prefix), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        )
        wait_healthy(f"{self.url}/healthz")
        deadline = time.monotonic() + 120
        while not (self.edition / "index.html").exists() and time.monotonic() < deadline:
            time.sleep(0.3)
        wait_healthy(f"{self.url}/edition/index.html")
        return self

    def __exit__(self, *exc) -> None:
        for worker in self.workers_:
            worker.stop()
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(10)
            if process.poll() is None:
                process.kill()
        shutil.rmtree(self.prefix, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--briefs",
        action=argparse.BooleanOptionalAction,
        default=briefs.chromium() is not None,
        help="print the region briefs to PDF with the edition (default: when Chromium is here)",
    )
    args = parser.parse_args()
    with ProductionStack(args.workers, args.port, briefs=args.briefs) as stack:
        print(
            f"Jazari Atlas: {stack.url} ({args.workers} workers behind nginx); "
            f"event edition: {stack.url}/edition/ (/edition/ar/, /edition/en/). "
            "Ctrl-C stops."
        )
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    main()
