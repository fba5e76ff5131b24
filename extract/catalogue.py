"""The indicator catalogue: a strict YAML loader whose errors name the file, the key and the fix.

The catalogue (``indicators.yaml``) describes each indicator in the language of policy documents: keyword groups
that must occur near the number, words that rule it out, the canonical unit and whether the number is a level,
a change against a base or an annual growth rate. It holds no values. Loading and validation live here; the
classifier that maps a number to an indicator id is ``Catalogue.classify`` (classify.py), re-exported here with
the catalogue's types so ``from extract.catalogue import ...`` keeps working.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from . import rx
from .classify import Catalogue
from .rules import ROLE_OF_MEASURE, ROLELESS_UNITS, WORLD_REGION, CatalogueError, Indicator, Rule, compile_term

__all__ = [
    "CANONICAL_UNITS", "DEFAULT_CATALOGUE", "DIRECTIONS", "MEASURES", "ROLELESS_UNITS", "ROLE_OF_MEASURE",
    "WORLD_REGION", "Catalogue", "CatalogueError", "Indicator", "Rule", "compile_term", "load_catalogue",
]  # fmt: skip

DEFAULT_CATALOGUE: Path = Path(__file__).with_name("indicators.yaml")

CANONICAL_UNITS: tuple[str, ...] = (
    "%", "GW", "TWh", "Mt", "Mt CO2", "Mt CO2e", "Mt C", "Mt CH4", "Mt N2O", "Mtce", "billion m3", "billion m2", "Mha",
    "million", "count", "CNY billion", "year", "tce/10k CNY", "kgce/t", "ug/m3", "ratio", "times", "million TEU",
    # units of other countries' plans (units.py, money.py): energy, lengths, temperatures, intensities, money
    "Mtoe", "PJ", "km", "miles", "°C", "°C per decade", "t CO2e per capita", "t CO2 per capita", "million litres",
    "million barrels", "million liters per day", "million gallons", "million Gcal", "litres per capita",
    "litres per capita per day",
    "USD billion", "EUR billion", "GBP billion",
)  # fmt: skip
DIRECTIONS: tuple[str, ...] = ("higher", "lower", "none")
# level/share/rate are all read as "a level" in text; they differ only in meaning for the analyst.
MEASURES: tuple[str, ...] = ("level", "share", "rate", "change", "growth_rate", "any")
SNAKE_CASE = rx.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


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
        self.root = node  # its key paths are worked out only to report a duplicate key
        return super().construct_document(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) and key is not None:
                continue  # an unhashable key; the validator names it
            if key in seen:
                root = getattr(self, "root", None)
                path = _node_paths(root, "").get(id(node), "") if root is not None else ""
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


_VERSION = rx.source_version(__file__)


def _parse_yaml(path: Path, text: str) -> Any:
    """The YAML's data, kept with the compiled patterns (``rx.memo``) under the text itself: parsing the catalogue
    costs 20 ms at every start, reading the stored data well under one. Only a text that parsed is stored (an error
    is raised afresh each time), and the data is validated below as if just parsed."""
    try:
        return rx.memo("catalogue_yaml", _VERSION, text, 0, lambda: _load_yaml(text), latest_only=True)
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


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass: no Python tags


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
    import difflib  # here: only a catalogue with a mistake needs it (1 ms of every start-up)

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
