"""The look of every plotly figure: fonts, margins, number separators, the big screen's
type and the illustrative watermark. Every colour comes from the picture (its theme for
the frame, its elements for the values)."""

from __future__ import annotations

from atlas.pictures import THEME, Theme
from atlas.safe import plot_text
from loaders.contract import RTL_LANGUAGES

FONT_SIZE = 13
FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', 'Source Sans 3', sans-serif"
# Plotly's number separators (decimal, then thousands) for each language.
SEPARATORS = {"fr": ",\u202f", "ar": ",.", "en": ".,"}


def hover_lines(lines: tuple[str, ...]) -> str:
    """A hover's lines of plain text as plotly writes them: the first (a name) in bold."""
    if not lines:
        return ""
    head, *rest = (plot_text(line) for line in lines)
    return "<br>".join([f"<b>{head}</b>", *rest])


def base_layout(
    height: int, language: str = "en", margin: dict | None = None, theme: Theme = THEME
) -> dict:
    rtl = language in RTL_LANGUAGES
    return {
        "template": "none",  # our own styling: no 10 KB default template in every figure
        "height": height,
        "separators": SEPARATORS.get(language, ".,"),
        "margin": margin or {"l": 0, "r": 0, "t": 8, "b": 0},
        "font": {"family": FONT_FAMILY, "size": FONT_SIZE, "color": theme.ink},
        "paper_bgcolor": theme.transparent,
        "plot_bgcolor": theme.transparent,
        "hoverlabel": {
            "font": {"family": FONT_FAMILY, "size": 14},
            "align": "right" if rtl else "left",
        },
        "dragmode": False,
    }


def xy_layout(
    height: int, language: str, x_title: str, y_title: str, theme: Theme = THEME, **extra
) -> dict:
    """Layout for charts with axes: titled axes, light grid, legend above the plot."""
    rtl = language in RTL_LANGUAGES
    layout = base_layout(height, language, {"l": 8, "r": 8, "t": 40, "b": 8}, theme)
    layout.update(
        xaxis={
            "title": {"text": x_title},
            "gridcolor": theme.grid,
            "automargin": True,
            "autorange": "reversed" if extra.pop("mirror_x", False) and rtl else True,
        },
        # The standoff keeps a right-hand (Arabic) axis title clear of its tick labels:
        # plotly places it too close by default.
        yaxis={
            "title": {"text": y_title, "standoff": 24},
            "gridcolor": theme.grid,
            "automargin": True,
            "side": "right" if rtl else "left",
        },
        legend={
            "orientation": "h",
            "y": 1.02,
            "yanchor": "bottom",
            "x": 1 if rtl else 0,
            "xanchor": "right" if rtl else "left",
        },
        **extra,
    )
    return layout


# The event's big screen (1920×1080): chart text at 24 px. On a 3 m high screen that is
# a 47 mm capital read from 10 m, 16 minutes of arc (the legibility minimum of
# ISO 9241-303); see README "Event mode" for every size.
BIG_SCREEN_FONT = 24
BIG_SCREEN_FAMILY = "'Source Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"


# The illustrative watermark: written across a chart whose values are (partly) invented,
# in the page's language, faint (behind the data) and at a chart title's size, so that a
# screenshot or a slide never carries invented values without their mark.
WATERMARK_PX = 48


def watermark(figure, text: str, big: bool = False, theme: Theme = THEME):
    figure.add_annotation(
        text=text,
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        showarrow=False,
        textangle=-18,
        opacity=theme.watermark_opacity,
        font={"size": BIG_SCREEN_FONT * 2 if big else WATERMARK_PX, "color": theme.watermark},
        name="illustrative-watermark",
    )
    return figure


def big_screen(figure):
    """Type for the event's big screen, read from the back of the hall."""
    scale = BIG_SCREEN_FONT / FONT_SIZE
    margin = figure.layout.margin
    figure.update_layout(
        # the screen's own type (Streamlit's Source Sans): one font on the big screen
        font={"size": BIG_SCREEN_FONT, "family": BIG_SCREEN_FAMILY},
        hoverlabel={"font": {"size": BIG_SCREEN_FONT}},
        margin={side: int((getattr(margin, side) or 0) * scale) for side in "lr"},
    )
    return figure
