"""Where a page's reruns spend the server's CPU: `python -m bench.profile PAGE [SECONDS]`.

Starts the dashboard, has one viewer change the page's first control again and again
(as `make bench` does), samples the server with py-spy meanwhile, and prints the
functions that hold the most samples, inclusive and own (the project's and Streamlit's
first). PAGE is a page id (atlas.pages) or "big screen: VIEW".
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.loadgen import Viewer
from bench.run import COSTED, REPO
from bench.servers import Server


async def _reruns(url: str, page: str, query: str, controls, seconds: float) -> int:
    viewer = Viewer(url)
    opened = await viewer.open(page, query)
    control = next((key for key in controls if key in opened.widgets), "")
    count, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        if control:
            await viewer.change(control, (count + 1) % 2, page, query)
        else:
            await viewer.rerun(page, query)
        count += 1
    await viewer.close()
    return count


def _summary(collapsed: Path, top: int = 35) -> str:
    inclusive, own, total = Counter(), Counter(), 0
    for line in collapsed.read_text().splitlines():
        stack, _, samples = line.rpartition(" ")
        count = int(samples)
        frames = stack.split(";")
        total += count
        for frame in dict.fromkeys(frames):
            inclusive[frame] += count
        own[frames[-1]] += count
    lines = [f"{total} samples", "", "inclusive:"]
    lines += [f"{100 * n / total:5.1f} %  {frame}" for frame, n in inclusive.most_common(top)]
    ours = [
        (frame, n)
        for frame, n in inclusive.most_common()
        if re.search(r"\((app|pages/|ui/|atlas/|plotly_drawer/|html_drawer/|loaders/)", frame)
    ]
    lines += ["", "inclusive, the project's own functions:"]
    lines += [f"{100 * n / total:5.1f} %  {frame}" for frame, n in ours[:top]]
    lines += ["", "own:"]
    lines += [f"{100 * n / total:5.1f} %  {frame}" for frame, n in own.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "overview"
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20
    page, query, controls = COSTED[name]
    with Server(REPO / "app.py") as dashboard:
        asyncio.run(_reruns(dashboard.url, page, query, controls, 2))  # caches warm
        out = Path(tempfile.mkdtemp()) / "stacks.txt"
        spy = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("py-spy")),
                "record",
                "--pid",
                str(dashboard.process.pid),
                "--format",
                "raw",
                "--rate",
                "200",
                "--output",
                str(out),
                "--nonblocking",
                "--duration",
                str(int(seconds)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1)
        runs = asyncio.run(_reruns(dashboard.url, page, query, controls, seconds))
        spy.wait(timeout=seconds + 60)
    print(f"{name}: {runs} reruns in {seconds:.0f} s")
    print(_summary(out))


if __name__ == "__main__":
    main()
