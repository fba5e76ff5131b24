"""Visible text of an HTML page, through a real parser: paragraphs and headings as blocks, table rows as TSV.

Part of the reader (``read.py``): offsets everywhere refer to the text built here.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import rx

_STRIP_CONTROL = rx.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = rx.compile("  +")

# A real HTML5 parser: lexbor (through selectolax) builds the tree as browsers do, in linear time on malformed markup
# (Python 3.11's html.parser is quadratic there, CVE-2025-6069), and runs no script, fetches nothing and renders
# nothing. Its tree is walked without recursion (pages nest 20,000 deep) and fed to the block collector below.
_RAW_TEXT = frozenset("script style textarea title iframe noembed noframes xmp".split())  # content is not text
_DROP = frozenset("noscript template nav svg math canvas object select button".split())
_BR = "\x00"  # marks <br> among the collected text, whose own newlines are mere whitespace
_CHROME = frozenset({"header", "footer"})
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p pre section summary ul".split()
)


#: Hidden elements, removed with their content before the walk, in the parser's C code.
_HIDDEN = '[hidden], [aria-hidden="true" i]'
#: Elements the walk skips with their content (not text, or not shown): the same as removing them before it, which
#: a CSS query for their tags did at more cost than a set lookup in the walk.
_SKIPPED = _RAW_TEXT | _DROP
#: Elements whose edges matter to the text (paragraph breaks, rows, cells, <main>, page chrome); the walk does not
#: report the others (span, b, a, font, ...), whose text simply flows on.
_STRUCTURE = _BLOCK | _CHROME | _SECTIONING | frozenset({"table", "tr", "td", "th", "br", "hr"})


#: What an element's edges do to the text: nothing, end a block, table edges, a line break.
_OTHER, _BLOCK_EDGE, _TABLE, _ROW, _CELL, _LINE_BREAK = range(6)
_KIND = {
    tag: {"br": _LINE_BREAK, "table": _TABLE, "tr": _ROW, "td": _CELL, "th": _CELL}.get(
        tag, _BLOCK_EDGE if tag in _BLOCK else _OTHER
    )
    for tag in _STRUCTURE
}
#: The walk's kinds: the plain block elements (p, li, div, h1, ...) apart, whose two edges do the same and hold no
#: state (``block_edge``): the most frequent events of a page, taken without the start/end handlers.
_PLAIN_BLOCK = 6
_VOID_STRUCTURE = _VOID & _STRUCTURE  # <br>, <hr>: an edge, nothing held open
_PLAIN = _STRUCTURE - _VOID - _CHROME - _SECTIONING  # never page chrome, never void, no sectioning to count
_WALK_KIND = {tag: _PLAIN_BLOCK if tag in _PLAIN and kind == _BLOCK_EDGE else kind for tag, kind in _KIND.items()}
# The walk reads a node's ``tag_id`` (an int) rather than its ``tag`` (a str decoded for every element): lexbor gives
# every standard HTML tag a fixed id, and all the tags named above are standard; text nodes have their own id.
_IDS_OF = LexborHTMLParser("").create_node
_TEXT_ID = LexborHTMLParser("<p>x</p>").css_first("p").first_child.tag_id  # type: ignore[union-attr]
_SKIPPED_IDS = frozenset(_IDS_OF(tag).tag_id for tag in _SKIPPED)
_WALK_KIND_ID = {_IDS_OF(tag).tag_id: kind for tag, kind in _WALK_KIND.items()}
_TAG_OF_ID = {_IDS_OF(tag).tag_id: tag for tag in _WALK_KIND}  # for the rarer start and end handlers


def html_to_text(page: str, utf8: bytes | None = None) -> str:
    """Visible text of an HTML page: paragraphs and headings as blank-line separated blocks, table rows as TSV.

    Nothing is executed or fetched: scripts, styles and frames are removed with their content. ``utf8`` is
    ``page.encode()`` when the caller holds it (the file's own bytes): the parser reads UTF-8, and encoding the page
    again costs a quarter of parsing it.
    """
    tree = LexborHTMLParser(page if utf8 is None else utf8)
    for node in reversed(tree.css(_HIDDEN)):  # innermost first: a removed element's subtree is gone
        node.decompose()
    if page.count("<table", 0, len(page)) > 1:  # (a nested table needs two: the cheap exact test first)
        _unframe_tables(tree)
    out = _HtmlText()
    if tree.root is not None:
        out.walk(tree.root)
    return out.text()


def _unframe_tables(tree: LexborHTMLParser) -> None:
    """A table that holds another table and has one column (each row one cell with content: a frame around a data
    table, or a layout box around a whole section of the document) is layout, not data: its rows and cells become
    plain blocks, so the tables inside are read row by row and the prose as paragraphs. A nested table beside other
    cells is flattened into its cell (see ``_HtmlText``)."""
    if tree.css_first("table table") is None:
        return  # (the cheap test first: most pages nest no table)
    for table in tree.css("table"):  # outer ones first: a layout box inside a layout box is unwrapped in turn
        if table.css_first("table") is None:
            continue
        own = [n for n in table.traverse() if n.tag in _TABLE_PARTS and _table_of(n) == table.mem_id]
        rows = [n for n in own if n.tag == "tr"]
        if any(sum(1 for c in own if c.tag in ("td", "th") and c.parent is not None and c.parent.mem_id == r.mem_id
                   and c.text().strip()) > 1 for r in rows):  # fmt: skip
            continue
        for node in reversed(own):
            node.insert_before(_BLOCK_MARK)  # (an empty block: the walk ends a paragraph there)
            node.unwrap()
        table.unwrap()


_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"})
_BLOCK_MARK = LexborHTMLParser("<div></div>").css_first("div")


def _table_of(node: LexborNode) -> int | None:
    """The ``mem_id`` of the table a row or cell belongs to."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent.mem_id if parent is not None else None


class _HtmlText:
    """Collect the visible blocks of a parsed page in one walk of its tree: no recursion.

    The walk reports each structural element's start, then its content, then its end, so the element that ends
    is always the innermost one open: a stack of flags (is it page chrome?) and a few counts say what is open.
    """

    def __init__(self, read_blank: bool = False) -> None:
        self.read_blank = read_blank  # read whitespace-only text nodes that _collapse strips anyway (for tests)
        self.parts: list[str] = []  # text of the open block or cell; cleared in place, never replaced
        self.chrome: list[bool] = []  # for each open non-void structural element: is it dropped page chrome?
        self.dropping = 0  # open chrome elements: their content is not text
        self.tables = 0  # open <table> elements (nested ones are flattened into their cell)
        self.sections = 0  # open sectioning elements: a header/footer inside one is content, not chrome
        self.mains = 0  # open <main> elements
        self.cells: list[str] | None = None  # the open table row
        self.in_cell = False
        self.span = 1  # columns the open cell spans: it is followed by span - 1 empty cells
        self.table_id = 0
        self.blocks: list[tuple[str, int, bool]] = []  # (text, table id or 0, inside <main>)

    def walk(self, root: LexborNode) -> None:
        """Depth-first over the tree by sibling and parent links; structural elements get start and end events.

        Comments and doctypes are skipped; text is collected unless inside page chrome. This loop runs for every
        node of the page, so it keeps to local names and integer kinds, and takes the commonest events itself: the
        edges of plain blocks (p, li, div, ...) and of table cells and rows, which hold no page-chrome state.
        """
        parts, kinds, read_blank = self.parts, _WALK_KIND_ID, self.read_blank
        flush, cell, end_row, skipped, text_id = self._flush, self._cell, self._end_row, _SKIPPED_IDS, _TEXT_ID
        node, depth = root, 0
        while True:
            tag = node.tag_id
            child = None
            if tag == text_id:
                # whitespace before any text of a block is stripped by _collapse: most of it (between tags) is not read
                if (
                    not self.dropping
                    and (parts or read_blank or not node.is_empty_text_node)
                    and (text := node.text_content)
                ):
                    parts.append(text.replace(_BR, " "))  # the parser has decoded character references
            elif tag not in skipped:  # comments, doctypes have no child and no kind: nothing to do
                child = node.first_child
                kind = kinds.get(tag)
                if kind is None:
                    pass
                elif kind == _PLAIN_BLOCK:  # block_edge, once for the start and once more if the element is empty
                    if not self.dropping:
                        if self.in_cell:
                            parts.append(" " if child is not None else "  ")
                        elif parts:
                            flush()
                elif kind == _CELL:  # _edge for a cell: nothing outside a table, a space in a nested one
                    if not self.dropping and (tables := self.tables):
                        if tables == 1:
                            cell(True)
                            self.span = _colspan(node)
                            if child is None:
                                cell(False)
                        else:
                            parts.append(" " if child is not None else "  ")
                elif kind == _ROW:
                    if not self.dropping and (tables := self.tables):
                        if tables == 1:
                            end_row()
                            self.cells = []
                            if child is None:
                                end_row()
                        else:
                            parts.append(" " if child is not None else "  ")
                else:
                    name = _TAG_OF_ID[tag]
                    self.start(name, kind)
                    if child is None:
                        self.end(name, kind)
            if child is not None:
                node, depth = child, depth + 1
                continue
            while depth and (following := node.next) is None:
                node, depth = node.parent, depth - 1
                kind = kinds.get(tag := node.tag_id)
                if kind is None:
                    continue
                if kind == _PLAIN_BLOCK:
                    if not self.dropping:
                        if self.in_cell:
                            parts.append(" ")
                        elif parts:
                            flush()
                elif kind == _CELL:
                    if not self.dropping and (tables := self.tables):
                        if tables == 1:
                            cell(False)
                        else:
                            parts.append(" ")
                elif kind == _ROW:
                    if not self.dropping and (tables := self.tables):
                        if tables == 1:
                            end_row()
                        else:
                            parts.append(" ")
                else:
                    self.end(_TAG_OF_ID[tag], kind)
            if not depth:
                return
            node = following

    def block_edge(self) -> None:
        """Either edge of a plain block element: ends the open block, or is a space inside a table cell."""
        if not self.dropping:
            if self.in_cell:
                self.parts.append(" ")
            elif self.parts:
                self._flush()

    def start(self, tag: str, kind: int) -> None:
        if tag in _PLAIN:  # table, tr, td, th (the walk takes p, li, ... to block_edge): the short way
            self.chrome.append(False)
            if kind == _TABLE:
                self.tables += 1
            if not self.dropping:
                self._edge(kind, opening=True)
            return
        if tag in _VOID_STRUCTURE:
            if not self.dropping:
                self._edge(kind, opening=True)
            return
        # a header/footer is page chrome unless it belongs to a sectioning element (HTML-AAM banner rule)
        chrome = tag in _CHROME and not self.sections
        self.chrome.append(chrome)
        if kind == _TABLE:
            self.tables += 1
        elif tag in _SECTIONING:
            self.sections += 1
            self.mains += tag == "main"
        if chrome:
            self.dropping += 1
        elif not self.dropping:
            self._edge(kind, opening=True)

    def end(self, tag: str, kind: int) -> None:
        """Close ``tag``, the innermost open element (a void element holds nothing open)."""
        if tag in _PLAIN:
            if not self.dropping:
                self._edge(kind, opening=False)
            self.chrome.pop()
            if kind == _TABLE:
                self.tables -= 1
            return
        if tag in _VOID_STRUCTURE:
            return
        if not self.dropping:
            self._edge(kind, opening=False)
        if self.chrome.pop():
            self.dropping -= 1
        if kind == _TABLE:
            self.tables -= 1
        elif tag in _SECTIONING:
            self.sections -= 1
            self.mains -= tag == "main"

    def text(self) -> str:
        self._end_row()
        self._flush()
        blocks = self.blocks
        if any(in_main for _, _, in_main in blocks):
            blocks = [b for b in blocks if b[2]]
        return _join_blocks([(text, table) for text, table, _ in blocks])

    def _edge(self, kind: int, opening: bool) -> None:
        """Turn element edges into paragraph breaks, table rows and cells; inline elements change nothing."""
        if kind == _BLOCK_EDGE:
            if self.in_cell:
                self.parts.append(" ")
            else:
                self._flush()
        elif kind == _LINE_BREAK:
            self.parts.append(_BR)
        elif kind == _OTHER or not self.tables:  # a row or cell outside any table is no edge
            return
        elif self.tables > 1:
            self.parts.append(" ")  # nested tables are flattened into their cell
        elif kind == _TABLE:
            self._end_row()
            self._flush()
            self.table_id += opening
        elif kind == _ROW:
            self._end_row()
            if opening:
                self.cells = []
        else:
            self._cell(opening)

    def _cell(self, opening: bool) -> None:
        if self.in_cell and self.cells is not None:
            self.cells.append(_collapse("".join(self.parts)))
            if self.span > 1:  # a cell over several columns keeps the cells after it in their columns
                self.cells.extend([""] * (self.span - 1))
            self.parts.clear()
        self.in_cell = False
        self.span = 1
        if opening:
            self._flush()  # stray text between cells is moved out of the row, as browsers do
            self.in_cell = True
            if self.cells is None:
                self.cells = []

    def _end_row(self) -> None:
        if self.cells is None:
            return
        self._cell(opening=False)
        if any(self.cells):
            self.blocks.append(("\t".join(self.cells), self.table_id, self.mains > 0))
        self.cells = None
        self.parts.clear()

    def _flush(self) -> None:
        if not self.parts:
            return
        text = "".join(self.parts)
        if _BR in text:
            lines = (_collapse(line) for line in text.split(_BR))
            text = "\n".join(line for line in lines if line)
        else:
            text = _collapse(text)
        if text:
            self.blocks.append((text, 0, self.mains > 0))
        self.parts.clear()


MAX_COLSPAN = 1000  # what browsers clamp a colspan to (HTML's table model)


def _colspan(cell: LexborNode) -> int:
    """The columns a <td>/<th> spans: its colspan when that is a positive number, else 1."""
    value = cell.attrs.get("colspan")
    if not value:
        return 1
    digits = value.strip()
    if not (digits.isascii() and digits.isdecimal()):  # ("²".isdigit() holds, and int() refuses it)
        return 1
    return min(int(digits), MAX_COLSPAN) or 1


def _collapse(text: str) -> str:
    """Control characters and runs of whitespace become one space; no space at either end.

    Printable characters hold no control character and no whitespace but " " (every other character ``str.split``
    splits on is unprintable). So printable text needs no regex, and much of a page's text is already collapsed
    and is returned as it is. Otherwise, when the split text is printable, the text held no control character but
    whitespace ones (vertical tab, form feed, separators), which split on as the spaces they would become. Text
    whose only unprintable character is a line break is printable with spaces for them: only its runs of spaces
    need collapsing.
    """
    if text.isprintable():
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    # most of the rest is a line of text after (or before) the page's line breaks: stripped, it is collapsed already
    stripped = text.strip()
    if "  " not in stripped and stripped.isprintable():
        return stripped
    spaced = text.replace("\n", " ")  # a page's line breaks, most of its unprintable characters
    if spaced.isprintable():  # then its only whitespace is " ": its runs replaced, not split into every word
        return _SPACES.sub(" ", spaced).strip(" ")
    collapsed = " ".join(text.split())
    if collapsed.isprintable():
        return collapsed
    return " ".join(_STRIP_CONTROL.sub(" ", text).split())


def _join_blocks(blocks: list[tuple[str, int]]) -> str:
    """Blocks are separated by a blank line, except consecutive rows of one table (table id > 0), by a newline."""
    out: list[str] = []
    previous = 0
    for text, table in blocks:
        if out:
            out.append("\n" if table and table == previous else "\n\n")
        out.append(text)
        previous = table
    return "".join(out)
