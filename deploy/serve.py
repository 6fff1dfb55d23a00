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

from deploy import front, precompress, tls
from deploy.local import REPO, StreamlitServer, wait_healthy
from edition import briefs

TEMPLATE = REPO / "deploy" / "nginx.conf.template"
BROTLI_STATIC = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


PROXY = """\
            proxy_pass http://atlas_workers;
            # a dead worker: the next one, at once (a page or a websocket never waits on it)
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 3;
            proxy_connect_timeout 2s;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            # with its port: Streamlit checks a websocket's Origin against it
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
            proxy_buffering off;
            # Streamlit's own cookie (its XSRF token) travels over HTTPS only, like ours
            proxy_cookie_flags ~ {cookie_flags};
            add_header Set-Cookie "atlas_sticky=$atlas_sticky; Path=/;{secure} HttpOnly; SameSite=Lax";
"""


def _add_headers(values: dict[str, str]) -> str:
    # add_header in a location replaces the server's: every location lists them all.
    return "\n".join(
        f"            add_header {name} {_quoted(value)} always;" for name, value in values.items()
    )


def _quoted(value: str) -> str:
    if value.startswith("$"):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _edition_headers(hsts: int | None) -> tuple[str, str]:
    """The edition's headers, and nginx maps for those that differ on its embed pages."""
    page, embed = front.headers("edition", hsts), front.headers("embed", hsts)
    maps, values = [], {}
    for number, name in enumerate(dict.fromkeys([*page, *embed])):
        if page.get(name) == embed.get(name):
            values[name] = page[name]
            continue
        variable = f"$atlas_edition_{number}"
        maps.append(
            f"    map $uri {variable} {{\n"
            # the edition at /edition/, and at /app/static/edition/ under make run
            f"        ~/edition/(ar/|en/)?embed/ {_quoted(embed.get(name, ''))};\n"
            f"        default {_quoted(page.get(name, ''))};\n    }}"
        )
        values[name] = variable  # an empty value: nginx sends no such header
    return "\n".join(maps), _add_headers(values)


TLS = """\
        listen {listen} ssl http2;
        ssl_certificate {cert};
        ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
        ssl_prefer_server_ciphers off;
        ssl_session_cache shared:atlas_tls:10m;
        ssl_session_timeout 1d;
        ssl_session_tickets off;"""


def render_nginx(
    listen: int | str,  # the HTTPS port on loopback, or an address:port
    worker_ports: list[int | str],  # ports on loopback, or host:port addresses
    prefix: Path,
    # None: plain HTTP, for `make run` on this machine only (never on a network: no
    # HSTS, cookies not marked Secure)
    certificate: tls.Certificate | None,
    edition_root: Path | None = None,
    streamlit_static: Path | None = None,
    brotli_module: Path | None = BROTLI_STATIC,
    http_listen: int | str | None = None,  # plain HTTP, redirected (default: none)
    limits: front.Limits = front.Limits(),
    hsts_seconds: int = front.HSTS_SECONDS,
) -> str:
    # A worker that fails once is left out for 10 s (then tried again), and a request
    # it refused goes to the next one (proxy_next_upstream): no viewer waits on it. A
    # worker holding its share of sessions takes no new one (max_conns): the next does.
    servers = "\n".join(
        f"        server {address} max_fails=1 fail_timeout=10s "
        f"max_conns={limits.sessions_per_worker};"
        for address in (p if isinstance(p, str) else f"127.0.0.1:{p}" for p in worker_ports)
    )
    # Debian's libnginx-mod-http-brotli-static: .br files for browsers that take them
    # (every current one); without it, the .gz files.
    brotli = brotli_module is not None and brotli_module.exists()
    streamlit_static = streamlit_static or precompress.folder()
    hsts = hsts_seconds if certificate is not None else None
    edition_maps, edition_headers = _edition_headers(hsts)
    https_port = str(listen).rsplit(":", 1)[-1]
    secure = certificate is not None
    proxy = PROXY.rstrip("\n").format(
        cookie_flags="secure samesite=strict" if secure else "samesite=strict",
        secure=" Secure;" if secure else "",
    )
    return TEMPLATE.read_text().format(
        modules=f"load_module {brotli_module};" if brotli else "",
        precompressed="    brotli_static on;" if brotli else "",
        listen_and_tls=(
            TLS.format(listen=_address(listen), cert=certificate.cert, key=certificate.key)
            if secure
            else f"        listen {_address(listen)};"
        ),
        cookie_flags="secure samesite=strict" if secure else "samesite=strict",
        redirect=_redirect(http_listen, https_port),
        workers=servers,
        prefix=prefix,
        static_root=REPO / "static",
        streamlit_static=streamlit_static,
        edition_root=edition_root or prefix / "edition",
        busy_root=REPO / "deploy" / "busy",
        trusted="\n".join(f"        {network} 1;" for network in limits.trusted),
        dashboard_rate=limits.dashboard_rate,
        dashboard_burst=limits.dashboard_burst,
        files_rate=limits.files_rate,
        files_burst=limits.files_burst,
        sessions_per_address=limits.sessions_per_address,
        dashboard_headers=_add_headers(front.headers("dashboard", hsts)),
        edition_headers=edition_headers,
        edition_maps=edition_maps,
        proxy=proxy,
    )


