"""Widgets whose value lives in the URL (``st.query_params``), so a copied link reopens the same view.

Each widget starts from its query parameter (ignored when not a valid option) and writes its value back on
every run; a value equal to the default is removed to keep links short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import streamlit as st


def _key(param: str, scope: str) -> str:
    """Widget keys are per page: the Data page's multiselect and the Explorer's selectbox share a param name."""
    return f"qp:{scope}:{param}"


def query_value(param: str) -> str | None:
    return st.query_params.get(param)


def query_list(param: str) -> list[str]:
    return st.query_params.get_all(param)


# Writes held back by url_written_last(); one per script thread, so sessions never see each other's.
_pending: ContextVar[dict[str, str | list[str] | None] | None] = ContextVar("pending_url_writes", default=None)


@contextmanager
def url_written_last() -> Iterator[None]:
    """Hold this block's URL writes and make them when it ends, in the order first made.

    Each write sends the browser a message that updates its history and the page; made last, it no longer
    delays the chart a choice changes (measured: rerun 1.4x -> 1.25x the minimal app in bench/dashboard_bench.py).
    """
    pending: dict[str, str | list[str] | None] = {}
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
        for param, value in pending.items():
            _write(param, value)


def write(param: str, value: str | list[str] | None) -> None:
    """Set (or, with None, remove) a URL parameter that no widget owns, e.g. the goal a line's selection opens."""
    _write(param, value)


def _write(param: str, value: str | list[str] | None) -> None:
    pending = _pending.get()
    if pending is not None:
        pending[param] = value
        return
    current = st.query_params.get_all(param)
    wanted = [] if value in (None, "", []) else ([value] if isinstance(value, str) else list(value))
    if current == wanted:
        return
    if wanted:
        st.query_params[param] = wanted if len(wanted) > 1 else wanted[0]
    else:
        del st.query_params[param]


def dropped_message(label: str, values: Sequence[str], instead: str) -> str:
    """What a shared link asked for that is not here, and what is shown instead."""
    shown = ", ".join(f"“{v}”" for v in values)
    note = (
        " Uploads live only in the browser session that made them."
        if any(str(v).startswith("upload:") for v in values)
        else ""
    )
    what = re.sub(r"^read an? ", "", label.split(" (")[0].lower())
    return f"The link's {what} {shown} is not in the data, so it was dropped: showing {instead}.{note}"


def warn_dropped(label: str, values: Sequence[str], instead: str) -> None:
    st.warning(dropped_message(label, values, instead), icon=":material/link_off:")


def selectbox(
    label: str,
    options: Sequence[str],
    param: str,
    *,
    default: str | Callable[[], str | None] | None = None,
    format_func: Callable[[Any], str] = str,
    scope: str,
    where: Any = st,
    **kwargs: Any,
) -> str | None:
    """A selectbox whose choice is the URL's ``param`` (written even when it is the default).

    ``default`` may be a function, called only when neither the session nor the URL has a valid choice.
    """
    key = _key(param, scope)
    options = list(options)
    first = key not in st.session_state
    if first or st.session_state[key] not in options:
        wanted = query_value(param)
        asked = wanted
        if wanted not in options:
            wanted = default() if callable(default) else default
        st.session_state[key] = wanted if wanted in options else (options[0] if options else None)
        if first and asked is not None and asked not in options:
            chosen = st.session_state[key]
            warn_dropped(label, [asked], f"“{format_func(chosen)}”" if chosen is not None else "nothing")
    value = where.selectbox(label, options, key=key, format_func=format_func, **kwargs)
    _write(param, value)  # always in the URL: a shared link must not depend on what the default will be
    return value


def multiselect(
    label: str,
    options: Sequence[str],
    param: str,
    *,
    format_func: Callable[[Any], str] = str,
    scope: str,
    where: Any = st,
    **kwargs: Any,
) -> list[str]:
    """A multiselect whose choices are the URL's repeated ``param``; empty means all."""
    key = _key(param, scope)
    options = list(options)
    if key not in st.session_state:
        asked = query_list(param)
        st.session_state[key] = [v for v in asked if v in options]
        unknown = [v for v in asked if v not in options]
        if unknown:
            kept = [format_func(v) for v in st.session_state[key]]
            warn_dropped(label, unknown, ", ".join(kept) if kept else str(kwargs.get("placeholder") or "all").lower())
    else:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    value = where.multiselect(label, options, key=key, format_func=format_func, **kwargs)
    _write(param, value)
    return value


def text_input(label: str, param: str, *, scope: str, where: Any = st, **kwargs: Any) -> str:
    """A text box whose content is the URL's ``param``."""
    key = _key(param, scope)
    if key not in st.session_state:
        st.session_state[key] = query_value(param) or ""
    value = where.text_input(label, key=key, **kwargs)
    _write(param, value.strip() or None)
    return value.strip()


def page_number(pages: int, param: str, *, scope: str, where: Any = st) -> int:
    """A 1-based page number within ``pages``, kept in the URL's ``param`` (absent for the first page)."""
    key = _key(param, scope)
    if key not in st.session_state:
        try:
            st.session_state[key] = int(query_value(param) or 1)
        except ValueError:
            st.session_state[key] = 1
    st.session_state[key] = min(max(int(st.session_state[key]), 1), pages)
    page = int(where.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=key))
    _write(param, str(page) if page > 1 else None)
    return page


def year_range(
    label: str, low: int, high: int, params: tuple[str, str], *, scope: str, where: Any = st
) -> tuple[int, int]:
    """A range slider over years; the URL carries only the ends that differ from the full range."""
    key = _key(f"{params[0]}-{params[1]}", scope)

    def parse(param: str, fallback: int) -> int:
        try:
            return min(max(int(query_value(param) or fallback), low), high)
        except ValueError:
            return fallback

    if key not in st.session_state:
        st.session_state[key] = (parse(params[0], low), parse(params[1], high))
    lo, hi = st.session_state[key]
    st.session_state[key] = (min(max(lo, low), high), max(min(hi, high), low))
    if low == high:
        where.caption(f"{label}: {low}")
        value = (low, high)
    else:
        value = where.slider(label, min_value=low, max_value=high, key=key)
    _write(params[0], None if value[0] == low else str(value[0]))
    _write(params[1], None if value[1] == high else str(value[1]))
    return value
