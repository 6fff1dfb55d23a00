"""The static event edition: built from the same views, for any valid folder, safe,
self-contained, pre-compressed, and replaced atomically when the data changes."""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path

import brotli
import html5lib
import pandas as pd
import pytest

from edition import site
from edition.__main__ import Watcher, build_once, main
from tests.support import factory
from tests.support.hostile import HOSTILE, write_hostile_folder

TODAY = pd.Timestamp("2026-11-27")
OPTIONS = site.Options(today=TODAY)
LANGUAGE_HOMES = {"fr": "index.html", "ar": "ar/index.html", "en": "en/index.html"}
# Attributes through which a page loads something (as opposed to links a reader follows).
RESOURCE = re.compile(
    r"<(?:link|script|img|iframe|source|video|audio|embed|object|input)\b[^>]*"
    r'\b(?:src|href|data|srcset|poster)="([^"]*)"',
    re.I,
)


@pytest.fixture(scope="module")
def provider_edition(tmp_path_factory) -> Path:
    """An edition of another provider's folder, illustrative values included (the
    deployment's opt-in for a demonstration), so that every page has content."""
    root = tmp_path_factory.mktemp("edition")
    folder = factory.write_folder(root / "data")
    os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"] = "1"
    try:
        assert build_once(folder, root / "out", OPTIONS) == 0
    finally:
        del os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"]
    return root / "out"


def test_by_default_the_edition_shows_published_facts_only(tmp_path):
    folder = factory.write_folder(tmp_path / "data")
    assert build_once(folder, tmp_path / "out", OPTIONS) == 0
    out = tmp_path / "out"
    for language, home in LANGUAGE_HOMES.items():
        root = out / home.replace("index.html", "")
        # the folder's adoption figures are illustrative (its catalogue says so): not shown
        assert f"e_services_share ({language})" not in text_of(root / "adoption" / "index.html")
        assert f"pilot_projects ({language})" not in text_of(root / "index.html")
        # its invented programme is left out, its published MoU and lab stay
        cooperation = text_of(root / "cooperation" / "index.html")
        assert "Skills MoU" in cooperation and "Cloud programme" not in cooperation
        for page in root.rglob("index.html"):
            assert 'class="mark mark-illustrative"' not in text_of(page), (
                page
            )  # no illustrative value at all
    assert "No published regional figure of AI adoption yet" in text_of(
        out / "en" / "adoption" / "index.html"
    )


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def text_of(path: Path) -> str:
    return path.read_text("utf-8")


def test_every_language_shows_the_folders_own_names_and_numbers(provider_edition):
    for language, home in LANGUAGE_HOMES.items():
        root = provider_edition / home.replace("index.html", "")
        assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in text_of(
            root / "index.html"
        )
        assert f"pilot_projects ({language})" in text_of(root / "index.html")
        institutes = text_of(root / "institutes" / "index.html")
        assert "Test institute one" in institutes and "Test institute two" in institutes
        cooperation = text_of(root / "cooperation" / "index.html")
        assert "Skills MoU" in cooperation and "Research lab" in cooperation
        adoption = text_of(root / "adoption" / "index.html")
        assert f"e_services_share ({language})" in adoption
        region = text_of(root / "regions" / "MA-09" / "index.html")
        assert "Test institute two" in region
    # Numbers in each language's conventions: population of MA-12 (12,000,000).
    assert "12\u202f000\u202f000" in text_of(provider_edition / "regions/MA-12/index.html")
    assert "12,000,000" in text_of(provider_edition / "en/regions/MA-12/index.html")


def test_every_page_parses_as_html(provider_edition):
    parser = html5lib.HTMLParser(strict=True)
    # per language: 5 sections, 12 region profiles, 3 maps to embed
    assert len(pages(provider_edition)) == 3 * (5 + 12 + 3)
    for path in pages(provider_edition):
        parser.parse(path.read_bytes())  # raises on any parse error


def test_nothing_is_loaded_from_another_host(provider_edition):
    for path in pages(provider_edition):
        for url in RESOURCE.findall(text_of(path)):
            assert not re.match(r"(?i)^(https?:)?//", url), (path, url)
        assert "<script" not in text_of(path)  # works with JavaScript off: there is none
    for css in (provider_edition / "assets").glob("*.css"):
        assert "url(" not in css.read_text() and "@import" not in css.read_text()


def test_each_page_links_to_the_same_view_in_the_dashboard(provider_edition):
    home = text_of(provider_edition / "ar/index.html")
    assert 'href="/?lang=ar"' in home
    region = text_of(provider_edition / "regions/MA-06/index.html")
    assert 'href="/region?region=MA-06&amp;lang=fr"' in region


def test_every_text_file_is_precompressed_and_assets_are_named_by_content(provider_edition):
    for path in provider_edition.rglob("*"):
        if path.suffix in (".html", ".css"):
            data = path.read_bytes()
            assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == data
            assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data
    (css,) = (provider_edition / "assets").glob("style.*.css")
    import hashlib

    assert css.name == f"style.{hashlib.sha256(css.read_bytes()).hexdigest()[:12]}.css"


