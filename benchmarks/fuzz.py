"""Fuzz the parser: many generated inputs, no exception but the documented input errors, and no
input much slower per megabyte than the median.

    python benchmarks/fuzz.py --count 100000 --seed 1

Inputs: random Unicode, random bytes decoded as Latin-1, and the samples' lines shuffled, deleted,
duplicated, truncated and mixed with heading words and noise. Prints the counts, the median and the
slowest time per megabyte, and every input that raised (saved under benchmarks/out/fuzz-failures/).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import time
from pathlib import Path

from minutes_cli.contract import to_json, validate_json
from minutes_cli.errors import MinutesError
from minutes_cli.parser import parse_text

ROOT = Path(__file__).resolve().parent.parent
WORDS = ["§", "§ 12", "Päätös", "Päätös:", "Päätösehdotus", "Esittelijä", "Valmistelija", "Beslut", "Förslag",
         "KH 1.1.2024 § 5", "12/00.01.00/2024", "Hyväksyttiin.", "Merkittiin tiedoksi.", "1.", "-", "\f",
         "Sivu 3 (9)", "Aika", "Paikka", "Läsnä", "Poissa", "klo 17.00 - 18.00", "äänin 8-5", "12 000 euroa",
         "Oikaisuvaatimus §5", "HEL 2024-000123", "LAPDno-2024-1", "Liitteet", "Tiedoksi", "Sulje",
         "(", ")", "Päätöksen lisätiedot", "Kunnanvaltuusto § 39", "Tekninen lautakunta § 8", "Bgrgdning: X Y",
         "Stadsdirektören:", "Beslut:i", "-nligt förslag.", "Täytäntöönpano-   x", "tiedot   y", "20.2.2023 klo 16.15",
         "Underskrifter   A B   C D", "Protokollsjustering"]  # fmt: skip


def generate(rng: random.Random, lines: list[str]) -> str:
    """One input, of one of several kinds."""
    kind = rng.randrange(6)
    if kind == 0:
        return "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randrange(0, 400)))
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 600))).decode("latin-1")
    picked = [rng.choice(lines) for _ in range(rng.randrange(1, 120))]
    if kind == 2:
        return "\n".join(picked)
    if kind == 3:
        out = []
        for line in picked:
            roll = rng.random()
            if roll < 0.1:
                continue
            if roll < 0.2:
                out.append(line)
            if roll < 0.3:
                line = line[: rng.randrange(len(line) + 1)]
            out.append(line)
        return "\n".join(out)
    if kind == 4:
        return "\n".join(rng.choice(WORDS + picked) for _ in range(rng.randrange(1, 200)))
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 6000)))


def _timed(text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(MinutesError):
        parse_text(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = [line for p in sorted((ROOT / "samples").glob("*.txt")) for line in p.read_text("utf-8").splitlines()]
    failures = ROOT / "benchmarks" / "out" / "fuzz-failures"
    per_mb: list[tuple[float, int]] = []
    texts: dict[int, str] = {}
    refused = crashed = 0
    started = time.perf_counter()
    for n in range(args.count):
        text = generate(rng, lines)
        start = time.perf_counter()
        try:
            doc = parse_text(text)
            if validate_json(to_json(doc)) != doc:
                raise ValueError("the JSON does not read back to the same document")
        except MinutesError:
            refused += 1
        except Exception as exc:
            crashed += 1
            failures.mkdir(parents=True, exist_ok=True)
            (failures / f"{n}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
            print(f"input {n}: {type(exc).__name__}: {exc}")
        elapsed = time.perf_counter() - start
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size >= 8000:  # per-MB figures of small inputs measure only fixed costs
            per_mb.append((elapsed / (size / 1e6), n))
            texts[n] = text
            if len(texts) > 400:  # keep the slowest few hundred for re-timing
                keep = {i for _, i in sorted(per_mb, reverse=True)[:200]}
                texts = {i: t for i, t in texts.items() if i in keep}
    median = statistics.median(t for t, _ in per_mb)
    # One timing can catch the machine busy elsewhere: the 50 slowest are timed again, best of five.
    retimed = []
    for _, n in sorted(per_mb, reverse=True)[:50]:
        if n not in texts:
            continue
        text = texts[n]
        best = min(_timed(text) for _ in range(5))
        retimed.append((best / (len(text.encode("utf-8", errors="surrogatepass")) / 1e6), n))
    slowest, which = max(retimed) if retimed else max(per_mb)
    print(f"inputs {args.count}, refused as not minutes {refused}, exceptions {crashed}, "
          f"in {time.perf_counter() - started:.0f} s")  # fmt: skip
    print(f"inputs of 8 kB or more: {len(per_mb)}; median {median:.3f} s/MB; slowest {slowest:.3f} s/MB "
          f"(input {which}, {slowest / median:.2f}x the median)")  # fmt: skip


if __name__ == "__main__":
    main()
