"""What plotly charts and maps share: markers as plotly names them, colour scales of the
exact colours a picture gives, and a ramp drawn as a colour bar."""

from __future__ import annotations

import plotly.graph_objects as go

from atlas.pictures import Marker, Ramp
from atlas.safe import plot_text, wrap_words


def stepped(colours: list[str] | tuple[str, ...]) -> list[list]:
    """A colour scale of equal steps, one per colour: value k (0…n-1) is colour k."""
    count = len(colours)
    if count == 1:
        return [[0, colours[0]], [1, colours[0]]]
    scale = []
    for index, colour in enumerate(colours):
        scale += [[index / count, colour], [(index + 1) / count, colour]]
    return scale


def legend_trace(
    ramp: Ramp, colorbar: dict, geo: bool, rtl: bool = False, title_chars: int | None = None
) -> go.Scattergeo | go.Scatter:
    """An invisible trace that draws only the ramp: its colours, its words (from the
    right in a right-to-left language, as the pictures' ramps). `title_chars`: the title
    in lines of about that many characters (a key beside a map: a title on one line
    pushed plotly's margin, and the map shrank)."""
    # right to left only along a line: a key standing upright keeps its highest at the top
    rtl = rtl and colorbar.get("orientation") == "h"
    colours = ramp.colours[::-1] if rtl else ramp.colours
    scale = stepped(colours) if ramp.stepped else _gradient(colours)
    settings = {
        "mode": "markers",
        "hoverinfo": "skip",
        "showlegend": False,
        "marker": {
            "color": [0, 1],
            "cmin": 0,
            "cmax": 1,
            "colorscale": scale,
            "showscale": True,
            "opacity": 0,
            "colorbar": {
                **colorbar,
                "title": {"text": _title_text(_titled(ramp), title_chars), "side": "top"},
                "tickmode": "array",
                "tickvals": [1 - place if rtl else place for place, _text in ramp.ticks],
                "ticktext": [plot_text(text) for _place, text in ramp.ticks],
            },
        },
    }
    if geo:
        return go.Scattergeo(lon=[None, None], lat=[None, None], **settings)
    return go.Scatter(x=[None, None], y=[None, None], **settings)


def _gradient(colours: tuple[str, ...]) -> list[list]:
    last = max(1, len(colours) - 1)
    return [[index / last, colour] for index, colour in enumerate(colours)]


def _title_text(title: str, chars: int | None) -> str:
    if chars is None:
        return plot_text(title)
    return "<br>".join(plot_text(line) for line in wrap_words(title, chars))


def _titled(ramp: Ramp) -> str:
    return f"{ramp.title} · {ramp.note}" if ramp.note else ramp.title


def symbol(marker: Marker) -> str:
    """Plotly's name of a marker: its shape, "-open" when hollow, "-dot" with a dot."""
    return marker.shape + ("-open" if marker.hollow else "") + ("-dot" if marker.dot else "")


def marker_style(marker: Marker, size: int = 15) -> dict:
    """A marker as plotly draws it: a hollow one is an outline in its fill colour."""
    return {
        "size": size,
        "color": marker.fill,
        "symbol": symbol(marker),
        "line": {
            "color": marker.fill if marker.hollow else marker.line,
            "width": 2.5 if marker.hollow else 1,
        },
    }
