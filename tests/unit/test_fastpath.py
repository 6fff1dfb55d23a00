"""The lock-free option reader returns exactly what Streamlit's own reader returns; HTML
made once is sent as it is, without Streamlit dedenting it again."""

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


def test_prepared_html_is_sent_as_it_is_and_never_dedented(monkeypatch):
    from streamlit.elements import html
    from streamlit.testing.v1 import AppTest

    def script():
        import streamlit as st

        from ui.fastpath import Html

        st.html(Html("  <p>one</p>\n    <p>two</p>  "))
        st.html("  <p>three</p>")

    dedented = []
    clean_text = html.clean_text
    monkeypatch.setattr(
        html, "clean_text", lambda text: dedented.append(str(text)) or clean_text(text)
    )
    app = AppTest.from_function(script).run()
    bodies = [element.proto.body for element in app.get("html")]
    assert bodies == ["  <p>one</p>\n    <p>two</p>  ", "<p>three</p>"]
    assert dedented == ["  <p>three</p>"]  # only the plain string went through clean_text


def test_a_shared_tables_bytes_are_made_once_and_are_streamlits_own():
    import pyarrow as pa
    from streamlit import dataframe_util

    table = pa.table({"region": ["MA-01", "MA-02"], "value": [1.5, None]})
    expected = fastpath._convert_to_arrow_bytes(table)
    assert fastpath.share_table(table) is table
    made = fastpath.arrow_bytes(table)
    assert made == expected
    assert fastpath.arrow_bytes(table) is made  # not made again
    # a table nobody shared is converted as Streamlit does, every time
    other = pa.table({"region": ["MA-03"]})
    assert fastpath.arrow_bytes(other) == fastpath._convert_to_arrow_bytes(other)
    # what Streamlit reads back is the table itself
    assert pa.ipc.open_stream(made).read_all().equals(table)
    assert dataframe_util.convert_arrow_table_to_arrow_bytes in (
        fastpath.arrow_bytes,
        fastpath._convert_to_arrow_bytes,
    )
