"""DOCX to text: paragraphs and tables in document order, after the zip has been checked for bombs.

Kept apart from ``read`` (which sniffs formats and decodes text) because it is a format of its own: a zip checked
from its central directory before anything is inflated, then python-docx's XML walked for runs, cells and content
controls. python-docx is imported only when a DOCX is read.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import rx
from .errors import DocumentError, reason
from .htmltext import _collapse, _join_blocks

if TYPE_CHECKING:
    from docx.oxml.table import CT_Tc
    from docx.oxml.xmlchemy import BaseOxmlElement

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # sum of a DOCX's declared member sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed size of one large DOCX member
ZIP_RATIO_MIN_BYTES = 1024 * 1024  # smaller members may compress well without being a bomb
MAX_ZIP_MEMBERS = 10_000
_PARAGRAPH_RUNS = "w:r | w:hyperlink | w:ins/w:r | w:sdt/w:sdtContent/w:r | w:fldSimple/w:r | w:smartTag/w:r"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_TBL, _W_TR, _W_TC, _W_SDT, _W_SDT_CONTENT = (_W + n for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_OTHER_ZIPS = {"xl/": " (an Excel workbook?)", "ppt/": " (a PowerPoint file?)"}
_STRIP_CONTROL = rx.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def read_docx(data: bytes) -> str:
    """Paragraphs and tables in document order, after the zip has been checked for bombs."""
    _check_zip(data)
    import docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
        text = _join_blocks(list(_docx_blocks(body)))
    except Exception as exc:  # python-docx/lxml raise many types on damaged packages
        raise DocumentError(f"corrupt DOCX ({reason(exc)})") from None
    if not text:
        raise DocumentError("no text in the Word document")
    return text


def _check_zip(data: bytes) -> None:
    """Refuse zip bombs from the central directory alone, before anything is inflated.

    zipfile stops inflating a member at its declared size (and fails its CRC check), so the declared sizes checked
    here bound what python-docx can unpack.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as exc:  # BadZipFile, but also ValueError/struct errors on crafted directories
        raise DocumentError(f"corrupt DOCX (not a valid ZIP archive: {reason(exc)})") from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise DocumentError(f"DOCX has {len(members):,} zip members; the limit is {MAX_ZIP_MEMBERS:,}")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(
            f"DOCX would expand to {total / 2**20:,.0f} MB; the limit is "
            f"{MAX_UNCOMPRESSED_BYTES // 2**20} MB uncompressed (zip bomb?)"
        )
    for m in members:
        if m.file_size > ZIP_RATIO_MIN_BYTES and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1):
            raise DocumentError(
                f"DOCX member {m.filename!r} expands {m.file_size // max(m.compress_size, 1):,} times; "
                f"the limit is {MAX_ZIP_RATIO} (zip bomb?)"
            )
    names = [m.filename for m in members]
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        kind = next((k for prefix, k in _OTHER_ZIPS.items() if any(n.startswith(prefix) for n in names)), "")
        raise DocumentError(f"ZIP archive, not a Word document{kind}")


def _docx_blocks(container: BaseOxmlElement, tables: Iterator[int] | None = None) -> Iterator[tuple[str, int]]:
    """(text, table id) for each paragraph and table row of a body, in order; content controls are looked into."""
    tables = tables if tables is not None else itertools.count(1)
    for child in container.iterchildren():
        if child.tag == _W_P:
            text = _STRIP_CONTROL.sub("", _paragraph_text(child).replace("\r", "\n")).strip()
            if text:
                yield text, 0
        elif child.tag == _W_TBL:
            table_id = next(tables)
            for row in child.iterchildren(_W_TR):
                cells = [_docx_cell(tc) for tc in row.iterchildren(_W_TC)]
                if any(cells):
                    yield "\t".join(cells), table_id
        elif child.tag == _W_SDT:
            for content in child.iterchildren(_W_SDT_CONTENT):
                yield from _docx_blocks(content, tables)


def _docx_cell(tc: CT_Tc) -> str:
    """A cell once, even when merged: continuation rows of a vertical merge are empty (no duplicated numbers)."""
    if tc.vMerge == "continue":
        return ""
    return _collapse(" ".join(_paragraph_text(p) for p in tc.iter(_W_P)))


def _paragraph_text(p: BaseOxmlElement) -> str:
    """Runs in order, with python-docx's tab and break mapping; unlike ``Paragraph.text`` this keeps tracked
    insertions and runs inside inline content controls, fields and smart tags (deleted text is never a run)."""
    return "".join(run.text for run in p.xpath(_PARAGRAPH_RUNS))
