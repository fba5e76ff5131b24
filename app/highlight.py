"""A document as escaped text with every extracted number marked and labelled with its row id.

The document is data, never markup: every character of it goes through ``html.escape`` before the only tags
we add (``<mark>``, ``<sup>``) are put around the spans.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

MARK_STYLE = "background:#ffe58f;padding:0 1px;border-radius:2px"
SELECTED_STYLE = "background:#ff9c6e;padding:0 1px;border-radius:2px;outline:2px solid #d4380d"
CONTAINER_STYLE = (
    "white-space:pre-wrap;font-size:0.9rem;line-height:1.55;max-height:70vh;overflow-y:auto;"
    "border:1px solid #ddd;border-radius:6px;padding:12px"
)
CONTEXT_STYLE = "white-space:pre-wrap;font-size:0.9rem;line-height:1.55;border-left:4px solid #d4380d;padding:4px 12px"


@dataclass(frozen=True)
class Span:
    """A marked range of the text and the observation rows that point at it."""

    start: int
    end: int
    rows: tuple[int, ...]
    title: str = ""


def spans_from_rows(rows: pd.DataFrame, text_length: int) -> tuple[list[Span], list[int]]:
    """Spans of the rows whose offsets fall inside the text; rows sharing a span are merged.

    Overlapping spans keep the first; the rows of a dropped span are listed on the kept one, so no row is lost.
    Also returns the rows whose offsets are outside the text (reported, never silently dropped).
    """
    ok, bad = [], []
    for row, start, end, kind, value, unit in zip(
        rows["row"], rows["char_start"], rows["char_end"], rows["kind"], rows["value"], rows["unit"], strict=True
    ):
        if pd.isna(start) or pd.isna(end) or not 0 <= int(start) < int(end) <= text_length:
            bad.append(int(row))
            continue
        ok.append((int(start), int(end), int(row), f"#{row} {kind} {value:g} {unit}"))
    ok.sort()
    spans: list[Span] = []
    for start, end, row, title in ok:
        if spans and start < spans[-1].end:
            last = spans[-1]
            spans[-1] = Span(last.start, last.end, last.rows + (row,), f"{last.title}; {title}")
        else:
            spans.append(Span(start, end, (row,), title))
    return spans, bad


def highlight_html(
    text: str,
    spans: list[Span],
    selected: int | None = None,
    window: tuple[int, int] | None = None,
    href: Callable[[int], str] | None = None,
) -> str:
    """Escaped ``text`` in a scrollable block, each span a <mark id="row-N"> followed by its row ids.

    ``window`` renders only text[start:end] (with "…" where cut), for the context of one selected row. ``href(row)``
    makes each mark a link (to that row's view: its place in Data, Explorer and Goals).
    """
    lo, hi = window if window else (0, len(text))
    parts = [f'<div style="{CONTEXT_STYLE if window else CONTAINER_STYLE}">', "…" if lo > 0 else ""]
    pos = lo
    for span in spans:
        if span.start < lo or span.end > hi:
            continue
        parts.append(html.escape(text[pos : span.start]))
        style = SELECTED_STYLE if selected in span.rows else MARK_STYLE
        anchor = f"{'context-' if window else ''}row-{span.rows[0]}"
        label = " ".join(f"#{r}" for r in span.rows)
        mark = (
            f'<mark id="{anchor}" title="{html.escape(span.title)}" style="{style}">'
            f"{html.escape(text[span.start : span.end])}</mark>"
        )
        if href is not None:
            mark = f'<a href="{html.escape(href(span.rows[0]))}" target="_self" style="color:inherit">{mark}</a>'
        parts.append(mark + f'<sup style="color:#ad6800;font-size:0.7em">{label}</sup>')
        pos = span.end
    parts.append(html.escape(text[pos:hi]))
    parts.append("…" if hi < len(text) else "")
    parts.append("</div>")
    return "".join(parts)


def context_window(text: str, start: int, end: int, radius: int = 300) -> tuple[int, int]:
    """About ``radius`` characters either side of a span, widened to whitespace so words are not cut."""
    lo, hi = max(0, start - radius), min(len(text), end + radius)
    while lo > 0 and not text[lo - 1].isspace() and start - lo < radius + 40:
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - end < radius + 40:
        hi += 1
    return lo, hi
