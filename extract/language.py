"""The language a document is written in (ISO 639-1), and whether the extractor reads it.

The extractor's patterns are English and Chinese; a French or Spanish plan mined with them gives junk ("800 000 ha"
read as 0), so such a document is skipped with the reason instead. Detection is py3langid (langid.py's model, 97
languages, shipped inside the package, deterministic), run on a few slices of the text: it agreed with the language
of every file name but one in the NDC corpus at a tenth of lingua's time (see README, "Languages").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Languages the extractor reads, with their English names.
READ = {"en": "English", "zh": "Chinese"}
#: Below this many letters, or this confidence, a guess is too weak to refuse a document on it.
MIN_LETTERS = 200
MIN_CONFIDENCE = 0.90
SLICE_CHARS = 1000  # three slices of the text (start, middle, end): a title page alone can mislead
_LETTER = re.compile(r"[^\W\d_]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_NAMES = {
    "fr": "French", "es": "Spanish", "ar": "Arabic", "ru": "Russian", "pt": "Portuguese", "tr": "Turkish",
    "de": "German", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "id": "Indonesian",
}  # fmt: skip


@dataclass(frozen=True)
class Language:
    """A detected language: ISO 639-1 code ("" when the text is too short to tell), confidence, letters seen."""

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


@lru_cache(maxsize=1)
def _identifier():
    """langid.py's model with probabilities normalised, loaded once per process (about 0.2 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> Language:
    """The language of ``text``. Chinese, Japanese and Korean are told by their scripts, the rest by py3langid."""
    s = sample(text)
    letters = len(_LETTER.findall(s))
    if not letters:
        return Language("", 0.0, 0)
    cjk = len(_CJK.findall(s))
    kana, hangul = len(_KANA.findall(s)), len(_HANGUL.findall(s))
    if (cjk + kana + hangul) * 2 > letters:
        code = "ja" if kana * 10 > cjk else "ko" if hangul > cjk else "zh"
        return Language(code, 1.0, letters)
    code, confidence = _identifier().classify(s)
    return Language(code, round(float(confidence), 3), letters)


def not_read_reason(lang: Language) -> str | None:
    """Why a document in ``lang`` is not mined, or None when the extractor reads it (or the guess is too weak)."""
    if not lang.code or lang.code in READ:
        return None
    if lang.letters < MIN_LETTERS or lang.confidence < MIN_CONFIDENCE:
        return None
    return (
        f"language {lang.code} ({lang.name}, confidence {lang.confidence:.2f}): the extractor reads "
        f"{' and '.join(READ.values())} only"
    )
