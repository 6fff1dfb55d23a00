"""Event mode left running: does the big screen stay clean and flat in memory for hours?

    python -m bench.event_screen_soak --minutes 60 --every 6

Starts the dashboard as it ships, opens ?mode=event in headless Chromium (Debian's), and
every minute records the page's JavaScript heap (after a forced garbage collection), its
DOM node count, the views seen, console errors and exception elements. Prints a table and
the growth between the first and last quarter of the run. Not a test: it takes as long as
asked.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from tests.conftest import CHROMIUM, CHROMIUM_FLAGS, Dashboard

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--every", type=int, default=6, help="seconds per view")
    parser.add_argument("--sample", type=float, default=60, help="seconds between samples")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    server = Dashboard()
    samples, errors = [], []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_FLAGS + ["--js-flags=--expose-gc"]
            )
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            cdp = page.context.new_cdp_session(page)
            cdp.send("Performance.enable")
            page.goto(f"{server.url}/?mode=event&every={args.every}&alternate=fr,ar")
            start = time.monotonic()
            while time.monotonic() - start < args.minutes * 60:
                page.wait_for_timeout(int(args.sample * 1000))
                page.evaluate("() => window.gc && window.gc()")
                metrics = {
                    m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]
                }
                samples.append(
                    {
                        "minute": round((time.monotonic() - start) / 60, 1),
                        "heap_mb": round(metrics["JSHeapUsedSize"] / 2**20, 2),
                        "dom_nodes": int(metrics["Nodes"]),
                        "view": page.locator("h2").first.inner_text(timeout=5000)
                        if page.locator("h2").count()
                        else "",
                        "exceptions": page.locator('[data-testid="stException"]').count(),
                        "console_errors": len(errors),
                    }
                )
                print(json.dumps(samples[-1], ensure_ascii=False), flush=True)
            browser.close()
    finally:
        server.stop()
    report(samples, errors, args)


def report(samples: list[dict], errors: list[str], args) -> None:
    if not samples:
        return
    quarter = max(1, len(samples) // 4)
    first = statistics.median(s["heap_mb"] for s in samples[:quarter])
    last = statistics.median(s["heap_mb"] for s in samples[-quarter:])
    nodes_first = statistics.median(s["dom_nodes"] for s in samples[:quarter])
    nodes_last = statistics.median(s["dom_nodes"] for s in samples[-quarter:])
    summary = {
        "minutes": args.minutes,
        "seconds_per_view": args.every,
        "samples": len(samples),
        "views_seen": len({s["view"] for s in samples}),
        "heap_mb_first_quarter": first,
        "heap_mb_last_quarter": last,
        "heap_growth_mb": round(last - first, 2),
        "heap_max_mb": max(s["heap_mb"] for s in samples),
        "dom_nodes_first_quarter": nodes_first,
        "dom_nodes_last_quarter": nodes_last,
        "exceptions_max": max(s["exceptions"] for s in samples),
        "console_errors": len(errors),
        "first_errors": errors[:3],
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "event_screen_soak.json").write_text(
        json.dumps({"summary": summary, "samples": samples}, ensure_ascii=False, indent=1)
    )
    print("\n".join(f"{k:>26}: {v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
