"""Read a file from the seeds folder into a decoded ``Document``.

``read_document`` sniffs the bytes first (a PDF or DOCX is recognised whatever its name) and falls back on the
suffix. Every refusal is a ``DocumentError`` with a one-line message; the caller adds the file name. Readers only
parse: HTML goes through a real parser (lexbor) and its scripts are dropped, pypdf is never allowed to run an
external decoder, zip sizes are checked before python-docx inflates anything.

Offsets everywhere refer to ``Document.text``: for text and HTML files that is the decoded file with newlines
normalised to ``\\n``; for HTML, PDF and DOCX it is the text built here (paragraphs separated by a blank line,
table rows as tab-separated cells, one row per line).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import itertools
import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .htmltext import _collapse, _join_blocks, html_to_text
from .model import Document

if TYPE_CHECKING:  # pypdf and python-docx are imported when a PDF or DOCX is read (charset-normalizer when a text
    # file fits no fixed rule): start-up is most of a small run, and text and HTML never need them
    import pypdf
    from docx.oxml.table import CT_Tc
    from docx.oxml.xmlchemy import BaseOxmlElement

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

MAX_MB = 200
MAX_BYTES = MAX_MB * 1024 * 1024  # largest file read at all; the dashboard's upload limit is at most this
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # sum of a DOCX's declared member sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed size of one large DOCX member
ZIP_RATIO_MIN_BYTES = 1024 * 1024  # smaller members may compress well without being a bomb
MAX_ZIP_MEMBERS = 10_000
MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 50_000_000  # text produced from one document, any format
MAX_CONTROL_RATIO = 0.01  # share of control characters above which "text" is binary junk

_SUFFIX_FORMAT = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_PDF_MAGIC = re.compile(rb"\A[^\n]{0,1019}%PDF-")  # the header may follow a little junk on the first line
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PARAGRAPH_RUNS = "w:r | w:hyperlink | w:ins/w:r | w:sdt/w:sdtContent/w:r | w:fldSimple/w:r | w:smartTag/w:r"
#: WordprocessingML element names in lxml's Clark notation, as ``docx.oxml.ns.qn`` spells them (without importing docx).
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_TBL, _W_TR, _W_TC, _W_SDT, _W_SDT_CONTENT = (_W + n for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_OTHER_ZIPS = {"xl/": " (an Excel workbook?)", "ppt/": " (a PowerPoint file?)"}
_HTML_START = re.compile(  # possessive: a page of comments must not make the sniffing backtrack exponentially
    r"\A\s*+(?:<\?xml[^>]*+>\s*+)?+(?:<!--.*?-->\s*+)*+<(?:!doctype\s+html|html[\s>])", re.I | re.S
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # tab, newline, VT, FF are text
_C0_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # _CONTROL's characters below U+0080
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")  # and above, as UTF-8
_STRIP_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_GB2312_PAIR = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")
_ASCII_PROBE = "Az09 %.,;:()<>\t\n"
_HIGH_BYTES = bytes(range(0x80, 0x100))
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_SNIFF_CHARS = 1 << 20

# pypdf logs the repairs it makes to damaged files, some at ERROR level, and garbles the CLI's stderr with them;
# the failures that matter reach the analyst as DocumentError.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


class DocumentError(Exception):
    """A document that cannot be read; the message names the problem (the caller adds the file)."""


def read_document(path: Path, data: bytes) -> Document:
    """Decode ``data`` (the bytes of ``path``); raise DocumentError when it is not a readable document."""
    check_size(len(data))
    if not data.strip():
        raise DocumentError("empty file" if not data else "empty file (whitespace only)")
    fmt = _choose_format(path, data)
    encoding, page_starts = "", []
    if fmt == "pdf":
        text, page_starts = _read_pdf(data)
    elif fmt == "docx":
        text = _read_docx(data)
    else:
        text, encoding, fmt = _read_text(data, fmt)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(f"text too long: {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    return Document(
        doc=path.stem,
        file=path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        format=fmt,
        encoding=encoding,
        page_starts=page_starts,
    )


def check_size(size: int) -> None:
    """Refuse a file over ``MAX_BYTES``; callers with a path check its stat() size before reading any byte."""
    if size > MAX_BYTES:
        raise DocumentError(f"file too large: {size / 2**20:.1f} MB; the limit is {MAX_MB} MB")


def list_documents(folder: Path) -> list[Path]:
    """Documents in ``folder`` in a stable order; hidden files and Office lock files (``~$x.docx``) are ignored."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith((".", "~$")) and p.suffix.lower() in SUPPORTED_SUFFIXES
    )


