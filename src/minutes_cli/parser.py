"""Text to Document: normalise, drop page furniture, find the items, read each one."""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

import regex

from . import guard, patterns
from .decision import classify_outcome
from .decode import decode_bytes
from .errors import InputError, NotMinutesError
from .identifiers import case_number_in_line, parse_handling
from .items import ItemRegion, parse_item
from .kinds import item_kind
from .language import detect
from .meeting import has_meeting_labels, opens_attendance, read_meeting
from .models import Document, Item, Source, Warning
from .noise import is_chrome, noise_lines, opens_with_handlings_table, other_documents, transcript_title
from .normalize import normalize
from .segment import (
    DYNASTY_MARKER,
    closing_start,
    find_candidates,
    first_title_line,
    lists_items,
    numbered_regions,
    regions_from_candidates,
    titled_stage_regions,
    wrapped_title,
)
from .vocab import document_type_of, match_heading

_MINUTES_WORDS = patterns.compile(
    r"pöytäkirj|esityslist|kokous|päätös|päätti|valtuust|hallitu|lautakun|jaosto|pykälä|§|"
    r"protokoll|sammanträd|beslut|fullmäktige|styrelse|nämnd|föredragningslist|paragraf",
    regex.IGNORECASE,
)
_NAMES_DOCUMENT = patterns.compile(
    r"\b(?:(?:kokous)?pöytäkirja(?:n?ote)?|(?:sammanträdes)?protokoll(?:sutdrag)?|esityslista|föredragningslista|"
    r"kokouskutsu|(?:sammanträdes)?kallelse)\b",
    regex.IGNORECASE,
)
_ITEM_KINDS = frozenset({"preparer", "presenter", "proposal", "decision", "body", "handling", "conflicts"})


# A heading over how an item was handled at the meeting, or over its votes: written only in minutes.
_HANDLED_AT_MEETING = patterns.compile(
    r"[ \t]*(?:Käsittely|Kokouskäsittely|Äänestys|Äänestykset|Behandling|Omröstning)[ \t]*:?[ \t]*$", regex.IGNORECASE
)


# "Kaupunginhallituksen päätöksiä 7.6.2021": a news page of one day's decisions names itself so.
_NAMES_DAYS_DECISIONS = patterns.compile(
    r"\b(?:päätöksiä|päätökset|beslut)\b.{0,40}\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s*$", regex.IGNORECASE
)


def _marker_line(line: str) -> bool:
    """A handling line or a diary number: a marker of the item, not its text."""
    return bool(parse_handling(line) or case_number_in_line(line))


def _title_after_document_name(lines: list[str], noise: set[int], start: int) -> int | None:
    j = start
    while j < min(len(lines), start + 12):
        if j in noise or not lines[j].strip() or _marker_line(lines[j]):
            j += 1  # the item's handling line and diary number under the page's header (a KTweb extract)
            continue
        # A lead paragraph may wrap (PDF text): three lines or more, or from a long first line, down to a
        # full stop. A short line right above a sentence is the title over its text.
        end = j
        while end + 1 < len(lines) and end + 1 not in noise and lines[end + 1].strip():
            end += 1
        if len(lines[j].strip()) > 150:
            # web text holds a paragraph on one line: a short line between two of them, with no blank
            # line around it, is the title
            for k in range(j + 1, end):
                if _short_line_over_paragraph(lines[k].strip(), lines[k + 1].strip()):
                    return first_title_line(lines, noise, k, k + 1)
        if end - j < 2 and len(lines[j].strip()) < 60:
            end = j
        if lines[end].strip().endswith(".") or len(lines[j].strip()) > 150:
            j = end + 1
            continue  # the page's lead paragraph
        return first_title_line(lines, noise, j, j + 1)
    return None


# A line of four words or more ending in a full stop after a word (not an abbreviation such as "ym.", "jne.")
_SENTENCE_LINE = patterns.compile(r"^\s*\S+(?:\s+\S+){3,}?\s+\p{L}{5,}\.\s*$")


