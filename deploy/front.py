"""What the front (nginx for `make serve-prod` and servers, ingress-nginx in Kubernetes)
enforces for every viewer: the security headers of each kind of page and the per-address
limits. One table: deploy/serve.py renders it into nginx's configuration, and
tests/unit/test_front.py checks the Kubernetes manifests say the same.

Kinds of response: the dashboard (Streamlit's pages, front end and files), the edition's
pages and files (static HTML, no script at all), and the embed pages (the edition's maps
as other sites frame them: the only responses any site may frame).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from atlas.i18n import LANGUAGES, document_script
from deploy import precompress

# The page Streamlit's workers send: its inline script is allowed by hash.
STREAMLIT_INDEX = precompress.SOURCE.parent / "index.html"
HSTS_SECONDS = 63_072_000  # two years, as the HSTS preload list asks

COMMON = {
    "X-Content-Type-Options": "nosniff",
    # Links out go to ministries and publishers: they learn nothing of what was read here.
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def inline_scripts(streamlit_index: Path = STREAMLIT_INDEX) -> list[str]:
    """The inline scripts the dashboard runs: Streamlit's own in its index.html
    (`window.prerenderReady = false`) and the document's language and direction (one per
    language). Allowed by their hashes: no other inline script can run."""
    html = streamlit_index.read_text("utf-8")
    framework = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    return framework + [document_script(language) for language in LANGUAGES]


def dashboard_policy(streamlit_index: Path = STREAMLIT_INDEX) -> str:
    hashes = " ".join(sorted({_sha256(s) for s in inline_scripts(streamlit_index)}))
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' {hashes}",
            # Streamlit's front end and plotly write <style> elements and style
            # attributes at run time (emotion, plotly's own): no hash can name them.
            "style-src 'self' 'unsafe-inline'",
            # charts downloaded as pictures are drawn into data: and blob: addresses
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",  # the page's own websocket (wss: to the same host)
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def edition_policy(framed_by: str) -> str:
    # The edition has no script at all; its maps colour a few cells with style attributes.
    return "; ".join(
        [
            "default-src 'none'",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "base-uri 'self'",
            "form-action 'none'",
            f"frame-ancestors {framed_by}",
        ]
    )


def headers(
    kind: str, hsts_seconds: int | None = HSTS_SECONDS, streamlit_index: Path = STREAMLIT_INDEX
) -> dict:
    """Every header a response of this kind carries ("dashboard", "edition", "embed");
    `hsts_seconds` None: served over plain HTTP on this machine (`make run`), no HSTS."""
    hsts = (
        {}
        if hsts_seconds is None
        else {"Strict-Transport-Security": f"max-age={hsts_seconds}; includeSubDomains"}
    )
    own = {**hsts, **COMMON}
    if kind == "embed":  # framed by any site (the embed code the edition offers)
        return {
            **own,
            "Content-Security-Policy": edition_policy("*"),
            "Cross-Origin-Resource-Policy": "cross-origin",
        }
    policy = dashboard_policy(streamlit_index) if kind == "dashboard" else edition_policy("'none'")
    return {
        **own,
        "Content-Security-Policy": policy,
        "X-Frame-Options": "DENY",  # for browsers older than frame-ancestors
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }


@dataclass(frozen=True)
class Limits:
    """Per client address, at the front. Counted in Chromium through this stack (see
    deploy/README.md, "Security"): a dashboard tab holds one websocket and, on a first
    visit, asks nginx for 128 files of Streamlit's front end (kept for a year after) and
    its worker for 4-6 requests per page; a phone on the edition makes 2 requests per
    page (the page and its style sheet). An event hall behind one address is listed in
    `trusted` (no per-address limit): hundreds of phones share its address."""

    sessions_per_address: int = 32  # open websockets: an office's analysts, a tab or two each
    dashboard_rate: int = 20  # requests a second to the workers (not the front end's files)
    dashboard_burst: int = 200  # 30 first visits at once from one office
    files_rate: int = 200  # the front end's and the edition's files, served by nginx
    files_burst: int = 4000  # 30 first visits of the dashboard, or 2,000 edition pages
    # `make bench`: 300 viewers opening at once on one worker, p95 7.2 s, no error;
    # beyond, new viewers get the "busy" page rather than slowing everyone down
    sessions_per_worker: int = 300
    trusted: tuple[str, ...] = ()  # addresses or networks with no per-address limit


# --- Kubernetes: the same headers for ingress-nginx ------------------------------------
K8S_HEADERS = Path(__file__).resolve().parent / "k8s" / "headers.yaml"
KINDS = ("dashboard", "edition", "embed")


def k8s_headers() -> str:
    """ConfigMaps for ingress-nginx's `custom-headers` annotation, one per kind of
    response (deploy/k8s/headers.yaml is this output; a test keeps them equal)."""
    documents = [
        "# Written by `python -m deploy.front` from deploy/front.py: do not edit by hand.\n"
        "# ingress-nginx sends them (annotation nginx.ingress.kubernetes.io/custom-headers);\n"
        "# its controller must list these names in global-allowed-response-headers."
    ]
    for kind in KINDS:
        lines = [
            "apiVersion: v1",
            "kind: ConfigMap",
            f"metadata: {{name: atlas-headers-{kind}}}",
            "data:",
            *(f"  {name}: {json.dumps(value)}" for name, value in headers(kind).items()),
        ]
        documents.append("\n".join(lines))
    return "\n---\n".join(documents) + "\n"


if __name__ == "__main__":
    print(k8s_headers(), end="")
