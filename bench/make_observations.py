"""Synthetic observations at scale, in the extractor's exact output contract, for the dashboard benchmarks.

    .venv/bin/python bench/make_observations.py --rows 1000000 [--out bench/out/obs-1000000] [--seed 4]

Writes ``OUT/data/{observations,documents,indicators}.csv`` and ``OUT/seeds/*.txt``. Deterministic: the same
``--rows`` and ``--seed`` give byte-identical files. Indicators, units, sectors and directions come from the real
catalogue (``extract/indicators.yaml``); regions are China, its provinces and cities, other countries and World.
Every row's quote is a sentence of its generated document, and ``text[char_start:char_end] == value_raw`` holds
there, so the Sources page marks every number; documents.csv carries each text's sha256, so the dashboard sees
the data as fresh and never re-extracts. Rows are sorted as the extractor sorts them (document, then offset).

A series (indicator, region) gets a level and a yearly growth; its actuals follow them with noise (several
documents may report the same year, as real reports do), its targets sit on the headline years. Series sizes are
skewed (a few national series hold thousands of rows), as in a large corpus of national and provincial plans.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extract.catalogue import load_catalogue  # noqa: E402
from extract.schema import DOCUMENTS, INDICATORS, OBSERVATIONS  # noqa: E402

ROWS_PER_DOC = 500
PROVINCES = (
    "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin", "Heilongjiang", "Shanghai",
    "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong",
    "Guangxi", "Hainan", "Chongqing", "Sichuan", "Guizhou", "Yunnan", "Tibet", "Shaanxi", "Gansu", "Qinghai",
    "Ningxia", "Xinjiang",
)  # fmt: skip
CITIES = ("Shenzhen", "Wuhan", "Chengdu", "Hangzhou", "Xi'an", "Suzhou", "Qingdao", "Yibin", "Dalian", "Xiamen")
COUNTRIES = ("India", "Brazil", "South Africa", "Indonesia", "Argentina", "Viet Nam", "Egypt", "Kenya", "Chile")
MACRO = ("Northeast China", "Northern China", "Developing countries", "Africa")
REGIONS = ("China", *PROVINCES, *CITIES, *COUNTRIES, *MACRO, "World")
# China's national series dominate real reports; every other region shares the rest.
REGION_WEIGHT = np.array([40.0] + [1.0] * (len(REGIONS) - 2) + [2.0])
TARGET_YEARS = np.array([2025, 2030, 2035, 2060, 2020, 2050, 2040, 2027])
TARGET_YEAR_P = np.array([0.3, 0.35, 0.1, 0.08, 0.07, 0.04, 0.03, 0.03])
ACTUAL_QUALIFIERS, ACTUAL_Q_P = np.array(["=", "~", ">", "<"]), np.array([0.8, 0.1, 0.08, 0.02])
TARGET_QUALIFIERS = np.array(["=", "~", ">", ">=", "<", "<="])
TARGET_Q_P = np.array([0.3, 0.2, 0.3, 0.1, 0.05, 0.05])
QUALIFIER_WORDS = {"=": "", "~": "about ", ">": "more than ", ">=": "at least ", "<": "less than ", "<=": "up to "}
UNIT_WORDS = {
    "%": "%", "GW": " GW", "TWh": " TWh", "Mt": " million tons", "Mt CO2": " million tons of carbon dioxide",
    "Mt CO2e": " million tons of CO2 equivalent", "Mt C": " million tons of carbon", "Mtce": " million tce",
    "billion m3": " billion cubic meters", "billion m2": " billion square meters", "Mha": " million hectares",
    "million": " million", "count": "", "CNY billion": " billion yuan", "year": "",
    "tce/10k CNY": " tce per 10,000 yuan",
    "kgce/t": " kgce per tonne", "ug/m3": " micrograms per cubic meter", "ratio": "", "times": " times",
    "million TEU": " million TEU",
}  # fmt: skip
# Typical level of a value in each unit (the scale of a national series; provinces get a fraction).
UNIT_LEVEL = {"GW": 300.0, "TWh": 2000.0, "Mt": 500.0, "Mt CO2": 9000.0, "Mt CO2e": 12000.0, "Mt C": 50.0,
              "Mtce": 4000.0, "billion m3": 150.0, "billion m2": 5.0, "Mha": 20.0, "million": 8.0, "count": 300.0,
              "CNY billion": 500.0, "tce/10k CNY": 0.5, "kgce/t": 550.0, "ug/m3": 35.0, "ratio": 1.4, "times": 2.0,
              "million TEU": 6.0}  # fmt: skip
INTENSIVE_UNITS = frozenset({"tce/10k CNY", "kgce/t", "ug/m3", "ratio", "times"})
FILLER = (
    "according to the statistics of the national energy administration",
    "as part of the implementation of the plan for the period",
    "with the support of local governments and enterprises",
    "in line with the overall deployment for peaking carbon dioxide emissions",
    "while ensuring energy security and stable economic growth",
    "which laid a solid foundation for the green and low-carbon transition",
)


def fmt_value(v: float, unit: str) -> str:
    """The canonical value as the extractor writes it: integers without a point, else up to 2 decimals."""
    if unit in ("count", "year"):
        return str(int(round(v)))
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def with_commas(text: str) -> str:
    """The number as a report would print it: 1,200.5."""
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or 0):,}"
    return sign + whole + (f".{frac}" if frac else "")


def generate(rows: int, seed: int = 4) -> tuple[list[list[str]], list[list[str]], list[dict[str, str]], dict]:
    """(observation rows, document rows, indicator rows, {file name: text}), all as text in schema order."""
    rng = np.random.default_rng(seed)
    catalogue = load_catalogue()
    indicators = list(catalogue.indicators.values())
    n_docs = max(5, -(-rows // ROWS_PER_DOC))
    # Series: every (indicator, region) pair, with a Zipf-like weight so a few national series are very large.
    ind_w = 1.0 / np.arange(1, len(indicators) + 1) ** 0.8
    ind_w = rng.permutation(ind_w)
    series_w = np.outer(ind_w, REGION_WEIGHT).ravel()
    series_w /= series_w.sum()
    series = rng.choice(len(series_w), size=rows, p=series_w)
    ind_idx, reg_idx = np.divmod(series, len(REGIONS))
    kind_target = rng.random(rows) < 0.25
    unmapped = rng.random(rows) < 0.04
    actual_year = 2024 - np.minimum(rng.geometric(0.12, rows) - 1, 34)
    target_year = rng.choice(TARGET_YEARS, size=rows, p=TARGET_YEAR_P)
    year = np.where(kind_target, target_year, actual_year)
    undated = rng.random(rows) < 0.01
    level = rng.lognormal(0.0, 0.5, len(series_w))  # per series
    growth = rng.normal(0.04, 0.03, len(series_w))
    noise = rng.lognormal(0.0, 0.05, rows)
    base_choice = rng.choice(np.array([2005, 2020, 2015]), size=rows, p=[0.6, 0.3, 0.1])
    q_actual = rng.choice(ACTUAL_QUALIFIERS, size=rows, p=ACTUAL_Q_P)
    q_target = rng.choice(TARGET_QUALIFIERS, size=rows, p=TARGET_Q_P)
    filler = rng.integers(0, len(FILLER), rows)
    doc_of = np.sort(rng.integers(0, n_docs, rows))
    uniform = rng.random(rows)

    obs: list[list[str]] = []
    texts: dict[int, list[str]] = {d: [] for d in range(n_docs)}
    offsets = dict.fromkeys(range(n_docs), 0)
    titles = {d: f"Synthetic climate action report {d:06d}" for d in range(n_docs)}
    for d in range(n_docs):
        head = titles[d] + "\n\n"
        texts[d].append(head)
        offsets[d] = len(head)
    for i in range(rows):
        ind = indicators[int(ind_idx[i])]
        region = REGIONS[int(reg_idx[i])]
        s = int(series[i])
        target = bool(kind_target[i])
        y = int(year[i])
        unit = ind.unit
        base = ""
        if unit == "year":
            value = float(rng_year(uniform[i]))
        elif ind.measure in ("change", "growth_rate"):
            base = str(int(base_choice[i])) if ind.measure == "change" else ""
            lower = ind.direction == "lower"
            value = -(10 + 60 * level[s] / (1 + level[s])) * noise[i] if lower else 5 + 40 * noise[i]
        elif unit == "%":
            value = min(99.0, 100 * level[s] / (1 + level[s]) * (1 + growth[s]) ** ((y - 2000) / 4) * noise[i] / 2)
        else:
            extensive = unit not in INTENSIVE_UNITS and region != "China"
            scale = UNIT_LEVEL.get(unit, 10.0) * (0.05 if extensive else 1.0)
            value = scale * level[s] * (1 + growth[s]) ** (y - 2015) * noise[i]
        value_text = fmt_value(value, unit)
        qualifier = str(q_target[i] if target else q_actual[i])
        digits = value_text.lstrip("-")
        raw = (digits if unit == "year" else with_commas(digits)) + UNIT_WORDS.get(unit, "")
        name = ind.name[0].lower() + ind.name[1:] if ind.name[1:2].islower() else ind.name
        where = "" if region == "China" else f" in {region}"
        verb = "a reduction of " if value_text.startswith("-") else ""
        versus = f" compared with the {base} level" if base else ""
        dated = not undated[i]
        if target:
            head = f"The {name}{where} will strive to reach {verb}{QUALIFIER_WORDS[qualifier]}"
            tail = f"{versus} {f'by {y}' if dated else 'in the coming years'}, {FILLER[filler[i]]}."
        else:
            when = f"By the end of {y}, the" if dated else "The"
            head = f"{when} {name}{where} reached {verb}{QUALIFIER_WORDS[qualifier]}"
            tail = f"{versus}, {FILLER[filler[i]]}."
        sentence = head + raw + tail
        doc = int(doc_of[i])
        start = offsets[doc] + len(head)
        texts[doc].append(sentence + ("\n" if uniform[i] < 0.2 else " "))
        offsets[doc] += len(sentence) + 1
        obs.append(
            [
                f"{doc:06d}_synthetic",
                "" if unmapped[i] else ind.id,
                region,
                "target" if target else "actual",
                str(y) if dated else "",
                base,
                value_text,
                unit,
                qualifier,
                raw,
                sentence,
                str(start),
                str(start + len(raw)),
                "",
            ]
        )
    files, documents = {}, []
    counts = np.bincount(doc_of, minlength=n_docs)
    for d in range(n_docs):
        text = "".join(texts[d])
        data = text.encode("utf-8")
        doc_id = f"{d:06d}_synthetic"
        files[f"{doc_id}.txt"] = data
        sha = hashlib.sha256(data).hexdigest()
        row = [doc_id, f"{doc_id}.txt", titles[d], sha, str(len(text)), "ok", "", str(int(counts[d])), str(len(data))]
        documents.append([*row, "txt", "utf-8", "2022", ""])
    return obs, documents, catalogue.rows(), files


def rng_year(u: float) -> int:
    """A peak or neutrality year: mostly 2030 or 2060, as the documents state them."""
    return 2030 if u < 0.5 else 2060 if u < 0.85 else 2025 if u < 0.95 else 2050


def csv_text(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def write(out: Path, rows: int, seed: int) -> dict[str, float]:
    started = time.perf_counter()
    obs, documents, indicators, files = generate(rows, seed)
    data, seeds = out / "data", out / "seeds"
    data.mkdir(parents=True, exist_ok=True)
    seeds.mkdir(parents=True, exist_ok=True)
    for old in seeds.glob("*.txt"):
        if old.name not in files:
            old.unlink()
    for name, content in files.items():
        (seeds / name).write_bytes(content)
    (data / OBSERVATIONS.path).write_bytes(csv_text(OBSERVATIONS.fieldnames, obs))
    (data / DOCUMENTS.path).write_bytes(csv_text(DOCUMENTS.fieldnames, documents))
    ind_rows = [[r[c] for c in INDICATORS.fieldnames] for r in indicators]
    (data / INDICATORS.path).write_bytes(csv_text(INDICATORS.fieldnames, ind_rows))
    return {
        "rows": rows,
        "documents": len(documents),
        "mb": (data / OBSERVATIONS.path).stat().st_size / 1e6,
        "seconds": time.perf_counter() - started,
    }


def ensure(rows: int, seed: int = 4, root: Path | None = None) -> Path:
    """OUT for ``rows`` (generated once; reused while its files exist): what the benchmarks call."""
    out = (root or REPO / "bench" / "out") / f"obs-{rows}-s{seed}"
    if not (out / "data" / OBSERVATIONS.path).is_file() or not (out / "data" / DOCUMENTS.path).is_file():
        write(out, rows, seed)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--out", type=Path, default=None, help="default bench/out/obs-ROWS-sSEED")
    args = ap.parse_args()
    out = args.out or REPO / "bench" / "out" / f"obs-{args.rows}-s{args.seed}"
    info = write(out, args.rows, args.seed)
    print(
        f"{info['rows']:,} rows in {info['documents']:,} documents: {out / 'data'} "
        f"(observations.csv {info['mb']:.1f} MB) in {info['seconds']:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
