"""What one viewer costs the server, per page, beside Streamlit's own floor in the same run.

For every page of the dashboard and every view of the big screen: the server's CPU per
run (a viewer's first run, and a rerun after one control change), the Streamlit
elements built and sent per run, and the bytes sent per run. CPU is read from the
server process's own accounting (/proc/PID/stat: user + system time), so a slow or busy
machine makes every figure of the run slower alike and the ratio to the floor holds;
seconds compared across days do not.

The budget (bench/budget.toml) says what each page may cost; `over_budget` lists the
figures beyond it. A benchmark, not a test: nothing here fails a build.
"""

from __future__ import annotations

import asyncio
import os
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.loadgen import Viewer

BUDGET = Path(__file__).with_name("budget.toml")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# CPU is counted in clock ticks (10 ms): enough runs that one tick more or less moves a
# figure by a few per cent, not by half (15 first runs of the floor read 2.7 to 4.7 ms;
# 60 reruns of a 1.5 ms floor are 9 ticks, so ±11 %: 300 are 45).
FIRST_RUNS = 100  # viewers opening the page, one after the other
RERUNS = 300  # control changes on one open session (two options in turn: caches warm)
FLOOR_ROUNDS = 5  # the floor measured before, among and after the pages: its median


@dataclass(frozen=True)
class Cost:
    """One page's cost per run, as the server paid it."""

    first_cpu_ms: float  # a new viewer's first run
    rerun_cpu_ms: float  # a rerun after one control change
    elements: int  # Streamlit elements and blocks sent by one rerun
    rerun_bytes: int  # bytes on the wire for one rerun, to a view this browser has seen
    first_bytes: int  # bytes sent by a first run
    change_bytes: int  # bytes sent by the first change, to a view new to this browser
    control: str  # the control changed ("" : a plain rerun, the page has none)
    error: str | None = None


def cpu_seconds(pid: int) -> float:
    """The process's user + system CPU so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


async def measure(url: str, pid: int, page: str, query: str, controls: tuple[str, ...]) -> Cost:
    """`controls`: the widget keys to try, in order; the first the page shows is changed."""
    warm = Viewer(url)
    first = await warm.open(page, query)  # the shared caches warmed: both views built
    key = next((key for key in controls if key in first.widgets), "")
    if not first.error and key and len(first.widgets[key]["options"]) > 1:
        await warm.change(key, 1, page, query)
        await warm.change(key, 0, page, query)
    elif not first.error:  # the big screen: the ticks the measured viewer will see (a
        for _ in range(RERUNS):  # replay's frames), each built once, as after a cycle
            await warm.rerun(page, query)
    if first.error:
        await warm.close()
        return Cost(0, 0, 0, 0, 0, 0, "", first.error)
    # The warm-up's session stays open while new viewers arrive, as on a server others
    # are using: when its last session closes, Streamlit forgets the compiled scripts
    # (websocket_session_manager), and each of these viewers would pay for compiling
    # app.py and the page again, which no viewer pays while anyone else is connected.
    before = cpu_seconds(pid)
    first_bytes = 0
    for _ in range(FIRST_RUNS):
        viewer = Viewer(url)
        run = await viewer.open(page, query)
        first_bytes = run.wire_bytes
        await viewer.close()
    first_cpu = (cpu_seconds(pid) - before) / FIRST_RUNS
    await warm.close()
    viewer = Viewer(url)
    opened = await viewer.open(page, query)
    control = next((key for key in controls if key in opened.widgets), "")
    options = len(opened.widgets[control]["options"]) if control else 0
    changes = control and options > 1
    # the first change: its view new to this browser (built already by the warm-up's
    # viewers, as in a crowd), so every byte of it sent
    first_change = await (
        viewer.change(control, 1, page, query) if changes else viewer.rerun(page, query)
    )
    runs = []
    before = cpu_seconds(pid)
    for index in range(RERUNS):
        if changes:
            runs.append(await viewer.change(control, index % 2, page, query))
        else:
            runs.append(await viewer.rerun(page, query))
    rerun_cpu = (cpu_seconds(pid) - before) / RERUNS
    await viewer.close()
    error = next((r.error for r in runs if r.error), None)
    last = runs[-1]
    return Cost(
        round(first_cpu * 1000, 1),
        round(rerun_cpu * 1000, 1),
        last.elements,
        last.wire_bytes,
        first_bytes,
        first_change.wire_bytes,
        control,
        first_change.error or error,
    )


def measure_all(url: str, pid: int, targets: dict[str, tuple[str, str, tuple[str, ...]]]) -> dict:
    return {
        name: asdict(asyncio.run(measure(url, pid, page, query, controls)))
        for name, (page, query, controls) in targets.items()
    }


def measure_beside_floor(floor_server, server, targets: dict) -> tuple[dict, dict]:
    """Every target's cost, and the floor's measured before, among and after them (both
    servers up at once): the median of those rounds, so a machine that slows down or
    speeds up during the run moves the floor as it moves the pages. The floor's rounds
    are kept, to show how far they spread."""
    floor_target = {"floor": ("", "", ("indicator",))}
    names = list(targets)
    step = max(1, -(-len(names) // (FLOOR_ROUNDS - 1)))
    rounds, costs = [], {}
    for start in range(0, len(names), step):
        rounds.append(
            measure_all(floor_server.url, floor_server.process.pid, floor_target)["floor"]
        )
        chunk = {name: targets[name] for name in names[start : start + step]}
        costs |= measure_all(server.url, server.process.pid, chunk)
    rounds.append(measure_all(floor_server.url, floor_server.process.pid, floor_target)["floor"])
    floor = dict(rounds[0])
    for field in ("first_cpu_ms", "rerun_cpu_ms"):
        floor[field] = sorted(r[field] for r in rounds)[len(rounds) // 2]
    floor["rounds"] = [{k: r[k] for k in ("first_cpu_ms", "rerun_cpu_ms")} for r in rounds]
    return floor, costs


def budget() -> dict:
    return tomllib.loads(BUDGET.read_text("utf-8"))


def over_budget(costs: dict, floor: dict, limits: dict | None = None) -> list[str]:
    """Each figure beyond its page's budget, in words."""
    limits = limits or budget()
    default = limits.get("default", {})
    found = []
    for name, cost in costs.items():
        allowed = {**default, **limits.get("pages", {}).get(name, {})}
        if cost.get("error"):
            found.append(f"{name}: error {cost['error']}")
            continue
        checks = (
            ("CPU per rerun ÷ floor", cost["rerun_cpu_ms"] / floor["rerun_cpu_ms"], "cpu_ratio"),
            (
                "CPU per first run ÷ floor",
                cost["first_cpu_ms"] / floor["first_cpu_ms"],
                "first_ratio",
            ),
            ("elements per run", cost["elements"], "elements"),
            ("KB per rerun", cost["rerun_bytes"] / 1024, "rerun_kb"),
            ("KB per change to a new view", cost["change_bytes"] / 1024, "change_kb"),
        )
        for words, value, limit in checks:
            if limit in allowed and value > allowed[limit]:
                found.append(f"{name}: {words} {value:.1f} > {allowed[limit]}")
    return found