def test_a_home_page_and_what_it_loads_weigh_under_100_kb_compressed(shipped_edition):
    """The budget of a first visit, on the shipped data (bytes, not time: the bench
    measures seconds on throttled links)."""
    for home in LANGUAGE_HOMES.values():
        page = shipped_edition / home
        loaded = [
            page,
            *(
                page.parent / u
                for u in RESOURCE.findall(text_of(page))
                if not u.startswith("data:")
            ),
        ]
        size = sum(len(Path(str(p) + ".br").read_bytes()) for p in loaded)
        assert size < 100_000, (home, size)
        assert text_of(page).count("<path ") == 12  # the map is in the page
    # Free text in the page's language, or marked with the language it is in.
    institutes = text_of(shipped_edition / "ar" / "institutes" / "index.html")
    assert "معهد الجزري بالناظور" in institutes
    assert '<bdi lang="fr">JAZARI ROOT (Jazari Root / Racine)</bdi>' in institutes
    assert "Jazari Institute, Nador" in text_of(
        shipped_edition / "en" / "institutes" / "index.html"
    )


def test_hostile_strings_come_out_as_text(tmp_path):
    folder = write_hostile_folder(tmp_path / "data")
    assert build_once(folder, tmp_path / "out", OPTIONS) == 0
    shown = 0
    for path in pages(tmp_path / "out"):
        document = text_of(path)
        assert "<script" not in document and "<img" not in document
        assert 'href="javascript:' not in document.lower()
        shown += document.count("&lt;img src=x onerror=alert(1)&gt;")
    assert shown > 0  # the strings are there, as text


def test_a_folder_that_breaks_the_contract_changes_nothing(tmp_path, capsys):
    good = factory.write_folder(tmp_path / "data")
    out = tmp_path / "out"
    assert main([str(good), str(out)]) == 0
    before = sorted(
        (str(p), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if "data" not in p.parts
    )
    link = os.readlink(out)
    broken = factory.write_folder(
        tmp_path / "broken", {"institutes": factory.institutes().assign(region_code="MA-99")}
    )
    capsys.readouterr()
    assert main([str(broken), str(out)]) == 1
    printed = capsys.readouterr().out
    assert "institutes.parquet" in printed and "region_code" in printed
    assert os.readlink(out) == link
    assert (
        sorted(
            (str(p), p.stat().st_mtime_ns)
            for p in tmp_path.rglob("*")
            if "data" not in p.parts and "broken" not in p.parts
        )
        == before
    )


def touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5 * 10**9))


def test_the_edition_follows_the_data_and_keeps_the_last_good_one(tmp_path):
    folder = factory.write_folder(tmp_path / "data")
    out = tmp_path / "out"
    watcher = Watcher(folder, out, site.Options())
    first = watcher.check(TODAY)
    assert first is not None and out.resolve() == first
    assert watcher.check(TODAY) is None  # nothing changed: nothing rebuilt
    renamed = factory.institutes().assign(name=["Renamed institute", "Test institute two"])
    factory.write_table(folder, "institutes", renamed)
    touch_later(folder / "institutes.parquet")
    second = watcher.check(TODAY)
    assert second is not None and second != first and out.resolve() == second
    assert "Renamed institute" in text_of(out / "institutes/index.html")
    (folder / "institutes.parquet").write_bytes(b"PAR1 half a file")  # a broken drop
    assert watcher.check(TODAY) is None
    assert out.resolve() == second
    assert watcher.check(TODAY + pd.Timedelta(days=1)) is None  # still broken: still kept
    factory.write_table(folder, "institutes", renamed)  # the provider fixes the drop
    touch_later(folder / "institutes.parquet")
    assert watcher.check(TODAY + pd.Timedelta(days=1)) not in (None, second)
    assert not list((tmp_path / "out-builds").glob("*.partial"))


def test_every_page_names_its_data_version(provider_edition):
    for path in pages(provider_edition):
        assert re.search(
            r"(Data version|Version des données|إصدار البيانات) [0-9a-f]{10}", text_of(path)
        ), path


@pytest.mark.parametrize("hostile", HOSTILE[:1])
def test_region_names_from_the_data_are_escaped_in_the_svg(tmp_path, hostile):
    folder = write_hostile_folder(tmp_path / "data")
    assert build_once(folder, tmp_path / "out", OPTIONS) == 0
    svg = text_of(tmp_path / "out/index.html").split("<svg", 1)[1].split("</svg>", 1)[0]
    assert "<title>&lt;img" in svg and "<img" not in svg


def test_the_embed_code_offered_works_on_another_site(tmp_path):
    """Issue 30: the code to copy is the edition's absolute address; an edition built
    without one offers no code (one that would 404 on a blog) and says why; links in an
    embed open outside its frame."""
    from tests.support import edition_options

    folder = factory.write_folder(tmp_path / "data")
    without = tmp_path / "without"
    assert build_once(folder, without, edition_options(edition_url="/edition/")) == 0
    home = (without / "index.html").read_text("utf-8")
    assert "&lt;iframe" not in home and "ATLAS_EDITION_URL" in home
    public = tmp_path / "public"
    options = edition_options(edition_url="https://atlas.example.ma/edition/")
    assert build_once(folder, public, options) == 0
    home = (public / "index.html").read_text("utf-8")
    assert 'iframe src="https://atlas.example.ma/edition/embed/overview/"' in home.replace(
        "&lt;", "<"
    ).replace("&#34;", '"').replace("&quot;", '"')
    embed = (public / "embed" / "overview" / "index.html").read_text("utf-8")
    assert '<base target="_blank">' in embed