def _short_line_over_paragraph(line: str, below: str) -> bool:
    return len(below) > 150 and 0 < len(line) < 100 and not line.endswith(".") and not line[:1].isdigit()


def _may_be_garbled_heading(line: str) -> bool:
    """A line that ends in a colon, or opens with one word and a colon ("Bgrgdning: name"): the shapes
    in which a heading may be read from a near spelling."""
    text = line.rstrip()
    colon = text.find(":")
    return text.endswith(":") or (0 < colon < 30 and " " not in text[:colon].strip())


def _head_text(lines: list[str], stop: int) -> str:
    """The text before the first item, where a document names itself."""
    return "\n".join(lines[: max(stop, 1)])[:6000]


def _looks_like_item(lines: list[str], noise: set[int]) -> bool:
    for i, line in enumerate(lines):
        if i in noise or not line.strip():
            continue
        heading = match_heading(line)
        if heading and heading.kind in _ITEM_KINDS:
            return True
        if parse_handling(line) or case_number_in_line(line) or classify_outcome(line):
            return True
    return False


def _marker_regions(lines: list[str], noise: set[int]) -> list[ItemRegion] | None:
    for i, line in enumerate(lines[:80]):
        if i in noise:
            continue
        m = DYNASTY_MARKER.match(line)
        if not m:
            continue
        noise.add(i)
        if i > 0 and lines[i - 1].strip() and len(lines[i - 1].split()) <= 6:
            noise.add(i - 1)  # the organ's name above the marker
        unit = m["unit"].casefold()
        section = int(m["n"]) if unit in ("pykälä", "paragraf") else None
        region = ItemRegion(start=min(i + 1, len(lines) - 1), end=len(lines), section=section)
        after = i + 1
        if section is not None:
            for j in range(i + 1, min(len(lines), i + 80)):
                if "§" in lines[j] and lines[j].replace("§", "").strip() == str(section):
                    after = j + 1
                    break
        title_line = first_title_line(lines, noise, after, len(lines))
        if title_line is not None:
            region.title = " ".join(lines[title_line].split())
            region.title_line = title_line
        return [region]
    return None


def parse_text(text: str, *, source: Source | None = None) -> Document:
    """Parse the text of minutes, an agenda or a decision list into a Document.

    Raises NotMinutesError when the text holds nothing that reads as minutes.
    """
    if source is None:
        digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
        source = Source(path=None, sha256=digest, encoding="utf-8")
    token = guard.collect()
    collecting = gc.isenabled()
    # A parse builds many small objects and no reference cycles; the cycle collector would walk the
    # ones that survive again and again, more often the longer the document (0.36 -> 0.42-0.48 s/MB
    # at 3 MB). Reference counting still frees everything; a caller's own setting is kept.
    gc.disable()
    try:
        doc = _parse(text, source)
    finally:
        if collecting:
            gc.enable()
        timed_out = guard.finish(token)
    for what in dict.fromkeys(timed_out):
        doc.warnings.append(
            Warning(
                code="pattern-timeout", message=f"a pattern ran out of time reading the {what}; left out", line=None
            )
        )
    return doc


