"""The one definition of every output column.

CSV column order, the Frictionless ``datapackage.json``, the dashboard's
download schema and the README's column table are all derived from here, so a
column is added or renamed in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One column of an output table."""

    name: str
    type: str  # Frictionless type: string, integer, number
    description: str
    required: bool = False
    values: tuple[str, ...] = ()  # the closed set of values of an enumerated column (empty string = not stated)


@dataclass(frozen=True)
class Table:
    """One output CSV: its file name, columns and sort key."""

    name: str
    path: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def fieldnames(self) -> list[str]:
        return [c.name for c in self.columns]


OBSERVATIONS = Table(
    name="observations",
    path="observations.csv",
    description="One row per numeric indicator statement extracted from a document.",
    columns=(
        Column("doc", "string", "Document id: the file name without its extension.", True),
        Column("indicator", "string", "Catalogue id (snake_case); empty when the number maps to no known indicator."),
        Column(
            "region",
            "string",
            "The document's own country for national values; otherwise province, state, city, other country,"
            " or `World`.",
            True,
        ),
        Column(
            "kind", "string", "`actual` (observed) or `target` (goal, plan, commitment).", True, ("actual", "target")
        ),
        Column("year", "integer", "Observation year (actual) or target year (target)."),
        Column(
            "base_year", "integer", 'Reference year of a relative change ("65% below 2005" -> 2005); empty otherwise.'
        ),
        Column("value", "number", "The number in the canonical unit, source digits kept exact.", True),
        Column(
            "unit",
            "string",
            "Canonical unit (`%`, `GW`, `TWh`, `Mt CO2`, `Mt CO2e`, `Mt CH4`, `Mt N2O`, `Mtce`, `billion m3`, `Mha`, "
            "`year`, ...).",
            True,
        ),
        Column(
            "qualifier",
            "string",
            "`=` `~` `>` `<` `>=` `<=` as stated in the source.",
            True,
            ("=", "~", ">", "<", ">=", "<="),
        ),
        Column("value_raw", "string", "The number as written, e.g. `1.322 billion kilowatts`.", True),
        Column("quote", "string", "The sentence (or table row) the number came from.", True),
        Column("char_start", "integer", "Offset of value_raw in the document's decoded text.", True),
        Column("char_end", "integer", "End offset: text[char_start:char_end] == value_raw.", True),
        Column("page", "integer", "Page number for paged formats (PDF); empty otherwise."),
        Column(
            "baseline",
            "string",
            "What a change is measured against: `base_year` (the year in base_year), `bau` (a business-as-usual or"
            " reference scenario); empty for levels.",
            values=("", "base_year", "bau"),
        ),
        Column(
            "condition",
            "string",
            "`unconditional` or `conditional` (on finance, technology, markets) when the document says so;"
            " empty otherwise.",
            values=("", "unconditional", "conditional"),
        ),
    ),
    primary_key=("doc", "char_start", "char_end", "year", "kind", "value"),
)

DOCUMENTS = Table(
    name="documents",
    path="documents.csv",
    description="One row per input document, with its processing status.",
    columns=(
        Column("doc", "string", "Document id: the file name without its extension.", True),
        Column("file", "string", "File name inside the seeds folder.", True),
        Column("title", "string", "Title: the first non-empty line of the document."),
        Column("sha256", "string", "SHA-256 of the file's bytes.", True),
        Column("chars", "integer", "Length of the decoded text in characters."),
        Column(
            "status",
            "string",
            "`ok` (mined), `skipped` (not mined: a language the extractor does not read, or a copy of another"
            " document's bytes; `error` says which) or `error` (could not be read).",
            True,
            ("ok", "skipped", "error"),
        ),
        Column("error", "string", "Why the document could not be read, or why it was skipped; empty when ok."),
        Column("rows", "integer", "Observations extracted from the document."),
        Column("bytes", "integer", "File size in bytes."),
        Column("format", "string", "Reader used: txt, md, html, pdf, docx."),
        Column("encoding", "string", "Detected text encoding of the file."),
        Column(
            "default_year",
            "integer",
            "Year applied to undated statements, from what the document says about its own data.",
        ),
        Column("default_year_quote", "string", "The sentence the default year was taken from."),
        Column(
            "language", "string", "Language of the text (ISO 639-1: `en`, `zh`, `fr`); empty when too short to tell."
        ),
        Column(
            "country",
            "string",
            "The party whose document it is: from an ISO 3166-1 alpha-3 prefix of the file name (`KEN-...`), else"
            ' from the text (title, "Government of ...", "...\'s NDC", the country named most); `National` when'
            " none is named. National values carry it as their region.",
        ),
        Column(
            "duplicate_of", "string", "The document whose bytes this one repeats (its rows are emitted there, once)."
        ),
    ),
    primary_key=("doc",),
)

INDICATORS = Table(
    name="indicators",
    path="indicators.csv",
    description="The indicator catalogue: what each indicator id means.",
    columns=(
        Column("indicator", "string", "Catalogue id (snake_case).", True),
        Column("name", "string", "Human-readable name.", True),
        Column("sector", "string", "Sector the indicator belongs to.", True),
        Column("unit", "string", "Canonical unit.", True),
        Column("direction", "string", "`higher` or `lower` is better; `none` for counts of activity.", True),
        Column("description", "string", "What the indicator measures."),
    ),
    primary_key=("indicator",),
)

TABLES: tuple[Table, ...] = (OBSERVATIONS, DOCUMENTS, INDICATORS)


def datapackage(version: str) -> dict:
    """Frictionless Data Package descriptor for the three tables."""
    resources = []
    for table in TABLES:
        fields = []
        for col in table.columns:
            field: dict = {"name": col.name, "type": col.type, "description": col.description}
            constraints: dict = {}
            if col.required:
                constraints["required"] = True
            if col.values:
                constraints["enum"] = [v for v in col.values if v]
            if constraints:
                field["constraints"] = constraints
            fields.append(field)
        resources.append(
            {
                "name": table.name,
                "path": table.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": {"fields": fields, "primaryKey": list(table.primary_key)},
            }
        )
    return {
        "name": "climate-targets-tracker",
        "title": "Numeric climate-policy indicators extracted from policy documents",
        "profile": "tabular-data-package",
        "version": version,
        "resources": resources,
    }


def markdown_table(table: Table) -> str:
    """The column table used in the README, so docs never drift from code."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| {c.name} | {c.type} | {c.description} |" for c in table.columns]
    return "\n".join(lines)
