"""Visible text of an HTML page, through a real parser: paragraphs and headings as blocks, table rows as TSV.

Part of the reader (``read.py``): offsets everywhere refer to the text built here.
"""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

_STRIP_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# A real HTML5 parser: lexbor (through selectolax) builds the tree as browsers do, in linear time on malformed markup
# (Python 3.11's html.parser is quadratic there, CVE-2025-6069), and runs no script, fetches nothing and renders
# nothing. Its tree is walked without recursion (pages nest 20,000 deep) and fed to the block collector below.
_RAW_TEXT = frozenset("script style textarea title iframe noembed noframes xmp".split())  # content is not text
_DROP = frozenset("noscript template nav svg math canvas object select button".split())
_BR = "\x00"  # marks <br> among the collected text, whose own newlines are mere whitespace
_CHROME = frozenset({"header", "footer"})
_SECTIONING = ("article", "aside", "main", "nav", "section")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p pre section summary ul".split()
)


#: Elements removed with their content before the walk, in the parser's C code: not text, not shown, or hidden.
_REMOVED = ", ".join(sorted(_RAW_TEXT | _DROP)) + ', [hidden], [aria-hidden="true" i]'
#: Elements whose edges matter to the text (paragraph breaks, rows, cells, <main>, page chrome); the walk does not
#: report the others (span, b, a, font, ...), whose text simply flows on.
_STRUCTURE = _BLOCK | _CHROME | frozenset(_SECTIONING) | frozenset({"table", "tr", "td", "th", "br", "hr"})


def html_to_text(page: str) -> str:
    """Visible text of an HTML page: paragraphs and headings as blank-line separated blocks, table rows as TSV.

    Nothing is executed or fetched: scripts, styles and frames are removed with their content.
    """
    tree = LexborHTMLParser(page)
    for node in reversed(tree.css(_REMOVED)):  # innermost first: a removed element's subtree is gone
        node.decompose()
    out = _HtmlText()
    if tree.root is not None:
        _walk(tree.root, out)
    return out.text()


def _walk(root: LexborNode, out: _HtmlText) -> None:
    """Depth-first over the tree by sibling and parent links, with an end event for every structural element."""
    node, depth = root, 0
    while True:
        tag = node.tag
        child = None
        if tag == "-text":
            out.data(node.text_content or "")
        elif tag and tag[0] != "-":  # comments, doctype: "-comment", "-doctype"
            child = node.first_child
            if tag in _STRUCTURE:
                out.start(tag)
                if child is None:
                    out.end(tag)
        if child is not None:
            node, depth = child, depth + 1
            continue
        while depth and node.next is None:
            node, depth = node.parent, depth - 1
            if node.tag in _STRUCTURE:
                out.end(node.tag)
        if not depth:
            return
        node = node.next


class _HtmlText:
    """Collect visible blocks of an HTML page from tag events: no tree, no recursion.

    An element stack (with tag counts, so unmatched end tags cost O(1)) tells what is open: dropped elements,
    page chrome, the outermost table and ``<main>``.
    """

    def __init__(self) -> None:
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped by itself)
        self.open: Counter[str] = Counter()
        self.dropping = 0
        self.parts: list[str] = []
        self.cells: list[str] | None = None  # the open table row
        self.in_cell = False
        self.table_id = 0
        self.blocks: list[tuple[str, int, bool]] = []  # (text, table id or 0, inside <main>)

    def start(self, tag: str) -> None:
        if tag in _VOID:
            if not self.dropping:
                self._boundary(tag, opening=True)
            return
        dropped = self._is_chrome(tag)
        self.stack.append((tag, dropped))
        self.open[tag] += 1
        self.dropping += dropped
        if not self.dropping:
            self._boundary(tag, opening=True)

    def end(self, tag: str) -> None:
        """Close ``tag`` and whatever was left open inside it; an end tag nothing matches is ignored."""
        if not self.open[tag]:
            return
        while self.stack:
            name, dropped = self.stack[-1]
            if not self.dropping:
                self._boundary(name, opening=False)
            self.stack.pop()
            self.open[name] -= 1
            self.dropping -= dropped
            if name == tag:
                return

    def data(self, text: str) -> None:
        if text and not self.dropping:
            self.parts.append(text.replace(_BR, " "))  # the parser has decoded character references

    def text(self) -> str:
        self._end_row()
        self._flush()
        blocks = self.blocks
        if any(in_main for _, _, in_main in blocks):
            blocks = [b for b in blocks if b[2]]
        return _join_blocks([(text, table) for text, table, _ in blocks])

    def _is_chrome(self, tag: str) -> bool:
        """A header/footer is page chrome unless it belongs to a sectioning element (HTML-AAM banner rule)."""
        return tag in _CHROME and not any(self.open[s] for s in _SECTIONING)

    def _boundary(self, tag: str, opening: bool) -> None:
        """Turn element edges into paragraph breaks, table rows and cells; inline elements change nothing."""
        depth = self.open["table"]
        if tag == "br":
            self.parts.append(_BR)
        elif depth > 1 and tag in ("table", "tr", "td", "th"):
            self.parts.append(" ")  # nested tables are flattened into their cell
        elif tag == "table":
            self._end_row()
            self._flush()
            self.table_id += opening
        elif tag == "tr" and depth:
            self._end_row()
            if opening:
                self.cells = []
        elif tag in ("td", "th") and depth:
            self._cell(opening)
        elif tag in _BLOCK:
            if self.in_cell:
                self.parts.append(" ")
            else:
                self._flush()

    def _cell(self, opening: bool) -> None:
        if self.in_cell:
            self.cells.append(_collapse("".join(self.parts)))
            self.parts, self.in_cell = [], False
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
            self.blocks.append(("\t".join(self.cells), self.table_id, self.open["main"] > 0))
        self.cells, self.parts = None, []

    def _flush(self) -> None:
        if not self.parts:
            return
        lines = (_collapse(line) for line in "".join(self.parts).split(_BR))
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append((text, 0, self.open["main"] > 0))
        self.parts = []


def _collapse(text: str) -> str:
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
