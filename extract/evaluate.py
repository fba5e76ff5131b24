"""Score extracted rows against any hand-checked gold CSV: per document, micro and macro, and per field.

``python -m extract.evaluate [data/observations.csv] [--gold tests/gold/seeds_gold.csv] [--strict] [--show]``

A predicted row matches a gold row when, within one document, the unit class, year and kind
are equal and the values agree within 0.5 % (the core match: value + unit + year + kind);
``--strict`` also needs qualifier and base year. Unit classes compare what a unit measures, not
how the gold happens to name it: ``Mt CO2e``, ``Mt CO2`` and ``Mt`` are one mass class, ``Mha`` and
``million ha`` one area class, ``times`` and ``x`` one multiple, so a gold set written by another
team scores fairly. Rows are first de-duplicated on the key, so a fact stated twice counts once;
matching is one-to-one, closest values first. On the matched pairs the other fields are compared
one by one: qualifier, base year, indicator, region. Documents that appear in the predictions but
have no gold rows still count when ``<gold>.documents.txt`` lists them (as the seed gold does for
002-004): every row there is a false positive.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

REL_TOL = Decimal("0.005")
HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE.parent / "tests" / "gold"
DEFAULT_GOLD = GOLD_DIR / "seeds_gold.csv"
DEVSET_GOLD = GOLD_DIR / "devset" / "gold.csv"  # nine other countries' NDCs: the measure of generalisation
DEVSET_DOCS = GOLD_DIR / "devset" / "docs"
FIELDS = ("qualifier", "base_year", "indicator", "region")


@dataclass(frozen=True)
class Row:
    doc: str
    unit: str
    value: Decimal
    year: str
    kind: str
    qualifier: str
    base_year: str
    indicator: str
    region: str
    quote: str

    @property
    def key(self) -> tuple[str, str, Decimal, str, str]:
        return (self.doc, self.unit, self.value, self.year, self.kind)

    def strict_key(self) -> tuple:
        return (*self.key, self.qualifier, self.base_year)


# Units that name the same measure differently; everything else is compared as written.
_UNIT_CLASSES = {
    "Mt": "Mt", "Mt CO2": "Mt", "Mt CO2e": "Mt", "Mt C": "Mt",
    "Mha": "million ha", "million ha": "million ha",
    "times": "x", "x": "x",
    "%": "%", "percent": "%",
    "ratio": "", "": "",
}  # fmt: skip


def unit_class(unit: str) -> str:
    """The comparison class of a canonical unit (see the module docstring)."""
    return _UNIT_CLASSES.get(unit, unit)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    missed: list[Row] = field(default_factory=list)
    spurious: list[Row] = field(default_factory=list)
    field_wrong: list[tuple[str, Row, Row]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self, name: str) -> float:
        return self.field_right[name] / self.matched if self.matched else 0.0


def _norm_year(text: str) -> str:
    text = (text or "").strip()
    return text.split(".")[0] if text else ""


def load_rows(path: Path) -> list[Row]:
    """Rows of an observations-like CSV; a missing column or bad value is an error naming the file and row."""
    rows: list[Row] = []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"doc", "value", "unit", "year", "kind"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for line, r in enumerate(reader, start=2):
            try:
                value = Decimal(r["value"].replace(",", ""))
            except InvalidOperation:
                raise ValueError(f"{path}:{line}: value {r['value']!r} is not a number") from None
            rows.append(
                Row(
                    doc=r["doc"].strip(),
                    unit=unit_class(r["unit"].strip()),
                    value=value,
                    year=_norm_year(r["year"]),
                    kind=r["kind"].strip().lower(),
                    qualifier=(r.get("qualifier") or "=").strip() or "=",
                    base_year=_norm_year(r.get("base_year", "")),
                    indicator=(r.get("indicator") or "").strip(),
                    region=(r.get("region") or "").strip(),
                    quote=(r.get("quote") or "").strip(),
                )
            )
    return rows


def _dedupe(rows: list[Row], strict: bool = False) -> list[Row]:
    seen: dict[tuple, Row] = {}
    for r in rows:
        seen.setdefault(r.strict_key() if strict else r.key, r)
    return list(seen.values())


def _close(a: Decimal, b: Decimal) -> bool:
    if b == 0:
        return a == 0
    return abs(a - b) / abs(b) <= REL_TOL


def score(predicted: list[Row], gold: list[Row], docs: set[str] | None = None, strict: bool = False) -> Score:
    """Match predicted to gold rows one-to-one and count field agreement on the matches."""
    docs = docs if docs is not None else {r.doc for r in gold}
    pred = _dedupe([r for r in predicted if r.doc in docs], strict)
    gold = _dedupe([r for r in gold if r.doc in docs], strict)
    result = Score(gold=len(gold), predicted=len(pred))
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            same = (p.doc, p.unit, p.year, p.kind) == (g.doc, g.unit, g.year, g.kind)
            if strict:
                same = same and (p.qualifier, p.base_year) == (g.qualifier, g.base_year)
            if same and _close(p.value, g.value):
                candidates.append((abs(p.value - g.value), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.matched += 1
        g, p = gold[gi], pred[pi]
        for name in FIELDS:
            if getattr(g, name) == getattr(p, name):
                result.field_right[name] += 1
            else:
                result.field_wrong.append((name, g, p))
    result.missed = [g for i, g in enumerate(gold) if i not in used_g]
    result.spurious = [p for i, p in enumerate(pred) if i not in used_p]
    return result


def gold_documents(gold_path: Path, gold: list[Row]) -> set[str]:
    """Documents the gold speaks for: those with rows, plus those listed in ``<gold>.documents.txt``.

    A document checked by hand and found to hold no indicator has no gold rows; the list makes
    every row extracted from it count as a false positive instead of being ignored.
    """
    docs = {r.doc for r in gold}
    listing = gold_path.with_name(gold_path.stem + ".documents.txt")
    if listing.is_file():
        docs |= {line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()}
    return docs


@dataclass
class Report:
    """A gold set's score overall (micro), per document, and the mean of the documents' F1 (macro)."""

    overall: Score
    per_doc: dict[str, Score]

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.per_doc.values()) / len(self.per_doc) if self.per_doc else 0.0


def evaluate(predicted: list[Row], gold: list[Row], docs: set[str], strict: bool = False) -> Report:
    """Score overall and document by document (a document's score is independent of the others')."""
    per_doc = {d: score(predicted, gold, {d}, strict) for d in sorted(docs)}
    return Report(score(predicted, gold, docs, strict), per_doc)


def evaluate_files(predicted: Path, gold_path: Path, strict: bool = False) -> Report:
    gold = load_rows(gold_path)
    return evaluate(load_rows(predicted), gold, gold_documents(gold_path, gold), strict)


def render_documents(report: Report) -> str:
    """The per-document table with micro and macro lines, as printed and published in the README."""
    lines = ["| document | gold | extracted | matched | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    for doc, s in report.per_doc.items():
        lines.append(
            f"| {doc} | {s.gold} | {s.predicted} | {s.matched} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
        )
    o = report.overall
    lines.append(
        f"| **micro (all rows)** | {o.gold} | {o.predicted} | {o.matched} | {o.precision:.3f} | {o.recall:.3f} "
        f"| {o.f1:.3f} |"
    )
    lines.append(f"| **macro (mean of documents' F1)** | | | | | | {report.macro_f1:.3f} |")
    return "\n".join(lines)


def render(result: Score) -> str:
    lines = [
        f"{'field':<34}{'score':>8}",
        "-" * 42,
        f"{'value+unit+year+kind precision':<34}{result.precision:>8.3f}",
        f"{'value+unit+year+kind recall':<34}{result.recall:>8.3f}",
        f"{'value+unit+year+kind F1':<34}{result.f1:>8.3f}",
    ]
    for name in FIELDS:
        lines.append(f"{name + ' (on matched rows)':<34}{result.field_accuracy(name):>8.3f}")
    lines.append(f"\ngold {result.gold}  predicted {result.predicted}  matched {result.matched}")
    return "\n".join(lines)


def _fmt(r: Row) -> str:
    return (
        f"{r.doc[:3]} {r.value} {r.unit} {r.year} {r.kind} q={r.qualifier} base={r.base_year or '-'} "
        f"[{r.indicator or '-'} / {r.region}] {r.quote[:80]!r}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("predicted", nargs="?", type=Path, default=Path("data/observations.csv"))
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--strict", action="store_true", help="a match also needs qualifier and base year")
    ap.add_argument("--show", action="store_true", help="list misses, spurious rows and wrong fields")
    args = ap.parse_args(argv)
    try:
        report = evaluate_files(args.predicted, args.gold, args.strict)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = report.overall
    print(f"gold: {args.gold}  predicted: {args.predicted}{'  (strict)' if args.strict else ''}\n")
    print(render_documents(report) + "\n")
    print(render(result))
    if args.show:
        for r in result.missed:
            print("MISSED   ", _fmt(r))
        for r in result.spurious:
            print("SPURIOUS ", _fmt(r))
        for name, g, p in result.field_wrong:
            print(f"WRONG {name:<10} gold={getattr(g, name)!r} got={getattr(p, name)!r}  {_fmt(p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
