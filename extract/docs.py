"""Regenerate the README's column tables from ``schema`` (``python -m extract.docs``); a test keeps them current."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .schema import TABLES, markdown_table
from .write import atomic_write_bytes

README = Path(__file__).resolve().parent.parent / "README.md"


def render(readme: str) -> str:
    """``readme`` with every ``<!-- columns:NAME -->`` ... ``<!-- /columns -->`` block rewritten from the schema."""
    for table in TABLES:
        pattern = re.compile(rf"(<!-- columns:{table.name} -->\n).*?(<!-- /columns -->)", re.DOTALL)
        readme = pattern.sub(lambda m, t=table: m.group(1) + markdown_table(t) + "\n" + m.group(2), readme)
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
