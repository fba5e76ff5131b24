"""Readers behind ``read_document``: every format and encoding, offsets, and refusals of bad or hostile input.

Fixtures are built here at run time: DOCX with python-docx, PDF by hand (pypdf cannot write text), text and HTML
as literals.
"""

from __future__ import annotations

import functools
import io
import re
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf
import pytest
from conftest import pdf_document, pdf_string
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import docxtext, htmltext, read, segment
from extract.read import SUPPORTED_SUFFIXES, DocumentError, html_to_text, list_documents, read_document
from tests.test_extractor import rows

# --- fixture builders ----------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: one page per list, one Helvetica line per string (ASCII)."""
    streams = [
        f"BT /F1 12 Tf 14 TL 72 720 Td {' T* '.join(f'({pdf_string(line)}) Tj' for line in lines)} ET".encode()
        if lines
        else b""
        for lines in pages
    ]
    return pdf_document(streams)


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    """RC4 needs no optional dependency, so pypdf can both write and read it here."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_docx() -> bytes:
    """Heading, paragraphs and a table with merged cells, in that order, then a closing paragraph."""
    document = docx.Document()
    document.add_heading("Energy targets", level=1)
    document.add_paragraph("Wind capacity reached 300 GW in 2020.")
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([["Indicator", "2020", "2030"], ["Solar GW", "253", "1200"], ["Share %", "15.9", "25"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(3, 0).merge(table.cell(3, 1)).text = "Merged 42"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "1200"  # the continuation row must not repeat it
    document.add_paragraph("Forest cover is around 24%.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezip(data: bytes, extra: dict[str, bytes] | None = None, drop: str = "") -> bytes:
    """A copy of a zip with members added or one removed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != drop:
                dst.writestr(info.filename, src.read(info.filename))
        for name, content in (extra or {}).items():
            dst.writestr(name, content)
    return out.getvalue()


def refused(name: str, data: bytes) -> str:
    """The message of the DocumentError raised for ``data``; every message is one line."""
    with pytest.raises(DocumentError) as caught:
        read_document(Path(name), data)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


# --- text and encodings --------------------------------------------------------------------------------------


def test_utf8_text_keeps_offsets_and_metadata():
    data = b"Solar power\r\nreached 253 GW in 2020.\rDone\n"
    doc = read_document(Path("seeds/report.txt"), data)
    assert doc.text == "Solar power\nreached 253 GW in 2020.\nDone\n"
    start = doc.text.index("253 GW")
    assert doc.text[start : start + 6] == "253 GW"
    assert (doc.doc, doc.file, doc.format, doc.encoding, doc.bytes) == (
        "report",
        "report.txt",
        "txt",
        "utf-8",
        len(data),
    )
    assert doc.page_starts == [] and doc.page_at(start) is None
    assert len(doc.sha256) == 64


def test_markdown_is_plain_text():
    doc = read_document(Path("notes.md"), b"# Targets\n\n| Year | GW |\n|---|---|\n| 2030 | 1200 |\n")
    assert doc.format == "md" and doc.text.startswith("# Targets\n\n| Year")


SAMPLE = "Non-fossil share reached 15.9% in 2020 – café €5"
CHINESE = "到2030年，非化石能源占一次能源消费比重将达到25%左右，风电、太阳能发电总装机容量将达到12亿千瓦以上。"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE, "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), SAMPLE, "utf-8-sig"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), SAMPLE, "utf-16-le"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), SAMPLE, "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), SAMPLE, "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), SAMPLE, "utf-16-be"),
        (CHINESE.encode("gb18030"), CHINESE, "gb18030"),
        (CHINESE.encode("gbk"), CHINESE, "gb18030"),
        (b"\xff\xfe" + CHINESE.encode("utf-16-le"), CHINESE, "utf-16-le"),
        (SAMPLE.encode("cp1252"), SAMPLE, "cp1252"),
        ("Müller für Österreich".encode("cp1252"), "Müller für Österreich", "cp1252"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "gb18030",
        "gbk",
        "utf16-cjk",
        "1252",
        "1252-pairs",
    ],
)
def test_encodings(data, text, encoding):
    doc = read_document(Path("a.txt"), data)
    assert (doc.text, doc.encoding) == (text, encoding)


