"""The indicator catalogue: a strict YAML loader and the classifier that maps a number to an indicator id.

The catalogue (``indicators.yaml``) describes each indicator in the language of policy documents: keyword groups
that must occur near the number, words that rule it out, the canonical unit and whether the number is a level,
a change against a base or an annual growth rate. It holds no values. ``Catalogue.classify`` scores every indicator
whose unit fits the number by how close its keywords sit to it, inside the number's clause, and returns the best id.
"""

from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CATALOGUE: Path = Path(__file__).with_name("indicators.yaml")

CANONICAL_UNITS: tuple[str, ...] = (
    "%", "GW", "TWh", "Mt", "Mt CO2", "Mt CO2e", "Mt C", "Mtce", "billion m3", "billion m2", "Mha", "million",
    "count", "CNY billion", "year", "tce/10k CNY", "kgce/t", "ug/m3", "ratio", "times", "million TEU",
)  # fmt: skip
DIRECTIONS: tuple[str, ...] = ("higher", "lower", "none")
# level/share/rate are all read as "a level" in text; they differ only in meaning for the analyst.
MEASURES: tuple[str, ...] = ("level", "share", "rate", "change", "growth_rate", "any")
ROLE_OF_MEASURE = {"level": "level", "share": "level", "rate": "level", "change": "change", "growth_rate": "annual"}
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
WORLD_REGION = "World"
# Units whose numbers are never changes or rates (counts of things, years, ratios).
ROLELESS_UNITS = frozenset({"count", "million", "year", "ratio", "million TEU"})


class CatalogueError(Exception):
    """A catalogue that cannot be used. ``str(exc)`` is one line: ``<file>: <key path>: <problem>; <how to fix>``."""

    def __init__(self, file: Path | str, where: str, problem: str, fix: str) -> None:
        self.file, self.where, self.problem, self.fix = str(file), where, problem, fix
        super().__init__(f"{self.file}: {where}: {problem}; {fix}")


@dataclass(frozen=True)
class Rule:
    """One way an indicator is phrased: keyword groups near the number, words that exclude it, sentence context."""

    near: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    position: int | None = None  # 1-based element of an "a:b:c" ratio


@dataclass(frozen=True)
class Indicator:
    """A catalogue entry; the first six fields are the indicators.csv columns."""

    id: str
    name: str
    sector: str
    unit: str
    direction: str
    description: str
    measure: str = "level"
    world_share: bool = False
    units: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = field(default=(), repr=False)

    @property
    def accepted_units(self) -> tuple[str, ...]:
        return (self.unit, *self.units)


# --------------------------------------------------------------------------------------------------- loading ----

