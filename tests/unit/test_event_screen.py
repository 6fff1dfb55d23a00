"""Event mode: the schedule (plain arithmetic) and the page (AppTest) advance by themselves."""

from __future__ import annotations

import pytest

from atlas import event_screen
from tests.support.apptest import exceptions, run_app


def test_schedule_rotates_views_then_languages():
    views = [event_screen.slot(tick, every=6, languages=["fr", "ar"]) for tick in range(30)]
    # in the dashboard's page order (atlas.pages)
    assert [v.view for v in views[::3]][:6] == [
        "map",
        "strategy",
        "rollout",
        "leaders",
        "cooperation",
        "map",
    ]
    assert {v.language for v in views[:15]} == {"fr"}
    assert {v.language for v in views[15:30]} == {"ar"}
    # only the views with something to show, in their order
    shown = [
        event_screen.slot(t, 6, ["fr"], views=("map", "cooperation")).view for t in range(0, 12, 3)
    ]
    assert shown == ["map", "cooperation", "map", "cooperation"]


def test_a_view_is_built_once_for_all_its_ticks_the_replay_once_per_date():
    """Issue 29: the view cache's key is the controls; a tick that shows the same view
    must not make a new key (the strategy view was rebuilt on every tick: 611 ms)."""
    import pandas as pd

    from atlas.views import event

    today = pd.Timestamp("2026-12-02")
    ticks = [event_screen.slot(t, every=60, languages=["fr"], first="strategy") for t in range(4)]
    assert {t.view for t in ticks} == {"strategy"} and len({t.tick_in_view for t in ticks}) == 4
    assert len({event.controls("fr", today, t) for t in ticks}) == 1
    replay = [event_screen.slot(t, every=60, languages=["fr"], first="rollout") for t in range(4)]
    assert len({event.controls("fr", today, t) for t in replay}) == 4  # each tick its date


def test_the_rotation_can_start_with_any_view():
    assert event_screen.slot(0, 20, ["fr"], "leaders").view == "leaders"
    assert event_screen.slot(10, 20, ["fr"], "leaders").view == "cooperation"
    assert event_screen.slot(0, 20, ["fr"], "nonsense").view == "map"


def test_replay_runs_over_the_view_and_rests_on_today():
    every = 20  # 10 ticks per view
    positions = [
        event_screen.replay_position(event_screen.slot(t, every, ["fr"]), 25) for t in range(10, 20)
    ]
    assert positions[0] == 0 and positions[-1] == 24
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("value", "expected"), [(None, 20), ("45", 45), ("2", 6), ("100000", 600), ("abc", 20)]
)
def test_every_is_read_from_the_url_and_clamped(value, expected):
    assert event_screen.parse_every(value) == expected


def test_languages_from_the_url():
    assert event_screen.parse_languages("ar", None) == ["ar"]
    assert event_screen.parse_languages("ar", "fr,ar,xx") == ["fr", "ar"]
    assert event_screen.parse_languages(None, None) == ["fr"]


@pytest.mark.apptest
def test_event_mode_rotation_advances_without_interaction(monkeypatch):
    monkeypatch.setenv("ATLAS_PUBLIC_URL", "https://atlas.example.ma/")
    app = run_app(None, query={"mode": "event", "every": "6"})  # 3 ticks per view
    seen = []
    for _ in range(10):
        assert not exceptions(app)
        seen.append(app.session_state["screen_view"])
        app.run()  # what the fragment's timer does every TICK_SECONDS
    assert seen[0] == "map"
    # the adoption leaders are illustrative in the shipped data: left out of the rotation
    assert seen[:10] == ["map"] * 3 + ["strategy"] * 3 + ["rollout"] * 3 + ["cooperation"]
    assert not app.sidebar.selectbox  # no controls on the big screen
    assert app.get("image"), "the QR code of the public link"
    assert "atlas.example.ma/edition/" in app.get("image")[0].proto.imgs[0].alt
    assert "atlas.example.ma/edition/" in " ".join(m.value for m in app.markdown).replace("\\", "")


