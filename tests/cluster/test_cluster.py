"""Several hosts on this machine (issue 20, `make cluster-test`): a load balancer, two worker
hosts and a publisher, each in its own network namespace (deploy/cluster.py). 200 sessions
open through the load balancer; one host's worker is killed in the middle of the burst;
every session must get a complete page again, as Streamlit's front end reconnects. A new
data version published during the run reaches both hosts; a refused one reaches neither.
Bounded in time; addresses on this machine only; torn down at the end."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.loadgen import Viewer
from deploy import cluster
from loaders import publish
from tests.support import factory

pytestmark = [
    pytest.mark.cluster,
    pytest.mark.skipif(cluster.available() is not None, reason=str(cluster.available())),
]
SESSIONS = 200
RECONNECT_SECONDS = 0.5  # Streamlit's front end retries about this often
PATIENCE_SECONDS = 90


async def one_session(lab, index: int, opened: list, killed: asyncio.Event) -> dict:
    """A browser tab: opens the page (retrying as the front end does), waits for the
    host to be lost, then uses the page again; when its worker is gone it reconnects."""
    await asyncio.sleep(index * 0.01)  # a crowd arriving over two seconds
    started = time.monotonic()
    viewer, run = await reconnect(lab, started)
    opened.append(index)
    await killed.wait()
    lost_at = time.monotonic()
    again = await viewer.rerun()
    lost = again.error is not None
    if lost:
        await viewer.close()
        viewer, again = await reconnect(lab, lost_at)
    await viewer.close()
    return {
        "first_page": run.error is None,
        "lost": lost,
        "page_again": again.error is None,
        "wait": time.monotonic() - lost_at if lost else 0.0,
    }


async def reconnect(lab, since: float):
    while True:
        viewer = Viewer(lab.url, lab.context)
        run = await viewer.open()
        if run.error is None or time.monotonic() - since > PATIENCE_SECONDS:
            return viewer, run
        await viewer.close()
        await asyncio.sleep(RECONNECT_SECONDS)


async def burst_with_a_lost_host(lab: cluster.Cluster) -> list[dict]:
    opened: list[int] = []
    killed = asyncio.Event()
    sessions = [asyncio.create_task(one_session(lab, i, opened, killed)) for i in range(SESSIONS)]
    while len(opened) < SESSIONS // 2:  # the middle of the burst
        await asyncio.sleep(0.05)
    await asyncio.to_thread(lab.kill_worker, "h1")
    killed.set()
    return await asyncio.gather(*sessions)


async def pages_seen(lab, count: int) -> list[list[str]]:
    """The texts of `count` fresh sessions' pages (spread over the hosts)."""

    async def one() -> list[str]:
        viewer = Viewer(lab.url, lab.context)
        run = await viewer.open()
        await viewer.close()
        assert run.error is None, run.error
        return run.texts

    return await asyncio.gather(*(one() for _ in range(count)))


def test_a_lost_host_and_a_new_version_across_two_hosts(tmp_path):
    with cluster.Cluster() as lab:
        first = publish.read_status(lab.host_dir("h1"))["serving"]
        with ThreadPoolExecutor(1) as pool:  # its own event loop, beside Playwright's
            results = pool.submit(
                asyncio.run, asyncio.wait_for(burst_with_a_lost_host(lab), 600)
            ).result()
        lost = [r for r in results if r["lost"]]
        longest = max((r["wait"] for r in lost), default=0.0)
        print(
            f"\n{SESSIONS} sessions through the load balancer; h1's worker killed after "
            f"{SESSIONS // 2} had a page: {sum(r['first_page'] for r in results)} got a first "
            f"page, {len(lost)} lost their worker, "
            f"{sum(r['page_again'] for r in lost)} of them got a complete page again "
            f"(longest wait {longest:.1f} s); "
            f"{sum(not r['page_again'] for r in results)} left without a page."
        )
        assert all(r["first_page"] for r in results)
        assert all(r["page_again"] for r in results), "a session was left without a page"
        assert lost, "no session was on the killed host: the test proved nothing"

        # a new version, published while h1 is down: both hosts take it
        newer = lab.publish(factory.write_folder(tmp_path / "newer"))
        assert newer != first
        statuses = {host: lab.pull(host) for host in ("h1", "h2")}
        for host, status in statuses.items():
            assert status["serving"] == newer and not status["problem"], (host, status)
            assert (lab.host_dir(host) / "current").resolve().name == newer
        lab.start_worker("h1")  # the host comes back, on the new version
        # every worker shows it, and says so (as h2's did not restart: it switched live)
        with ThreadPoolExecutor(1) as pool:  # as above: not on a loop Playwright may hold
            shown = pool.submit(asyncio.run, pages_seen(lab, 12)).result(timeout=300)
        assert all(any(newer in text for text in texts) for texts in shown), shown[:1]
        # a refused version reaches neither host
        broken = factory.write_folder(tmp_path / "broken")
        (broken / "institutes.parquet").write_bytes(b"not parquet")
        with pytest.raises(ValueError):
            lab.publish(broken)
        for host in ("h1", "h2"):
            assert lab.pull(host)["serving"] == newer
        print(f"published {newer} during the run: on h1 and h2; a broken folder: on neither.")