# --- choosing a reader ---------------------------------------------------------------------------------------


def _choose_format(path: Path, data: bytes) -> str:
    """Content wins over the name for binary formats; a .pdf/.docx without its signature is refused, not guessed."""
    if _PDF_MAGIC.match(data):
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return "docx"
    if data.startswith(_OLE2_MAGIC):
        raise DocumentError("legacy Office file (.doc/.xls): not supported; save it as .docx or PDF")
    claimed = _SUFFIX_FORMAT.get(path.suffix.lower(), "txt")
    if claimed == "pdf":
        raise DocumentError(f"not a PDF: no %PDF- header{_html_hint(data)}")
    if claimed == "docx":
        raise DocumentError(f"not a DOCX: no ZIP signature{_html_hint(data)}")
    return claimed


def _html_hint(data: bytes) -> str:
    """Web downloads that fail often save the server's HTML error page under the document's name."""
    return " (it is an HTML page: a failed download?)" if _HTML_START.match(data[:2048].decode("latin-1")) else ""


# --- text and HTML -------------------------------------------------------------------------------------------


def _read_text(data: bytes, fmt: str) -> tuple[str, str, str]:
    """Text or HTML: decode, normalise newlines, refuse binary; content that starts like HTML is parsed as HTML."""
    text, encoding = _decode(data)
    if "\r" in text:  # most pages have none, and replacing scans a page of wide characters slowly even then
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_not_binary(text)
    if fmt == "html" or _HTML_START.match(text[:2048]):
        text = html_to_text(text)
        if not text:
            raise DocumentError("no visible text in the HTML page (only navigation, scripts or markup)")
        return text, encoding, "html"
    if not text.strip():
        raise DocumentError("empty file (whitespace only)")
    return text, encoding, fmt


def _decode(data: bytes) -> tuple[str, str]:
    """Bytes to (text, codec name): byte-order mark, UTF-16 by NUL pattern, then fixed rules, then a detector."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, bom, codec), codec
    utf16 = _sniff_utf16(data)
    if utf16 and (text := _try_decode(data, utf16)) is not None:
        return text, utf16
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"binary content, not text (NUL byte at offset {nul})")
    return _decode_by_rules(data) or _decode_by_detector(data)


def _decode_with_bom(data: bytes, bom: bytes, codec: str) -> str:
    """A byte-order mark is a promise; a file that breaks it is refused rather than guessed."""
    try:
        return data[len(bom) :].decode(codec.removesuffix("-sig"))
    except UnicodeDecodeError as exc:
        name = codec.removesuffix("-sig").upper()
        raise DocumentError(
            f"undecodable text: starts with a {name} byte-order mark but byte {exc.start + len(bom)} "
            f"is not valid {name}"
        ) from None


def _sniff_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16 of mostly ASCII text has a NUL in every other byte, on one side only."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.4 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.4 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_by_rules(data: bytes) -> tuple[str, str] | None:
    """Strict UTF-8; else GB18030 when the bytes look Chinese; else Windows-1252 (decodes all but five bytes)."""
    if (text := _try_decode(data, "utf-8")) is not None:
        return text, "utf-8"
    if (text := _try_decode(data, "gb18030")) is not None and _looks_chinese(data, text):
        return text, "gb18030"
    if (text := _try_decode(data, "cp1252")) is not None:
        return text, "cp1252"
    return None


def _looks_chinese(data: bytes, text: str) -> bool:
    """GB18030 also decodes most Windows-1252 and Shift_JIS text. Simplified Chinese has CJK characters and most of
    its high bytes in GB2312 pairs; accented Latin has isolated high bytes and Shift_JIS mostly other lead bytes."""
    if not _CJK.search(text, 0, _SNIFF_CHARS):
        return False
    sample = data[:_SNIFF_CHARS]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    in_pairs = 2 * len(_GB2312_PAIR.findall(sample))
    return in_pairs >= high / 2


def _decode_by_detector(data: bytes) -> tuple[str, str]:
    """Last resort for other legacy encodings; charset-normalizer is deterministic for the same bytes.

    Its guesses that would turn ASCII into something else (BOM-less UTF-16, EBCDIC) are garbage for these files.
    """
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        if match.encoding and _ascii_compatible(match.encoding):
            return str(match), codecs.lookup(match.encoding).name
    raise DocumentError("undecodable text: not UTF-8, UTF-16, GB18030 or Windows-1252, and no other encoding fits")


def _ascii_compatible(codec: str) -> bool:
    try:
        return _ASCII_PROBE.encode(codec) == _ASCII_PROBE.encode("ascii")
    except (LookupError, UnicodeError):
        return False


def _check_not_binary(text: str) -> None:
    """Junk without NUL bytes still decodes as Windows-1252; many control characters give it away."""
    sample = text[:_SNIFF_CHARS]
    controls = _count_controls(sample)
    if controls > MAX_CONTROL_RATIO * len(sample):
        raise DocumentError(f"binary content, not text ({controls / len(sample):.0%} control characters)")


def _count_controls(text: str) -> int:
    """``len(_CONTROL.findall(text))``, counted in the UTF-8 bytes, where C0 controls and DEL are single bytes that
    no other character's encoding holds and C1 controls (U+0080-U+009F) are 0xC2 and one byte: about a third
    faster than the regex on a page of wide characters."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _C0_BYTES)) + len(_C1_UTF8.findall(data))


