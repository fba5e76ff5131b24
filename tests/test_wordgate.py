"""WordGate finds what each regex's own finditer finds, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from extract import baseline, changes, clausecues, conditions
from extract.wordgate import WordGate, lower_words, may_hold, word_leads

PATTERNS = [
    re.compile(r"\b(?:will|shall|aims?\s+to|^To\s+(?=[a-z]+\b))\b|将|目标", re.I),  # anchored and non-ASCII starts
    re.compile(r"(?=[hw])\b(?:ha(?:s|d|ve)\s+\w+ed|was|were)\b", re.I),  # a guard before the boundary
    re.compile(r"\b(?:in|under)\s+(?:the\s+)?NDC\b", re.I),
    re.compile(r"\b(?-i:may)\b|\bendeavou?rs?\b", re.I),  # a case-sensitive part, an optional letter
    re.compile(r"\d+\s*%"),  # no literal word start: searched the plain way
]

SENTENCES = [
    "To cut emissions, Freedonia will have reduced them by 12% and has installed 3 GW; it was 40% in 2019.",
    "Freedonia shall endeavour to reach 30 % as set in the NDC, and May saw a fall; it may aim to go further.",
    "Emissions under the updated NDC were 81 Mt; ſhall, ıt, İn KWh and K are odd letters for the case-blind match.",
    "将在2030年实现目标, and the plan will add 5 GW.",
    "willow wills; shallow hashed; wasabi was",
]


def plain(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in p.finditer(text, start, end)] for p in PATTERNS]


def gated(gate: WordGate, text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in found] for found in gate.finditer(text, start, end)]


@pytest.mark.parametrize("text", SENTENCES)
def test_gate_finds_what_finditer_finds_in_every_span(text: str) -> None:
    gate = WordGate(PATTERNS)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            assert gated(gate, text, start, end) == plain(text, start, end), (start, end)


def test_wanted_leaves_the_others_empty() -> None:
    gate = WordGate(PATTERNS)
    text = SENTENCES[0]
    got = gate.finditer(text, 0, len(text), (False, True, False, False, True))
    assert [len(found) for found in got] == [0, 3, 0, 0, 2]  # "have reduced", "has installed", "was"


def test_leads_are_read_from_the_parse_tree() -> None:
    leads = word_leads(PATTERNS[0])
    assert leads is not None
    assert leads.words == {"will", "shall", "aim"} and leads.anchored and leads.odd == {"将", "目"}
    assert word_leads(PATTERNS[3]).words == {"may", "endeavor", "endeavou"}  # type: ignore[union-attr]
    assert word_leads(PATTERNS[4]) is None
    assert word_leads(re.compile(r"\b(?:x|y)?z")) is None  # a match may start without a literal word


def test_cues_match_a_plain_search_of_each_regex() -> None:
    text = "Freedonia has cut emissions by 9% and is on track to reach the 20% target currently set in its NDC."
    for start, end in [(0, len(text)), (10, 60), (38, len(text))]:
        found = clausecues._CUE_GATE.finditer(text, start, end)
        assert [[m.span() for m in f] for f in found] == [
            [m.span() for m in p.finditer(text, start, end)] for p in clausecues._CUE_GATE.patterns
        ]


MODULE_SENTENCES = [
    "Under the BAU scenario, Freedonia's emissions are projected to reach 90 Mt, while with existing measures they "
    "would be 70 Mt; the reference case is forecast at 80 Mt.",
    "Unconditionally, Ruritania will cut 12% with its own resources, and a further 8% subject to the availability "
    "of international support; 5% is contingent on finance.",
    "GDP grew 3% and the population reached 4 million, while temperatures could rise by 1.2 °C; emissions and "
    "EVs (the EV fleet) are in scope, as is REDD+.",
    "Currently, 31% of power is renewable; so far, the target has been raised to 40% as set in the NDC.",
]


@pytest.mark.parametrize(
    "gate",
    [
        clausecues._CUE_GATE,
        conditions._CONDITION_GATE,
    ],
)
@pytest.mark.parametrize("text", MODULE_SENTENCES)
def test_module_gates_agree_with_their_regexes(gate: WordGate, text: str) -> None:
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            found = gate.finditer(text, start, end)  # what each regex's finditer finds
            assert [[m.span() for m in f] for f in found] == [
                [m.span() for m in p.finditer(text, start, end)] for p in gate.patterns
            ], (start, end)


def test_condition_and_projection_prefilters_keep_every_match() -> None:
    text = MODULE_SENTENCES[1] + " " + MODULE_SENTENCES[0]
    assert conditions._conditions(text, 0, len(text)) == tuple(
        (m.start(), m.end(), "unconditional" if m.group("u") else "conditional")
        for m in conditions.CONDITION_RE.finditer(text)
    )
    starts = baseline._projection_starts(text, 0, len(text))
    for end in range(len(text)):  # a sentence's starts serve the text before each of its numbers
        assert [m.span() for m in baseline._PROJECTED_GATE.matches(starts, text, 0, end)[0]] == [
            m.span() for m in baseline._PROJECTED_RE.finditer(text, 0, end)
        ]


def test_lower_words_and_may_hold() -> None:
    assert lower_words("Ruritania’s CONDITIONAL goal") == "ruritania’s conditional goal"  # non-ASCII, no odd letter
    assert lower_words("Conditional on ſupport") is None  # ſ matches s case-blind: the regex must decide
    assert not may_hold("Emissions fell 9% – a record.", 0, 29, ("condition",))
    assert may_hold("UNCONDITIONAL – 9%", 0, 18, ("condition",))
    assert may_hold("Unconditional 9% (ſ)", 0, 20, ("xyz",))


def test_reference_and_from_prefilters_agree_with_the_regexes() -> None:
    text = "Compared with the BAU SCENARIO and from about 30% FROM 12%, the reference case and from–to values differ."
    assert baseline.reference_spans(text, 0, len(text)) == tuple(m.span() for m in baseline._REF_RE.finditer(text))
    assert baseline.reference_spans("Emissions fell from 9 Mt.", 0, 25) == ()
    for q in range(len(text)):
        assert changes.is_from_side(text, q, "") == bool(changes._FROM_BEFORE_RE.search(text, max(0, q - 20), q))


def test_gate_tables_agree_with_their_definition() -> None:
    """Each lead's regexes are those with a lead it starts with; a regex keeps no lead that a shorter one starts."""
    from extract.baseline import _PROJECTED_GATE
    from extract.clausecues import _CUE_GATE
    from extract.conditions import _CONDITION_GATE
    from extract.scope import _TOPIC_GATE
    from extract.wordgate import word_leads

    for gate in (_TOPIC_GATE, _CUE_GATE, _PROJECTED_GATE, _CONDITION_GATE):
        found = [word_leads(p) for p in gate.patterns]
        words = {w for leads in found if leads is not None for w in leads.words}
        for leads in found:
            assert leads is None or not any(w != v and w.startswith(v) for w in leads.words for v in leads.words)
        assert set(gate._which) == words
        for w in words:
            expected = tuple(
                k for k, leads in enumerate(found) if leads is not None and any(w.startswith(v) for v in leads.words)
            )
            assert gate._which[w] == expected, w