FIELDS = {  # key -> (required, python type, how to write it)
    "name": (True, str, "name: Wind power installed capacity"),
    "sector": (True, str, "sector: energy"),
    "unit": (True, str, "unit: GW"),
    "direction": (True, str, "direction: higher"),
    "description": (True, str, "description: What the number measures."),
    "measure": (False, str, "measure: level"),
    "world_share": (False, bool, "world_share: true"),
    "units": (False, list, "units: [count]"),
    "match": (True, list, "match: [{near: [wind]}]"),
}
RULE_FIELDS = {
    "near": (list, "near: [wind, 'capacit|install']"),
    "none": (list, "none: [offshore]"),
    "context": (list, "context: [an ?steel]"),
    "position": (int, "position: 1"),
}
TOP_FIELDS = {
    "version": (int, "version: 1"),
    "vocabulary": (dict, "vocabulary: {wind: 'wind\\b|windpower'}"),
    "indicators": (dict, "indicators: {wind_capacity: {...}}"),
}


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys (plain safe_load silently keeps the last one)."""

    def construct_document(self, node: yaml.Node) -> Any:
        self.key_paths = _node_paths(node, "")
        return super().construct_document(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) and key is not None:
                continue  # an unhashable key; the validator names it
            if key in seen:
                path = getattr(self, "key_paths", {}).get(id(node), "")
                raise _DuplicateKey(_join(path, str(key)), key_node.start_mark.line + 1)
            seen.add(key)
        return super().construct_mapping(node, deep)


class _DuplicateKey(Exception):
    def __init__(self, path: str, line: int) -> None:
        super().__init__(path)
        self.path, self.line = path, line


def _node_paths(node: yaml.Node, path: str) -> dict[int, str]:
    """Key path of every mapping node, so a duplicate key can be reported as ``indicators.wind_capacity``."""
    paths = {id(node): path}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            paths.update(_node_paths(value_node, _join(path, str(getattr(key_node, "value", "?")))))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            paths.update(_node_paths(item, f"{path}[{i}]"))
    return paths


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def load_catalogue(path: Path = DEFAULT_CATALOGUE) -> Catalogue:
    """Read and validate a catalogue file; raise CatalogueError with a one-line message naming key and fix."""
    path = Path(path)
    data = _parse_yaml(path, _read_text(path))
    if data is None:
        raise CatalogueError(path, "(document)", "the catalogue is empty", "add a top-level 'indicators:' mapping")
    if not isinstance(data, dict):
        raise CatalogueError(
            path, "(document)", f"top level is a {_type_name(data)}, not a mapping", "start the file with 'indicators:'"
        )
    _check_keys(path, "", data, TOP_FIELDS)
    for key, (typ, example) in TOP_FIELDS.items():
        if key in data:
            _check_type(path, key, data[key], typ, example)
    if data.get("version", 1) != 1:
        raise CatalogueError(path, "version", f"unsupported version {data['version']!r}", "set 'version: 1'")
    if "indicators" not in data:
        raise CatalogueError(path, "indicators", "missing required key", "add 'indicators:' with one entry per id")
    if not data["indicators"]:
        raise CatalogueError(path, "indicators", "no indicators defined", "add at least one indicator")
    for name, term in data.get("vocabulary", {}).items():
        if not isinstance(term, str) or not term.strip():
            raise CatalogueError(path, f"vocabulary.{name}", f"expected a keyword pattern, got {term!r}", "write a word")
        compile_term(term, path, f"vocabulary.{name}")
    indicators = {key: _indicator(path, key, spec) for key, spec in data["indicators"].items()}
    return Catalogue(path, indicators)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(path, "(file)", f"cannot read: {exc.strerror or exc}", "check the path and permissions")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueError(
            path, "(file)", f"not valid UTF-8 at byte {exc.start}", "save the file as UTF-8 text"
        ) from None


def _parse_yaml(path: Path, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass: no Python tags
    except _DuplicateKey as exc:
        raise CatalogueError(
            path, exc.path, f"duplicate key (second definition on line {exc.line})", "keep one definition, rename it"
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(document)"
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
            raise CatalogueError(path, where, f"YAML tag refused: {problem}", "remove the tag: plain YAML only") from None
        raise CatalogueError(path, where, f"YAML syntax error: {problem}", "fix the YAML at that position") from None
    except yaml.YAMLError as exc:
        raise CatalogueError(path, "(document)", f"YAML error: {' '.join(str(exc).split())}", "fix the YAML") from None


def _type_name(value: Any) -> str:
    names = {dict: "mapping", list: "list", str: "string", bool: "boolean", int: "integer", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _check_type(path: Path, where: str, value: Any, typ: type, example: str) -> None:
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        raise CatalogueError(path, where, f"expected a {_type_name(typ())}, got {_type_name(value)}", f"write {example}")


def _check_keys(path: Path, where: str, mapping: dict, known: dict) -> None:
    for key in mapping:
        if not isinstance(key, str):
            raise CatalogueError(path, _join(where, str(key)), f"key {key!r} is not a string", "use a text key")
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            fix = f"did you mean '{close[0]}'?" if close else f"known keys are: {', '.join(known)}"
            raise CatalogueError(path, _join(where, key), "unknown key", fix)


def _indicator(path: Path, key: Any, spec: Any) -> Indicator:
    where = f"indicators.{key}"
    if not isinstance(key, str) or not SNAKE_CASE.match(key):
        raise CatalogueError(path, where, f"id {key!r} is not snake_case", "use lower-case words joined by '_'")
    if not isinstance(spec, dict):
        raise CatalogueError(path, where, f"expected a mapping, got {_type_name(spec)}", "give name, sector, unit, ...")
    _check_keys(path, where, spec, FIELDS)
    for name, (required, typ, example) in FIELDS.items():
        if name not in spec:
            if required:
                raise CatalogueError(path, f"{where}.{name}", "missing required key", f"add {example}")
            continue
        _check_type(path, f"{where}.{name}", spec[name], typ, example)
        if typ is str and not spec[name].strip():
            raise CatalogueError(path, f"{where}.{name}", "empty text", f"write {example}")
    _check_choice(path, f"{where}.unit", spec["unit"], CANONICAL_UNITS, "canonical unit")
    _check_choice(path, f"{where}.direction", spec["direction"], DIRECTIONS, "direction")
    _check_choice(path, f"{where}.measure", spec.get("measure", "level"), MEASURES, "measure")
    units = spec.get("units", [])
    for i, unit in enumerate(units):
        _check_choice(path, f"{where}.units[{i}]", unit, CANONICAL_UNITS, "canonical unit")
    if not spec["match"]:
        raise CatalogueError(path, f"{where}.match", "no rules", "add at least one rule, e.g. - near: [wind]")
    rules = tuple(_rule(path, f"{where}.match[{i}]", rule) for i, rule in enumerate(spec["match"]))
    return Indicator(
        id=key,
        name=spec["name"].strip(),
        sector=spec["sector"].strip(),
        unit=spec["unit"],
        direction=spec["direction"],
        description=" ".join(spec["description"].split()),
        measure=spec.get("measure", "level"),
        world_share=spec.get("world_share", False),
        units=tuple(u for u in units if u != spec["unit"]),
        rules=rules,
    )


def _check_choice(path: Path, where: str, value: Any, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        close = difflib.get_close_matches(str(value), allowed, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise CatalogueError(path, where, f"{value!r} is not a {what}", f"{hint}use one of: {', '.join(allowed)}")


def _rule(path: Path, where: str, spec: Any) -> Rule:
    if not isinstance(spec, dict):
        raise CatalogueError(path, where, f"expected a mapping, got {_type_name(spec)}", "write - near: [wind]")
    _check_keys(path, where, spec, RULE_FIELDS)
    for name, (typ, example) in RULE_FIELDS.items():
        if name in spec:
            _check_type(path, f"{where}.{name}", spec[name], typ, example)
    if not spec.get("near") and not spec.get("context"):
        raise CatalogueError(path, where, "rule has no 'near' or 'context' keywords", "add near: [some, keywords]")
    position = spec.get("position")
    if position is not None and position < 1:
        raise CatalogueError(path, f"{where}.position", f"{position} is not a ratio position", "use 1, 2, 3, ...")
    compiled = {name: _patterns(path, f"{where}.{name}", spec.get(name, [])) for name in ("near", "none", "context")}
    return Rule(compiled["near"], compiled["none"], compiled["context"], position)


def _patterns(path: Path, where: str, items: list) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise CatalogueError(path, f"{where}[{i}]", f"expected a keyword pattern, got {item!r}", "write a word")
        out.append(compile_term(item, path, f"{where}[{i}]"))
    return tuple(out)


def compile_term(term: str, path: Path | str = "", where: str = "") -> re.Pattern[str]:
    """A keyword pattern: a regex matched case-insensitively at a word start; a space matches spaces or hyphens.

    ``"non ?fossil"`` matches non-fossil, non fossil and nonfossil; ``"capacit"`` matches capacity and capacities.
    """
    source = term.strip().replace(" ?", r"[\s\-]*").replace(" ", r"[\s\-]+")
    try:
        pattern = re.compile(rf"(?<![^\W_])(?:{source})", re.IGNORECASE)
    except re.error as exc:
        raise CatalogueError(
            path, where, f"invalid regular expression {term!r}: {exc}", "fix the pattern (escape ( ) [ ] . with \\)"
        ) from None
    if pattern.match(""):
        raise CatalogueError(path, where, f"pattern {term!r} matches empty text", "remove the empty alternative")
    return pattern


# ------------------------------------------------------------------------------------------- text analysis ----

# Tokens: words (letters first: pm2.5, co2, 5G-like "5g" handled below), numbers, and clause punctuation.
TOKEN = re.compile(
    r"(?P<word>\d+(?:st|nd|rd|th|g|d)\b|[^\W\d_][^\W_]*(?:\.\d+)?)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<punct>[;:,()\t\u2014\u2013]|\.(?=\s|$)|\s-\s)",
    re.IGNORECASE,
)
FRACTION_WORDS = frozenset({"half", "quarter", "quarters", "third", "thirds", "twofold", "threefold", "fourfold"})
CONJUNCTIONS = {"and": 0.75, "while": 0.6, "whereas": 0.6, "but": 0.6, "alongside": 0.7, "which": 0.8, "with": 0.85}
PUNCT_COST = {",": 0.75, ";": 0.5, ":": 0.6, "\u2014": 0.6, "\u2013": 0.6, " - ": 0.6, "(": 0.85, ")": 0.85,
              ".": 0.4, "\t": 0.3}  # fmt: skip
# A comma followed by one of these continues the subject of the number before it ("reached N, accounting for M%").
CONTINUATION = re.compile(
    r"\s*(?:accounting|account|representing|represents?|constitut\w*|making up|compris\w*|equivalent|reflecting|"
    r"marking|resulting|which (?:is|was|accounts?|represents?|means)|with an?\b|with (?:a |an )?(?:total|average)|"
    r"an? (?:increase|decrease|rise|drop|growth|reduction)|an? \d|up\b|down\b|exceeding|surpassing|or\b|i\.e\.|"
    r"totall?ing|in total|bringing)",
    re.IGNORECASE,
)
RANGE_LINK = re.compile(r"\s*(?:%|percent)?\s*(?:-|\u2013|~|to|and up to)\s*(?:about |around |approximately )?\d")
YEAR = re.compile(r"^(?:19|20|21)\d\d$")
# A number right after one of these is a reference ("Figure 9", "Article 6", "COP 28"), not a value.
REFERENCE = re.compile(
    r"(?:figure|fig\.|table|box|annex|chart|note|article|section|chapter|page|paragraph|cop|phase|no\.|per|top)\s*$",
    re.I,
)
_GAP = r"(?:[^\d;,]|(?<!\d)(?:19|20)\d\d(?!\d)|per [\d,]+){0,80}?"
FROM_TO = re.compile(rf"{_GAP}\bto\s+(?:about |around |approximately |over |nearly |more than )?\d", re.I)
TO_FROM = re.compile(rf"{_GAP}\bfrom\s+(?:about |around |approximately |over |nearly |more than )?\d", re.I)
WORLD = compile_term(r"world|global|worldwide|international(?! cooperation| organi)|planet")
RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+")
RESPECTIVELY = re.compile(r"\brespective(?:ly)?\b", re.IGNORECASE)

DECAY = 8.0  # words at which a keyword's weight halves
PAY = 0.3  # what each keyword group costs: a far group lowers the score instead of raising it
MIN_WEIGHT = 0.06  # a required group weaker than this is not found
EXCLUDE_WEIGHT = 0.4  # an excluded word at least this strong rules the rule out
CONTEXT_BONUS = 0.5
WORLD_BONUS = 0.5
POSITION_BONUS = 0.5
OTHER_SEGMENT = 0.35  # weight factor for the other members of an "A and B ... x and y, respectively" list


@dataclass
class _Token:
    start: int
    end: int
    kind: str  # word, num (a value), year, ref (Figure 9), punct
    text: str


class _Sentence:
    """Tokens, clause costs and keyword hits of one sentence, computed once and shared by all its numbers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
        self.cells = _cells(text)
        self.log_cost, self.words = self._prefixes()
        self.hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        self.viable: dict[str, list] = {}  # unit -> indicators whose keywords all occur in the sentence

    def _prefixes(self) -> tuple[list[float], list[int]]:
        """Prefix sums of log crossing cost and of word count, so any span's cost is O(1)."""
        log_cost, words = [0.0], [0]
        for i, tok in enumerate(self.tokens):
            log_cost.append(log_cost[-1] + math.log(self._crossing_factor(i)))
            words.append(words[-1] + (tok.kind != "punct"))
        return log_cost, words

    def _crossing_factor(self, i: int) -> float:
        tok = self.tokens[i]
        if tok.kind == "num":
            return self._number_factor(i)
        if tok.kind == "year":
            return 0.9
        if tok.kind == "punct":
            if tok.text in ",\u2014\u2013" and CONTINUATION.match(self.text, tok.end):
                return 0.9
            if tok.text == "," and self._ends_list_item(i):
                return 0.5
            return PUNCT_COST.get(tok.text, 0.75)
        return CONJUNCTIONS.get(tok.text.lower(), 1.0)

    def _number_factor(self, i: int) -> float:
        """Crossing another value costs much, unless it is a range start or the subject carries over."""
        tok = self.tokens[i]
        if RANGE_LINK.match(self.text, tok.end):
            return 1.0
        if self._starts_from_to(i):
            return 0.95
        depth = 0
        for nxt in self.tokens[i + 1 : i + 12]:
            if nxt.text in "()":
                depth += 1 if nxt.text == "(" else -1
            elif depth > 0:
                continue
            elif nxt.kind == "num":
                break
            elif nxt.kind == "punct":
                return 0.75 if nxt.text in ",\u2014\u2013" and CONTINUATION.match(self.text, nxt.end) else 0.45
        return 0.45

    def _ends_list_item(self, i: int) -> bool:
        """A comma closing "N things," (a list item led by a value) separates that item's words from ours."""
        for prev in reversed(self.tokens[max(0, i - 10) : i]):
            if prev.kind == "num":
                return True
            if prev.kind in ("punct", "year"):
                return False
        return False

    def _starts_from_to(self, i: int) -> bool:
        """"from X (in 2013) to Y", "to Y from X": X and Y are the same quantity, so crossing X costs little."""
        before = {t.text.lower() for t in self.tokens[max(0, i - 2) : i]}
        end = self.tokens[i].end
        return ("from" in before and bool(FROM_TO.match(self.text, end))) or (
            "to" in before and bool(TO_FROM.match(self.text, end))
        )

    def find(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Token index ranges of a keyword's matches (cached per pattern)."""
        found = self.hits.get(pattern)
        if found is None:
            found = []
            for m in pattern.finditer(self.text):
                first = bisect_right(self.ends, m.start())
                last = max(first, bisect_left(self.starts, m.end()) - 1)
                found.append((first, last))
            self.hits[pattern] = found
        return found


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup or "word"
        word = m.group()
        if kind == "num":
            if REFERENCE.search(text, max(0, m.start() - 12), m.start()):
                kind = "ref"
            elif YEAR.match(word) and not text.startswith("%", m.end()):
                kind = "year"
        elif kind == "word" and word.lower() in FRACTION_WORDS:
            kind = "num"
        tokens.append(_Token(m.start(), m.end(), kind, word.strip() or word))
    return tokens


def _cells(text: str) -> list[tuple[int, int]]:
    """Character ranges of the cells of a tab-separated table row; empty for ordinary sentences."""
    if "\t" not in text:
        return []
    cells, start = [], 0
    for m in re.finditer("\t", text):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, len(text)))
    return cells