# --- PDF -----------------------------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> tuple[str, list[int]]:
    """Text per page, pages separated by a blank line; pypdf may not shell out to an image decoder."""
    import pypdf

    with pypdf.apply_configuration(jbig2dec_binary=None):
        reader = _open_pdf(data)
        pages = _pdf_page_texts(reader)
    if not any(pages):
        raise DocumentError("no text layer (scanned PDF?)")
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 2
    return "\n\n".join(pages), starts


def _open_pdf(data: bytes) -> pypdf.PdfReader:
    """Parse the file structure and unlock PDFs whose user password is empty (permission-only encryption)."""
    import pypdf
    from pypdf.errors import DependencyError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted PDF (a password is required)")
        count = len(reader.pages)
    except DocumentError:
        raise
    except DependencyError:
        raise DocumentError("encrypted PDF (AES): decrypting it needs the 'cryptography' package") from None
    except Exception as exc:  # pypdf raises many types on hostile input; all mean the same to the analyst
        raise DocumentError(f"corrupt PDF ({_reason(exc)})") from None
    if count > MAX_PDF_PAGES:
        raise DocumentError(f"PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}")
    if not count:
        raise DocumentError("PDF has no pages")
    return reader


def _pdf_page_texts(reader: pypdf.PdfReader) -> list[str]:
    """One cleaned string per page; stop as soon as the text passes MAX_TEXT_CHARS.

    A page whose content cannot be parsed contributes no text rather than failing a report of hundreds of pages.
    """
    from pypdf.errors import LimitReachedError

    pages: list[str] = []
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw = page.extract_text()
        except LimitReachedError:  # hostile rather than damaged: pypdf stopped inflating it
            raise DocumentError(f"PDF page {number} expands past pypdf's decompression limit (bomb?)") from None
        except Exception:  # a damaged page; the others are still worth reading
            raw = ""
        text = _STRIP_CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n")).strip()
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise DocumentError(f"PDF text passes {MAX_TEXT_CHARS:,} characters at page {number}; stopped there")
        pages.append(text)
    return pages


# --- DOCX ----------------------------------------------------------------------------------------------------


def _read_docx(data: bytes) -> str:
    """Paragraphs and tables in document order, after the zip has been checked for bombs."""
    _check_zip(data)
    import docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
        text = _join_blocks(list(_docx_blocks(body)))
    except Exception as exc:  # python-docx/lxml raise many types on damaged packages
        raise DocumentError(f"corrupt DOCX ({_reason(exc)})") from None
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
        raise DocumentError(f"corrupt DOCX (not a valid ZIP archive: {_reason(exc)})") from None
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


def _reason(exc: Exception) -> str:
    """One line naming the exception, for messages about damaged files."""
    message = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
