"""The sentence scanner's fast paths agree with the plain code they replace."""

from __future__ import annotations

import random
import re

import pytest

from extract import scan
from extract.scan import GAPPED, TOKEN, ScannedSentence

LAZY_GAPPED = re.compile(rf"(?s)(.*?)(?:{TOKEN.pattern})", TOKEN.flags)  # the shortest gap, TOKEN tried after each
TEXTS = (
    "",
    "no numbers here at all",
    "Halve it: HALF of 12.5 Mt, a Quarter (25%) and two-thirds - up 3 - 4 times; see Figure 9 and Article 6.",
    "Sales rose from 1,250 units in 2019 to 2,400 in 2023, while exports grew 7% a year and imports 2021%.",
    "Row label\t2020\t45.5\tthreefold\tTwofold rise, fourfold Thirds.\tCOP 28\t13th plan, 5G pm2.5 e.g. x_y",
    "Reach 30 GW -- and 40 GW \u2014 or 50 GW \u2013 with 60,000 t.\nNext line -\tdash, \u0130stanbul \u212aelvin..",
    "trailing symbols %%% $$$ *** ... ",
)


@pytest.mark.parametrize("text", TEXTS)
def test_possessive_gap_tokens_are_those_of_the_lazy_gap(text: str) -> None:
    assert GAPPED.findall(text) == LAZY_GAPPED.findall(text)


def test_possessive_gap_agrees_on_random_texts_of_token_edge_characters() -> None:
    rng = random.Random(7)
    alphabet = "aZ19 \t\n\r-._,;:()\u2014\u2013%\u017f\u0130\u00b2\u00bd\u00e9\u0663\u00a0\u2003st"
    for _ in range(20000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 16)))
        assert GAPPED.findall(text) == LAZY_GAPPED.findall(text), repr(text)


@pytest.mark.parametrize("text", TEXTS)
def test_respectively_gate_agrees_with_the_search(text: str) -> None:
    for variant in (text, text + " respectively", text + " RESPECTIVE", text + " respectivelyx", "\u017f" + text):
        assert ScannedSentence(variant).respectively == (scan.RESPECTIVELY.search(variant) is not None)


def test_change_left_search_from_the_tail_finds_the_same_match() -> None:
    from extract.nearness import BY_LEFT, CHANGE_LEFT, left_tail

    rng = random.Random(11)
    words = "reduced by about the increase of up down made made up 2030 x_1 approx. at least , ( % ; - \n \t".split(" ")
    for _ in range(5000):
        left = "".join(rng.choice(words) + rng.choice(("", " ", "  ", "\n")) for _ in range(rng.randint(0, 9)))
        tail = left_tail(left)
        for pattern in (CHANGE_LEFT, BY_LEFT):
            found, from_tail = pattern.search(left), pattern.search(left, tail)
            assert (found and found.span()) == (from_tail and from_tail.span()), repr(left)


SKIP_TEXTS = (
    "Economic co-benefits: CO2 and coal; accountable recoal, Co2e per capita and so on.",
    "Nonfossil and non-fossil fuels; a garbage-sorting and waste sorting plan, unsorted wastes",
    "Windpower, wind-power and whirlwind; re-newable renewables (RENEWABLE) energy",
)


@pytest.mark.parametrize("text", SKIP_TEXTS)
def test_starts_beginning_no_word_are_skipped_without_changing_a_match(text: str) -> None:
    from extract.classify import StartFinder
    from extract.rules import compile_term, literal_starts, matches_from, occurs_from

    terms = ("co2?|coal", "non ?fossil", "(waste|garbage) ?sort|separat", "wind\\b|windpower", "renew", "(?:s|z)ab")
    patterns = [compile_term(term) for term in terms]
    finder = StartFinder({s[:5] for p in patterns for s in literal_starts(p) or ()} | {"co", "w"})
    sent = ScannedSentence(text)
    sent._found = finder, finder.find(sent.lower)
    for pattern in patterns:
        starts = sent._word_starts_of(pattern)
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches_from(starts, pattern, text, sent.lower)] == expected
        assert occurs_from(starts, pattern, text, sent.lower) == bool(expected) == sent.has(pattern)
    if not re.search(r"(?<![^\W_])co", sent.lower):  # "co" only inside words ("economic"): nothing is tried
        assert sent._word_starts_of(patterns[0]) == ()
