"""Several hosts on this one machine, for the multi-host test (`make cluster-test`).

Linux network namespaces (`ip netns`), each with its own address on a private bridge:

    atlas-lb   10.77.0.1    nginx, the load balancer (deploy/nginx.conf.template), HTTPS
    atlas-h1   10.77.0.11   a worker host: Streamlit on :8501, data pulled from the publisher
    atlas-h2   10.77.0.12   another worker host
    atlas-pub  10.77.0.20   the publisher: an rsync daemon serving the data store
    (this namespace: 10.77.0.254 on the bridge, where the test's viewers come from: it
    stands for an event hall's shared address, trusted by the per-address limits; more
    client addresses can be added on the bridge, as other viewers or an attacker)

Each host pulls its data with `python -m loaders.publish --pull rsync://10.77.0.20:8730/atlas`
and its worker reads `ATLAS_DATA_DIR=<host>/current`, as on real servers. Everything
stays on this machine (a bridge with no route out); the cluster is torn down when left.
Needs root (namespaces) and Debian's nginx and rsync.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from deploy import front, tls
from deploy.local import REPO, wait_healthy
from deploy.serve import nginx_binary, render_nginx
from loaders import publish

BRIDGE, SUBNET = "atlasbr0", "10.77.0"
HOSTS = {"lb": 1, "h1": 11, "h2": 12, "pub": 20}
WORKER_PORT, RSYNC_PORT, LB_PORT = 8501, 8730, 8443
HALL = f"{SUBNET}.254"


def address(host: str) -> str:
    return f"{SUBNET}.{HOSTS[host]}"


def available() -> str | None:
    """Why the cluster cannot run here, or None when it can."""
    if os.geteuid() != 0:
        return "network namespaces need root"
    for tool in ("ip", "rsync"):
        if shutil.which(tool) is None:
            return f"needs {tool}"
    if not Path(nginx_binary()).exists():
        return "needs Debian's nginx"
    probe = sh("ip", "netns", "add", "atlas-probe", check=False)
    sh("ip", "netns", "del", "atlas-probe", check=False)
    if probe.returncode != 0:  # a container without CAP_NET_ADMIN
        return f"cannot create network namespaces here: {probe.stderr.strip()[:200]}"
    return None


def sh(*command: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=check, capture_output=True, text=True)


class Cluster:
    """The four namespaces, the publisher's store and daemon, the hosts' workers and the
    load balancer; `url` is the load balancer's address."""

    def __init__(
        self,
        data_dir: Path = REPO / "data",
        limits: front.Limits = front.Limits(trusted=(HALL,)),
        edition: Path | None = None,  # an edition folder for the load balancer to serve
    ):
        self.root = Path(tempfile.mkdtemp(prefix="atlas-cluster-"))
        self.root.chmod(0o755)  # nginx's workers (user nobody) read files under it
        self.store = self.root / "store"
        self.data_dir = data_dir
        self.limits, self.edition = limits, edition
        self.url = f"https://{address('lb')}:{LB_PORT}"
        self.certificate = tls.self_signed(self.root / "tls", (address("lb"),))
        self.context = self.certificate.client_context()
        self.clients: list[str] = []
        self.processes: dict[str, subprocess.Popen] = {}

    # --- the network ------------------------------------------------------------------
    def _network_up(self) -> None:
        self._network_down()
        sh("ip", "link", "add", BRIDGE, "type", "bridge")
        sh("ip", "addr", "add", f"{SUBNET}.254/24", "dev", BRIDGE)
        sh("ip", "link", "set", BRIDGE, "up")
        for host, number in HOSTS.items():
            namespace, outside = f"atlas-{host}", f"atlas-v{number}"
            sh("ip", "netns", "add", namespace)
            sh(
                "ip",
                "link",
                "add",
                outside,
                "type",
                "veth",
                "peer",
                "name",
                "eth0",
                "netns",
                namespace,
            )
            sh("ip", "link", "set", outside, "master", BRIDGE)
            sh("ip", "link", "set", outside, "up")
            inside = ("ip", "netns", "exec", namespace, "ip")
            sh(*inside, "addr", "add", f"{address(host)}/24", "dev", "eth0")
            sh(*inside, "link", "set", "eth0", "up")
            sh(*inside, "link", "set", "lo", "up")

    def add_clients(self, addresses: list[str]) -> None:
        """More client addresses on the bridge, in this namespace (a socket bound to one
        reaches the load balancer from it)."""
        for client in addresses:
            sh("ip", "addr", "add", f"{client}/24", "dev", BRIDGE)
            self.clients.append(client)

    def refusals(self) -> list[str]:
        """The load balancer's log of refused requests (deploy/nginx.conf.template)."""
        log = self.root / "nginx" / "refused.log"
        return log.read_text().splitlines() if log.exists() else []

    def nginx_errors(self) -> str:
        log = self.root / "nginx" / "error.log"
        return log.read_text() if log.exists() else ""

    def _network_down(self) -> None:
        for host in HOSTS:
            sh("ip", "netns", "del", f"atlas-{host}", check=False)
        sh("ip", "link", "del", BRIDGE, check=False)

    def run_in(self, host: str, *command: str, **popen) -> subprocess.Popen:
        return subprocess.Popen(("ip", "netns", "exec", f"atlas-{host}", *command), **popen)

    # --- the publisher and the hosts -----------------------------------------------------
    def publish(self, folder: Path) -> str:
        return publish.publish(folder, self.store)

    def pull(self, host: str) -> dict:
        """The host's own pull, from inside its namespace (as its timer would run it)."""
        command = (
            "ip", "netns", "exec", f"atlas-{host}", sys.executable, "-m", "loaders.publish",
            "--pull", f"rsync://{address('pub')}:{RSYNC_PORT}/atlas", str(self.host_dir(host)),
        )  # fmt: skip
        subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
        return publish.read_status(self.host_dir(host))

    def host_dir(self, host: str) -> Path:
        return self.root / host

    def start_worker(self, host: str) -> None:
        log = open(self.root / f"{host}.log", "ab")
        env = {**os.environ, "ATLAS_DATA_DIR": str(self.host_dir(host) / "current")}
        self.processes[host] = self.run_in(
            host, sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.address", address(host), "--server.port", str(WORKER_PORT),
            "--server.headless", "true",
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_healthy(
            f"http://{address(host)}:{WORKER_PORT}/_stcore/health", 90, self.processes[host]
        )

    def kill_worker(self, host: str) -> None:
        """The host's worker dies at once (SIGKILL: no goodbye to its websockets)."""
        process = self.processes.pop(host)
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    def __enter__(self) -> "Cluster":
        try:
            self._network_up()
            self.publish(self.data_dir)
            (self.root / "rsyncd.conf").write_text(
                f"pid file = {self.root}/rsyncd.pid\nuse chroot = no\nuid = root\ngid = root\n"
                f"[atlas]\n  path = {self.store}\n  read only = yes\n"
            )
            self.processes["rsync"] = self.run_in(
                "pub", "rsync", "--daemon", "--no-detach", f"--config={self.root}/rsyncd.conf",
                f"--address={address('pub')}", f"--port={RSYNC_PORT}",
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            time.sleep(0.5)
            for host in ("h1", "h2"):
                status = self.pull(host)
                if status.get("serving") is None:
                    raise RuntimeError(f"{host} could not take the first version: {status}")
                self.start_worker(host)
            prefix = self.root / "nginx"
            prefix.mkdir()
            config = prefix / "nginx.conf"
            workers = [f"{address(h)}:{WORKER_PORT}" for h in ("h1", "h2")]
            config.write_text(
                render_nginx(
                    f"{address('lb')}:{LB_PORT}",
                    workers,
                    prefix,
                    self.certificate,
                    edition_root=self.edition,
                    limits=self.limits,
                )  # fmt: skip
            )
            self.processes["nginx"] = self.run_in(
                "lb", nginx_binary(), "-c", str(config), "-p", str(prefix), "-g", "daemon off;",
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            wait_healthy(f"{self.url}/healthz", 30, self.processes["nginx"], context=self.context)
            return self
        except BaseException:
            self.__exit__()
            raise

    def __exit__(self, *exc) -> None:
        for process in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes.clear()
        self._network_down()
        shutil.rmtree(self.root, ignore_errors=True)
