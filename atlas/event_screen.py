"""Event mode (?mode=event): which view the big screen shows at each tick.

The screen rotates through a few views without interaction. Time is counted in ticks
of TICK_SECONDS (one fragment rerun each), so the schedule is plain arithmetic that
tests can drive tick by tick.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from atlas.i18n import DEFAULT_LANGUAGE, LANGUAGES
from atlas.pages import EVENT_VIEWS

TICK_SECONDS = 2
DEFAULT_EVERY = 20
MIN_EVERY, MAX_EVERY = 6, 600
VIEWS = EVENT_VIEWS  # the rotation: one view per page that has one (atlas.pages)


@dataclass(frozen=True)
class Slot:
    view: str
    tick_in_view: int
    ticks_per_view: int
    language: str


def parse_every(value: str | None) -> int:
    """Seconds per view from the URL, clamped to a sensible range."""
    try:
        seconds = int(value) if value else DEFAULT_EVERY
    except ValueError:
        seconds = DEFAULT_EVERY
    return max(MIN_EVERY, min(MAX_EVERY, seconds))


def parse_languages(lang: str | None, alternate: str | None) -> list[str]:
    """The languages to show in turn: `alternate=fr,ar`, else the single `lang`."""
    chosen = [code for code in (alternate or "").split(",") if code in LANGUAGES]
    if chosen:
        return list(dict.fromkeys(chosen))
    return [lang if lang in LANGUAGES else "fr"]


def slot(
    tick: int,
    every: int,
    languages: list[str],
    first: str = VIEWS[0],
    views: tuple[str, ...] = VIEWS,
) -> Slot:
    """What to show at a tick: the view, how far into it, and in which language.

    The rotation goes through `views` (those with something to show) and starts with
    `first` (`?view=` in the URL); the language changes after each full rotation.
    """
    views = views or VIEWS
    ticks_per_view = max(1, round(every / TICK_SECONDS))
    view_number = tick // ticks_per_view + (views.index(first) if first in views else 0)
    rotation = view_number // len(views)
    return Slot(
        views[view_number % len(views)],
        tick % ticks_per_view,
        ticks_per_view,
        languages[rotation % len(languages)],
    )


def replay_position(current: Slot, steps: int) -> int:
    """Which step of a replay to show: the replay runs over the view's time and rests on
    the last step (today) for the final tick."""
    if steps <= 1 or current.ticks_per_view <= 1:
        return steps - 1
    fraction = current.tick_in_view / (current.ticks_per_view - 1)
    return min(steps - 1, round(fraction * (steps - 1)))


# Where the big screen's QR code sends the hall: the static edition, in the screen's
# language ({lang} is "" for French, "ar/" or "en/"), from the public address.
EDITION_PATH = "edition/{lang}"


def edition_url(public_url: str, language: str, path: str = EDITION_PATH) -> str:
    base = public_url if public_url.endswith("/") else public_url + "/"
    return urljoin(base, path.format(lang="" if language == DEFAULT_LANGUAGE else f"{language}/"))


def brief_url(public_url: str, language: str, region: str, path: str = EDITION_PATH) -> str:
    """Where the edition keeps a region's brief to print (edition.briefs writes it beside
    the region's page; `path` may end with the index.html Streamlit's static route needs)."""
    root = edition_url(public_url, language, path).removesuffix("index.html")
    return f"{root}regions/{region}/brief.pdf"


def short_address(url: str) -> str:
    """The address as people type it: no scheme. "index.html" stays when the address
    needs it (Streamlit's static route serves files, not a folder's index)."""
    return url.split("://", 1)[-1]


def public_base(configured: str | None, opened: str | None) -> str:
    """The dashboard's public address: ATLAS_PUBLIC_URL when set, else the origin of the
    address the screen opened (its page path is not part of the site's root)."""
    if configured:
        return configured
    parts = urlsplit(opened or "")
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else ""


def columns(picture) -> list[int]:
    """The big screen's split between the view and its side (key figures, QR code): a map
    of the 12 regions, as tall as wide, leaves two fifths of the width to the side; the
    world map and the charts, wider than tall, take four fifths."""
    from atlas.pictures import PointsMap, RegionMap

    return [3, 2] if isinstance(picture, (RegionMap, PointsMap)) else [4, 1]
