"""The store of compiled patterns (``extract.rx``): a pattern rebuilt from it behaves as ``re.compile``'s, a store that
is corrupt or of another interpreter is ignored, and an analysis stored by an older reader is not served."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import rx

#: patterns with what the store must carry: named groups and their order, flags set inline and by argument, look
#: arounds, a bytes pattern, non-ASCII text
SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>MW|GW)\b", re.IGNORECASE),
    (r"(?i:by)\s+(?P<year>20\d\d)(?!\d)", 0),
    (r"(?<![A-Za-z])t\s?CO2e?(?:/\w+)?", 0),
    (r"(?x) (\d+) \s* (%|per\s+cent)", 0),
    (rb" (sol|wind|hydr)", 0),
    (r"émissions\s+de\s+(?P<gaz>CO₂|CH₄)", re.UNICODE),
]
TEXTS = ["cut by 2030 of 40 MW and 1,5 gw", "12 tCO2e/ha, 45 per cent", "émissions de CO₂ et CH₄", "Solar 20 GW"]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store in a temporary file, written whatever PYTHONDONTWRITEBYTECODE says."""
    path = tmp_path / "regex.test.bin"
    monkeypatch.setattr(rx, "PATH", path)
    for table in ("_stored", "_made", "_used", "_results", "_versions"):
        monkeypatch.setattr(rx, table, {})  # (the module's own tables are left as the rest of the tests use them)
    monkeypatch.setattr(rx, "_state", {"new": False, "save_registered": True, "write": True})
    return path


def behaviour(pattern: re.Pattern) -> list[object]:
    texts = [t.encode("utf-8") for t in TEXTS] if isinstance(pattern.pattern, bytes) else TEXTS
    return [(m.span(), m.groups(), m.groupdict()) for t in texts for m in pattern.finditer(t.lower())]


def test_a_pattern_rebuilt_from_the_store_behaves_as_re_compiles_it(store: Path) -> None:
    for pattern, flags in SAMPLES:
        rx.compile(pattern, flags)
    rx.save()
    assert store.exists()
    rx._made.clear()
    rx._stored.clear()
    rx._load()
    assert set(rx._stored) == {(p, f) for p, f in SAMPLES}
    for pattern, flags in SAMPLES:
        rebuilt, plain = rx.compile(pattern, flags), re.compile(pattern, flags)
        assert rebuilt is not plain  # built from the stored code, not taken from re's own cache
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
        assert behaviour(rebuilt) == behaviour(plain)


_FORMAT = rx._HEADER.split(b" ")[0]  # "extract-regex/N"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data.replace(b"MW|GW", b"MW|KW", 1),  # its body changed (still readable): the checksum fails
        lambda data: data.replace(_FORMAT, b"extract-regex/0", 1),  # another format
        lambda data: _FORMAT + b" cpython-99-0-0-little\n" + data.split(b"\n", 1)[1],  # another interpreter's
    ],
)
def test_a_store_that_is_corrupt_short_or_of_another_interpreter_is_ignored(store: Path, damage) -> None:
    rx.compile(*SAMPLES[0])
    rx.save()
    store.write_bytes(damage(store.read_bytes()))
    rx._made.clear()
    rx._stored.clear()
    rx._load()
    assert rx._stored == {}
    assert behaviour(rx.compile(*SAMPLES[0])) == behaviour(re.compile(*SAMPLES[0]))  # compiled as usual


def test_nothing_is_written_when_python_is_told_not_to_write_bytecode(store: Path) -> None:
    rx._state["write"] = False
    rx.compile(*SAMPLES[1])
    rx.save()
    assert not store.exists()
    rx.save(force=True)  # as python -m extract.rx asks
    assert store.exists()


def test_an_analysis_stored_by_an_older_reader_is_not_served(store: Path) -> None:
    calls: list[str] = []

    def reader(version: str) -> list[str]:
        calls.append(version)
        return [version]

    assert rx.memo("first_chars", "v1", "a|b", 0, lambda: reader("v1")) == ["v1"]
    rx.save()
    rx._results.clear()
    rx._versions.clear()
    rx._load()
    assert rx.memo("first_chars", "v1", "a|b", 0, lambda: reader("again")) == ["v1"]  # stored: not read again
    assert rx.memo("first_chars", "v2", "a|b", 0, lambda: reader("v2")) == ["v2"]  # its reader changed
    rx.save()
    rx._results.clear()
    rx._load()
    assert {key[1] for key in rx._results} == {"v2"}  # the older reader's analysis is dropped
    assert calls == ["v1", "v2"]


