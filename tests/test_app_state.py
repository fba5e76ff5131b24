"""URL state: widgets' values go into the query string, and url_written_last holds the writes until its block ends."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def held_writes_script() -> None:
    import streamlit as st

    from app import state

    with state.url_written_last():
        choice = state.selectbox("Pick", ["a", "b", "c"], "pick", scope="t", default="b")
        st.text(f"inside: {st.query_params.get('pick')!r} {choice}")
    st.text(f"after: {st.query_params.get('pick')!r}")


def test_writes_are_held_until_the_block_ends_and_then_made():
    at = AppTest.from_function(held_writes_script).run()
    assert not at.exception
    assert [t.value for t in at.text] == ["inside: None b", "after: 'b'"]
    at.selectbox(key="qp:t:pick").select("c").run()
    assert [t.value for t in at.text] == ["inside: 'b' c", "after: 'c'"]
    assert at.query_params["pick"] in ("c", ["c"])


def test_a_link_s_value_is_read_inside_the_block():
    at = AppTest.from_function(held_writes_script)
    at.query_params["pick"] = "a"
    at.run()
    assert [t.value for t in at.text] == ["inside: 'a' a", "after: 'a'"]
