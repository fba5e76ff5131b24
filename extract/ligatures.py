"""Typographic ligatures written as their letters: a PDF's text layer, and web pages converted from PDFs, often keep
"ﬁ", "ﬂ" and "ﬃ" as one character each ("eﬃciency", "ﬁnance", "ﬂood"), which no keyword, unit or cue matches.

Only the Latin ligatures of Unicode's Alphabetic Presentation Forms (U+FB00-U+FB06) are replaced, each by its
compatibility decomposition: a whole-text NFKC would also change full-width tildes of ranges ("348.9～289.5"),
superscripts and other characters the later stages read as they are.
"""

from __future__ import annotations

import unicodedata

_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def expand_ligatures(text: str) -> str:
    """``text`` with each ligature replaced by its letters ("eﬃciency" -> "efficiency")."""
    return text.translate(_LIGATURES)