def _parse(text: str, source: Source) -> Document:
    normal = normalize(text)
    lines = normal.lines
    noise = noise_lines(lines, normal.page_starts)
    warnings: list[Warning] = []
    if not any(line.strip() for line in lines):
        raise NotMinutesError("empty text")

    regions = _marker_regions(lines, noise)
    one_case = opens_with_handlings_table(lines)
    found = find_candidates(lines, noise) if regions is None and not one_case else []
    first_item = min([c.line for c in found if not c.toc] or [len(lines)])
    if regions:
        first_item = regions[0].start
    document_type = document_type_of(_head_text(lines, first_item))
    # Asked only of a text where no item was found; each answer is used twice below.
    header_labels = listed_only = False
    if regions is None:
        regions = regions_from_candidates(lines, noise, found)
        if not regions:
            regions = numbered_regions(lines, noise)
        if not regions:
            regions = titled_stage_regions(lines, noise)
        if not regions:
            header_labels = has_meeting_labels(lines[:60])
            listed_only = lists_items(lines, noise)
        if not regions and not header_labels and not listed_only and _looks_like_item(lines, noise):
            region = ItemRegion(start=0, end=len(lines))
            title_line = first_title_line(lines, noise, 0, len(lines))
            title, last = wrapped_title(lines, noise, title_line, len(lines)) if title_line is not None else (None, 0)
            if title and _SENTENCE_LINE.search(title):
                title_line = None  # text copied from under the headings opens with a sentence, not a title
            if title_line is not None:
                region.title = title
                region.title_line = title_line
                region.skip.update(range(title_line + 1, last + 1))
                # above the title stand only the page's header and markers ("Oulun kaupunki" /
                # "Päivämäärä", a case number): read for markers, not text
                region.body_start = title_line
            # A first line that names the document ("SAMMANTRÄDESPROTOKOLL …", "Föredragningslista 20/2012",
            # "Kaupunginhallituksen päätöksiä 7.6.2021") is the document's heading, not the item's title:
            # the title is a short line under it, past a lead paragraph, or unknown.
            if region.title and (_NAMES_DOCUMENT.search(region.title) or _NAMES_DAYS_DECISIONS.search(region.title)):
                named_at = region.title_line or 0
                after = _title_after_document_name(lines, noise, named_at + 1)
                region.title = None if after is None else " ".join(lines[after].split())
                region.title_line = after
                if after is not None and all(
                    i in noise or not lines[i].strip() or _marker_line(lines[i]) for i in range(named_at + 1, after)
                ):
                    region.body_start = after  # only the page's header and the item's markers stand above it
            regions = [region]
    if not regions and not _MINUTES_WORDS.search(text[:100_000]) and not header_labels:
        raise NotMinutesError("no minutes found: no items, headings or minutes vocabulary")
    closing = closing_start(lines, noise, regions[-1]) if regions else None
    if closing is not None:
        regions[-1].end = closing  # the signatures after the last decision are the meeting's, not the item's
    tail = lines[closing:] if closing is not None else []

    language = detect("\n".join(line for i, line in enumerate(lines) if i not in noise))
    headless_decision = document_type == "decision"
    items: list[Item] = []
    split_lines = len(normal.origin) != len(set(normal.origin))
    for region in regions:
        item = parse_item(lines, noise, region, headless_decision)
        if split_lines:
            # flattened lines were split: spans (and the warnings that cite them) name the input's lines
            item.span.start_line = normal.origin[item.span.start_line - 1] + 1
            item.span.end_line = normal.origin[item.span.end_line - 1] + 1
        item.item_kind = item_kind(item)  # type: ignore[assignment]
        item_text = "\n".join(lines[region.start : region.end])
        lang = detect(item_text, allow_mixed=False) or (language if language in ("fi", "sv") else None)
        item.language = lang  # type: ignore[assignment]
        items.append(item)
        if item.decision is None and document_type in ("minutes", "decision"):
            warnings.append(
                Warning(
                    code="no-decision",
                    message=f"no decision found for item {item.section if item.section is not None else '?'}",
                    line=item.span.start_line,
                )
            )
    if document_type in ("unknown", "agenda") and any(item.decision for item in items):
        # Item pages of minutes systems rarely say "pöytäkirja"; a recorded decision does.
        document_type = "minutes"
    if document_type == "unknown" and items and any(_HANDLED_AT_MEETING.match(line) for line in lines):
        document_type = "minutes"
    garbled = [
        i for i, line in enumerate(lines)
        if ":" in line and _may_be_garbled_heading(line) and (h := match_heading(line)) is not None and h.near_spelling
    ]  # fmt: skip
    if garbled:
        example = lines[garbled[0]].strip()
        warnings.append(Warning(
            code="garbled-text",
            message=f"{len(garbled)} heading(s) read from near spellings (first: {example!r}); the text looks "
                    "garbled, and values are copied as written",
            line=normal.origin[garbled[0]] + 1,
        ))  # fmt: skip
    if not items:
        message = "no items found"
        if listed_only:
            message = (
                "no item texts: the document only lists its items (an index page; each item has a page of its own)"
            )
        warnings.append(Warning(code="no-items", message=message, line=None))
    head_end = regions[0].start if regions else len(lines)
    if head_end < 5 and not normal.restored:
        head_end = min(len(lines), 40)  # a flattened transcript: the header shares its lines with the items
    # a transcript's title cut from an attendance table would read as a list of its own (its people
    # stand again in the transcript, in their place); a title naming the document is kept
    cut_title = {n for n in transcript_title(lines) if opens_attendance(lines[n])} | other_documents(lines)
    head = [line for n, line in enumerate(lines[:head_end]) if n not in cut_title and not is_chrome(line)]
    decided = "\n".join(i.decision.text for i in items[:4] if i.decision)
    # a proposal approved as it stood is what was decided: "Valitaan pöytäkirjan tarkastajiksi …" / "Hyväksyttiin."
    approved = "\n".join(
        i.proposal.text for i in items[:4] if i.proposal and i.decision and i.decision.outcome == "approved"
    )
    meeting = read_meeting(head, decided, approved, tail)
    if document_type == "unknown" and meeting and any(p.status == "present" for p in meeting.participants):
        # who was there is recorded in minutes; an agenda names itself ("Esityslista", "Kallelse")
        document_type = "minutes"
    return Document(
        source=source,
        language=language,
        document_type=document_type,
        meeting=meeting,
        items=items,
        warnings=warnings,
    )


