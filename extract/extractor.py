"""Extraction entry point (being written): Document -> observations."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Document, Observation


@dataclass
class ExtractionResult:
    observations: list[Observation] = field(default_factory=list)
    default_year: int | None = None
    default_year_quote: str = ""


def extract_document(doc: Document, catalogue: object) -> ExtractionResult:
    return ExtractionResult()
