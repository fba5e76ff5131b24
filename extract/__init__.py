"""Extract numeric climate-policy indicator statements from documents into tidy CSVs."""

__version__ = "0.1.0"