def _redirect(http_listen: int | str | None, https_port: str) -> str:
    if http_listen is None:
        return ""
    port = "" if https_port == "443" else f":{https_port}"
    return (
        "    # Plain HTTP only says where the HTTPS site is.\n"
        f"    server {{ listen {_address(http_listen)}; "
        f"location / {{ return 301 https://$host{port}$request_uri; }} }}\n"
    )


def _address(listen: int | str) -> str:
    return listen if isinstance(listen, str) else f"127.0.0.1:{listen}"


def nginx_binary() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


class ProductionStack:
    """N workers, the edition watcher and nginx in front: HTTPS on `port` (with the
    operator's certificate, or a self-signed one for localhost), and plain HTTP on
    `http_port`, if given, redirected to it."""

    def __init__(
        self,
        workers: int = 2,
        port: int = 8443,
        data_dir: str | None = None,
        briefs=False,
        http_port: int | None = None,
        limits: front.Limits = front.Limits(),
        certificate: tls.Certificate | None = None,
        hsts_seconds: int = front.HSTS_SECONDS,
    ):
        self.workers = workers
        self.briefs = ["--briefs"] if briefs else []
        self.port, self.http_port = port, http_port
        self.url = f"https://localhost:{port}"
        self.data_dir = Path(data_dir or REPO / "data")
        self.env = {**os.environ, **({"ATLAS_DATA_DIR": data_dir} if data_dir else {})}
        self.workers_: list[StreamlitServer] = []
        self.processes: list[subprocess.Popen] = []
        self.prefix = Path(tempfile.mkdtemp(prefix="atlas-nginx-"))
        self.prefix.chmod(0o755)  # nginx's workers (user nobody) read the edition in it
        self.edition = self.prefix / "edition"
        self.limits, self.hsts_seconds = limits, hsts_seconds
        self.certificate = certificate or tls.self_signed(self.prefix / "tls")
        self.context = self.certificate.client_context()

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
        config.write_text(
            render_nginx(
                self.port,
                ports,
                self.prefix,
                self.certificate,
                self.edition,
                static,
                http_listen=self.http_port,
                limits=self.limits,
                hsts_seconds=self.hsts_seconds,
            )  # fmt: skip
        )
        self.processes.append(
            subprocess.Popen(
                [nginx_binary(), "-c", str(config), "-p", str(self.prefix), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        )
        wait_healthy(f"{self.url}/healthz", context=self.context)
        deadline = time.monotonic() + 120
        while not (self.edition / "index.html").exists() and time.monotonic() < deadline:
            time.sleep(0.3)
        wait_healthy(f"{self.url}/edition/index.html", context=self.context)
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
    parser.add_argument("--port", type=int, default=8443, help="HTTPS")
    parser.add_argument("--http-port", type=int, default=8080, help="redirected to HTTPS")
    parser.add_argument(
        "--trusted",
        nargs="*",
        default=[],
        help="addresses or networks with no per-address limit (an event hall's address)",
    )
    parser.add_argument(
        "--briefs",
        action=argparse.BooleanOptionalAction,
        default=briefs.chromium() is not None,
        help="print the region briefs to PDF with the edition (default: when Chromium is here)",
    )
    args = parser.parse_args()
    certificate = tls.from_environment()
    limits = front.Limits(trusted=tuple(args.trusted))
    with ProductionStack(
        args.workers, args.port, briefs=args.briefs, http_port=args.http_port, limits=limits,
        certificate=certificate,
        # a self-signed certificate for localhost: no HSTS, or the browser would refuse
        # plain http://localhost on every port (make run) for two years
        hsts_seconds=front.HSTS_SECONDS if certificate else 0,
    ) as stack:  # fmt: skip
        if certificate is None:
            print(
                "No ATLAS_TLS_CERT/ATLAS_TLS_KEY: a self-signed certificate for localhost "
                "(the browser warns once; HSTS sent with max-age=0)."
            )
        print(
            f"Jazari Atlas: {stack.url} ({args.workers} workers behind nginx; "
            f"http://localhost:{args.http_port} redirects there); "
            f"event edition: {stack.url}/edition/ (/edition/ar/, /edition/en/). "
            "Ctrl-C stops."
        )
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    main()
