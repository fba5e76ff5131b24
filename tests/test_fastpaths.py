"""Shortcuts taken for speed give the answers of what they short-cut: each is checked against the plain reading on
lines made to hold the characters it reasons about (stops, closers, footnote digits, spaces, the words it knows)."""

from __future__ import annotations

import random

import pytest

from extract import ligatures, milestones, wraps

#: the characters the line-end tests reason about, and some that are none of them
_ALPHABET = list("ab .!?:;。'\")]”’1234 \t\nX-") + ["of", "the", " approximately", "towards", "per"]


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_a_stop_at_the_end_is_found_from_the_last_stop_as_by_a_search_of_the_whole_line(seed: int) -> None:
    for line in _lines(seed, 5000):
        assert wraps._stops_at_end(line) == bool(wraps._STOP_AT_END_RE.search(line)), repr(line)


@pytest.mark.parametrize("seed", range(4))
def test_an_open_end_is_found_over_the_last_word_as_by_a_search_of_the_whole_line(seed: int) -> None:
    for line in _lines(seed, 5000):
        assert wraps._open_end(line) == bool(wraps._OPEN_END_RE.search(line)), repr(line)


def test_stops_and_open_ends_of_printed_lines() -> None:
    assert wraps._stops_at_end("… the sector's emissions fell by 12% in 2019.”) ")
    assert wraps._stops_at_end("… as the plan sets out in its annex.23")
    assert not wraps._stops_at_end("… grew from 511 Gg in 1994 to 1051.55")
    assert wraps._open_end("… the National Grid Company of")
    assert wraps._open_end("… reached approximately  ")
    assert not wraps._open_end("… reached 40% (1990 level)")
    assert not wraps._open_end("… the Chief Officer")  # "of" inside a word leaves nothing open


def test_a_text_without_ligatures_or_unicode_hyphens_is_returned_as_it_is() -> None:
    text = "Solar 2 GW by 2030 – “about” 35 %; СО2 stays"
    assert ligatures.expand_ligatures("Solar 2 GW by 2030 – “about” 35 %") == "Solar 2 GW by 2030 – “about” 35 %"
    assert ligatures.expand_ligatures(text) == "Solar 2 GW by 2030 – “about” 35 %; CO2 stays"


@pytest.mark.parametrize("char", [chr(c) for c in (*range(0xFB00, 0xFB07), 0x2010, 0x2011, 0x2012)])
def test_each_ligature_and_unicode_hyphen_alone_is_still_replaced(char: str) -> None:
    assert ligatures.expand_ligatures(f"2000{char}2013") == f"2000{char}2013".translate(ligatures._LIGATURES)
    assert char not in ligatures.expand_ligatures(f"2000{char}2013")


MILESTONE_SENTENCES = [
    "Ruritania's emissions will peak before 2028 and reach net-zero by 2055.",
    "The grid's peak demand grew 4% and a 350 megawatt-peak plant opened.",
    "Zero-emission buses make up 12% of the fleet; coal phase-out follows in 2035.",
    "The plan aims at climate neutrality, halting deforestation by 2030, a HFC freeze in 2026.",
    "İzmir's emissions to net zero by 2053: a fully decarbonised power sector by 2040.",  # (an odd character)
    "Exports rose 3% in 2022 and imports fell 2% to 14 billion.",
]


@pytest.mark.parametrize("sentence", MILESTONE_SENTENCES)
def test_a_milestone_is_found_through_the_word_gate_as_by_the_pattern(sentence: str) -> None:
    text = f"Preface. {sentence} After."
    start, end = 9, 9 + len(sentence)
    assert milestones.names_milestone(text, start, end) == bool(milestones.MILESTONE_RE.search(text, start, end))
    gated = [m.span() for m in milestones._GATE.finditer(text, start, end)[0]]
    assert gated == [m.span() for m in milestones.MILESTONE_RE.finditer(text, start, end)]


def test_the_gated_milestone_test_finds_and_passes_over_what_the_pattern_does() -> None:
    found = [milestones.names_milestone(s, 0, len(s)) for s in MILESTONE_SENTENCES]
    assert found == [True, False, True, True, True, False]