def test_utf16_newlines_are_normalised_after_decoding():
    doc = read_document(Path("a.txt"), "\ufeffline one\r\nline two\r\n".encode("utf-16-le"))
    assert doc.text == "line one\nline two\n"


def test_other_legacy_encodings_fall_back_to_the_detector():
    serbian = "Ђурђевдан је српски празник, Џон и ђак. Производња енергије из обновљивих извора је 30%."
    doc = read_document(Path("a.txt"), serbian.encode("cp1251"))
    assert (doc.text, doc.encoding) == (serbian, "cp1251")


def test_shift_jis_is_not_mistaken_for_gb18030():
    japanese = "日本の再生可能エネルギーは２０３０年までに３６％を目指します。"
    doc = read_document(Path("a.txt"), japanese.encode("shift_jis"))
    assert doc.text == japanese and doc.encoding != "gb18030"


# --- HTML ----------------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Site | Report</title><style>p { color: red }</style>
<script>document.write("<p>injected 99%</p>")</script></head>
<body><header><nav><a href="/">Home</a> <a href="/about">About 2030</a></nav><p>Site banner</p></header>
<article><header><h1>China&nbsp;climate   report</h1></header>
<p>Wind capacity reached <b>300</b> GW<br>by the end of 2020.</p>
<p>Second
   paragraph &amp; more.</p>
