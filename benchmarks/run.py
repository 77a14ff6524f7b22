"""Speed and memory of `minutes`, each as a ratio against a baseline measured in the same run.

    python benchmarks/run.py            # full run (a few minutes), writes benchmarks/out/results.json
    python benchmarks/run.py --quick    # smaller inputs, for a first look

Measures: start-up against importing typer, pydantic and regex; conversion throughput against one
regex pass over the same lines; --jobs 2 against --jobs 1; time per MB at 1x, 10x and 50x input;
peak memory against the number of files; adversarial inputs against ordinary minutes; a 300-item
document under running page headers; reading PDFs against `pdftotext -layout`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BIN = Path(sys.executable).parent
MINUTES = str(BIN / "minutes") if (BIN / "minutes").exists() else "minutes"

# Paragraphs of ordinary minutes prose, written for this benchmark, to give items a realistic size.
_PROSE = (
    "Kunnan talousarviossa on varattu määräraha hankkeen suunnitteluun. Suunnittelu on tehty yhteistyössä "
    "teknisen toimen ja sivistystoimen kanssa, ja suunnitelmasta on pyydetty lausunnot asianomaisilta "
    "lautakunnilta. Hankkeen kokonaiskustannusarvio on 1 250 000 euroa, josta valtionavustuksen osuus on "
    "arviolta 30 prosenttia.\n\nHankkeen toteutus on tarkoitus aloittaa syksyllä ja saattaa valmiiksi "
    "seuraavan vuoden aikana. Käyttökustannusten arvioidaan kasvavan noin 45 000 euroa vuodessa. "
    "Asiakirjat ovat esityslistan liitteenä ja oheismateriaalina.\n"
)


def _item(n: int) -> str:
    return (
        f"§ {n}\nHankkeen {n} suunnitelman hyväksyminen\n\nESIDno-2025-{n}\n\nValmistelija\n"
        f"Laura Mäkinen, kehittämispäällikkö, laura.makinen@esimerkki.example\n\n{_PROSE}\n{_PROSE}\n"
        "Päätösehdotus\nKunnanhallitus päättää\n\n1. hyväksyä suunnitelman liitteen mukaisesti,\n"
        "2. myöntää hankkeelle määrärahan ja\n3. valtuuttaa kunnanjohtajan allekirjoittamaan sopimukset.\n\n"
        "Päätös\nHyväksyttiin.\n\n"
    )


def _meeting(first: int, items: int, page_header: bool = False) -> str:
    parts = ["Esimerkin kunta           Pöytäkirja 4/2025           1 (9)\nKunnanhallitus\n\n"
             "Aika        12.05.2025 klo 17:00 - 19:10\nPaikka      Kunnantalo\n\n"]  # fmt: skip
    for k in range(items):
        if page_header and k:
            parts.append(f"\fEsimerkin kunta           Pöytäkirja 4/2025           {k + 1} (999)\nKunnanhallitus\n\n")
        parts.append(_item(first + k))
    return "".join(parts)


def _listed_transcript(items: int) -> str:
    """A flattened transcript whose first page lists every item and whose pages repeat them."""
    listing = " ".join(f"{k} Hankkeen {k} suunnitelman hyväksyminen" for k in range(1, items + 1))
    pages = [
        f"Esimerkin kunta Pöytäkirja 4/2025 {k + 1} ( {items + 1}) {k} Hankkeen {k} suunnitelman hyväksyminen "
        f"Ehdotus Hyväksytään. Päätös Hyväksyttiin. {_PROSE.replace(chr(10), ' ')}"
        for k in range(1, items + 1)
    ]
    return "\n".join([f"Esimerkin kunta Pöytäkirja 4/2025 1 ( {items + 1}) Käsitellyt asiat {listing}", *pages])


def _captioned_transcript(pages: int, per_page: int) -> str:
    """A flattened transcript of older minutes: several items a page, each an upper-case title over the
    organ's line without its § ("OTSIKKO Kvalt 42 … Kvalt: Hyväksyttiin.")."""
    lines = []
    for p in range(pages):
        items = " ".join(
            f"HANKKEEN {n} SUUNNITELMA Kvalt {n} {_PROSE.replace(chr(10), ' ')[:300]} Kvalt: Hyväksyttiin."
            for n in range(p * per_page + 1, (p + 1) * per_page + 1)
        )
        lines.append(f"{p + 1} Kunnanvaltuusto {items}")
    return "Pöytäkirja\n\n" + "\n\n".join(lines) + "\n"


