"""Finding the names of a large table (every country and subdivision, in several languages) in text, fast.

Hand-written because no library does this exactly: a regex alternation of ~6,500 names is exact but costs ~0.3 s to
build and compile (most of a small run's start-up), and Aho-Corasick packages match substrings, not the
whole-word, longest-first, "not followed by" rules a place name needs here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress

from . import rx


class NameFinder:
    """Finds the names of a table in text, longest first, in one pass over the places where a name may begin.

    It replaces a compiled trie alternation of the names with a dictionary lookup and is exact to it. A name may
    begin at one of the names' initials not preceded by a ``before`` character (nor failing ``start_ok``, when
    given). There its key picks the names to try: by default the word that begins there (each name is keyed by its
    first word, see ``first_word``: for names that must end before a word character), else its first ``key_chars``
    characters. Of those the longest that is in the text, ends before ``endpos`` and is not followed by
    ``reject_after`` wins, as the trie's greedy backtracking chose; the scan resumes at its end, as ``finditer``
    does.
    """

    def __init__(
        self,
        names: Iterable[str],
        before: str,
        reject_after: str,
        start_ok: str | None = None,
        key_chars: int | None = None,
    ) -> None:
        buckets: dict[str, list[str]] = {}
        for name in names:
            buckets.setdefault(name[:key_chars] if key_chars else first_word(name), []).append(name)
        #: key -> its names, longest first (equal lengths cannot both match at one place)
        self.names = {k: tuple(sorted(ns, key=len, reverse=True)) for k, ns in buckets.items()}
        self.keys = frozenset(self.names)
        # The initial is matched first, so that re skips to the next one in its fast scan for a character set, and
        # the lookbehind then reads the character before it. By word, the match is the word (group 1).
        rest = "" if key_chars else r"\w*"
        self.start = rx.compile(rf"({initials(buckets)}(?<!{before}(?s:.)){rest})")
        self.before = rx.compile(before)  # one character, as the lookbehind reads it
        if not all(self.before.fullmatch(c) for c in "a1_é"):
            raise ValueError(f"'before' must hold every word character (a name begins a word): {before!r}")
        self.key_chars = key_chars
        self.reject_after = rx.compile(reject_after)
        self.start_ok = rx.compile(start_ok) if start_ok else None

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, name) of each name found in ``text[pos:endpos]``, in order, not overlapping."""
        endpos = len(text) if endpos is None else endpos
        if self.key_chars:
            return self._found(text, pos, endpos, self.start.finditer(text, pos, endpos))
        # Most sentences name no place, and most words of a text that does are no key: the words that may begin a
        # name are listed in one C call and met against the keys as sets; only when one is a key is the text scanned
        # again, and only the matches whose word is a key reach the Python loop (``compress``, in C: the words and
        # the matches of one regex over one span pair up). (Listing the match objects once instead was slower in a
        # full run, a Python loop over every word slower still.)
        words = self.start.findall(text, pos, endpos)
        keys = self.keys.intersection(words)
        if not keys:
            return []
        matches = compress(self.start.finditer(text, pos, endpos), map(keys.__contains__, words))
        return self._found(text, pos, endpos, matches)

    def _found(self, text: str, pos: int, endpos: int, matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str]]:
        """The names that begin at ``matches`` of ``start`` (in order), as ``findall`` returns them."""
        by_key, reject_after, start_ok, key_chars = self.names, self.reject_after, self.start_ok, self.key_chars
        found: list[tuple[int, int, str]] = []
        resume = pos
        for m in matches:
            s = m.start()
            key = text[s : s + key_chars] if key_chars else m[1]
            if s < resume or (names := by_key.get(key)) is None:
                continue
            for name in names:
                e = s + len(name)
                if e <= endpos and text.startswith(name, s) and not reject_after.match(text, e, endpos):
                    # ``start_ok`` holds or fails for every name at ``s`` alike: asked only once one is found (most
                    # key words begin none: "The", "National")
                    if start_ok is None or start_ok.match(text, s, endpos):
                        found.append((s, e, name))
                        resume = e
                    break
        return found


def first_word(name: str) -> str:
    """The name's first run of word characters: the same run of the text where the name begins, when it ends
    before a non-word character (the first word of "Côte d'Ivoire" is "Côte", of "U.S." "U")."""
    m = _WORD.match(name)
    if m is None:
        raise ValueError(f"a name must begin with a word character: {name!r}")
    return m.group()


_WORD = rx.compile(r"\w+")


def initials(names: Iterable[str]) -> str:
    """A character class of the names' (or keys') first characters."""
    return "[" + "".join(sorted({re.escape(n[0]) for n in names})) + "]"
