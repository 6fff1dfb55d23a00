"""What the dashboard makes from a shared view is made once per view (ui/memo.py)."""

from __future__ import annotations

from ui.memo import by_identity


def test_made_once_per_object_and_options_never_for_an_equal_copy():
    calls = []

    @by_identity
    def html(thing, language, extra=None):
        calls.append((thing, language))
        return f"{thing}:{language}"

    view = ["a section"]
    assert html(view, "fr") == html(view, "fr", extra={"ignored": 1}) == "['a section']:fr"
    assert len(calls) == 1  # the same object and options: made once
    html(view, "ar")
    assert len(calls) == 2  # another language: made again
    html(list(view), "fr")
    assert len(calls) == 3  # an equal copy is another object: never mistaken for it


def test_an_identity_is_never_reused_while_its_entry_lives():
    @by_identity
    def size(thing):
        return len(thing)

    first = [1, 2, 3]
    assert size(first) == 3
    del first
    second = [1]  # may reuse the freed id: the entry keeps its object, so it cannot
    assert size(second) == 1
