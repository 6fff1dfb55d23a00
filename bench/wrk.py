"""Many simultaneous connections on a static URL with Debian's wrk: requests per second,
latency percentiles and errors."""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
from pathlib import Path


def _more_files() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(max(soft, 65536), hard), hard))


def _seconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def available() -> bool:
    return shutil.which("wrk") is not None or Path("/usr/bin/wrk").exists()


def hammer(
    url: str, connections: int = 1000, seconds: int = 10, threads: int = 2, encoding: str = "br"
) -> dict:
    wrk = shutil.which("wrk") or "/usr/bin/wrk"
    output = subprocess.run(
        [
            wrk,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Accept-Encoding: {encoding}",
            url,
        ],
        capture_output=True,
        text=True,
        preexec_fn=_more_files,
        timeout=seconds + 60,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.M))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    return {
        "connections": connections,
        "requests_per_s": float(rate.group(1)) if rate else 0.0,
        "p50_s": _seconds(latency["50"]) if "50" in latency else float("nan"),
        "p99_s": _seconds(latency["99"]) if "99" in latency else float("nan"),
        "errors": errors,
        "raw": output[-600:],
    }
