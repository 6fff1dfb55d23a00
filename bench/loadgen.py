"""A load generator that speaks Streamlit's own websocket protocol.

Each simulated viewer opens `/_stcore/stream`, sends a `rerun_script` BackMsg (page and
query string, as the browser does) and waits for the `script_finished` ForwardMsg. It
records the time to script finished, the bytes received and any exception element.
Loopback only; every run is bounded in sessions and time.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

FINISHED = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
FINISHED_EARLY = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
TIMEOUT_SECONDS = 120


@dataclass
class Run:
    seconds: float | None = None  # time to script finished (None: did not finish)
    bytes_received: int = 0  # the messages' bytes, as Streamlit wrote them
    wire_bytes: int = 0  # what came over the connection (compressed, if negotiated)
    messages: int = 0
    elements: int = 0  # Streamlit elements and blocks built and sent in this run
    error: str | None = None
    widgets: dict[str, dict] = field(default_factory=dict)  # user key -> id, options
    texts: list[str] = field(default_factory=list)  # the markdown and captions written


# The multi-host test's namespaces (deploy/cluster.py): addresses on this machine only.
CLUSTER_NETWORK = ipaddress.ip_network("10.77.0.0/24")


def _loopback(url: str) -> str:
    host = urlsplit(url).hostname
    if host in ("localhost", "127.0.0.1", "::1"):
        return url
    with contextlib.suppress(ValueError):
        if ipaddress.ip_address(host or "") in CLUSTER_NETWORK:
            return url
    raise ValueError(f"the load generator only targets this machine, not {host}")


def _rerun(
    query: str,
    page: str,
    widgets: list | None = None,
    cached: set[str] | None = None,
    fragment: str = "",
) -> bytes:
    message = BackMsg()
    state = message.rerun_script
    # a widget drawn in a fragment reruns that fragment only, as the browser asks
    state.fragment_id = fragment
    # what the browser says it keeps: the server sends a reference instead of these
    state.cached_message_hashes.extend(sorted(cached or ()))
    state.query_string = query
    state.page_name = page
    state.context_info.locale = "fr-FR"
    state.context_info.timezone = "Africa/Casablanca"
    for widget in widgets or []:
        state.widget_states.widgets.append(widget)
    return message.SerializeToString()


async def _until_finished(socket, run: Run, started: float, cached: set[str] | None = None) -> None:
    while True:
        data = await socket.recv()
        run.bytes_received += len(data)
        run.messages += 1
        message = ForwardMsg()
        message.ParseFromString(data)
        kind = message.WhichOneof("type")
        if cached is not None and message.metadata.cacheable and message.hash:
            cached.add(message.hash)  # as Streamlit's front end caches it
        if kind == "delta":
            _note_element(message, run)
        elif kind == "ref_hash":
            run.elements += 1  # an element the browser has: built all the same
        elif kind == "script_finished":
            if message.script_finished == FINISHED_EARLY:
                continue  # a rerun was requested (e.g. a redirect): wait for the next
            run.seconds = time.perf_counter() - started
            return


def _note_element(message: ForwardMsg, run: Run) -> None:
    delta = message.delta
    if delta.HasField("add_block"):
        run.elements += 1
    if not delta.HasField("new_element"):
        return
    run.elements += 1
    element = delta.new_element
    kind = element.WhichOneof("type")
    if kind == "exception":
        run.error = f"exception: {element.exception.message[:200]}"
    elif kind == "markdown":
        run.texts.append(element.markdown.body)
    elif kind in ("selectbox", "radio", "multiselect"):
        proto = getattr(element, kind)
        key = proto.id.rsplit("-", 1)[-1]
        run.widgets[key] = {
            "id": proto.id,
            "options": list(proto.options),
            "kind": kind,
            "fragment": delta.fragment_id,
        }
    elif kind == "slider" and len(element.slider.options):  # a select_slider
        proto = element.slider
        key = proto.id.rsplit("-", 1)[-1]
        run.widgets[key] = {
            "id": proto.id,
            "options": list(proto.options),
            "kind": "options",
            "fragment": delta.fragment_id,
        }
    elif kind == "checkbox":  # a checkbox or a toggle: two options, off and on
        proto = element.checkbox
        key = proto.id.rsplit("-", 1)[-1]
        run.widgets[key] = {
            "id": proto.id,
            "options": [False, True],
            "kind": "checkbox",
            "fragment": delta.fragment_id,
        }


class Viewer:
    """One websocket session, kept open between runs (like a browser tab)."""

    def __init__(
        self,
        base_url: str,
        context: ssl.SSLContext | None = None,  # for https://: the certificate to trust
        source: str | None = None,  # the client address to connect from (a test's viewers)
    ):
        parts = urlsplit(_loopback(base_url))
        self.origin = f"{parts.scheme}://{parts.netloc}"
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.ws_url = f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"
        self.connect_options: dict = {"ssl": context} if scheme == "wss" else {}
        if source:
            self.connect_options["local_addr"] = (source, 0)
        self.socket = None
        self.wire = 0  # bytes received on the connection so far
        self.last = Run()
        self.cached: set[str] = set()  # the hashes of the cacheable messages received

    async def open(self, page: str = "", query: str = "") -> Run:
        run = Run()
        started, wire = time.perf_counter(), self.wire
        try:
            self.socket = await websockets.connect(
                self.ws_url,
                subprotocols=["streamlit"],
                origin=self.origin,
                max_size=None,
                open_timeout=TIMEOUT_SECONDS,
                ping_interval=None,
                **self.connect_options,
            )
            self._count_wire_bytes()
            await self.socket.send(_rerun(query, page))
            await asyncio.wait_for(
                _until_finished(self.socket, run, started, self.cached), TIMEOUT_SECONDS
            )
        except Exception as error:  # a failed session is a result, not a crash
            run.error = f"{type(error).__name__}: {error}"[:200]
        run.wire_bytes = self.wire - wire
        self.last = run
        return run

    def _count_wire_bytes(self) -> None:
        """Count what the transport hands the connection: bytes as they travelled."""
        received = self.socket.data_received

        def counted(data: bytes) -> None:
            self.wire += len(data)
            received(data)

        self.socket.data_received = counted

    async def rerun(self, page: str = "", query: str = "") -> Run:
        """The page run again on the same session (a reader coming back to the tab)."""
        run = Run()
        started, wire = time.perf_counter(), self.wire
        try:
            await self.socket.send(_rerun(query, page, cached=self.cached))
            await asyncio.wait_for(
                _until_finished(self.socket, run, started, self.cached), TIMEOUT_SECONDS
            )
        except Exception as error:
            run.error = f"{type(error).__name__}: {error}"[:200]
        run.wire_bytes = self.wire - wire
        self.last = run
        return run

    async def change(self, key: str, option_index: int, page: str = "", query: str = "") -> Run:
        """Rerun with one selectbox/radio (by its user key) set to another option."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        widget = self.last.widgets[key]
        state = WidgetState(id=widget["id"])
        option = widget["options"][option_index]
        if widget["kind"] in ("selectbox", "radio"):
            state.string_value = option
        elif widget["kind"] in ("options", "multiselect"):
            state.string_array_value.data[:] = [option]
        else:
            state.bool_value = option
        run = Run()
        started, wire = time.perf_counter(), self.wire
        try:
            await self.socket.send(
                _rerun(query, page, [state], self.cached, widget.get("fragment", ""))
            )
            await asyncio.wait_for(
                _until_finished(self.socket, run, started, self.cached), TIMEOUT_SECONDS
            )
        except Exception as error:
            run.error = f"{type(error).__name__}: {error}"[:200]
        run.widgets = run.widgets or self.last.widgets
        run.wire_bytes = self.wire - wire
        self.last = run
        return run

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()


async def burst(
    base_url: str,
    sessions: int,
    page: str = "",
    query: str = "",
    rate: float | None = None,
    keep_open: bool = False,
    context: ssl.SSLContext | None = None,
):
    """Open `sessions` viewers at the same instant (or `rate` per second); returns the
    runs and, if keep_open, the viewers (to close later)."""
    viewers = [Viewer(base_url, context) for _ in range(sessions)]

    async def start(index: int, viewer: Viewer) -> Run:
        if rate:
            await asyncio.sleep(index / rate)
        return await viewer.open(page, query)

    runs = await asyncio.gather(*(start(i, v) for i, v in enumerate(viewers)))
    if not keep_open:
        await asyncio.gather(*(v.close() for v in viewers))
        viewers = []
    return runs, viewers
