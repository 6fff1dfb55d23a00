"""Run Jazari Atlas for many viewers: N Streamlit workers behind nginx, on loopback.

    python -m deploy.serve --workers 2 --port 8080      (make serve-prod)

One Streamlit process uses one core (Python's global interpreter lock): N workers use N
cores. nginx (Debian's package) spreads new browsers over the workers and keeps each on
its worker with a cookie (deploy/nginx.conf.template). Stops everything on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from deploy.local import REPO, StreamlitServer, wait_healthy

TEMPLATE = REPO / "deploy" / "nginx.conf.template"


def render_nginx(listen: int, worker_ports: list[int], prefix: Path) -> str:
    names = [f"atlas_w{i + 1}" for i in range(len(worker_ports))]
    upstreams = "\n".join(
        f"    upstream {name} {{ server 127.0.0.1:{port}; keepalive 16; }}"
        for name, port in zip(names, worker_ports))
    share = 100 / len(names)
    split = "\n".join(f"        {share:.2f}% {name};" for name in names[:-1])
    split += f"\n        * {names[-1]};"
    return TEMPLATE.read_text().format(
        listen=f"127.0.0.1:{listen}", workers=upstreams, split=split, names="|".join(names),
        prefix=prefix, static_root=REPO / "static")


def nginx_binary() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


class ProductionStack:
    def __init__(self, workers: int = 2, port: int = 8080, data_dir: str | None = None):
        self.workers = workers
        self.port = port
        self.url = f"http://localhost:{port}"
        self.env = {**os.environ, **({"ATLAS_DATA_DIR": data_dir} if data_dir else {})}
        self.workers_: list[StreamlitServer] = []
        self.processes: list[subprocess.Popen] = []
        self.prefix = Path(tempfile.mkdtemp(prefix="atlas-nginx-"))

    def __enter__(self) -> "ProductionStack":
        self.workers_ = [StreamlitServer("app.py", env=self.env, capture=False)
                         for _ in range(self.workers)]
        for worker in self.workers_:
            worker.start()
        ports = [worker.port for worker in self.workers_]
        config = self.prefix / "nginx.conf"
        config.write_text(render_nginx(self.port, ports, self.prefix))
        self.processes.append(subprocess.Popen(
            [nginx_binary(), "-c", str(config), "-p", str(self.prefix), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        wait_healthy(f"{self.url}/healthz")
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
    args = parser.parse_args()
    with ProductionStack(args.workers, args.port) as stack:
        print(f"Jazari Atlas: {stack.url} ({args.workers} workers behind nginx). Ctrl-C stops.")
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    main()
