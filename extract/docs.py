"""Regenerate the README's generated parts (``python -m extract.docs``); a test keeps them current.

Column tables come from ``schema``; the accuracy tables come from extracting ``seeds/`` and the dev set
(``tests/gold/devset``) and scoring them against their gold sets, so the published accuracy is always the
measured one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from . import rx
from .schema import TABLES, markdown_table
from .write import atomic_write_bytes

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _measure(seeds: Path, gold_path: Path) -> tuple:
    """Extract ``seeds`` and score it against ``gold_path``, loose and strict."""
    import tempfile

    from .catalogue import load_catalogue
    from .evaluate import evaluate_files
    from .pipeline import run_extraction

    with tempfile.TemporaryDirectory() as tmp:
        run_extraction(seeds, Path(tmp), load_catalogue())
        path = Path(tmp) / "observations.csv"
        return evaluate_files(path, gold_path), evaluate_files(path, gold_path, strict=True)


def accuracy_tables() -> str:
    """The seeds' and the dev set's scores side by side, then the dev set per document, as Markdown."""
    from .evaluate import DEFAULT_GOLD, DEVSET_DOCS, DEVSET_GOLD, FIELDS, render_documents

    seeds, seeds_strict = _measure(ROOT / "seeds", DEFAULT_GOLD)
    dev, dev_strict = _measure(DEVSET_DOCS, DEVSET_GOLD)
    rows = [
        ("precision (value + unit + year + kind)", seeds.overall.precision, dev.overall.precision),
        ("recall", seeds.overall.recall, dev.overall.recall),
        ("micro F1", seeds.overall.f1, dev.overall.f1),
        ("macro F1 (mean over documents)", seeds.macro_f1, dev.macro_f1),
        ("strict F1 (also qualifier and base year)", seeds_strict.overall.f1, dev_strict.overall.f1),
    ]
    rows += [(f"{n} (on matched rows)", seeds.overall.field_accuracy(n), dev.overall.field_accuracy(n)) for n in FIELDS]
    lines = [
        "| measure | seeds (5 Chinese documents the extractor was built on) | dev set (9 other countries' NDCs) |",
        "|---|---|---|",
    ]
    for name, a, b in rows:
        # the dev gold names indicators in its own words, not with catalogue ids: no score to compare
        dev_cell = "n/a (own names)" if name.startswith("indicator") else f"{b:.3f}"
        lines.append(f"| {name} | {a:.3f} | {dev_cell} |")
    o, d = seeds.overall, dev.overall
    lines.append(
        f"| rows: gold / extracted / matched | {o.gold} / {o.predicted} / {o.matched} | {d.gold} / {d.predicted} / "
        f"{d.matched} |"
    )
    return "\n".join(lines) + "\n\nDev set, document by document:\n\n" + render_documents(dev)


def render(readme: str) -> str:
    """``readme`` with every ``<!-- columns:NAME -->`` ... ``<!-- /columns -->`` block rewritten from the schema."""
    for table in TABLES:
        pattern = rx.compile(rf"(<!-- columns:{table.name} -->\n).*?(<!-- /columns -->)", re.DOTALL)
        readme = pattern.sub(lambda m, t=table: m.group(1) + markdown_table(t) + "\n" + m.group(2), readme)
    pattern = rx.compile(r"(<!-- accuracy -->\n).*?(<!-- /accuracy -->)", re.DOTALL)
    if pattern.search(readme):
        table = accuracy_tables()
        readme = pattern.sub(lambda m: m.group(1) + table + "\n" + m.group(2), readme)
    return readme


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        atomic_write_bytes(README, new.encode("utf-8"))
        print(f"updated {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
