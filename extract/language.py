"""The language a document is written in (ISO 639-1), and whether the extractor reads it.

The extractor's patterns are English and Chinese; a French or Spanish plan mined with them gives junk ("800 000 ha"
read as 0), so such a document is skipped with the reason instead. Detection is Google's CLD2 (pycld2: C++, its
tables inside the package, deterministic) on a few slices of the text. On the NDC corpus it agreed with the language
of every file name, as py3langid and lingua did, in a twentieth of py3langid's time and with 4 MB of memory where
py3langid's model takes 110 MB (bench/reader_bench.py; README, "Countries, languages and copies").
"""

from __future__ import annotations

from dataclasses import dataclass

import pycld2

from . import rx

#: Languages the extractor reads, with their English names.
READ = {"en": "English", "zh": "Chinese"}
#: Below this many letters, or this share of the text in one language, a guess is too weak to refuse a document on.
MIN_LETTERS = 200
MIN_CONFIDENCE = 0.50
SLICE_CHARS = 1000  # three slices of the text (start, middle, end): a title page alone can mislead
_LETTER = rx.compile(r"[^\W\d_]")  # what counts as a letter (see _count_letters)
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NON_ASCII = rx.compile(r"[^\x00-\x7f]")
_NOT_FOR_CLD2 = rx.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # CLD2 refuses control characters
_NAMES = {
    "fr": "French", "es": "Spanish", "ar": "Arabic", "ru": "Russian", "pt": "Portuguese", "tr": "Turkish",
    "de": "German", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "id": "Indonesian",
}  # fmt: skip


@dataclass(frozen=True)
class Language:
    """A detected language: ISO 639-1 code ("" when unknown), the share of the sampled text in it, letters seen."""

    code: str
    confidence: float
    letters: int

    @property
    def name(self) -> str:
        return READ.get(self.code) or _NAMES.get(self.code) or self.code


def sample(text: str) -> str:
    """Up to three slices of ``text``: its start, middle and end, so one cover page or annex does not decide."""
    if len(text) <= 3 * SLICE_CHARS:
        return text
    middle = len(text) // 2 - SLICE_CHARS // 2
    return "\n".join((text[:SLICE_CHARS], text[middle : middle + SLICE_CHARS], text[-SLICE_CHARS:]))


def detect(text: str) -> Language:
    """The language of ``text``: CLD2's top language and the share of the sample it covers."""
    s = sample(text)
    letters = _count_letters(s)
    if not letters:
        return Language("", 0.0, 0)
    _, _, details = pycld2.detect(_NOT_FOR_CLD2.sub(" ", s), bestEffort=True)
    code, percent = details[0][1], details[0][2]
    code = "" if code == "un" else code.split("-")[0]  # "zh-Hant" is Chinese too
    return Language(code, percent / 100, letters)


def _count_letters(text: str) -> int:
    """``len(_LETTER.findall(text))``, without a list of every letter: ASCII letters are counted in the UTF-8 bytes
    (no other character's encoding holds an ASCII byte), the few other characters one by one. ``[^\\W\\d_]`` is
    a word character (alphanumeric or "_") that is not a decimal digit nor "_", as in ``str.isalnum``."""
    data = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return ascii_letters + sum(1 for c in _NON_ASCII.findall(text) if c.isalnum() and not c.isdecimal())


def not_read_reason(lang: Language) -> str | None:
    """Why a document in ``lang`` is not mined, or None when the extractor reads it (or the guess is too weak)."""
    if not lang.code or lang.code in READ:
        return None
    if lang.letters < MIN_LETTERS or lang.confidence < MIN_CONFIDENCE:
        return None
    return (
        f"language {lang.code} ({lang.name}, {lang.confidence:.0%} of the text): the extractor reads "
        f"{' and '.join(READ.values())} only"
    )