def detect_format(data: bytes) -> str:
    """The input format from the bytes themselves: "pdf", "html" or "text"."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if _looks_like_html(data):
        return "html"
    return "text"


def _looks_like_html(data: bytes) -> bool:
    # kept out of html_text so that reading a text file does not import the HTML parser
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        head.startswith(b"<") and (b"<body" in data[:65536].lower() or b"<div" in head or b"<p" in head)
    )


def parse_bytes(
    data: bytes, *, path: str | None = None, encoding: str | None = None, input_format: str = "auto"
) -> Document:
    """Decode and parse the bytes of one input file: text, an HTML page or a PDF."""
    if not data.strip():
        raise InputError("empty file")
    fmt = detect_format(data) if input_format == "auto" else input_format
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from .pdf_text import pdf_to_text

        text, used = pdf_to_text(data), "binary"
    elif fmt == "html":
        from .html_text import html_to_text

        page = html_to_text(data, encoding)
        source = Source(path=path, sha256=digest, encoding=page.encoding, format="html")
        doc = parse_text(page.text, source=source)
        if "paatos" in page.classes and doc.document_type in ("minutes", "unknown"):
            # Helsinki's decision pages mark themselves as a decision ("paatos").
            doc.document_type = "decision"
        if doc.language is None and page.lang in ("fi", "sv"):
            # too few words to tell (a secret decision's page): the page's declared language
            doc.language = "fi" if page.lang == "fi" else "sv"
            for item in doc.items:
                item.language = item.language or doc.language
        return doc
    elif fmt == "text":
        text, used = decode_bytes(data, encoding)
    else:
        raise InputError(f"unknown input format {fmt!r}")
    source = Source(path=path, sha256=digest, encoding=used, format="pdf" if fmt == "pdf" else "text")
    return parse_text(text, source=source)


DEFAULT_MAX_SIZE = 200 * 1024 * 1024


def parse_file(
    path: str | Path, *, encoding: str | None = None, input_format: str = "auto", max_size: int = DEFAULT_MAX_SIZE
) -> Document:
    """Read and parse one file. Raises InputError for files that cannot be read as text or are too large."""
    p = Path(path)
    if p.is_dir():
        raise InputError("is a directory")
    try:
        size = p.stat().st_size
        if size > max_size:
            raise InputError(f"{size / 1e6:.0f} MB is more than --max-size {max_size // (1024 * 1024)} (megabytes)")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read file") from exc
    return parse_bytes(data, path=str(path), encoding=encoding, input_format=input_format)
