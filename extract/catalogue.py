"""The indicator catalogue: a strict YAML loader and the classifier that maps a number to an indicator id.

The catalogue (``indicators.yaml``) describes each indicator in the language of policy documents: keyword groups
that must occur near the number, words that rule it out, the canonical unit and whether the number is a level,
a change against a base or an annual growth rate. It holds no values. ``Catalogue.classify`` scores every indicator
whose unit fits the number by how close its keywords sit to it, inside the number's clause, and returns the best id.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .context import guarded

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

    @property
    def keywords(self) -> tuple[re.Pattern[str], ...]:
        """The patterns that must all occur in a sentence for the rule to apply."""
        return (*self.context, *self.near)


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


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present: same rules, faster


class _StrictLoader(_SafeLoader):  # type: ignore[misc, valid-type]
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
            raise CatalogueError(
                path, f"vocabulary.{name}", f"expected a keyword pattern, got {term!r}", "write a word"
            )
        compile_term(term, path, f"vocabulary.{name}")
    indicators = {key: _indicator(path, key, spec) for key, spec in data["indicators"].items()}
    return Catalogue(path, indicators)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(
            path, "(file)", f"cannot read: {exc.strerror or exc}", "check the path and permissions"
        ) from None
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
            raise CatalogueError(
                path, where, f"YAML tag refused: {problem}", "remove the tag: plain YAML only"
            ) from None
        raise CatalogueError(path, where, f"YAML syntax error: {problem}", "fix the YAML at that position") from None
    except yaml.YAMLError as exc:
        raise CatalogueError(path, "(document)", f"YAML error: {' '.join(str(exc).split())}", "fix the YAML") from None


def _type_name(value: Any) -> str:
    names = {dict: "mapping", list: "list", str: "string", bool: "boolean", int: "integer", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _check_type(path: Path, where: str, value: Any, typ: type, example: str) -> None:
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        raise CatalogueError(
            path, where, f"expected a {_type_name(typ())}, got {_type_name(value)}", f"write {example}"
        )


def _check_keys(path: Path, where: str, mapping: dict, known: dict) -> None:
    for key in mapping:
        if not isinstance(key, str):
            raise CatalogueError(path, _join(where, str(key)), f"key {key!r} is not a string", "use a text key")
        if key not in known:
            close = _closest(key, tuple(known))
            fix = f"did you mean '{close}'?" if close else f"known keys are: {', '.join(known)}"
            raise CatalogueError(path, _join(where, key), "unknown key", fix)


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    """The choice the author most likely meant: same letters in another case, a prefix, or a close spelling."""
    low = word.lower()
    for choice in choices:
        if choice.lower() == low:
            return choice
    for choice in choices:
        if low.startswith(choice.lower()) or choice.lower().startswith(low):
            return choice
    close = difflib.get_close_matches(low, [c.lower() for c in choices], n=1, cutoff=0.6)
    return next((c for c in choices if close and c.lower() == close[0]), None)


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
        close = _closest(str(value), allowed)
        hint = f"did you mean '{close}'? " if close else ""
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


WORD_START = r"(?<![^\W_])"
PREFIX_LEN = 5
_PREFIX_LENGTHS = range(1, PREFIX_LEN + 1)


def compile_term(term: str, path: Path | str = "", where: str = "") -> re.Pattern[str]:
    """A keyword pattern: a regex matched case-insensitively at a word start; a space matches spaces or hyphens.

    ``"non ?fossil"`` matches non-fossil, non fossil and nonfossil; ``"capacit"`` matches capacity and capacities.
    """
    source = term.strip().replace(" ?", r"[\s\-]*").replace(" ", r"[\s\-]+")
    try:
        pattern = re.compile(f"{WORD_START}(?:{source})", re.IGNORECASE)
    except re.error as exc:
        raise CatalogueError(
            path, where, f"invalid regular expression {term!r}: {exc}", "fix the pattern (escape ( ) [ ] . with \\)"
        ) from None
    if pattern.match(""):
        raise CatalogueError(path, where, f"pattern {term!r} matches empty text", "remove the empty alternative")
    return pattern


def _literal_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literal word starts of each top-level alternative, for a cheap pre-check; None if unknown."""
    source = pattern.pattern.removeprefix(WORD_START)
    if source.startswith("(?:") and source.endswith(")"):
        source = source[3:-1]
    prefixes, depth, branch_start = [], 0, 0
    for i, ch in enumerate(source + "|"):
        if ch == "(" and source[i - 1 : i] != "\\":
            depth += 1
        elif ch == ")" and source[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            literal = re.match(r"[a-z0-9]*", source[branch_start:i].lower()).group()
            if source[branch_start + len(literal) : branch_start + len(literal) + 1] in ("?", "*", "{"):
                literal = literal[:-1]
            if not literal:
                return None
            prefixes.append(literal[:PREFIX_LEN])
            branch_start = i + 1
    return tuple(prefixes)


# ------------------------------------------------------------------------------------------- text analysis ----

# Tokens: words (pm2.5, co2, 5G and 13th count as words), numbers (2,783 or 1.322) and clause punctuation.
TOKEN = re.compile(
    r"(?P<word>\d+(?:st|nd|rd|th|g|d)\b|[^\W\d_][^\W_]*(?:\.\d+)?)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<punct>[;:,()\t\u2014\u2013]|\.(?=\s|$)|\s-\s)",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W_]+")
FRACTION_WORDS = frozenset({"half", "quarter", "quarters", "third", "thirds", "twofold", "threefold", "fourfold"})
CONJUNCTIONS = {"and": 0.75, "while": 0.6, "whereas": 0.6, "but": 0.6, "alongside": 0.7, "which": 0.8, "with": 0.85}
LOG_CONJUNCTIONS = {word: math.log(cost) for word, cost in CONJUNCTIONS.items()}  # log(1.0) == 0.0 for other words
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
REFERENCE = guarded(
    "abcfnpst",
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
PAY = 0.45  # what a keyword group costs, relative to the strongest keyword: a far group lowers the score
MIN_WEIGHT = 0.06  # a required group weaker than this is not found
EXCLUDE_WEIGHT = 0.4  # an excluded word at least this strong rules the rule out
CONTEXT_BONUS = 0.5
WORLD_BONUS = 0.5
WORLD_MIN = 0.3  # outside region World, a world share needs "world"/"global" this close
POSITION_BONUS = 0.5
OTHER_SEGMENT = 0.1  # weight factor for the other members of an "A and B ... x and y, respectively" list


class _lazy:  # lower case: used like functools.cached_property
    """functools.cached_property without its lock: 3.11 takes one on every first access, and a sentence's
    properties are many and each read once; sentences are never shared between threads."""

    def __init__(self, fn: Any) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)  # later reads find the instance attribute first
        return value


@dataclass(slots=True)
class _Token:
    """A word, number or clause mark of a sentence, with its character offsets."""

    start: int
    end: int
    kind: str  # word, num (a value), year, ref (Figure 9), punct
    text: str


class _Sentence:
    """Tokens, clause costs and keyword hits of one sentence, computed once and shared by all its numbers.

    Only the word starts are computed up front; tokens and costs are built when some indicator's keywords all occur.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        words = set(WORD.findall(text.lower()))
        # every start of up to PREFIX_LEN letters of every word (a word shorter than n is its own n-letter start)
        self.word_starts = {w[:n] for w in words for n in _PREFIX_LENGTHS}
        self.viable: dict[str, list] = {}  # unit -> indicators whose keywords all occur in the sentence

    @_lazy
    def tokens(self) -> list[_Token]:
        return _tokenize(self.text)

    @_lazy
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @_lazy
    def ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    @_lazy
    def ratios(self) -> list[tuple[int, int, str]]:
        """Spans of "a:b:c" ratios (sector structures)."""
        return [(m.start(), m.end(), m.group()) for m in RATIO.finditer(self.text)] if ":" in self.text else []

    @_lazy
    def cells(self) -> list[tuple[int, int]]:
        return _cells(self.text)

    @_lazy
    def value_runs(self) -> list[list[int]]:
        return _value_runs(self)

    @_lazy
    def respectively(self) -> bool:
        return RESPECTIVELY.search(self.text) is not None

    @_lazy
    def log_cost(self) -> list[float]:
        """Prefix sums of the log crossing cost of each token, so any span's cost is O(1)."""
        out = [0.0]
        for i, tok in enumerate(self.tokens):
            if tok.kind == "word":  # the common case, inlined: a word costs only when it is a conjunction
                out.append(out[-1] + LOG_CONJUNCTIONS.get(tok.text.lower(), 0.0))
            else:
                out.append(out[-1] + math.log(self._crossing_factor(i)))
        return out

    @_lazy
    def words(self) -> list[int]:
        """Prefix counts of non-punctuation tokens: the word distance between two tokens."""
        out = [0]
        for tok in self.tokens:
            out.append(out[-1] + (tok.kind != "punct"))
        return out

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
            if nxt.text in ("(", ")"):
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
        """ "from X (in 2013) to Y", "to Y from X": X and Y are the same quantity, so crossing X costs little."""
        before = {t.text.lower() for t in self.tokens[max(0, i - 2) : i]}
        end = self.tokens[i].end
        return ("from" in before and bool(FROM_TO.match(self.text, end))) or (
            "to" in before and bool(TO_FROM.match(self.text, end))
        )

    def present(self, index: _UnitIndex) -> set[re.Pattern[str]]:
        """The keywords that occur in the sentence; looking up word starts first skips most regex searches."""
        maybe = set(index.unprefixed)
        for start in self.word_starts & index.by_prefix.keys():
            maybe.update(index.by_prefix[start])
        return {p for p in maybe if p.search(self.text)}

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
        start, end = m.span()
        if kind == "num":
            if REFERENCE.search(text, max(0, start - 12), start):
                kind = "ref"
            elif YEAR.match(word) and not text.startswith("%", end):
                kind = "year"
        elif kind == "word":
            if word.lower() in FRACTION_WORDS:
                kind = "num"
        else:  # only punctuation can hold spaces (" - ")
            word = word.strip() or word
        tokens.append(_Token(start, end, kind, word))
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
        self.position = _ratio_position(sent.ratios, start)
        self.segment_factor = _respectively_factors(sent, self.first, self.last)
        self.run = _Run.around(sent, self.first, self.last)

    def weight(self, hit: tuple[int, int]) -> float:
        """How strongly a keyword at token range ``hit`` describes this number (1 = adjacent, same clause)."""
        sent = self.sent
        factor = self.segment_factor.get(hit[0], 1.0)
        if sent.cells:
            return factor * self._table_weight(hit)
        return factor * self._text_weight(hit[0], hit[1])

    def _text_weight(self, first: int, last: int) -> float:
        factor, run = 1.0, self.run
        if run is not None:
            # "added 60 GW of wind and 120 GW of solar": words before or after the list are shared by its members
            if last < run.elements[0]:
                return run.lead_factor * self._between(last + 1, run.elements[0])
            if first > run.elements[-1] and not run.is_last:
                return run.trail_factor * self._between(run.elements[-1] + 1, first)
            factor = run.owner_factor(first)
        if last < self.first:
            return factor * self._between(last + 1, self.first)
        if first > self.last:
            return factor * self._between(self.last + 1, first)
        return 1.0

    def _between(self, lo: int, hi: int) -> float:
        """Weight of a keyword separated from the number by tokens lo..hi-1: distance decay times crossing costs."""
        sent = self.sent
        distance = sent.words[hi] - sent.words[lo]
        return math.exp(sent.log_cost[hi] - sent.log_cost[lo]) / (1.0 + distance / DECAY)

    def _table_weight(self, hit: tuple[int, int]) -> float:
        """In a table row the label (first cell, or text cells before the number's) reads as written just before it."""
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


# Words that do not make a list member's own phrase: units, scale words, qualifiers ("120 GW", "about 3 million t").
FILLER = frozenset(
    "thousand million billion trillion hundred tons tonnes tonne ton tone t kilowatts kilowatt kw mw gw megawatts "
    "megawatt gigawatts gigawatt kwh twh gwh hours cubic square meters metres meter kilometers kilometres km "
    "hectares ha mu yuan rmb cny usd dollars units percent per cent of the a an about around approximately nearly "
    "over more than some roughly almost at least up to respectively".split()
)
OWNED = 0.5  # a keyword in another list member's own phrase mostly describes that member


@dataclass
class _Run:
    """A list of values joined by "and" or commas ("60 GW of wind and 120 GW of solar"), and our place in it."""

    elements: list[int]  # token index of each value
    links: list[int]  # token index of the "and"/"," after each value but the last
    k: int  # our value's place
    lead_factor: float  # for words before the list: lower when our value has its own verb ("and sold 6.9 million")
    trail_factor: float  # for words after the list: lower when our value has its own noun ("60 GW of wind, ...")
    tokens: list[_Token]

    @property
    def is_last(self) -> bool:
        return self.k == len(self.elements) - 1

    @classmethod
    def around(cls, sent: _Sentence, first: int, last: int) -> _Run | None:
        elements = _value_run(sent, first, last)
        if len(elements) < 2:
            return None  # a value on its own is no list
        k = next((i for i, e in enumerate(elements) if first <= e <= last), -1)
        if k < 0:
            return None
        tokens = sent.tokens
        links = [next(j for j in range(b - 1, a, -1) if _is_link(tokens[j])) for a, b in itertools.pairwise(elements)]
        own_lead = k > 0 and _has_own_words(tokens[links[k - 1] + 1 : elements[k]])
        own_trail = not k == len(elements) - 1 and _has_own_words(tokens[elements[k] + 1 : links[k]])
        return cls(elements, links, k, OWNED if own_lead else 1.0, OWNED if own_trail else 1.0, tokens)

    def owner_factor(self, index: int) -> float:
        """OWNED when the token lies in another member's own phrase (between that value and a link)."""
        for j, element in enumerate(self.elements):
            if j == self.k:
                continue
            lead_start = self.links[j - 1] + 1 if j > 0 else element
            trail_end = self.links[j] if j < len(self.links) else element + 1
            if lead_start <= index < element or element < index < trail_end:
                return OWNED
        return 1.0


def _is_link(token: _Token) -> bool:
    return token.text == "," or token.text.lower() in ("and", "or")


def _has_own_words(tokens: list[_Token]) -> bool:
    return any(t.kind == "word" and t.text.lower() not in FILLER for t in tokens)


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
UP_DOWN = r"(?<!made )(?<!make )(?<!makes )(?<!making )\b(?:up|down)"  # "made up 36%" is a share, not a change
CHANGE_LEFT = guarded("bcdfgijlrsu", rf"(?:\b(?:{CHANGE_STEMS})\w*|{UP_DOWN})(?:\s+(?:of|by))?(?:\s+{QUAL})*\s*$", re.I)
BY_LEFT = guarded("b", rf"\bby(?:\s+{QUAL})*\s*$", re.I)
CHANGE_RIGHT = re.compile(
    rf"^\s*(?:%|percent|per cent|percentage points?|pp\b|-?fold|times)?[\s\-]*(?:{QUAL}\s+)*"
    r"(?:year[\s-]+on[\s-]+year\s+|yoy\s+)?"
    r"(?:reduction|decrease|decline|drop|cut|increase|rise|growth|gain|improvement|lower|higher|less\b|more\b|"
    r"below|above|down\b|up\b|fewer|compared|relative to|than\b|over (?:the )?(?:previous|same|last|prior)|"
    r"(?:from|over|on) (?:the )?(?:19|20)\d\d|against|year[\s-]+on[\s-]+year|yoy\b)",
    re.I,
)
ANNUAL_WORD = guarded("acepy", r"\b(?:annual(?:ly)?|yearly|per (?:year|annum)|a year|each year|cagr|compound)\b", re.I)
GROWTH_WORD = guarded("gir", r"\b(?:growth|grow|grew|increase|rise|rate)", re.I)
ANNUAL_RIGHT = re.compile(
    rf"^\s*(?:%|percent|per cent)?\s*(?:{QUAL}\s+)*"
    r"(?:annual(?:ly)?|a year|per year|per annum|each year|every year|yearly|on average|cagr)\b",
    re.I,
)
TABLE_CHANGE = re.compile(rf"\b(?:{CHANGE_STEMS})\w*", re.I)
GROWTH_RATE = re.compile(r"growth rate", re.I)
GROWTH_RATE_OR_ANNUAL = re.compile(r"growth rate|annual", re.I)


def _role(text: str, start: int, end: int, cell: int, cells: list[tuple[int, int]]) -> str:
    """``annual`` (growth rate per year), ``change`` (against a base) or ``level`` for the number at start:end."""
    lo = cells[cell][0] if cells else 0
    hi = cells[cell][1] if cells else len(text)
    left, right = text[max(lo, start - 90) : start], text[end : min(hi, end + 60)]
    window = " ".join(left.split()[-8:])
    if (ANNUAL_WORD.search(window) and GROWTH_WORD.search(window)) or GROWTH_RATE.search(window):
        return "annual"
    if ANNUAL_RIGHT.match(right):
        return "annual"
    if CHANGE_LEFT.search(left) or BY_LEFT.search(left) or CHANGE_RIGHT.match(right):
        return "change"
    if cells and cell > 0:
        label = text[cells[0][0] : cells[0][1]]
        if TABLE_CHANGE.search(label):
            return "change"
        if GROWTH_RATE_OR_ANNUAL.search(label):
            return "annual"
    return "level"


def _ratio_position(ratios: list[tuple[int, int, str]], start: int) -> int | None:
    """1-based place of the number in an ``a:b:c`` ratio such as a sector structure 7.3:39.9:52.8."""
    for r_start, r_end, text in ratios:
        if r_start <= start < r_end:
            return text[: start - r_start].count(":") + 1
    return None


def _respectively_factors(sent: _Sentence, first: int, last: int) -> dict[int, float]:
    """Down-weight the other members of "A and B ... x and y, respectively" so x reads as A and y as B."""
    if not sent.respectively:
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
    return next((r for r in sent.value_runs if any(first <= i <= last for i in r)), [])


def _value_runs(sent: _Sentence) -> list[list[int]]:
    """The sentence's values grouped into lists of values joined by "and" or commas."""
    runs: list[list[int]] = []
    for i, t in enumerate(sent.tokens):
        if t.kind != "num":
            continue
        if runs and _joined(sent, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _joined(sent: _Sentence, a: int, b: int) -> bool:
    """Values a and b are listed together: "3.4% and 2.3%", "60 GW of wind and 120 GW", "2,783 X, 223 Y, and ..."."""
    between = sent.tokens[a + 1 : b]
    links = [i for i, t in enumerate(between) if _is_link(t)]
    if not links or len([t for t in between if t.kind != "punct"]) > 4 or any(t.kind == "year" for t in between):
        return False
    after = between[links[-1] + 1 :] + [sent.tokens[b]]
    # a comma starting a clause ("120 million, with about 46.2 million ...") is not a list
    return between[links[-1]].text != "," or after[0].kind == "num" or after[0].text.lower() in FILLER | {"and"}


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
        self._index = {unit: _UnitIndex(inds) for unit, inds in self._by_unit.items()}
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
        index = self._index.get(unit)
        if not index or not sentence or not 0 <= start < end <= len(sentence):
            return ""
        sent = self._sentence(sentence)
        viable = sent.viable.get(unit)
        if viable is None:
            viable = sent.viable[unit] = index.viable(sent.present(index))
        if not viable:
            return ""
        number = _Number(sent, start, end, unit)
        fits = [fit for ind, rules in viable for rule in rules if (fit := _fit(ind, rule, number, region))]
        if not fits:
            return ""
        # Each keyword group must pay for itself relative to the strongest keyword near this number, so a
        # specific indicator wins when its extra words are as close as the shared ones, and loses when they are far.
        pay = PAY * max(max(fit.weights, default=0.0) for fit in fits)
        best, best_score = "", -math.inf
        for fit in fits:
            score = fit.bonus + sum(w - pay for w in fit.weights)
            if score > best_score + 1e-9:
                best, best_score = fit.indicator.id, score
        return best

    def _sentence(self, text: str) -> _Sentence:
        sent = self._sentences.get(text)
        if sent is None:
            if len(self._sentences) >= self.CACHE_SIZE:
                self._sentences.pop(next(iter(self._sentences)))
            sent = self._sentences[text] = _Sentence(text)
        return sent


class _UnitIndex:
    """The rules of the indicators of one unit, indexed by the word starts of their keywords, for fast lookup."""

    def __init__(self, indicators: list[Indicator]) -> None:
        self.order = {ind.id: i for i, ind in enumerate(indicators)}
        self.by_prefix: dict[str, set[re.Pattern[str]]] = {}
        self.unprefixed: set[re.Pattern[str]] = set()
        # Each rule is triggered by its first required keyword and applies when all its keywords occur.
        self.triggers: dict[re.Pattern[str], list[tuple[Indicator, Rule, frozenset[re.Pattern[str]]]]] = {}
        for ind in indicators:
            for rule in ind.rules:
                keywords = rule.keywords
                self.triggers.setdefault(keywords[0], []).append((ind, rule, frozenset(keywords)))
                for pattern in keywords:
                    self._add(pattern)

    def _add(self, pattern: re.Pattern[str]) -> None:
        prefixes = _literal_prefixes(pattern)
        if prefixes is None:
            self.unprefixed.add(pattern)
        for prefix in prefixes or ():
            self.by_prefix.setdefault(prefix, set()).add(pattern)

    def viable(self, present: set[re.Pattern[str]]) -> list[tuple[Indicator, tuple[Rule, ...]]]:
        """The indicators, in id order, with the rules whose keywords all occur in the sentence."""
        found: dict[str, tuple[Indicator, list[Rule]]] = {}
        for pattern in present:
            for ind, rule, needed in self.triggers.get(pattern, ()):
                if needed <= present:
                    found.setdefault(ind.id, (ind, []))[1].append(rule)
        ordered = sorted(found.values(), key=lambda item: self.order[item[0].id])
        return [(ind, tuple(sorted(rules, key=ind.rules.index))) for ind, rules in ordered]


def _group_weight(number: _Number, pattern: re.Pattern[str]) -> float:
    return max((number.weight(hit) for hit in number.sent.find(pattern)), default=0.0)


@dataclass
class _Fit:
    """An indicator rule that fits a number: its keyword-group weights and fixed bonuses."""

    indicator: Indicator
    weights: list[float]
    bonus: float


def _fit(ind: Indicator, rule: Rule, number: _Number, region: str) -> _Fit | None:
    """The rule's weights for the number; None when the measure, a group, an excluded word or the world rules it out."""
    if ind.measure != "any" and ROLE_OF_MEASURE[ind.measure] != number.role:
        return None
    if rule.position is not None and rule.position != number.position:
        return None
    bonus = POSITION_BONUS if rule.position is not None else 0.0
    bonus += CONTEXT_BONUS * len(rule.context)
    weights = [_group_weight(number, pattern) for pattern in rule.near]
    if any(w < MIN_WEIGHT for w in weights):
        return None
    if any(_group_weight(number, pattern) >= EXCLUDE_WEIGHT for pattern in rule.none):
        return None
    if ind.world_share:
        world = _group_weight(number, WORLD)
        if region == WORLD_REGION:
            bonus += WORLD_BONUS
        elif world < WORLD_MIN:
            return None
        else:
            weights.append(world)
    return _Fit(ind, weights, bonus)
