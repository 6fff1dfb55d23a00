"""Region briefs to print (issue 19): from the shipped data, every region in every
language as an A4 PDF of at most two pages, printed by Chromium from the edition's page;
read back with PDFium (its text, its page sizes, its first page drawn)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from atlas.i18n import LANGUAGES, translator
from atlas.pages import page as atlas_page
from atlas.snapshot import Snapshot, published_only
from atlas.views import region
from edition import briefs, site
from edition.__main__ import build_once, main
from loaders import validate_folder
from loaders.contract import REGION_CODES
from tests.support import REPO, TODAY, edition_options
from tests.support.browser import has, squeeze

OPTIONS = edition_options()

A4_POINTS = (595.3, 841.9)  # 210 × 297 mm at 72 points to the inch


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("briefs") / "out"
    assert build_once(REPO / "data", out, dataclasses.replace(OPTIONS, briefs=True)) == 0
    return out


@pytest.fixture(scope="module")
def snapshot() -> Snapshot:
    return published_only(Snapshot(validate_folder(REPO / "data"), REPO / "data"))


def read(pdf: Path):
    import pypdfium2

    return pypdfium2.PdfDocument(pdf)


def text(document) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.mark.browser
def test_every_region_prints_on_at_most_two_a4_pages_with_its_figures(edition, snapshot):
    for language in LANGUAGES:
        _ = translator(language)
        names = snapshot.region_names(language)
        for code in REGION_CODES:
            document = read(edition / briefs.brief_path(language, code))
            assert 1 <= len(document) <= 2, (language, code, len(document))
            for page in document:
                width, height = page.get_size()
                assert abs(width - A4_POINTS[0]) < 2 and abs(height - A4_POINTS[1]) < 2
            printed = squeeze(text(document))
            view = region.build(snapshot, region.Controls(language, TODAY, code))
            assert has(printed, names[code]), (language, code)
            assert has(printed, view.population.value)  # the census figure…
            assert has(printed, _("Every indicator, next to the national figure"))
            for indicator in view.profile[view.profile.columns[0]]:  # …every indicator…
                assert has(printed, str(indicator)), (language, code, indicator)
            for partner in getattr(view.agreements, "partner_name", []):  # …its agreements
                assert has(printed, partner), (language, code, partner)
            # the data version (in an Arabic line PDFium gives its letter and digit runs
            # back in drawing order: each run is looked for)
            version = site.data_version(snapshot)["id"]
            assert all(run in printed for run in re.findall(r"[a-z]+|[0-9]+", version)), version
            # no navigation and no dashboard link on paper
            assert not has(printed, _(atlas_page("adoption").title))
            assert not has(printed, _("Open this view in the full dashboard"))


@pytest.mark.browser
def test_an_arabic_brief_reads_right_to_left_and_is_drawn(edition, snapshot):
    document = read(edition / briefs.brief_path("ar", "MA-06"))
    page = document[0]
    width, _height = page.get_size()
    textpage = page.get_textpage()
    title = snapshot.region_names("ar")["MA-06"]
    found = textpage.search(title.split()[0], match_case=False)
    start = found.get_next()
    assert start is not None, "the region's name is not in the Arabic brief"
    left, _bottom, right, _top = textpage.get_charbox(start[0])
    assert left > width / 2, "the Arabic title is not on the right-hand side"
    picture = page.render(scale=1).to_pil().convert("L")
    inked = sum(1 for value in picture.getdata() if value < 200)
    assert inked > 0.01 * picture.width * picture.height  # a page with a map and text on it


@pytest.mark.browser
def test_the_region_page_links_its_brief(edition):
    for language in LANGUAGES:
        page = (edition / briefs.brief_path(language, "MA-01")).with_name("index.html")
        assert f'href="{briefs.BRIEF_NAME}"' in page.read_text("utf-8")


def test_briefs_without_a_chromium_say_so_and_build_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ATLAS_CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main([str(REPO / "data"), str(tmp_path / "out"), "--briefs"]) == 1
    assert "Chromium" in capsys.readouterr().out
    assert not (tmp_path / "out").exists()