def test_every_pattern_the_pipeline_compiles_can_be_stored_and_rebuilt_equal() -> None:
    # the store replays re's own code generation: each pattern of the extractor must rebuild equal, or it is not
    # stored (``rx._entry`` returns None) and would cost its compilation at every start
    from extract import catalogue, extractor  # noqa: F401 - imported for the patterns they compile

    catalogue.load_catalogue()
    made = list(rx._made.items())
    assert len(made) > 500
    unstored = [key[0] for key, pattern in made if rx._entry(key[0], key[1], pattern) is None]
    assert unstored == []


def test_a_prepared_alternation_matches_as_one_compiled_on_first_use_and_compiles_nothing_more(store: Path) -> None:
    from extract.alternation import FirstCharAlternation, prepare_all

    patterns = [r"MW\b", r"Mt\s?CO2e?", r"%", r"(?:million\s+)?tonnes?", r"\$", r"(?:per\s+)?cent\b", r"\d+h"]
    texts = ["40 MW, 3 Mt CO2e", "12% of 5 million tonnes", "US$ 4, 30 per cent", "24h ende", ""]
    ready = FirstCharAlternation(patterns, re.I)
    prepare_all()  # as python -m extract.rx does before it writes the store
    on_use = FirstCharAlternation(patterns, re.I)  # made after: compiles its sub-alternations on first use
    assert {key[0] for key in rx._used} >= {p.pattern for p in ready._by_set.values()}  # to be stored

    def matches(alternation: FirstCharAlternation) -> list[object]:
        at = [(t, i) for t in texts for i in range(len(t) + 1)]
        return [(m.span(), m.lastgroup) if (m := alternation.match(t, i, len(t))) else None for t, i in at]

    made = set(rx._made)
    got = matches(ready)
    assert set(rx._made) == made  # every character of the texts was prepared: nothing compiled while matching
    assert got == matches(on_use)
    assert any(got)


def test_the_literal_starts_of_a_keyword_are_stored_and_served_without_parsing(store: Path, monkeypatch) -> None:
    from extract import rules

    pattern = re.compile(r"\b(?:solar|wind)\s+(?:power|capacity)", re.I)
    assert rules._starts(pattern) == ("solar", "wind")
    rx.save()
    rx._results.clear()
    rx._load()
    monkeypatch.setattr(rules, "_parsed_starts", lambda p: pytest.fail("parsed again"))
    assert rules._starts(pattern) == ("solar", "wind")


def test_a_kind_kept_latest_only_holds_one_result_the_last_made(store: Path) -> None:
    assert rx.memo("catalogue_yaml", "v1", "a: 1", 0, lambda: {"a": 1}, latest_only=True) == {"a": 1}
    assert rx.memo("first_chars", "v1", "a|b", 0, lambda: ["a", "b"]) == ["a", "b"]
    assert rx.memo("catalogue_yaml", "v1", "a: 2", 0, lambda: {"a": 2}, latest_only=True) == {"a": 2}
    rx.save()
    rx._results.clear()
    rx._load()
    assert sorted((k[0], k[2]) for k in rx._results) == [("catalogue_yaml", "a: 2"), ("first_chars", "a|b")]


def test_a_catalogue_is_served_from_the_store_without_parsing_and_a_broken_one_still_fails(
    store: Path, tmp_path: Path, monkeypatch
) -> None:
    from extract import catalogue

    path = tmp_path / "indicators.yaml"
    path.write_text(catalogue.DEFAULT_CATALOGUE.read_text(encoding="utf-8"), encoding="utf-8")
    first = catalogue.load_catalogue(path)
    rx.save()
    rx._results.clear()
    rx._load()
    with monkeypatch.context() as patched:
        patched.setattr(catalogue, "_load_yaml", lambda text: pytest.fail("parsed again"))
        again = catalogue.load_catalogue(path)
    assert again.rows() == first.rows()
    path.write_text("indicators:\n  wind: {unit: GW}\n  wind: {unit: MW}\n", encoding="utf-8")
    with pytest.raises(catalogue.CatalogueError, match="duplicate key"):
        catalogue.load_catalogue(path)