<table><caption>Table 1</caption>
<tr><th>Year</th><th>Share</th></tr>
<tr><td>2020</td><td><p>15.9</p>%</td></tr>
<tr><td>Nested<table><tr><td>a</td><td>b</td></tr></table></td><td>x</td></tr>
</table>
<ul><li>one<li>two</ul>
<template><p>template 1</p></template><noscript>enable JS 2</noscript><div hidden>hidden 3</div>
<div aria-hidden="true">icon 4</div><svg><text>chart 5</text></svg>
</article><footer>Copyright 2024</footer></body></html>"""

PAGE_TEXT = (
    "China climate report\n\n"
    "Wind capacity reached 300 GW\nby the end of 2020.\n\n"
    "Second paragraph & more.\n\n"
    "Table 1\n\n"
    "Year\tShare\n2020\t15.9 %\nNested a b\tx\n\n"
    "one\n\ntwo"
)


def test_html_keeps_main_text_as_paragraphs_and_tab_separated_rows():
    doc = read_document(Path("page.html"), PAGE.encode())
    assert doc.text == PAGE_TEXT
    assert (doc.format, doc.encoding, doc.title) == ("html", "utf-8", "China climate report")


def test_html_offsets_point_into_the_returned_text():
    doc = read_document(Path("page.htm"), PAGE.encode())
    start = doc.text.index("15.9")
    assert doc.text[start : start + 4] == "15.9"
    assert doc.text.splitlines()[doc.text[:start].count("\n")] == "2020\t15.9 %"


def test_html_named_txt_is_sniffed():
    doc = read_document(Path("saved.txt"), PAGE.encode("utf-16"))
    assert (doc.format, doc.text) == ("html", PAGE_TEXT)


def test_html_in_gbk_uses_the_chinese_rule():
    html = f"<html><body><p>{CHINESE}</p></body></html>"
    doc = read_document(Path("cn.html"), html.encode("gbk"))
    assert (doc.text, doc.encoding) == (CHINESE, "gb18030")


def test_html_main_element_wins_over_surrounding_chrome():
    html = "<body><div>Cookie banner 1</div><main><h2>Goals</h2><p>Peak by 2030.</p></main><aside>Ad 9</aside></body>"
    assert read_document(Path("p.html"), html.encode()).text == "Goals\n\nPeak by 2030."


def test_html_survives_deep_nesting_and_broken_markup():
    deep = "<div>" * 20_000 + "Deep 7%" + "</span>" * 1000 + "</div>" * 20_000
    assert read_document(Path("deep.html"), deep.encode()).text == "Deep 7%"
    broken = "<p>Open <b>bold <i>both</p><td>stray cell</td><p>after &bogus; &#99999999; end"
    assert read_document(Path("broken.html"), broken.encode()).text.startswith("Open bold both")


def test_html_comments_scripts_and_attributes_are_not_text():
    html = (
        "<html><head><title>T</title><body><!-- <p>Old target 20%</p> --><p title='a > b' data-x=\"hidden\">Kept 1"
        "<script>if (a < b) { s = '</p><p>js 2'; }</script></p><p/>After<![CDATA[ x ]]><?php echo 3 ?>"
        "<style>p::after { content: '4%' }</style><textarea>typed 5</textarea>"
    )
    assert read_document(Path("c.html"), html.encode()).text == "Kept 1\n\nAfter"


def test_html_unclosed_script_drops_the_rest():
    assert read_document(Path("s.html"), b"<p>Visible 6</p><script>var a = '<p>no</p>';").text == "Visible 6"


@pytest.mark.parametrize("chunk", ["<a\n", "<a", "</", "<?", "<!", "<![", "<a b='", "<!--", "<p>", "<b><i>", "<td>"])
def test_html_reader_is_linear_on_malformed_markup(chunk):
    """Python 3.11's html.parser needs about 40 s of CPU for this with "<a\\n" (CVE-2025-6069); CPU time, not wall
    time, so a busy machine does not fail the test."""
    started = time.process_time()
    html_to_text(chunk * 20_000 + "<p>tail 8</p>")
    assert time.process_time() - started < 2


def test_sniffing_for_html_does_not_backtrack():
    started = time.process_time()
    assert read_document(Path("c.txt"), b"<!--a-->" * 250 + b"x").format == "txt"
    assert time.process_time() - started < 1


def test_html_without_visible_text_is_refused():
    html = b"<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>"
    assert "no visible text" in refused("empty.html", html)


# --- PDF -----------------------------------------------------------------------------------------------------

PDF_PAGES = [["Annual report 2021"], ["Wind capacity reached 328 GW.", "Solar (PV) reached 306 GW."], ["End"]]


def test_pdf_helper_writes_a_pdf_that_pypdf_reads():
    reader = pypdf.PdfReader(io.BytesIO(make_pdf(PDF_PAGES)), strict=True)
    assert [page.extract_text() for page in reader.pages][
        1
    ] == "Wind capacity reached 328 GW.\nSolar (PV) reached 306 GW."


def test_pdf_pages_are_separated_and_their_starts_recorded():
    doc = read_document(Path("r.pdf"), make_pdf(PDF_PAGES))
    assert doc.text == ("Annual report 2021\n\nWind capacity reached 328 GW.\nSolar (PV) reached 306 GW.\n\nEnd")
    assert doc.page_starts == [0, 20, 78]
    for start, lines in zip(doc.page_starts, PDF_PAGES, strict=True):
        assert doc.text[start:].startswith(lines[0])
    assert (doc.format, doc.encoding) == ("pdf", "")
    assert doc.page_at(doc.text.index("306 GW")) == 2
    assert doc.page_at(doc.text.index("End")) == 3


def test_pdf_named_txt_is_read_as_pdf():
    doc = read_document(Path("mislabelled.txt"), make_pdf(PDF_PAGES))
    assert doc.format == "pdf" and len(doc.page_starts) == 3


def test_pdf_pages_without_text_keep_their_place():
    doc = read_document(Path("r.pdf"), make_pdf([["One"], [], ["Three"]]))
    assert doc.text == "One\n\n\n\nThree" and doc.page_at(doc.text.index("Three")) == 3


def test_pdf_with_empty_user_password_is_decrypted():
    doc = read_document(Path("r.pdf"), encrypt_pdf(make_pdf(PDF_PAGES), user_password=""))
    assert "328 GW" in doc.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (make_pdf([[], []]), "no text layer (scanned PDF?)"),
        (encrypt_pdf(make_pdf(PDF_PAGES), user_password="secret"), "encrypted PDF (a password is required)"),
        (b"%PDF-1.7\n" + b"\x8f junk \x00" * 50, "corrupt PDF ("),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", "PDF"),
        (b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "not a PDF: no %PDF- header (it is an HTML"),
        (b"plain words", "not a PDF: no %PDF- header"),
    ],
    ids=["scanned", "encrypted", "corrupt", "no-pages", "html-download", "text"],
)
def test_bad_pdfs_are_refused(data, message):
    assert message in refused("r.pdf", data)


def test_pdf_needing_cryptography_is_explained(monkeypatch):
    def needs_aes(self, password):
        raise pypdf.errors.DependencyError("cryptography is required for AES algorithm")

    monkeypatch.setattr(pypdf.PdfReader, "decrypt", needs_aes)
    data = encrypt_pdf(make_pdf(PDF_PAGES), user_password="")
    assert "needs the 'cryptography' package" in refused("r.pdf", data)


def test_pdf_page_limit(monkeypatch):
    monkeypatch.setattr(read, "MAX_PDF_PAGES", 2)
    assert refused("r.pdf", make_pdf(PDF_PAGES)) == "PDF has 3 pages; the limit is 2"


def test_pdf_text_limit_stops_extraction(monkeypatch):
    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 30)
    assert refused("r.pdf", make_pdf(PDF_PAGES)) == "PDF text passes 30 characters at page 2; stopped there"


@functools.cache
def pdf_bomb(expanded_mb: int = 80) -> bytes:
    """A ~80 KB PDF whose one page's Flate content stream inflates to ``expanded_mb`` MB (past pypdf's 75 MB)."""
    deflate = zlib.compressobj(9)
    body = deflate.compress(b"BT /F1 12 Tf 72 720 Td (Wind capacity will reach 50 GW by 2030.) Tj ET\n")
    body += b"".join(deflate.compress(b" " * 2**20) for _ in range(expanded_mb)) + deflate.flush()
    data = make_pdf([["placeholder"]])
    start = data.index(b"5 0 obj\n")
    stream = b"5 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream\nendobj\n" % (len(body), body)
    out = data[:start] + stream
    xref = len(out)
    offsets = [int(m) for m in re.findall(rb"(\d{10}) 00000 n", data)]
    offsets = offsets[:4] + [start]
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdf_decompression_bomb_is_refused():
    """pypdf stops inflating at its limit (75 MB); the document is refused as a bomb, not read as "no text"."""
    bomb = pdf_bomb()
    assert len(bomb) < 2**20
    assert refused("bomb.pdf", bomb) == "PDF page 1 expands past pypdf's decompression limit (bomb?)"


# --- DOCX ----------------------------------------------------------------------------------------------------

DOCX_TEXT = (
    "Energy targets\n\n"
    "Wind capacity reached 300 GW in 2020.\n\n"
    "Indicator\t2020\t2030\nSolar GW\t253\t1200\nShare %\t15.9\t\nMerged 42\t\n\n"
    "Forest cover is around 24%."
)


def test_docx_paragraphs_and_tables_in_document_order():
    doc = read_document(Path("plan.docx"), make_docx())
    assert doc.text == DOCX_TEXT
    assert (doc.format, doc.encoding, doc.page_starts) == ("docx", "", [])
    assert doc.text.count("1200") == 1 and doc.text.count("Merged 42") == 1


def test_docx_keeps_tracked_insertions_and_drops_deletions():
    document = docx.Document()
    paragraph = document.add_paragraph("Coal share fell to ")
    deleted = OxmlElement("w:del", attrs={qn("w:id"): "1", qn("w:author"): "a"})
    deleted.append(OxmlElement("w:r"))
    deleted[0].append(OxmlElement("w:delText"))
    deleted[0][0].text = "60%"
    inserted = OxmlElement("w:ins", attrs={qn("w:id"): "2", qn("w:author"): "a"})
    inserted.append(paragraph.add_run("56.8%")._r)
    paragraph._p.append(deleted)
    paragraph._p.append(inserted)
    paragraph.add_run(" in 2021.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_document(Path("tracked.docx"), buffer.getvalue()).text == "Coal share fell to 56.8% in 2021."


def test_docx_named_txt_is_read_as_docx():
    assert read_document(Path("plan.txt"), make_docx()).text == DOCX_TEXT


def test_docx_zip_bomb_is_refused_before_parsing():
    bomb = rezip(make_docx(), {"word/media/bomb.bin": b"\0" * (20 * 2**20)})
    assert len(bomb) < 2**20
    message = refused("plan.docx", bomb)
    assert "'word/media/bomb.bin' expands" in message and "the limit is 100 (zip bomb?)" in message


def test_docx_declared_size_limit(monkeypatch):
    monkeypatch.setattr(docxtext, "MAX_UNCOMPRESSED_BYTES", 2**20)
    data = rezip(make_docx(), {"word/media/image.bin": bytes(range(256)) * 8192})
    assert "the limit is 1 MB uncompressed (zip bomb?)" in refused("plan.docx", data)


def test_docx_member_count_limit(monkeypatch):
    monkeypatch.setattr(docxtext, "MAX_ZIP_MEMBERS", 5)
    assert "zip members; the limit is 5" in refused("plan.docx", make_docx())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (make_docx()[:3000], "corrupt DOCX (not a valid ZIP archive"),
        (rezip(make_docx(), drop="[Content_Types].xml"), "ZIP archive, not a Word document"),
        (rezip(b"PK\x05\x06" + b"\0" * 18, {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}), "(an Excel"),
        (rezip(make_docx(), drop="word/document.xml"), "corrupt DOCX ("),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy Office file (.doc/.xls)"),
        (b"Just text", "not a DOCX: no ZIP signature"),
    ],
    ids=["truncated", "plain-zip", "xlsx", "no-body", "ole2", "text"],
)
def test_bad_docx_is_refused(data, message):
    assert message in refused("plan.docx", data)


def test_docx_without_text_is_refused():
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    assert refused("blank.docx", buffer.getvalue()) == "no text in the Word document"


# --- bad input of any kind -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n ", "empty file (whitespace only)"),
        (b"\xef\xbb\xbf \n", "empty file (whitespace only)"),
        (b"GIF89a\x01\x00\x01\x00\x00\xff", "binary content, not text (NUL byte at offset 7)"),
        (bytes(range(1, 32)) * 20 + b"some text", "binary content, not text ("),
        (bytes(range(0x80, 0x100)) * 3, "undecodable text"),
        (b"\xef\xbb\xbfok \xff\xfe", "undecodable text: starts with a UTF-8 byte-order mark but byte 6 is not valid"),
        (b"\xff\xfe" + "odd".encode("utf-16-le") + b"\x00", "UTF-16-LE byte-order mark but byte 8"),
    ],
    ids=["empty", "whitespace", "bom-only", "nul", "controls", "undecodable", "bad-utf8-bom", "bad-utf16-bom"],
)
def test_bad_text_is_refused(data, message):
    assert message in refused("a.txt", data)


def test_file_size_limit_is_stated(monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 2**20)
    monkeypatch.setattr(read, "MAX_MB", 1)
    assert refused("big.txt", b"a" * (2**20 + 1)) == "file too large: 1.0 MB; the limit is 1 MB"


def test_text_limit_applies_to_every_format(monkeypatch):
    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 10)
    assert refused("a.md", b"more than ten characters") == "text too long: 24 characters; the limit is 10"


def test_limits_are_exposed_for_the_dashboard():
    assert read.MAX_BYTES == read.MAX_MB * 2**20 == 200 * 2**20
    assert (read.MAX_PDF_PAGES, read.MAX_TEXT_CHARS, docxtext.MAX_ZIP_RATIO) == (2000, 50_000_000, 100)


def test_list_documents_sorted_supported_and_visible(tmp_path):
    for name in ["b.pdf", "a.txt", "C.HTML", "d.docx", "e.md", "f.htm", ".hidden.txt", "~$d.docx", "g.csv", "h.doc"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "folder.txt").mkdir()
    assert [p.name for p in list_documents(tmp_path)] == ["C.HTML", "a.txt", "b.pdf", "d.docx", "e.md", "f.htm"]


# --- property tests: arbitrary and mutated bytes only ever give a Document or a DocumentError ----------------

VALID = {".pdf": make_pdf(PDF_PAGES), ".docx": make_docx(), ".html": PAGE.encode(), ".txt": SAMPLE.encode("utf-16")}
MAGIC = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html>", b"\xd0\xcf\x11\xe0"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_or_refuse(suffix: str, data: bytes) -> None:
    try:
        doc = read_document(Path("fuzz" + suffix), data)
    except DocumentError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert doc.text.strip() and all(0 <= s <= len(doc.text) for s in doc.page_starts)


@FUZZ
@given(suffix=st.sampled_from(SUPPORTED_SUFFIXES), magic=st.sampled_from(MAGIC), body=st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_document_or_a_document_error(suffix, magic, body):
    _read_or_refuse(suffix, magic + body)


@FUZZ
@given(
    kind=st.sampled_from(sorted(VALID)),
    cut=st.integers(min_value=0, max_value=10**6),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8),
)
def test_damaged_valid_files_give_a_document_or_a_document_error(kind, cut, flips):
    data = bytearray(VALID[kind])
    for position, value in flips:
        data[position % len(data)] = value
    _read_or_refuse(kind, bytes(data[: max(1, cut % (len(data) + 1))]))


@FUZZ
@given(html=st.text(alphabet=st.sampled_from(list("<>/=\"'!?[]-&;# \n\tabpdivtrhcsk1%")), max_size=400))
def test_arbitrary_markup_never_breaks_the_html_reader(html):
    _read_or_refuse(".html", html.encode())


def test_html_character_references_are_decoded_once() -> None:
    """The parser decodes references; decoding its text again would turn a written "&lt;" into "<"."""
    page = b"<p>Coal &amp;lt; 50% &eacute;t&#233; &#x41;</p>"
    assert read_document(Path("e.html"), page).text == "Coal &lt; 50% été A"


@pytest.mark.parametrize(
    ("page", "text"),
    [
        (
            "<header>Menu A</header><section><header>Part 1</header><p>Solar 5 GW<br>Wind 3 GW</p></section>"
            "<footer>(c) 2024</footer>",
            "Part 1\n\nSolar 5 GW\nWind 3 GW",
        ),
        (
            "<table><tr><td>Sector<br>name</td><th>2030</th></tr><tr><td><table><tr><td>inner 1</td><td>inner 2</td>"
            "</tr></table></td><td>40%<hr>45%</td></tr></table>stray <td>cell outside</td> end",
            "Sector name\t2030\ninner 1 inner 2\t40% 45%\n\nstray cell outside end",
        ),
        (
            "<div>Before</div><main><h2>Goals</h2><table><tr><td>a</td><td></td></tr><tr><td></td></tr></table>"
            "<p>Peak\x01by\x0b2030.</p></main><p>After</p>",
            "Goals\n\na\t\n\nPeak by 2030.",
        ),
        (
            "<ul><li>One <b>bold</b> item</li><li>Two&#1;items</li></ul><article><footer>Signed</footer></article>"
            "<p>x<td>y</td>z</p>",
            "One bold item\n\nTwo items\n\nSigned\n\nxyz",
        ),
    ],
    ids=["chrome-and-sections", "nested-tables-and-breaks", "main-and-controls", "lists-and-stray-cells"],
)
def test_html_walk_gives_what_the_tag_event_collector_gave(page: str, text: str) -> None:
    """Expected texts are what the reader gave before its walk was made event-light (Counter-based collector)."""
    assert html_to_text(page) == text


# --- segmenting ----------------------------------------------------------------------------------------------

#: The sentence-end pattern before it was made to start with its punctuation: matches start after it.
_SENTENCE_END_BEFORE = re.compile(
    r"(?<=[.!?;。；！？])"
    r"(?:(?<=[.!?;])[\"'”’)\]}]?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s+(?=[\"“‘(\[A-Z0-9▶■●•])"
    r"|(?<=[。；！？])[”’」』）]?\s*)"
)
SENTENCES = (
    'Emissions fell 12% (vs. 2010). By 2030, e.g. Mr. Li said: "Go!" Then 169. 05 Mt; next? 到2030年。非化石能源'
    "占比25%！ 好」 A. B. Smith wrote.² Yes [3] ok.\tStop!Start. 。。X; “Quoted” end?"
)


def test_sentence_ends_are_where_the_lookbehind_pattern_put_them() -> None:
    ends = [(m.start() + 1, m.end()) for m in segment._SENTENCE_END_RE.finditer(SENTENCES)]
    assert ends == [(m.start(), m.end()) for m in _SENTENCE_END_BEFORE.finditer(SENTENCES)]
    for start in range(0, len(SENTENCES), 5):
        for end in range(start, len(SENTENCES) + 1, 3):
            ends = [(m.start(), m.end()) for m in _SENTENCE_END_BEFORE.finditer(SENTENCES, start, end)]
            got = segment._SENTENCE_END_RE.finditer(SENTENCES, max(start - 1, 0), end)
            assert [(m.start() + 1, m.end()) for m in got] == ends
    assert [s.text for s in segment.split_sentences(SENTENCES, 0, SENTENCES.index("！") + 1)] == [
        "Emissions fell 12% (vs. 2010).",
        'By 2030, e.g. Mr. Li said: "Go!',
        "Then 169. 05 Mt; next? 到2030年。",
        "非化石能源占比25%！",
    ]


@pytest.mark.parametrize(
    "line",
    ["  ² Source x", "- [21] ref", "Notes: a", "Data  source: b", "Plan [EB/OL] 2020", "Plan [x]", "Normal line",
     "^a By 2025", "ᵇ foo", "Sources : x", "\u3000Note: wide space", "Nota bene", "", "   ", "Sourcing: no"],
)  # fmt: skip
def test_note_lines_are_what_the_note_pattern_matches(line: str) -> None:
    assert segment._is_note(line) == bool(segment.NOTE_LINE_RE.match(line))


@pytest.mark.parametrize("line", ["Key targets", "Targets are set", "A long title " * 8, "Goals.", "  ", "Target:"])
def test_headings_are_short_verbless_lines(line: str) -> None:
    words = line.strip().split()
    expected = 0 < len(words) <= 14 and not line.strip().endswith((".", ",", ";", ":", "。"))
    assert segment._is_heading(line) == (expected and not segment._HEADING_VERB_RE.search(line.strip()))


def test_wordprocessingml_names_are_what_python_docx_calls_them() -> None:
    """docxtext.py spells them out so that reading text or HTML never imports python-docx."""
    assert [
        docxtext._W_P,
        docxtext._W_TBL,
        docxtext._W_TR,
        docxtext._W_TC,
        docxtext._W_SDT,
        docxtext._W_SDT_CONTENT,
    ] == [qn(f"w:{n}") for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent")]


@pytest.mark.parametrize(
    "text",
    ["", " ", "Solar 5 GW", " Solar  5 GW ", "Solar\t5\nGW", "a\xa0b\u3000c\u2028d\x85e", "a\x1cb\x0bc\x0cd",
     "a\x01b\x7fc", "a\x00b", "  \x02  ", "été 2030 — 50 %", "x\u200by", "中国  2030"],
)  # fmt: skip
def test_collapse_fast_path_agrees_with_the_regex_and_split(text: str) -> None:
    assert htmltext._collapse(text) == " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text).split())


@pytest.mark.parametrize(
    "text",
    ["", "plain\n\ttab", "a\x00b\x08c\x0bd\x0ce\x0ef\x1fg\x7fh", "\x80\x85\x9f\xa0é", "中文\x01\u0085\ud800x"],
)
def test_controls_are_counted_as_the_control_pattern_finds_them(text: str) -> None:
    assert read._count_controls(text) == len(read._CONTROL.findall(text))


def test_html_whitespace_text_before_a_blocks_text_is_not_read_and_changes_nothing():
    """Whitespace-only text nodes are skipped while their block holds no text yet: _collapse would strip them."""
    page = (
        "<html><body>\n  <p>\n  <b>One</b> <i>two</i>\n</p>\n<div> \t<br>\n three<br> </div>\n<h2>\f</h2>"
        "<table>\n <tr>\n  <td>\n </td>\n  <td> <span>a</span>\n <span>b</span> </td>\n </tr>\n</table>\n"
        "<ul>\n <li> x <p> </p> y<br> <br>\n</li>\n</ul>\n</body></html>"
    )

    def walked(read_blank: bool) -> str:
        out = htmltext._HtmlText(read_blank)
        out.walk(htmltext.LexborHTMLParser(page).root)
        return out.text()

    assert html_to_text(page) == walked(False) == walked(True) == "One two\n\nthree\n\n\ta b\n\nx\n\ny"


_PIECES = "<p> </p> <td> </td> <tr> <table> </table> <br> <b> </b> <li> <div> </div> <main> <header> </header>".split()
_PIECES += ["<th>", "<h2>"]
_PIECES += [" ", "\n", "\t", "\f", "  \n ", "a", "b c", "\x00", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_html_skipping_blank_text_agrees_with_reading_it(pieces: list[str]) -> None:
    page = "<html><body>" + "".join(pieces) + "</body></html>"
    texts = []
    for read_blank in (False, True):
        out = htmltext._HtmlText(read_blank)
        out.walk(htmltext.LexborHTMLParser(page).root)
        texts.append(out.text())
    assert texts[0] == texts[1]


def test_html_block_edges_end_blocks_and_are_spaces_in_cells_and_nothing_in_chrome():
    """p, li, div, h2 take the walk's short way (block_edge): what the start/end handlers did with them."""
    page = (
        "<html><body><header><p>Menu</p><div>Home</div></header><h2>Title</h2><p>One<p>Two</p>"
        "<table><tr><td><p>a</p><div>b</div>c</td><td><ul><li>x<li>y</ul></td></tr></table>"
        "<div><p></p><li></li>z</div><footer><p>Legal</p></footer></body></html>"
    )
    assert html_to_text(page) == "Title\n\nOne\n\nTwo\n\na b c\tx y\n\nz"


