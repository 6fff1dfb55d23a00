"""What a phone in the hall gets on a first visit: bytes on the wire and seconds to the
map, in headless Chromium with network emulation (Chrome DevTools Protocol).

Links: 9 Mbps / 150 ms (a shared hall Wi-Fi on a good day) and 1.6 Mbps / 150 ms
(Chrome's "slow 4G"). Every visit starts from an empty cache, at 390×844.
"""

from __future__ import annotations

import time

LINKS = {"9 Mbps / 150 ms": (9.0, 150), "1.6 Mbps / 150 ms": (1.6, 150)}
PHONE = {"width": 390, "height": 844}
DASHBOARD_MAP = ".js-plotly-plot .choroplethlocation"
EDITION_MAP = "svg.map path"
TIMEOUT_MS = 180_000


def first_visit(browser, url: str, ready: str, mbps: float, latency_ms: int) -> dict:
    """Bytes received (HTTP bodies and headers as encoded on the wire, websocket frames)
    and seconds from navigation to the map drawn."""
    # the stack's own self-signed certificate (the bench measures bytes, not trust)
    context = browser.new_context(viewport=PHONE, locale="fr-FR", ignore_https_errors=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    throughput = mbps * 1_000_000 / 8
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": latency_ms,
            "downloadThroughput": throughput,
            "uploadThroughput": throughput,
        },
    )
    received = {"http": 0, "websocket": 0, "requests": 0}

    def finished(event):
        received["http"] += int(event.get("encodedDataLength", 0))
        received["requests"] += 1

    def frame(event):
        received["websocket"] += len(event.get("response", {}).get("payloadData", ""))

    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.webSocketFrameReceived", frame)
    started = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    page.wait_for_selector(ready, state="visible", timeout=TIMEOUT_MS)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")  # painted
    seconds = time.perf_counter() - started
    page.wait_for_timeout(300)  # late responses of the same visit are counted too
    context.close()
    return {
        "seconds": seconds,
        "bytes": received["http"] + received["websocket"],
        "requests": received["requests"],
    }


def visits(targets: dict[str, tuple[str, str]]) -> dict:
    """{name: (url, ready selector)} -> {name: {link: first visit}}."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_FLAGS

    results: dict = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for name, (url, ready) in targets.items():
            results[name] = {
                link: first_visit(browser, url, ready, mbps, latency)
                for link, (mbps, latency) in LINKS.items()
            }
        browser.close()
    return results
