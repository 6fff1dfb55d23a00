"""One abusive client, for the attack test (tests/cluster/test_attack.py): from a single
address it opens many dashboard sessions at once (each reruns the overview, as a browser
tab would) and holds those it gets, while it requests the edition as fast as it can.
Prints one JSON line when its sessions are settled and one when it is done. Targets this
machine only (bench/loadgen.py's check); bounded in sessions and time.

    python -m bench.attack URL --source 10.77.0.66 --ca CERT --sessions 2000 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import resource
import ssl
import threading
import time
from collections import Counter
from urllib.parse import urlsplit

from bench.loadgen import Viewer, _loopback


async def sessions(url: str, context: ssl.SSLContext, source: str, count: int) -> dict:
    viewers = [Viewer(url, context, source) for _ in range(count)]
    runs = await asyncio.gather(*(viewer.open() for viewer in viewers))
    outcome = Counter("held" if run.error is None else _refusal(run.error or "") for run in runs)
    return {"viewers": viewers, "outcome": dict(outcome)}


def _refusal(error: str) -> str:
    return "refused 429" if "429" in error else "failed: " + error[:60]


def flood(url: str, context: ssl.SSLContext, source: str, seconds: float, threads: int) -> dict:
    """The edition's home page, again and again, on keep-alive connections."""
    parts = urlsplit(url)
    statuses: Counter = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def hammer() -> None:
        connection = None
        while time.monotonic() < deadline:
            try:
                if connection is None:
                    connection = http.client.HTTPSConnection(
                        parts.hostname, parts.port, timeout=10, context=context,
                        source_address=(source, 0),
                    )  # fmt: skip
                connection.request("GET", "/edition/index.html")
                response = connection.getresponse()
                response.read()
                status = str(response.status)
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except OSError as error:
                status = f"error {type(error).__name__}"
                connection = None
            with lock:
                statuses[status] += 1

    workers = [threading.Thread(target=hammer) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return dict(statuses)


async def attack(args) -> None:
    context = ssl.create_default_context(cafile=args.ca)
    started = time.monotonic()
    flooding = asyncio.create_task(
        asyncio.to_thread(flood, args.url, context, args.source, args.seconds, args.threads)
    )
    opened = await sessions(args.url, context, args.source, args.sessions)
    print(json.dumps({"sessions": opened["outcome"]}), flush=True)
    statuses = await flooding
    await asyncio.gather(*(viewer.close() for viewer in opened["viewers"]))
    print(
        json.dumps(
            {
                "sessions": opened["outcome"],
                "edition": statuses,
                "seconds": round(time.monotonic() - started, 1),
            }
        ),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--source", required=True, help="the client address to attack from")
    parser.add_argument("--ca", required=True, help="the certificate to trust")
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    _loopback(args.url)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # a socket per session
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, args.sessions + 512)), hard))
    if args.sessions > 5000 or args.seconds > 120:
        raise SystemExit("bounded: at most 5000 sessions and 120 s")
    asyncio.run(attack(args))


if __name__ == "__main__":
    main()
