"""Regenerate the README's generated parts (``python -m extract.docs``); a test keeps them current.

Column tables come from ``schema``; the accuracy table comes from extracting ``seeds/`` and scoring it
against the seed gold set, so the published accuracy is always the measured one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .schema import TABLES, markdown_table
from .write import atomic_write_bytes

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def accuracy_table() -> str:
    """Per-field scores of the current extractor on the seeds, as a Markdown table."""
    import tempfile

    from .catalogue import load_catalogue
    from .evaluate import DEFAULT_GOLD, FIELDS, gold_documents, load_rows, score
    from .pipeline import run_extraction

    with tempfile.TemporaryDirectory() as tmp:
        run_extraction(ROOT / "seeds", Path(tmp), load_catalogue())
        path = Path(tmp) / "observations.csv"
        gold = load_rows(DEFAULT_GOLD)
        result = score(load_rows(path), gold, gold_documents(DEFAULT_GOLD, gold))
    lines = [
        "| measure | score |",
        "|---|---|",
        f"| value + unit + year + kind: precision | {result.precision:.3f} |",
        f"| value + unit + year + kind: recall | {result.recall:.3f} |",
        f"| value + unit + year + kind: F1 | {result.f1:.3f} |",
    ]
    lines += [f"| {name} (on matched rows) | {result.field_accuracy(name):.3f} |" for name in FIELDS]
    lines.append(f"| rows: gold / extracted / matched | {result.gold} / {result.predicted} / {result.matched} |")
    return "\n".join(lines)


def render(readme: str) -> str:
    """``readme`` with every ``<!-- columns:NAME -->`` ... ``<!-- /columns -->`` block rewritten from the schema."""
    for table in TABLES:
        pattern = re.compile(rf"(<!-- columns:{table.name} -->\n).*?(<!-- /columns -->)", re.DOTALL)
        readme = pattern.sub(lambda m, t=table: m.group(1) + markdown_table(t) + "\n" + m.group(2), readme)
    pattern = re.compile(r"(<!-- accuracy -->\n).*?(<!-- /accuracy -->)", re.DOTALL)
    if pattern.search(readme):
        table = accuracy_table()
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