def test_cyrillic_twins_of_latin_letters_in_a_unit_are_read_as_latin_and_cyrillic_words_kept() -> None:
    # "СО2" with a Cyrillic Es and O, "CН4" with a Cyrillic En: no unit matched them; the Russian words stay
    text = "Emissions fell to 31.2 Mt СО2-eq. in 2019, and CН4 to 0.4 Mt (в 2019 году, «Выбросы»)."
    doc = read_document(Path("plan.txt"), text.encode())
    assert doc.text == "Emissions fell to 31.2 Mt CO2-eq. in 2019, and CH4 to 0.4 Mt (в 2019 году, «Выбросы»)."
    found = [(r["value"], r["unit"], r["year"]) for r in rows(doc.text)]
    assert found[0] == ("31.2", "Mt CO2e", "2019")


def test_unicode_hyphens_between_years_are_read_as_a_period():
    """A word processor's hyphen (U+2010) between two years is the period's dash, one character for one: the
    sentence after, "over the same period", keeps the period's end year, and offsets stay those of the file."""
    text = (
        "Over 2004\u20102016, waste emissions rose by 80% from 0.5 MtCO2e in 2004 to 0.9 MtCO2e in 2016. "
        "Over the same period, transport emissions rose by 120% from 1.1 MtCO2e to 2.4 MtCO2e."
    )
    doc = read_document(Path("plan.txt"), text.encode())
    assert doc.text == text.replace("\u2010", "-")
    found = {(r["value_raw"], r["year"]) for r in rows(doc.text)}
    assert ("80%", "2016") in found
    assert ("120%", "2016") in found


