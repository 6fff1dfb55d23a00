"""The line under every figure: where its values come from, and whether they are
illustrative. Built by the view builders, worded here once for every drawer (the
dashboard's caption, the static edition's HTML)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from atlas.i18n import N_, Translate, translate_if_message
from atlas.safe import http_url

MAX_LINKS = 4
ILLUSTRATIVE_BADGE = N_("Illustrative values")
ILLUSTRATIVE_EXPLAINED = N_("Illustrative: generated for demonstration, not published figures.")


@dataclass(frozen=True)
class SourceLine:
    source: str                     # who publishes the values (a message or data text)
    urls: tuple[str, ...] = ()      # links to the published values
    illustrative: bool = False      # some values shown are not published facts
    note: str | None = None
    source_language: str | None = None   # the language of `source`, when known


@dataclass(frozen=True)
class WordedSource:
    text: str                            # "Source: …"
    links: tuple[tuple[str, str], ...]   # (host, url) of the first links
    more: str | None                     # "(+3 more)"
    note: str | None
    badge: str | None                    # "Illustrative values"
    explanation: str | None              # what illustrative means
    source: str = ""                     # who publishes, as written in the data
    source_language: str | None = None   # its language, when not the page's own


def word(line: SourceLine, _: Translate, language: str | None = None) -> WordedSource:
    """The line in the reader's language; `text` is "Source: …" in full, and `source`
    the publisher alone (for a drawer that marks its language)."""
    urls = [u for u in (http_url(u) for u in line.urls) if u]
    more = len(urls) - MAX_LINKS
    source = translate_if_message(line.source, _)
    other = line.source_language if line.source_language != language else None
    return WordedSource(
        text=_("Source: {source}").format(source=source),
        links=tuple((host(u), u) for u in urls[:MAX_LINKS]),
        more=_("(+{count} more)").format(count=more) if more > 0 else None,
        note=line.note,
        badge=_(ILLUSTRATIVE_BADGE) if line.illustrative else None,
        explanation=_(ILLUSTRATIVE_EXPLAINED) if line.illustrative else None,
        source=source, source_language=other,
    )


def host(url: str) -> str:
    name = urlsplit(url).netloc
    return name[4:] if name.startswith("www.") else name
