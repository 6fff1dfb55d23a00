"""The lock-free option reader returns exactly what Streamlit's own reader returns."""

from streamlit import config

from ui import fastpath


def test_same_values_for_every_option():
    config.get_config_options()
    for key in config._config_options:
        assert fastpath.get_option(key) == fastpath._locked_get_option(key), key


def test_an_option_set_later_is_seen():
    before = fastpath.get_option("theme.primaryColor")
    try:
        config.set_option("theme.primaryColor", "#123456")
        assert fastpath.get_option("theme.primaryColor") == "#123456"
    finally:
        config.set_option("theme.primaryColor", before)


def test_unknown_options_still_raise():
    import pytest

    with pytest.raises(RuntimeError):
        fastpath.get_option("nothing.here")
