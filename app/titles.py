"""The title a person reads for a document: its first meaningful line, never a page's boilerplate or a hash id.

documents.csv's ``title`` is the first non-empty line of the text, which for a saved web page can be "Skip to Main
Content" or "Menu". The display title skips such lines (in the stored title, then in the document's own text when
the whole stored title is boilerplate) and falls back to the document id only when nothing else is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pandas as pd

BOILERPLATE = re.compile(
    r"^\s*(?:skip to (?:main )?content|skip navigation|main menu|menu|navigation|home|search|sign in|log ?in|"
    r"share|print|close|back to top|cookies?(?: settings| policy)?|accept(?: all)?(?: cookies)?|english|"
    r"table of contents|contents|draft|page \d+(?: of \d+)?|\d+)\s*[.:|]?\s*$",
    re.IGNORECASE,
)
MAX_CHARS = 120


def meaningful(line: str) -> bool:
    """A line worth showing as a title: some letters, not navigation or a cookie banner."""
    text = line.strip()
    return len(text) >= 3 and any(c.isalpha() for c in text) and not BOILERPLATE.match(text)


def first_meaningful(lines: Iterable[str], limit: int = 60) -> str | None:
    """The first meaningful line among the first ``limit`` non-empty ones."""
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if meaningful(line):
            return shorten(line.strip())
        if seen >= limit:
            break
    return None


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def display_title(title: object, doc: str, text: Callable[[], str | None] | None = None) -> str:
    """The stored title when meaningful; else the first meaningful line of the text (read only then); else doc."""
    stored = "" if title is None or (isinstance(title, float) and pd.isna(title)) else str(title)
    if meaningful(stored):
        return shorten(stored)
    if text is not None:
        try:
            body = text()
        except Exception:  # noqa: BLE001 - a title must never break a page: the id is a fine fallback
            body = None
        found = first_meaningful(body.splitlines()) if body else None
        if found:
            return found
    return doc


def titles(documents: pd.DataFrame, text_of: Callable[[str], str | None] | None = None) -> dict[str, str]:
    """doc id -> display title for every document; ``text_of(doc)`` gives a document's text when needed."""
    out = {}
    for doc, title in zip(documents["doc"], documents["title"], strict=True):
        out[str(doc)] = display_title(title, str(doc), (lambda d=str(doc): text_of(d)) if text_of else None)
    return out