class _Number:
    """One number in one sentence: its token range, role, ratio position and list-member weights."""

    def __init__(self, sent: _Sentence, start: int, end: int, unit: str) -> None:
        self.sent = sent
        self.first = bisect_right(sent.ends, start)
        self.last = max(self.first, bisect_left(sent.starts, end) - 1)
        self.start, self.end = start, end
        self.cell = _cell_of(sent.cells, start)
        self.role = "level" if unit in ROLELESS_UNITS else _role(sent.text, start, end, self.cell, sent.cells)
        self.position = _ratio_position(sent.text, start, end)
        self.segment_factor = _respectively_factors(sent, self.first, self.last)

    def weight(self, hit: tuple[int, int]) -> float:
        """How strongly a keyword at token range ``hit`` describes this number (1 = adjacent, same clause)."""
        sent = self.sent
        factor = self.segment_factor.get(hit[0], 1.0)
        if sent.cells:
            return factor * self._table_weight(hit)
        return factor * self._text_weight(hit[0], hit[1])

    def _text_weight(self, first: int, last: int) -> float:
        sent = self.sent
        if last < self.first:
            lo, hi = last + 1, self.first
        elif first > self.last:
            lo, hi = self.last + 1, first
        else:
            return 1.0
        distance = sent.words[hi] - sent.words[lo]
        return math.exp(sent.log_cost[hi] - sent.log_cost[lo]) / (1.0 + distance / DECAY)

    def _table_weight(self, hit: tuple[int, int]) -> float:
        """In a table row, the label (first cell, or text cells before the number's) reads as if written just before it."""
        sent = self.sent
        hit_cell = _cell_of(sent.cells, sent.tokens[hit[0]].start)
        if hit_cell == self.cell:
            return self._text_weight(*hit)
        if hit_cell > self.cell or (hit_cell > 0 and _has_value(sent, sent.cells[hit_cell])):
            return 0.0
        cell_start = bisect_left(sent.starts, sent.cells[self.cell][0])
        label_end = bisect_left(sent.starts, sent.cells[hit_cell][1])
        distance = (sent.words[label_end] - sent.words[hit[1] + 1]) + (sent.words[self.first] - sent.words[cell_start])
        return 1.0 / (1.0 + max(distance, 0) / DECAY)