def make_corpus(folder: Path, files: int, items_per_file: int) -> tuple[int, int]:
    """Write `files` whole-meeting texts; return (items, bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for f in range(files):
        text = _meeting(1 + f * items_per_file, items_per_file)
        (folder / f"meeting-{f:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return files * items_per_file, total


def timed(command: list[str], repeat: int = 1, env: dict[str, str] | None = None) -> float:
    """Median wall time of a command, in seconds."""
    times = []
    full_env = {**os.environ, **env} if env else None
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=full_env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _compile_bytecode() -> None:
    """Byte-compile the installed package, as `pip install` does, so start-up does not time the compiler."""
    import compileall

    import minutes_cli

    compileall.compile_dir(Path(minutes_cli.__file__).parent, quiet=1)


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of a command and its children, in MB (Linux /usr/bin/time or getrusage)."""
    wrapper = (
        "import resource,subprocess,sys;subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def regex_floor(folder: Path) -> float:
    """One regex pass over every line of every file: the floor a parser cannot beat."""
    code = (
        "import regex,sys,pathlib\np=regex.compile(r'^§\\s?\\d+|Päätös|\\d+/\\d{4}')\nn=0\n"
        "for f in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
        "    for line in f.read_text(encoding='utf-8').splitlines():\n"
        "        if p.search(line): n+=1\nprint(n)"
    )
    return timed([sys.executable, "-c", code, str(folder)], repeat=3)


def in_process_seconds_per_mb(text: str, repeat: int = 3) -> float:
    from minutes_cli.errors import MinutesError
    from minutes_cli.parser import parse_text

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with contextlib.suppress(MinutesError):  # refusing an input is a result too; its time counts
            parse_text(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) / (len(text.encode("utf-8")) / 1e6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "results.json"))
    args = parser.parse_args()
    files, per_file = (20, 50) if args.quick else (100, 100)
    results: dict[str, object] = {"machine": platform.platform(), "python": platform.python_version(),
                                  "cores": os.cpu_count(), "time": time.strftime("%Y-%m-%d %H:%M:%S")}  # fmt: skip
    rows: list[tuple[str, str, str, str]] = []
    tornio = str(SAMPLES / "fi-000-tornio-kh-2024-10-08-278.txt")

    # 1. start-up, of the tool as an install leaves it: bytecode compiled (pip does that; an editable
    # install under PYTHONDONTWRITEBYTECODE never gets it) and the pattern cache written by a first run.
    _compile_bytecode()
    cold = timed([MINUTES, "parse", tornio, "--format", "json"], repeat=7, env={"MINUTES_NO_CACHE": "1"})
    subprocess.run([MINUTES, "parse", tornio, "--format", "json"], check=True, stdout=subprocess.DEVNULL)
    floor = timed([sys.executable, "-c", "import typer, pydantic, regex"], repeat=21)
    help_t = timed([MINUTES, "--help"], repeat=21)
    parse_t = timed([MINUTES, "parse", tornio, "--format", "json"], repeat=21)
    results["startup"] = {"import_floor_s": floor, "help_s": help_t, "parse_json_s": parse_t,
                          "parse_json_no_pattern_cache_s": cold}  # fmt: skip
    rows += [("start-up: import typer+pydantic+regex", f"{floor * 1000:.0f} ms", "1.00", "baseline"),
             ("start-up: minutes --help", f"{help_t * 1000:.0f} ms", f"{help_t / floor:.2f}", "goal <= 1.10"),
             ("start-up: minutes parse tornio --format json", f"{parse_t * 1000:.0f} ms", f"{parse_t / floor:.2f}",
              "goal <= 1.25"),
             ("start-up: the same, first run (no pattern cache)", f"{cold * 1000:.0f} ms", f"{cold / floor:.2f}",
              "once per install")]  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        items, size = make_corpus(corpus, files, per_file)
        mb = size / 1e6
        base = regex_floor(corpus)
        one = timed([MINUTES, "convert", str(corpus), "--to", str(tmp / "one.jsonl"), "--jobs", "1", "--force"])
        two = timed([MINUTES, "convert", str(corpus), "--to", str(tmp / "two.jsonl"), "--jobs", "2", "--force"])
        results["throughput"] = {"files": files, "items": items, "mb": mb, "regex_floor_s": base,
                                 "jobs1_s": one, "jobs2_s": two}  # fmt: skip
        rows += [(f"throughput floor: one regex pass, {mb:.1f} MB", f"{base:.2f} s", "1.00", "baseline"),
                 (f"convert --jobs 1: {files} files, {items} items", f"{one:.2f} s", f"{one / base:.1f}",
                  f"{mb / one:.2f} MB/s, {items / one:.0f} items/s; goal >= 10 MB/s, <= 8x"),
                 ("convert --jobs 2", f"{two:.2f} s", f"{one / two:.2f}x faster", "goal >= 1.8x")]  # fmt: skip

        small = tmp / "small"
        make_corpus(small, max(2, files // 4), per_file)
        rss_small = peak_rss_mb([MINUTES, "convert", str(small), "--to", str(tmp / "s.jsonl"), "--jobs", "1"])
        rss_all = peak_rss_mb([MINUTES, "convert", str(corpus), "--to", str(tmp / "a.jsonl"), "--jobs", "1",
                               "--force"])  # fmt: skip
        results["memory"] = {"files_quarter_mb": rss_small, "files_all_mb": rss_all}
        rows += [(f"peak memory, {max(2, files // 4)} files", f"{rss_small:.0f} MB", "1.00", "baseline"),
                 (f"peak memory, {files} files", f"{rss_all:.0f} MB", f"{rss_all / rss_small:.2f}",
                  "goal: no growth")]  # fmt: skip

    # 4. growth with input size, in process
    unit = _meeting(1, 40)
    growth = {}
    # A parse that warms the process's caches first: the small sizes are timed more often, since a
    # 0.1 MB parse is short enough for one slow run to move its median.
    in_process_seconds_per_mb(unit, repeat=1)
    for mult in (1, 10, 50):
        text = _meeting(1, 40 * mult)
        growth[mult] = in_process_seconds_per_mb(text, repeat={1: 9, 10: 5}.get(mult, 1))
    results["growth_s_per_mb"] = growth
    for mult, spm in growth.items():
        rows.append((f"growth: {len(unit) * mult / 1e6:.1f} MB document ({mult}x)", f"{spm:.3f} s/MB",
                     f"{spm / growth[1]:.2f}", "goal: within 10% of 1x"))  # fmt: skip

    # 300 items under a running page header (issue: whole meetings)
    from minutes_cli.parser import parse_text

    doc_text = _meeting(1, 300, page_header=True)
    start = time.perf_counter()
    doc = parse_text(doc_text)
    t300 = time.perf_counter() - start
    ok_items = [i.section for i in doc.items] == list(range(1, 301))
    leaked = sum("Esimerkin kunta" in (i.body or "") + (i.decision.text if i.decision else "") for i in doc.items)
    results["items300"] = {"seconds": t300, "all_items_in_order": ok_items, "items_with_header_text": leaked}
    rows.append(("300 items under page headers", f"{t300:.2f} s", "-",
                 f"items in order: {ok_items}; fields with header text: {leaked}; goal < 1 s"))  # fmt: skip

    # adversarial inputs against ordinary minutes, per MB
    ordinary = in_process_seconds_per_mb(_meeting(1, 200))
    adversarial = {
        "very long lines": ("Hyväksyttiin " * 20000 + "\n") * 20,
        "headings in a row": "Päätös\nEsittelijä\nValmistelija\nPäätösehdotus\n" * 50000,
        "repeated § § §": "§ " * 1_000_000,
        "10 MB without a newline": "a" * 10_000_000,
        "heading words on every line": ("Päätös Esittelijä Valmistelija § 12 KH 1.1.2024 § 5 12/00.01/2024 "
                                        "Hyväksyttiin. Merkittiin tiedoksi. 12 000 euroa\n") * 40000,
        "digits and slashes": ("1/2/3/4/5/6/7/8/9/0 " * 50 + "\n") * 5000,
        "transcript listing 5,000 items": _listed_transcript(5000),
        "titled items on transcript pages (1,800)": _captioned_transcript(60, 30),
        "decision details 20,000 times": "§ 5\nOtsikko\n\nPäätös\nHyväksyttiin.\n\n"
                                          + "Päätöksen lisätiedot\nLisäys.\n\n" * 20000,
        "one item handled at 8,000 meetings": "§ 5\nOtsikko\n\n" + "".join(
            f"Kunnanhallitus {1 + k % 28}.1.2020 § {k % 900 + 1}\nTekstiä asiasta {k}.\n\n" for k in range(8000)),
        "a digest line of 10,000 sentences": "1. Otsikko. Merkittiin.\n\n2. Toinen. Päätösesitys: "
                                             + "Kaupunki maksaa kauppahinnan. " * 10000 + "\n",
    }  # fmt: skip
    adv_results = {}
    for name, text in adversarial.items():
        spm = in_process_seconds_per_mb(text, repeat=1)
        adv_results[name] = spm
        rows.append((f"adversarial: {name} ({len(text) / 1e6:.1f} MB)", f"{spm:.3f} s/MB",
                     f"{spm / ordinary:.2f}", "vs ordinary minutes"))  # fmt: skip
    results["adversarial_s_per_mb"] = {"ordinary": ordinary, **adv_results}
    rows.append(("ordinary minutes", f"{ordinary:.3f} s/MB", "1.00", "baseline for adversarial"))

    # PDF reading against pdftotext -layout
    pdfs = sorted((ROOT.parent / "shared" / "corpus_lapua").glob("*.pdf"))
    if pdfs and shutil.which("pdftotext"):
        from minutes_cli.pdf_text import pdf_to_text

        ours = theirs = 0.0
        for pdf in pdfs:
            data = pdf.read_bytes()
            start = time.perf_counter()
            pdf_to_text(data)
            ours += time.perf_counter() - start
            theirs += timed(["pdftotext", "-layout", str(pdf), os.devnull])
        results["pdf"] = {"files": len(pdfs), "ours_s": ours, "pdftotext_s": theirs}
        rows.append((f"PDF text of {len(pdfs)} Lapua PDFs vs pdftotext -layout", f"{ours:.2f} s",
                     f"{ours / theirs:.2f}", f"pdftotext {theirs:.2f} s; goal about 2x"))  # fmt: skip
    else:
        rows.append(("PDF vs pdftotext", "skipped", "-", "needs ../shared/corpus_lapua and pdftotext"))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>12}  {'ratio':>12}  note")
    for name, value, ratio, note in rows:
        print(f"{name:<{width}}  {value:>12}  {ratio:>12}  {note}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