@pytest.mark.apptest
def test_the_rotation_can_be_paused_and_resumed(monkeypatch):
    """WCAG 2.2.2: what moves by itself can be stopped: the big screen's pause button
    holds the view (timer ticks change nothing) until it is resumed."""
    monkeypatch.setenv("ATLAS_PUBLIC_URL", "https://atlas.example.ma/")
    app = run_app(None, query={"mode": "event", "every": "6"})
    app.run().run()  # the third tick of the map
    app.button(key="screen_pause").click().run()
    held = app.session_state["screen_tick"]
    for _ in range(5):
        app.run()  # the fragment's timer
        assert app.session_state["screen_tick"] == held
        assert app.session_state["screen_view"] == "map"
    assert app.button(key="screen_pause").label == "Reprendre la rotation"
    app.button(key="screen_pause").click().run()
    app.run()
    assert app.session_state["screen_view"] == "strategy"  # it moves on from where it was
    assert app.button(key="screen_pause").label == "Mettre la rotation en pause"
    assert not exceptions(app)


@pytest.mark.apptest
def test_event_mode_alternates_french_and_arabic():
    app = run_app(None, query={"mode": "event", "every": "6", "alternate": "fr,ar"})
    titles = []
    for _ in range(14):
        titles.append(app.header[0].value)
        app.run()
    assert titles[0] == "Les Instituts Jazari dans les 12 régions"
    assert "معاهد الجزري في الجهات الاثنتي عشرة" in titles[12:]


def test_the_qr_code_opens_the_edition_in_the_screens_language():
    assert (
        event_screen.edition_url("https://atlas.example.ma", "fr")
        == "https://atlas.example.ma/edition/"
    )
    assert (
        event_screen.edition_url("https://atlas.example.ma/", "ar")
        == "https://atlas.example.ma/edition/ar/"
    )
    local = event_screen.edition_url(
        "http://localhost:8501/", "en", "app/static/edition/{lang}index.html"
    )
    assert local == "http://localhost:8501/app/static/edition/en/index.html"
    # the printed address is the one that answers (Streamlit's static route serves files)
    assert event_screen.short_address(local) == "localhost:8501/app/static/edition/en/index.html"
    assert (
        event_screen.short_address("https://atlas.example.ma/edition/ar/")
        == "atlas.example.ma/edition/ar/"
    )
    # without ATLAS_PUBLIC_URL, the site's origin, not the page the screen opened
    assert (
        event_screen.public_base(None, "http://10.0.0.5:8501/overview?mode=event")
        == "http://10.0.0.5:8501/"
    )
    assert (
        event_screen.public_base("https://atlas.example.ma/", "http://x/")
        == "https://atlas.example.ma/"
    )


@pytest.mark.apptest
def test_the_former_address_still_opens_the_event_screen():
    """Screens and QR codes set up with ?mode=kiosk (the former name) keep working."""
    app = run_app(None, query={"mode": "kiosk"})
    assert not exceptions(app)
    assert app.session_state["screen_view"] == "map"


def test_the_screen_names_its_publishers_and_leaves_links_and_quotes_to_the_phones():
    """Issue 30: on the big screen nobody clicks; a source line of host names and "(+2
    others)" took four lines of the strategy map's height. The publishers stay named;
    links and quotes are on the edition the QR code opens. A replay's ticks that show one
    date share one view (its source line's HTML made once, issue 29)."""
    import pandas as pd

    from atlas.snapshot import Snapshot
    from atlas.views import event
    from loaders import validate_folder
    from tests.support import REPO

    shipped = Snapshot(validate_folder(REPO / "data"), REPO / "data")
    today = pd.Timestamp("2026-12-02")
    named = 0
    for view in event_screen.VIEWS:
        slot = event_screen.Slot(view, 0, 30, "fr")
        shown = event.build(shipped, event.controls("fr", today, slot))
        if shown.source is not None:
            assert shown.source.urls == () and shown.source.evidence == (), view
            named += bool(shown.source.source)
    assert named >= 3  # the publishers of the published views, in words
    ticks = [event_screen.Slot("rollout", tick, 300, "fr") for tick in range(3)]
    views = [event.build(shipped, event.controls("fr", today, slot)) for slot in ticks]
    assert views[0] is views[1] is views[2]  # one date, one view object
