"""Generate a large synthetic corpus of seed-like climate-policy text, deterministically.

Why: the five seeds are 135 kB, far too small to measure throughput, parallel
speed-up or cache behaviour. The corpus imitates their genre: prose with and
without numbers, actual and target statements, qualifiers, base years, regions,
the units the extractor normalises (kilowatts, tons of standard coal, cubic
meters, mu, RMB/yuan, %, kWh, square meters, hectares) and tab-separated tables
with year headers. The same arguments always give byte-identical files.

    python bench/make_corpus.py [FOLDER] [--docs 200] [--mb 1.0] [--seed 20240601]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parent / "out" / "corpus"

REGIONS = (
    "China", "China", "China", "Beijing", "Shanghai", "Guangdong", "Jiangsu", "Zhejiang", "Shandong", "Inner Mongolia",
    "Xinjiang", "Sichuan", "Yunnan", "Hebei", "Liaoning", "Hainan", "Qinghai", "Gansu", "Ningxia", "Shenzhen",
    "Chongqing", "Northern China", "Northeast China",
)  # fmt: skip
ENERGY = ("wind", "solar", "hydro", "nuclear", "photovoltaic", "biomass", "offshore wind", "pumped-storage")
QUAL = ("", "", "", "about ", "around ", "approximately ", "nearly ", "more than ", "over ", "less than ", "at least ")
MAG = ("", "", "million ", "10,000 ")
ACTUAL_LEAD = ("By the end of {y}, ", "In {y}, ", "As of the end of {y}, ", "By {y}, ", "During {y}, ", "")
TARGET_LEAD = ("By {y}, ", "By the end of {y}, ", "The plan aims that by {y} ", "Before {y}, ")
VERB_ACTUAL = ("reached", "stood at", "totaled", "amounted to", "was", "hit")
VERB_TARGET = ("will reach", "is expected to reach", "shall exceed", "will be raised to", "is targeted at")
SECTORS = ("power", "industry", "buildings", "transport", "agriculture", "forestry", "steel", "cement", "chemicals")
PROSE = (
    "China proactively participates in international cooperation on climate change and promotes practical "
    "exchanges with governments, international organizations and institutions.",
    "The country has established a well-defined policy system, creating a coordinated framework for various "
    "sectors to collectively advance the green transition.",
    "Local governments have crafted action plans closely aligned with strategies for regional coordination and "
    "the specific goals of key functional zones.",
    "Efforts have been made to improve statistical accounting, monitoring and verification of greenhouse gas "
    "emissions across key industries.",
    "The development of green finance has been accelerated, and market mechanisms such as the carbon emission "
    "trading system continue to improve.",
    "Public awareness of energy conservation has grown, and green lifestyles are increasingly embraced by "
    "households, schools and communities.",
    "Research on low-carbon technologies has been strengthened, with pilot and demonstration projects in "
    "hydrogen metallurgy, carbon capture and new-type energy storage.",
)


def num(rng: random.Random, lo: float = 0.1, hi: float = 999.0) -> str:
    """A number as policy documents write it: integers, one or two decimals, thousands separators."""
    value = rng.uniform(lo, hi)
    style = rng.random()
    if style < 0.35:
        return f"{int(value):,}"
    if style < 0.75:
        return f"{value:.1f}"
    return f"{value:.2f}"


def pct(rng: random.Random) -> str:
    return f"{rng.uniform(0.5, 95):.1f}" if rng.random() < 0.7 else str(rng.randint(1, 95))


def year(rng: random.Random, target: bool) -> int:
    return rng.choice((2025, 2025, 2030, 2030, 2035, 2050, 2060)) if target else rng.randint(2005, 2023)


def region_of(rng: random.Random) -> str:
    r = rng.choice(REGIONS)
    return "China's" if r == "China" else f"{r}'s"


def sentence(rng: random.Random) -> str:
    """One sentence, capitalised."""
    text = _sentence(rng)
    return text[0].upper() + text[1:]


def _sentence(rng: random.Random) -> str:
    """About 70 % carry an indicator value; the rest are prose."""
    k = rng.random()
    target = rng.random() < 0.4
    y = year(rng, target)
    lead = rng.choice(TARGET_LEAD if target else ACTUAL_LEAD).format(y=y)
    verb = rng.choice(VERB_TARGET if target else VERB_ACTUAL)
    q = rng.choice(QUAL)
    reg = region_of(rng)
    if k < 0.30:
        return rng.choice(PROSE)
    if k < 0.40:
        unit = rng.choice(("kilowatts", "GW", "gigawatts", "MW"))
        mag = rng.choice(("million ", "billion ", "")) if unit == "kilowatts" else ""
        tail = f", up {pct(rng)}% year-on-year" if not target and rng.random() < 0.4 else ""
        return f"{lead}{reg} installed capacity of {rng.choice(ENERGY)} power {verb} {q}{num(rng)} {mag}{unit}{tail}."
    if k < 0.50:
        base = rng.choice((2005, 2010, 2015, 2020))
        what = rng.choice(("energy consumption per unit of GDP", "carbon dioxide emissions per unit of GDP",
                           "coal consumption per unit of output", "water consumption per unit of GDP"))  # fmt: skip
        change = "will be lowered by" if target else "dropped by"
        return f"{lead}{what} in {reg[:-2]} {change} {q}{pct(rng)}% compared with the {base} level."
    if k < 0.58:
        what = rng.choice(("non-fossil energy in primary energy consumption", "renewables in power generation",
                           "clean energy in total energy consumption", "coal in energy consumption"))  # fmt: skip
        return f"{lead}the share of {what} in {reg[:-2]} {verb} {q}{pct(rng)}%."
    if k < 0.65:
        return (
            f"{lead}{reg} energy savings {verb} {q}{num(rng)} million tons of standard coal, cutting carbon dioxide "
            f"emissions by {num(rng)} million tons."
        )
    if k < 0.71:
        unit = rng.choice(("billion cubic meters", "100 million cubic meters", "cubic meters"))
        what = rng.choice(("natural gas output", "forest stock volume", "water saved", "biogas production"))
        return f"{lead}{reg} {what} {verb} {q}{num(rng)} {unit}."
    if k < 0.77:
        unit = rng.choice(("million mu", "10,000 mu", "mu", "hectares", "million hectares", "square kilometers"))
        what = rng.choice(
            ("afforestation", "high-standard farmland", "grassland restoration", "desertification control")
        )
        return f"{lead}{what} in {reg[:-2]} {verb} {q}{num(rng)} {unit}."
    if k < 0.83:
        money = rng.choice(("RMB {n} billion", "{n} billion yuan", "{n} trillion yuan", "RMB {n} million", "{n} yuan"))
        what = rng.choice(("investment in", "green loans to", "fiscal support for", "output of"))
        return f"{lead}{what} {rng.choice(SECTORS)} in {reg[:-2]} {verb} {q}{money.format(n=num(rng))}."
    if k < 0.88:
        unit = rng.choice(("billion kWh", "trillion kWh", "kWh", "TWh"))
        return f"{lead}{rng.choice(ENERGY)} power generation in {reg[:-2]} {verb} {q}{num(rng)} {unit}."
    if k < 0.92:
        unit = rng.choice(("million square meters", "billion square meters", "square meters"))
        return f"{lead}green buildings in {reg[:-2]} {verb} {q}{num(rng)} {unit} of floor area."
    if k < 0.96:
        what = rng.choice(("new energy vehicles", "charging piles", "battery swap stations", "pilot projects"))
        return (
            f"{lead}the number of {what} in {reg[:-2]} {verb} {q}{num(rng, 1, 9999)} {rng.choice(MAG)}".rstrip() + "."
        )
    peak, neutral = rng.choice((2025, 2028, 2030)), rng.choice((2050, 2055, 2060))
    return f"{reg} carbon emissions will peak before {peak} and it will achieve carbon neutrality before {neutral}."


def table(rng: random.Random) -> str:
    """A tab-separated indicator table with year columns and target cells such as ``around 25``."""
    years = sorted(rng.sample((2015, 2020, 2022, 2025, 2030, 2035, 2060), rng.randint(2, 4)))
    rows = [f"Table {rng.randint(1, 12)}. Main indicators of {rng.choice(SECTORS)} in {rng.choice(REGIONS)}",
            "Indicator\t" + "\t".join(str(y) for y in years)]  # fmt: skip
    for _ in range(rng.randint(3, 7)):
        label = rng.choice((
            "Share of non-fossil energy consumption (%)", "Forest coverage (%)", "Wind and solar capacity (GW)",
            "Energy consumption per unit of GDP reduced (%)", "Forest volume (100 million cubic meters)",
            "Carbon dioxide emissions per unit of GDP decreased (%)", "Installed capacity (10,000 kilowatts)",
        ))  # fmt: skip
        cells = [f"{rng.choice(('', '', 'around ', 'more than '))}{num(rng, 1, 300)}" for _ in years]
        rows.append(label + "\t" + "\t".join(cells))
    return "\n".join(rows)


def document(rng: random.Random, n_bytes: int, index: int) -> str:
    """Headings, paragraphs of 3-8 sentences and the odd table, until the document reaches ``n_bytes``."""
    parts = [f"Report {index:03d}: Progress on Carbon Peaking and Carbon Neutrality in {rng.choice(REGIONS)}", ""]
    size, section = sum(len(p) + 1 for p in parts), 0
    while size < n_bytes:
        r = rng.random()
        if r < 0.05:
            section += 1
            block = (
                f"{section}. {rng.choice(('Energy', 'Industry', 'Transport', 'Buildings', 'Ecosystems'))} transition"
            )
        elif r < 0.09:
            block = table(rng)
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
        parts += [block, ""]
        size += len(block) + 2
    return "\n".join(parts)


def make_corpus(folder: Path, docs: int = 200, mb: float = 1.0, seed: int = 20240601) -> list[Path]:
    """Write ``docs`` documents of about ``mb`` MB each into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(docs):
        rng = random.Random(f"{seed}:{i}")  # one stream per document: any subset is reproducible on its own
        path = folder / f"doc_{i:04d}.txt"
        path.write_text(document(rng, int(mb * 1_000_000), i), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="output folder (bench/out/corpus)")
    ap.add_argument("--docs", type=int, default=200, help="number of documents (default 200)")
    ap.add_argument("--mb", type=float, default=1.0, help="size of each document in MB (default 1.0)")
    ap.add_argument("--seed", type=int, default=20240601)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    paths = make_corpus(args.folder, args.docs, args.mb, args.seed)
    digest = hashlib.sha256()
    total = 0
    for p in paths:
        data = p.read_bytes()
        digest.update(data)
        total += len(data)
    print(
        f"{len(paths)} documents, {total / 1e6:.1f} MB in {args.folder} ({time.perf_counter() - started:.1f} s); "
        f"sha256 of all {digest.hexdigest()[:16]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
