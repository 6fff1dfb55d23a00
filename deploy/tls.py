"""The certificate nginx serves: the operator's own (a CA's, or cert-manager's in
Kubernetes), or, for `make serve-prod` and the tests, a self-signed one made here with
Debian's `openssl` for the names the stack answers on.

    ATLAS_TLS_CERT=/etc/letsencrypt/live/atlas.example.ma/fullchain.pem
    ATLAS_TLS_KEY=/etc/letsencrypt/live/atlas.example.ma/privkey.pem
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Certificate:
    cert: Path  # the chain, PEM
    key: Path  # its private key, PEM
    self_signed: bool  # made here: browsers warn, and HSTS must not pin the name

    def client_context(self) -> ssl.SSLContext:
        """What a test's client trusts: this certificate (self-signed) or the system's CAs."""
        if self.self_signed:
            return ssl.create_default_context(cafile=str(self.cert))
        return ssl.create_default_context()


def from_environment() -> Certificate | None:
    cert, key = os.environ.get("ATLAS_TLS_CERT"), os.environ.get("ATLAS_TLS_KEY")
    if not cert and not key:
        return None
    if not (cert and key and Path(cert).is_file() and Path(key).is_file()):
        raise SystemExit("ATLAS_TLS_CERT and ATLAS_TLS_KEY must both name readable PEM files")
    return Certificate(Path(cert), Path(key), self_signed=False)


def self_signed(folder: Path, names: tuple[str, ...] = ("localhost", "127.0.0.1")) -> Certificate:
    """A P-256 certificate valid 30 days for `names` (host names or addresses)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise SystemExit("openssl is needed to make a test certificate: apt-get install openssl")
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "atlas.crt", folder / "atlas.key"
    alt = ",".join(f"{'IP' if _is_address(n) else 'DNS'}:{n}" for n in names)
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"),
            *("-nodes", "-days", "30", "-subj", f"/CN={names[0]}"),
            *("-addext", f"subjectAltName={alt}", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    key.chmod(0o600)
    return Certificate(cert, key, self_signed=True)


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True
