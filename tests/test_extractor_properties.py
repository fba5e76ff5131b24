"""Property tests: on any text the extractor never raises, and provenance always holds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.extractor import extract_document
from extract.model import Document

# Fragments of the genre, so that generated text reaches deep into the parser, mixed with arbitrary characters.
FRAGMENTS = [
    "In 2022, ", "By 2030, ", "by the end of 2021", " will ", " had reached ", "more than ", "around ", "about ",
    "1,234", "37.63", " million ", " billion ", "kilowatts", " kWh", " tons of standard coal", " per 10,000 RMB",
    "%", " percent", "60%-70%", " from ", " to ", " and ", " compared with the 2005 level", " year-on-year",
    "two-thirds", "half", "8.9:44.2:46.9", "\t", "\n", "\n\n", "2025\t2030\t2060", "13.5ª", "^b", "°", "²⁵",
    "亿千瓦", "万吨", "以上", "左右", "比2005年", "。", "(", ")", "Figure 3", "No. 1", "https://x.org/1", "peak",
    "carbon neutrality", "before 2030", "Liaoning and Shandong provinces", "of the world's total", "−", "=", "+",
]  # fmt: skip

text_strategy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)


class NoCatalogue:
    def classify(self, sentence: str, start: int, end: int, unit: str, region: str = "") -> str:
        return ""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_never_raises_and_provenance_holds(text: str) -> None:
    doc = Document(doc="p", file="p.txt", text=text, sha256="0", bytes=len(text.encode("utf-8", "surrogatepass")))
    result = extract_document(doc, NoCatalogue())
    for o in result.observations:
        assert text[o.char_start : o.char_end] == o.value_raw
        assert o.value_raw
        assert o.kind in ("actual", "target")
        assert o.qualifier in ("=", "~", ">", "<", ">=", "<=")
        assert o.value.is_finite()