def _cell_of(cells: list[tuple[int, int]], offset: int) -> int:
    for i, (start, end) in enumerate(cells):
        if start <= offset <= end:
            return i
    return 0


def _has_value(sent: _Sentence, cell: tuple[int, int]) -> bool:
    return any(t.kind == "num" and cell[0] <= t.start < cell[1] for t in sent.tokens)


# ------------------------------------------------------------------------------------------- number roles ----

QUAL = (
    r"(?:more than|less than|over|about|around|approximately|approx\.?|nearly|almost|roughly|some|at least|"
    r"at most|up to|as much as|as many as|a total of|total of|a|an|the|its|their|impressive|remarkable|"
    r"substantial|significant|notable|considerable|overall|cumulative|cumulatively|average|estimated|only|just|"
    r"exceeding|surpassing|below|above|under|another|further|additional|net|by)"
)
CHANGE_STEMS = (
    r"reduc|decreas|declin|cut|lower|increas|rais|rise|rose|risen|rising|grow|grew|drop|fell|fall|surg|improv|"
    r"gain|boost|jump|slash|climb|increment|shrank|shrink"
)
CHANGE_LEFT = re.compile(rf"(?:\b(?:{CHANGE_STEMS})\w*|\bup|\bdown)(?:\s+(?:of|by))?(?:\s+{QUAL})*\s*$", re.I)
BY_LEFT = re.compile(rf"\bby(?:\s+{QUAL})*\s*$", re.I)
CHANGE_RIGHT = re.compile(
    rf"^\s*(?:%|percent|per cent|percentage points?|pp\b|-?fold|times)?[\s\-]*(?:{QUAL}\s+)*"
    r"(?:year[\s-]+on[\s-]+year\s+|yoy\s+)?"
    r"(?:reduction|decrease|decline|drop|cut|increase|rise|growth|gain|improvement|lower|higher|less\b|more\b|"
    r"below|above|down\b|up\b|fewer|compared|relative to|than\b|over (?:the )?(?:previous|same|last|prior)|"
    r"(?:from|over|on) (?:the )?(?:19|20)\d\d|against|year[\s-]+on[\s-]+year|yoy\b)",
    re.I,
)
ANNUAL_WORD = re.compile(r"\b(?:annual(?:ly)?|yearly|per (?:year|annum)|a year|each year|cagr|compound)\b", re.I)
GROWTH_WORD = re.compile(r"\b(?:growth|grow|grew|increase|rise|rate)", re.I)
ANNUAL_RIGHT = re.compile(
    rf"^\s*(?:%|percent|per cent)?\s*(?:{QUAL}\s+)*"
    r"(?:annual(?:ly)?|a year|per year|per annum|each year|every year|yearly|on average|cagr)\b",
    re.I,
)
TABLE_CHANGE = re.compile(rf"\b(?:{CHANGE_STEMS})\w*", re.I)