def test_a_table_framed_by_a_layout_table_is_read_row_by_row() -> None:
    # a word processor's frame: an outer table whose one cell holds the data table (and an empty cell beside it);
    # a table nested beside other content stays flattened into its cell
    inner = (
        "<table><thead><tr><th>Scenario</th><th>2025</th><th>2030</th></tr></thead><tbody>"
        "<tr><td>Plan</td><td>812</td><td>776</td></tr><tr><td>Plan+</td><td>650</td><td>598</td></tr>"
        "</tbody></table>"
    )
    framed = f"<p>Table 2: Emissions (Gg CO2e)</p><table><tr><td>{inner}</td><td></td></tr></table><p>After.</p>"
    assert html_to_text(framed).split("\n\n")[1].splitlines() == [
        "Scenario\t2025\t2030",
        "Plan\t812\t776",
        "Plan+\t650\t598",
    ]
    beside = f"<table><tr><td>Notes</td><td>{inner}</td></tr></table>"
    assert html_to_text(beside).count("\n") == 0


def test_a_one_column_layout_table_around_a_section_is_read_as_its_blocks() -> None:
    # a word processor's box: each row one cell holding headings, paragraphs and a data table; the box is layout
    inner = "<table><tr><th>Sector</th><th>2030</th></tr><tr><td>Energy</td><td>41%</td></tr></table>"
    page = (
        f"<table><tr><td><h2>3. Mitigation</h2><p>The plan cuts emissions.</p>{inner}</td></tr>"
        "<tr><td><p>It is reviewed every five years.</p></td><td></td></tr></table>"
    )
    assert html_to_text(page).split("\n\n") == [
        "3. Mitigation",
        "The plan cuts emissions.",
        "Sector\t2030\nEnergy\t41%",
        "It is reviewed every five years.",
    ]
