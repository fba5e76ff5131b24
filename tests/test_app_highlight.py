"""Document text is shown as text: escaped, with our own marks and row ids at the extracted offsets."""

from __future__ import annotations

from conftest import make_observations

from app.highlight import context_window, highlight_html, spans_from_rows

TEXT = "Intro <script>alert(1)</script> & wind reached 300 GW in 2020; target 1,200 GW."


def rows():
    start = TEXT.index("300")
    big = TEXT.index("1,200")
    return make_observations(
        [
            {"char_start": start, "char_end": start + 3, "value": 300, "unit": "GW"},
            {"char_start": start, "char_end": start + 6, "value": 300, "unit": "GW", "kind": "target"},
            {"char_start": big, "char_end": big + 5, "value": 1200, "unit": "GW"},
            {"char_start": 500, "char_end": 505, "value": 1},
        ]
    )


def test_text_is_escaped_and_numbers_are_marked_with_their_rows():
    spans, bad = spans_from_rows(rows(), len(TEXT))
    page = highlight_html(TEXT, spans, selected=3)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; wind" in page
    assert '<mark id="row-1"' in page and ">300</mark>" in page
    assert "#1 #2</sup>" in page  # overlapping rows share one mark and both ids are shown
    assert '<mark id="row-3"' in page and "outline" in page.split('id="row-3"')[1].split(">")[0]
    assert bad == [4]


def test_context_window_shows_only_the_neighbourhood():
    spans, _ = spans_from_rows(rows(), len(TEXT))
    start = TEXT.index("1,200")
    lo, hi = context_window(TEXT, start, start + 5, radius=10)
    assert lo > 0 and hi <= len(TEXT)
    page = highlight_html(TEXT, spans, window=(lo, hi))
    assert page.count("<mark") == 1 and 'id="context-row-3"' in page and "…" in page