def _role(text: str, start: int, end: int, cell: int, cells: list[tuple[int, int]]) -> str:
    """``annual`` (growth rate per year), ``change`` (against a base) or ``level`` for the number at start:end."""
    lo = cells[cell][0] if cells else 0
    hi = cells[cell][1] if cells else len(text)
    left, right = text[max(lo, start - 90) : start], text[end : min(hi, end + 60)]
    window = " ".join(left.split()[-8:])
    if (ANNUAL_WORD.search(window) and GROWTH_WORD.search(window)) or re.search(r"growth rate", window, re.I):
        return "annual"
    if ANNUAL_RIGHT.match(right):
        return "annual"
    if CHANGE_LEFT.search(left) or BY_LEFT.search(left) or CHANGE_RIGHT.match(right):
        return "change"
    if cells and cell > 0:
        label = text[cells[0][0] : cells[0][1]]
        if TABLE_CHANGE.search(label):
            return "change"
        if re.search(r"growth rate|annual", label, re.I):
            return "annual"
    return "level"


def _ratio_position(text: str, start: int, end: int) -> int | None:
    """1-based place of the number in an ``a:b:c`` ratio such as a sector structure 7.3:39.9:52.8."""
    for m in RATIO.finditer(text):
        if m.start() <= start < m.end():
            return text[m.start() : start].count(":") + 1
    return None


