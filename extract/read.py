"""Read a file from the seeds folder into a decoded ``Document``.

``read_document`` sniffs the bytes first (a PDF or DOCX is recognised whatever its name) and falls back on the
suffix. Every refusal is a ``DocumentError`` with a one-line message; the caller adds the file name. Readers only
parse: HTML goes through a real parser (lexbor) and its scripts are dropped, pypdf is never allowed to run an
external decoder, zip sizes are checked before python-docx inflates anything (``docxtext``).

Offsets everywhere refer to ``Document.text``: for text and HTML files that is the decoded file with newlines
normalised to ``\\n``; for HTML, PDF and DOCX it is the text built here (paragraphs separated by a blank line,
table rows as tab-separated cells, one row per line).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from . import rx
from .docxtext import read_docx
from .errors import DocumentError, reason
from .htmltext import html_to_text
from .ligatures import expand_ligatures
from .model import Document

__all__ = ["DocumentError", "read_document", "list_documents", "check_size", "SUPPORTED_SUFFIXES", "html_to_text"]

if TYPE_CHECKING:  # pypdf and python-docx are imported when a PDF or DOCX is read (charset-normalizer when a text
    # file fits no fixed rule): start-up is most of a small run, and text and HTML never need them
    import pypdf

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

MAX_MB = 200
MAX_BYTES = MAX_MB * 1024 * 1024  # largest file read at all; the dashboard's upload limit is at most this
MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 50_000_000  # text produced from one document, any format
MAX_CONTROL_RATIO = 0.01  # share of control characters above which "text" is binary junk

_SUFFIX_FORMAT = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_PDF_MAGIC = rx.compile(rb"\A[^\n]{0,1019}%PDF-")  # the header may follow a little junk on the first line
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: WordprocessingML element names in lxml's Clark notation, as ``docx.oxml.ns.qn`` spells them (without importing docx).
_HTML_START = rx.compile(  # possessive: a page of comments must not make the sniffing backtrack exponentially
    r"\A\s*+(?:<\?xml[^>]*+>\s*+)?+(?:<!--.*?-->\s*+)*+<(?:!doctype\s+html|html[\s>])", re.I | re.S
)
_CONTROL = rx.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # tab, newline, VT, FF are text
_C0_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # _CONTROL's characters below U+0080
_C1_UTF8 = rx.compile(rb"\xc2[\x80-\x9f]")  # and above, as UTF-8
_STRIP_CONTROL = rx.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CJK = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_GB2312_PAIR = rx.compile(rb"[\xa1-\xf7][\xa1-\xfe]")
_ASCII_PROBE = "Az09 %.,;:()<>\t\n"
_HIGH_BYTES = bytes(range(0x80, 0x100))
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_SNIFF_CHARS = 1 << 20

# pypdf logs the repairs it makes to damaged files, some at ERROR level, and garbles the CLI's stderr with them;
# the failures that matter reach the analyst as DocumentError.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


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
        text = read_docx(data)
    else:
        text, encoding, fmt = _read_text(data, fmt)
    if fmt != "pdf":  # (a PDF's pages are expanded one by one: their starts stay right)
        text = expand_ligatures(text)
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
    utf8: bytes | None = None  # the text's UTF-8, when it is the file's bytes
    if "\r" in text:  # most pages have none, and replacing scans a page of wide characters slowly even then
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    elif encoding == "utf-8":  # strict UTF-8 (the detector names no codec that fails to decode the bytes)
        utf8 = data  # read directly by the control count and the HTML parser
    _check_not_binary(text, utf8)
    if fmt == "html" or _HTML_START.match(text[:2048]):
        text = html_to_text(text, utf8)
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


def _check_not_binary(text: str, utf8: bytes | None = None) -> None:
    """Junk without NUL bytes still decodes as Windows-1252; many control characters give it away.

    ``utf8`` is ``text.encode()`` when the caller holds it: a text no longer than the sample need not be encoded."""
    sample = text[:_SNIFF_CHARS]
    controls = _count_controls(sample, utf8 if utf8 is not None and len(sample) == len(text) else None)
    if controls > MAX_CONTROL_RATIO * len(sample):
        raise DocumentError(f"binary content, not text ({controls / len(sample):.0%} control characters)")


def _count_controls(text: str, utf8: bytes | None = None) -> int:
    """``len(_CONTROL.findall(text))``, counted in the UTF-8 bytes, where C0 controls and DEL are single bytes that
    no other character's encoding holds and C1 controls (U+0080-U+009F) are 0xC2 and one byte: about a third
    faster than the regex on a page of wide characters. ``utf8``: ``text.encode()``, when the caller holds it."""
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    return len(data) - len(data.translate(None, _C0_BYTES)) + len(_C1_UTF8.findall(data))


# --- PDF -----------------------------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> tuple[str, list[int]]:
    """Text per page, pages separated by a blank line, tables rebuilt as rows of cells (``pdftables``); pypdf may
    not shell out to an image decoder."""
    import pypdf

    from .pdflayout import pdf_text  # (imported with pypdf, when a PDF is read: start-up stays cheap)

    with pypdf.apply_configuration(jbig2dec_binary=None):
        reader = _open_pdf(data)
        pages, layouts = _pdf_page_texts(reader)
    if not any(pages):
        raise DocumentError("no text layer (scanned PDF?)")
    return pdf_text(pages, layouts)


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
        raise DocumentError(f"corrupt PDF ({reason(exc)})") from None
    if count > MAX_PDF_PAGES:
        raise DocumentError(f"PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}")
    if not count:
        raise DocumentError("PDF has no pages")
    return reader


def _pdf_page_texts(reader: pypdf.PdfReader) -> tuple[list[str], list[str | None]]:
    """One cleaned string per page, its paragraphs parted (``pdfgaps``), and the layout text of each page that may
    hold a table (None for the others): its columns rebuild the tables (``pdflayout``); stop as soon as the text
    passes MAX_TEXT_CHARS.

    A page whose content cannot be parsed contributes no text rather than failing a report of hundreds of pages.
    """
    from .pdftables import may_hold_table

    pages: list[str] = []
    layouts: list[str | None] = []
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        text = _page_text(page, number)
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise DocumentError(f"PDF text passes {MAX_TEXT_CHARS:,} characters at page {number}; stopped there")
        pages.append(text)
        # the layout text, which costs as much again to read, only where a table may be: its columns are there
        layouts.append(_page_text(page, number, layout=True) if may_hold_table(text) else None)
    return pages, layouts


def _page_text(page: pypdf.PageObject, number: int, layout: bool = False) -> str:
    """A page's text (plain with its paragraphs' gaps, or laid out as printed), control characters removed; "" for
    a damaged page."""
    from pypdf.errors import LimitReachedError

    from .pdfgaps import gapped_text

    try:
        raw = page.extract_text(extraction_mode="layout") if layout else gapped_text(page)
    except LimitReachedError:  # hostile rather than damaged: pypdf stopped inflating it
        raise DocumentError(f"PDF page {number} expands past pypdf's decompression limit (bomb?)") from None
    except Exception:  # a damaged page; the others are still worth reading
        raw = ""
    text = _STRIP_CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    # (the layout text keeps its ligatures, one character each, so its columns stay where they are printed)
    return text if layout else expand_ligatures(text).strip()
