"""Which HTML parser and which language detector: speed and quality on a folder of real pages (a script, not a test).

    .venv/bin/python bench/reader_bench.py [--corpus ../shared/ndc-corpus/html] [--baseline /tmp/baseline]

HTML: today's hand-written tokenizer (from ``--baseline``, a checkout of the old code), lxml and selectolax (lexbor)
feeding the same block collector, and trafilatura's main text when it is installed (a well-known main-text
extractor, used as the reference for "main text"). Languages: pycld2 (as the extractor uses it), py3langid and
lingua (when installed) against the language in each file name (``ISO3-version-LANG``). Prints seconds, MB/s and
agreement; nothing is written. The comparison libraries are not requirements:
``pip install lxml trafilatura lxml_html_clean py3langid lingua-language-detector`` in a separate venv.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import htmltext, read  # noqa: E402
from extract.language import detect  # noqa: E402

_WORD = re.compile(r"\w+")
FILE_LANGS = ("EN", "FR", "ES", "AR", "RU")  # "EN_TR", "EN-TR": a translation into English


def load_old_reader(baseline: Path):
    """The old ``html_to_text`` from a checkout of the old code, loaded under another module name."""
    spec = importlib.util.spec_from_file_location(
        "old_read", baseline / "extract" / "read.py", submodule_search_locations=[]
    )
    src = (baseline / "extract" / "read.py").read_text()
    module = type(sys)("old_read")
    module.__dict__["__name__"] = "old_read"
    src = src.replace("from .model import Document", "Document = None")
    exec(compile(src, str(spec.origin), "exec"), module.__dict__)
    return module.html_to_text


def lxml_to_text(page: str) -> str:
    """The same block collector fed by lxml's (libxml2's) HTML parser, dropping what read.py drops."""
    from lxml import etree

    out = htmltext._HtmlText()
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    root = etree.fromstring(page, parser) if page.strip() else None
    if root is None:
        return ""
    removed = htmltext._RAW_TEXT | htmltext._DROP
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            hidden = "hidden" in el.attrib or (el.get("aria-hidden") or "").lower() == "true"
            if tag in removed or hidden:
                walker.skip_subtree()
                continue
            if tag in htmltext._STRUCTURE:
                out.start(tag)
            out.data(el.text or "")
        else:
            if tag in htmltext._STRUCTURE:
                out.end(tag)
            out.data(el.tail or "")
    return out.text()


def tokens(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def overlap(ours: Counter, ref: Counter) -> tuple[float, float]:
    """(recall of ref's words in ours, precision of ours against ref), as multisets."""
    common = sum((ours & ref).values())
    return common / max(1, sum(ref.values())), common / max(1, sum(ours.values()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "ndc-corpus" / "html")
    ap.add_argument("--baseline", type=Path, default=Path("/tmp/baseline"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    paths = sorted(args.corpus.glob("*.htm*"))[: args.limit or None]
    pages = [read._decode(p.read_bytes())[0] for p in paths]
    mb = sum(len(p.encode()) for p in pages) / 1e6
    readers = {
        "today (hand tokenizer)": load_old_reader(args.baseline),
        "lxml": lxml_to_text,
        "selectolax (lexbor)": read.html_to_text,
    }
    try:
        import trafilatura

        readers["trafilatura"] = lambda page: trafilatura.extract(page, include_tables=True) or ""
    except ImportError:
        print("trafilatura not installed: no main-text reference")
    texts: dict[str, list[str]] = {}
    for name, fn in readers.items():
        started = time.process_time()
        texts[name] = [fn(page) for page in pages]
        seconds = time.process_time() - started
        chars = sum(map(len, texts[name])) / 1e6
        print(f"{name:24} {seconds:6.2f} s CPU  {mb / seconds:6.1f} MB/s  {chars:5.1f} M chars")
    today = texts["today (hand tokenizer)"]
    for name, outs in texts.items():
        same = sum(a == b for a, b in zip(outs, today, strict=True))
        rec, prec = zip(*(overlap(tokens(a), tokens(b)) for a, b in zip(outs, today, strict=True)), strict=True)
        line = (
            f"{name:24} identical to today {same}/{len(outs)}; words of today kept {sum(rec) / len(rec):.3f}, "
            f"words also in today {sum(prec) / len(prec):.3f}"
        )
        if "trafilatura" in texts and name != "trafilatura":
            rec, prec = zip(
                *(overlap(tokens(a), tokens(b)) for a, b in zip(outs, texts["trafilatura"], strict=True) if b),
                strict=True,
            )
            line += (
                f"; trafilatura's main-text words kept {sum(rec) / len(rec):.3f}, words outside it "
                f"{1 - sum(prec) / len(prec):.3f}"
            )
        print(line)
    languages(paths, texts["selectolax (lexbor)"])


def languages(paths: list[Path], texts: list[str]) -> None:
    """Each detector against the language in the file name: right, CPU seconds, memory its model adds (first use)."""
    import resource

    from extract.language import sample

    truth = [next((x.lower() for x in re.split(r"[-_]", p.stem)[1:] if x in FILE_LANGS), None) for p in paths]
    detectors = {"pycld2 (as used)": lambda t: detect(t).code}
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        def langid_code(text: str, box: list = []) -> str:  # noqa: B006 - the model, loaded on first use
            if not box:
                box.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
            return box[0].classify(sample(text))[0]

        detectors["py3langid"] = langid_code
    except ImportError:
        print("py3langid not installed")
    try:
        from lingua import LanguageDetectorBuilder

        def lingua_code(text: str, box: list = []) -> str:  # noqa: B006
            if not box:
                box.append(LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build())
            lang = box[0].detect_language_of(sample(text))
            return lang.iso_code_639_1.name.lower() if lang else ""

        detectors["lingua (low accuracy mode)"] = lingua_code
    except ImportError:
        print("lingua not installed")
    for name, fn in detectors.items():
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.process_time()
        found = [fn(t) for t in texts]
        seconds = time.process_time() - started
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
        scored = [(f, t) for f, t in zip(found, truth, strict=True) if t]
        right = sum(f == t for f, t in scored)
        wrong = Counter(f"{t}->{f}" for f, t in scored if f != t)
        print(
            f"{name:28} {right}/{len(scored)} right ({right / len(scored):.1%}), {seconds:.2f} s CPU, "
            f"peak memory +{grown:.0f} MiB; wrong: {dict(wrong)}"
        )


if __name__ == "__main__":
    main()