def _respectively_factors(sent: _Sentence, first: int, last: int) -> dict[int, float]:
    """Down-weight the other members of "A and B ... x and y, respectively" so x reads as A and y as B."""
    if not RESPECTIVELY.search(sent.text):
        return {}
    run = _value_run(sent, first, last)
    if len(run) < 2:
        return {}
    k = next((i for i, idx in enumerate(run) if first <= idx <= last), -1)
    segments = _coordination(sent, run)
    if k < 0 or len(segments) != len(run):
        return {}
    factors: dict[int, float] = {}
    for j, (lo, hi) in enumerate(segments):
        if j != k:
            factors.update({i: OTHER_SEGMENT for i in range(lo, hi)})
    return factors


def _value_run(sent: _Sentence, first: int, last: int) -> list[int]:
    """Token indexes of the list of values ("3.4% and 2.3%") the number belongs to."""
    nums = [i for i, t in enumerate(sent.tokens) if t.kind == "num"]
    runs: list[list[int]] = []
    for i in nums:
        if runs and _joined(sent, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return next((r for r in runs if any(first <= i <= last for i in r)), [])


def _joined(sent: _Sentence, a: int, b: int) -> bool:
    between = sent.tokens[a + 1 : b]
    words = [t for t in between if t.kind != "punct"]
    linked = any(t.text in (",", "and") for t in between) or any(t.text.lower() == "and" for t in words)
    return linked and len(words) <= 4 and not any(t.kind == "year" for t in between)


def _coordination(sent: _Sentence, run: list[int]) -> list[tuple[int, int]]:
    """Token ranges of the coordinated phrases ("A", "B") in front of the value list, one per value."""
    prev = max((i for i, t in enumerate(sent.tokens[: run[0]]) if t.kind == "num"), default=-1)
    ands = [i for i in range(prev + 1, run[0]) if sent.tokens[i].text.lower() == "and"]
    if not ands:
        return []
    cut = ands[-1]
    end = next((i for i in range(cut + 1, run[0]) if sent.tokens[i].kind == "punct"), run[0])
    bounds = [(cut + 1, end)]
    hi = cut
    for _ in range(len(run) - 1):
        lo = next((i for i in range(hi - 1, prev, -1) if sent.tokens[i].kind == "punct"), prev) + 1
        bounds.insert(0, (lo, hi))
        hi = lo - 1
    return bounds


# ---------------------------------------------------------------------------------------------- catalogue ----


class Catalogue:
    """The loaded indicator catalogue; ``classify`` maps a number in a sentence to an indicator id."""

    CACHE_SIZE = 256

    def __init__(self, path: Path, indicators: dict[str, Indicator]) -> None:
        self.path = path
        self.indicators = dict(sorted(indicators.items()))
        self._by_unit: dict[str, list[Indicator]] = {}
        for ind in self.indicators.values():
            for unit in ind.accepted_units:
                self._by_unit.setdefault(unit, []).append(ind)
        self._sentences: dict[str, _Sentence] = {}

    def rows(self) -> list[dict[str, str]]:
        """indicators.csv rows, sorted by id."""
        return [
            {"indicator": i.id, "name": i.name, "sector": i.sector, "unit": i.unit, "direction": i.direction,
             "description": i.description}
            for i in self.indicators.values()
        ]  # fmt: skip

    def classify(self, sentence: str, start: int, end: int, unit: str, region: str = "China") -> str:
        """Indicator id for the number at sentence[start:end] whose canonical unit is `unit`; "" when none fits."""
        candidates = self._by_unit.get(unit)
        if not candidates or not sentence or not 0 <= start < end <= len(sentence):
            return ""
        sent = self._sentence(sentence)
        viable = sent.viable.get(unit)
        if viable is None:
            viable = sent.viable[unit] = _viable(sent, candidates)
        if not viable:
            return ""
        number = _Number(sent, start, end, unit)
        best, best_score = "", -math.inf
        for ind, rules in viable:
            score = self._score(ind, rules, number, region)
            if score is not None and score > best_score + 1e-9:
                best, best_score = ind.id, score
        return best

    def _sentence(self, text: str) -> _Sentence:
        sent = self._sentences.get(text)
        if sent is None:
            if len(self._sentences) >= self.CACHE_SIZE:
                self._sentences.pop(next(iter(self._sentences)))
            sent = self._sentences[text] = _Sentence(text)
        return sent

    def _score(self, ind: Indicator, rules: tuple[Rule, ...], number: _Number, region: str) -> float | None:
        """Best rule score of one indicator for the number; None when it does not fit."""
        if ind.measure != "any" and ROLE_OF_MEASURE[ind.measure] != number.role:
            return None
        bonus = 0.0
        if ind.world_share:
            world = _group_weight(number, WORLD)
            if region == WORLD_REGION:
                bonus = WORLD_BONUS + max(world - PAY, 0.0)
            elif world < 0.3:
                return None
            else:
                bonus = world - PAY
        scores = [s for rule in rules if (s := _rule_score(rule, number)) is not None]
        return max(scores) + bonus if scores else None


def _viable(sent: _Sentence, candidates: list[Indicator]) -> list[tuple[Indicator, tuple[Rule, ...]]]:
    """The indicators (and their rules) whose keywords all occur somewhere in the sentence; computed once per unit."""
    viable = []
    for ind in candidates:
        rules = tuple(r for r in ind.rules if all(sent.find(p) for p in (*r.context, *r.near)))
        if rules:
            viable.append((ind, rules))
    return viable


def _group_weight(number: _Number, pattern: re.Pattern[str]) -> float:
    return max((number.weight(hit) for hit in number.sent.find(pattern)), default=0.0)


def _rule_score(rule: Rule, number: _Number) -> float | None:
    """Sum over keyword groups of (weight - PAY); None when a group is missing or an excluded word is close."""
    if rule.position is not None and rule.position != number.position:
        return None
    score = POSITION_BONUS if rule.position is not None else 0.0
    for pattern in rule.context:
        if not number.sent.find(pattern):
            return None
        score += CONTEXT_BONUS
    for pattern in rule.near:
        weight = _group_weight(number, pattern)
        if weight < MIN_WEIGHT:
            return None
        score += weight - PAY
    if any(_group_weight(number, pattern) >= EXCLUDE_WEIGHT for pattern in rule.none):
        return None
    return score
