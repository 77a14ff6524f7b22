"""One item's lines into an Item: identifiers, stages, people, proposal and decision."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace

import regex

from . import patterns
from .blocks import build_proposal, indent_of, join_lines, list_marker, paragraphs, text_of
from .dates import DIGIT_DATE
from .decision import build_decision, opens_with_decision_verb, reads_as_decision, states_conflict
from .identifiers import HAS_DIGIT, case_number_after_title, case_number_in_line, find_amounts, parse_handling
from .models import CaseNumber, Decision, Handling, Item, Person, Proposal, Span, Stage
from .people import (
    authors_of_text,
    find_email,
    is_title_word,
    looks_like_person_line,
    parse_person,
    presenter_from_label,
    titled_speaker,
)
from .vocab import ACTING, ACTING_PREFIX, Heading, heading_kind, match_heading, names_an_organ, official_after_heading

_DATE_ONLY = patterns.compile(rf"^\s*(?:{DIGIT_DATE})(?:\s+(?:klo|kl\.?)?\s*\d{{1,2}}[.:]\d{{2}})?\s*$", regex.I)
_SECTION_ONLY = patterns.compile(r"^\s*§\s?\d{1,4}\s*$|^\s*\d{1,4}\s?§\s*$")
_CONTACT_ONLY = patterns.compile(
    r"^\s*(?:(?:puh(?:elin)?|tel(?:efon)?|tfn|p|gsm|mob)\.?\s*:?\s*)?\+?[\d\s\-]{6,}\s*$|^\s*\S+@\S+\s*$|^\s*\S+\(a\)\S+\s*$",
    regex.I,
)
ORGAN_LINE = patterns.compile(
    r"^\s*(?:\p{Lu}[\w\-]*\s){0,5}?[\w\-]*(?:hallitus|valtuusto|lautakunta|jaosto|johtokunta|toimikunta|"
    r"styrelse|fullmäktige|nämnd|sektion|direktion|City\sBoard|City\sCouncil|Committee|Board|Council)\s*$",
    regex.IGNORECASE,
)
_LOWER_TITLE = patterns.compile(r"^\s*\p{Ll}[\p{Ll}\-]+(?:\s\p{Ll}[\p{Ll}\-]+){0,2}\s*$")


@dataclass
class ItemRegion:
    """Where an item lies in the lines, and what the segmenter already knows of it."""

    start: int
    end: int
    section: int | None = None
    title: str | None = None
    title_line: int | None = None
    body_start: int | None = None
    handling: Handling | None = None
    inline_decision: str | None = None
    inline_proposal: tuple[str, str] | None = None
    """A digest line's proposal: its heading ("Kaupunginjohtajan päätösesitys") and its text."""
    skip: set[int] = field(default_factory=set)
    lead: list[str] = field(default_factory=list)
    """Text that stood on the item's first line after its title (flattened transcripts)."""


@dataclass
class _Blocks:
    lead: list[str] = field(default_factory=list)
    by_kind: dict[str, list[tuple[Heading, list[str]]]] = field(default_factory=dict)
    order: list[tuple[Heading, list[str]]] = field(default_factory=list)

    def all(self, kind: str) -> list[tuple[Heading, list[str]]]:
        return self.by_kind.get(kind, [])


def _organ_label(line: str, organ: str) -> Heading | None:
    """ "KHALL: Hyväksyttiin.", "Kvalt:": older minutes label the decision with the abbreviation of the
    organ that made it, the one that opens the stage ("KHALL § 45")."""
    text = line.strip()
    if text[: len(organ)].casefold() != organ.casefold():
        return None
    after = text[len(organ) :].lstrip()
    if after.startswith(":"):
        return Heading("decision", text[: len(organ)], after[1:].strip(), ":")
    # "KST 31" / "Antecknades för kännedom.": the organ and the section over the decision (Vörå)
    m = _SECTION_LABEL.match(after)
    if m and text[len(organ) : len(organ) + 1].isspace():
        return Heading(
            "decision", text[: len(organ) + m.end("n")].strip(), (m["rest"] or "").strip(), ":" if m["colon"] else ""
        )
    return None


_SECTION_LABEL = patterns.compile(r"^(?P<n>\d{1,4})(?P<colon>:)?(?:\s+(?P<rest>.*))?$")


def _split_blocks(lines: list[str], organ: str | None = None) -> _Blocks:
    """The lines under each heading; `organ`, an abbreviation, may label the decision."""
    blocks = _Blocks()
    current: list[str] = blocks.lead
    previous = ""
    for line in _join_broken_labels(lines):
        heading = match_heading(line) or (_organ_label(line, organ) if organ else None)
        if heading and heading.label[:1].islower() and previous.strip() and _SENTENCE_GOES_ON.search(previous):
            heading = None  # "… skickas vidare för" / "beredning: krisplaner …": a sentence wrapped
        previous = line
        if heading and heading.kind == "close":
            current = blocks.lead
            current.append("")
        elif heading:
            current = [heading.rest] if heading.rest else []
            blocks.by_kind.setdefault(heading.kind, []).append((heading, current))
            blocks.order.append((heading, current))
        else:
            current.append(line)
    return blocks


# A heading in the left column broken at a hyphen, its end on the next line: "Täytäntöönpano-   Asia …" /
# "tiedot            Ote: …" (Oulu's PDFs)
_BROKEN_LABEL = patterns.compile(r"^(?P<indent>\s*)(?P<label>\S+-)(?P<gap>\s{2,})(?P<rest>\S.*)$")
_LABEL_END = patterns.compile(r"^(?P<indent>\s*)(?P<word>\p{Ll}+)(?:\s{3,}(?P<rest>\S.*))?$")


def _join_broken_labels(lines: list[str]) -> list[str]:
    out = list(lines)
    for i in range(len(out) - 1):
        m = _BROKEN_LABEL.match(out[i]) if "-" in out[i] else None
        end = _LABEL_END.match(out[i + 1]) if m else None
        if not (m and end and len(end["indent"]) == len(m["indent"])):
            continue
        label = m["label"][:-1] + end["word"]
        heading = match_heading(label)
        if heading is None or heading.rest:
            continue
        column = len(m["indent"]) + len(m["label"]) + len(m["gap"])
        gap = max(3, column - len(m["indent"]) - len(label))  # still a column gap for the longer label
        out[i] = f"{m['indent']}{label}{' ' * gap}{m['rest']}"
        out[i + 1] = " " * column + (end["rest"] or "")
    return out


def _is_title_line(text: str) -> bool:
    """A job title alone on its line, above the name: "kaupunginjohtaja", "va. kaupunkiympäristön
    toimialajohtaja", "sosiaali- ja terveystoimialan toimialajohtaja"."""
    if find_email(text):
        return False
    words = text.split()
    if _LOWER_TITLE.match(text) and len(words) <= 3:
        return True
    if len(words) == 1 and text.isalpha() and is_title_word(text):
        return True  # "Kaupunginjohtaja" over "Jukka Kujala": one word, so never a name with its title
    return text[:1].islower() and len(words) <= 6 and is_title_word(words[-1]) and not any(c.isdigit() for c in text)


def _short_title(text: str) -> bool:
    """A job title of at most four words alone on its line: "Palvelupäällikkö", "Tekninen johtaja"; no
    digit or punctuation (so never an e-mail address, which always has a dot)."""
    text = ACTING.sub("", text)  # "vt. kunnanjohtaja"
    words = text.split()
    return 0 < len(words) <= 4 and is_title_word(words[-1]) and not any(c.isdigit() or c in ",.:;" for c in text)


def _title_and_name(text: str) -> bool:
    """An official's title and name and nothing else: "Kunnanjohtaja Matti Mäki"."""
    if len(text.split()) > 6 or any(c.isdigit() or c in ",.:;" for c in text):
        return False
    person = parse_person(text)
    return person is not None and person.title is not None and person.name is not None


# A phone label whose number a transcript lost: "Jouni Majala, puh. Kaisa Koski, puh."
_LOST_PHONE = patterns.compile(r",\s*(?:puh|p|tel|tfn)\.?(?:\s*$|\s+(?=\p{Lu}))", regex.IGNORECASE)


def _people(lines: list[str]) -> tuple[list[Person], list[str]]:
    """People listed under a preparer or presenter heading, and the lines after them that are prose."""
    lines = [_LOST_PHONE.sub(", ", line).rstrip(" ,") if _LOST_PHONE.search(line) else line for line in lines]
    columns = _people_in_columns(lines)
    if columns:
        return columns
    people: list[Person] = []
    pending_title: str | None = None
    consumed = 0
    for index, line in enumerate(lines):
        # a list of people on a web page is bulleted: "- Antti Mäenpää, tekninen johtaja, …"
        text = _BULLET.sub("", line.strip())
        if not text:
            consumed = index + 1
            continue
        if text.endswith(":") and text[-2:-1].isdigit():
            text = text[:-1]  # "Marjut Hyttinen, hallintoassistentti, 31050997:" over the e-mail (Ahjo)
        if _CONTACT_ONLY.match(text) and people:
            extra = parse_person(text)
            last = people[-1]
            if pending_title and last.title is None:
                # the name, its title and its contacts on lines of their own ("Anna Aho" / "talousjohtaja" /
                # "puh. 040 …")
                last = replace(last, raw=f"{last.raw}, {pending_title}", title=pending_title)
                pending_title = None
            if extra:
                last = replace(
                    last,
                    raw=f"{last.raw}, {extra.raw}",
                    phone=last.phone or extra.phone,
                    email=last.email or extra.email,
                )
            people[-1] = last
            consumed = index + 1
            continue
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if people and people[-1].title is None and not below and "@" not in text and _short_title(text):
            # Lapua: name, e-mail, then the title under them ("Leena Luomanen" / "…@lapua.fi" /
            # "Kunnallistekniikan suunnittelija"), a blank line after
            people[-1] = replace(people[-1], raw=f"{people[-1].raw}, {text}", title=text)
            consumed = index + 1
            continue
        if _is_title_line(text):
            pending_title = text
            consumed = index + 1
            continue
        bracketed = _BRACKETED_TITLES.fullmatch(text) if pending_title is None and "(" in text else None
        if bracketed:
            # "Anna Aho (talousjohtaja), Bo Berg (kirjanpitäjä)"
            people.extend(
                Person(raw=m.group(0), title=m["title"].strip(), name=m["name"])
                for m in _BRACKETED_TITLE.finditer(text)
            )
            consumed = index + 1
            continue
        pair = (_two_people(text) or _people_by_commas(text)) if pending_title is None else None
        if pair:
            people.extend(pair)  # "talousjohtaja Anna Virtanen ja kunnansihteeri Aila Koski"
            consumed = index + 1
            continue
        if looks_like_person_line(text):
            person = parse_person(f"{pending_title} {text}" if pending_title else text)
            pending_title = None
            if person:
                people.append(person)
            consumed = index + 1
            continue
        break
    if not people:
        run = _people_in_run(lines)
        if run:
            return run
        only = _title_alone(lines)
        if only:
            return only
    return people, lines[consumed:]


_AND = patterns.compile(r"\s(?:ja|och)\s")
_BRACKETED_TITLE = patterns.compile(
    r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s\((?P<title>[^()]{2,60})\)"
)
_BRACKETED_TITLES = patterns.compile(
    rf"(?:{_BRACKETED_TITLE.pattern}(?:,\s|\s(?:ja|och)\s))+{_BRACKETED_TITLE.pattern}\.?"
)
_ALSO_PREPARER = patterns.compile(r"valmistelija|beredare", regex.IGNORECASE)
# a Dynasty page's link to an attachment, above the title: "Liite1 | Oikaisuvaatimus … |"
ATTACHMENT_LINK = patterns.compile(r"^\s*(?:Liite|Bilaga)\s?\d{0,2}\s?\|\s?(?P<name>[^|]{2,200}?)\s?\|?\s*$")
_ADDS_TO_DECISION = patterns.compile(r"päätöksen\slisätiedot", regex.IGNORECASE)


def _two_people(text: str) -> list[Person] | None:
    """Two people joined by "ja" / "och", each with a name."""
    parts = _AND.split(text)
    if len(parts) != 2 or find_email(text) or len(text) > 120:
        return None
    people = [parse_person(part) for part in parts]
    if not all(p and p.name and looks_like_person_line(part) for p, part in zip(people, parts, strict=True)):
        return None
    return [p for p in people if p]


def _people_by_commas(text: str) -> list[Person] | None:
    """Several people on one line, each name followed by its title and contacts: "Anna Aho, talousjohtaja,
    puh. 040 …, Bo Berg, kirjanpitäjä, …" or "talousjohtaja Anna Aho, anna.aho@…, kirjanpitäjä Bo Berg, …".
    A part with a name opens the next person once the one before has a name; None for one person."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) < 4 or len(text) > 400 or _SENTENCE_END.search(text):
        return None
    groups: list[list[str]] = []
    named = False
    for part in parts:
        person = None if find_email(part) or HAS_DIGIT.search(part) else parse_person(part)
        has_name = bool(person and person.name and len(person.name.split()) >= 2)
        if not groups or (has_name and named):
            groups.append([part])
            named = has_name
        else:
            groups[-1].append(part)
            named = named or has_name
    people = [parse_person(", ".join(group)) for group in groups]
    if len(people) < 2 or not all(p and p.name and (p.title or p.phone or p.email) for p in people):
        return None
    return [p for p in people if p]


def _title_alone(lines: list[str]) -> tuple[list[Person], list[str]] | None:
    """A presenter or preparer given by the office only ("Esittelijä: Kunnanjohtaja"): a short line whose
    last word is a job title, with a blank line or nothing under it."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return None
    text = " ".join(lines[start].split())
    below = lines[start + 1].strip() if start + 1 < len(lines) else ""
    if below or not _short_title(text):
        return None
    return [_by_office(text)], lines[start + 1 :]


_NAME_PART = patterns.compile(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$")


def _people_in_columns(lines: list[str]) -> tuple[list[Person], list[str]] | None:
    """Several people a line, their e-mails and titles on the lines below in the same order
    (Lapua): "Mirva Korpi, Jarkko Panu" / "mirva.korpi@lapua.fi, jarkko.panu@lapua.fi" /
    "Ympäristöinsinööri, Rakennustarkastaja"."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return None
    names = [p.strip() for p in lines[start].split(",")]
    if len(names) < 2 or not all(_NAME_PART.match(n) and not is_title_word(n.split()[0]) for n in names):
        return None
    details: list[list[str]] = [[] for _ in names]
    end = start + 1
    while end < len(lines) and lines[end].strip():
        parts = [p.strip() for p in lines[end].split(",")]
        if len(parts) != len(names):
            break
        for slot, part in zip(details, parts, strict=True):
            slot.append(part)
        end += 1
    people = []
    for name, extra in zip(names, details, strict=True):
        emails = [e for e in extra if find_email(e)]
        titles = [t for t in extra if not find_email(t) and not any(c.isdigit() for c in t)]
        phones = [p for p in extra if p not in emails and p not in titles]
        raw = ", ".join([name, *extra])
        people.append(Person(raw=raw, title=titles[0] if titles else None, name=name,
                             phone=phones[0] if phones else None, email=emails[0] if emails else None))  # fmt: skip
    return people, lines[end:]


# Before a job title that opens the next person of a run: "…, talouspäällikkö Armi …", "… ja konsernicontroller …".
# A person's contacts after a comma stay with the person: "…, puh. 040 123 4567, anna.aho@kunta.fi".
_RUN_SPLIT = patterns.compile(
    r",\s+(?=\p{Ll})(?!(?:puh|puhelin|p|tel|gsm|tfn)\b\.?\s*:?\s*\+?\d|[\w.\-]+@)|\s(?:ja|och)\s(?=\p{Ll})"
)
_SENTENCE_END = patterns.compile(r"(?<!\b(?:puh|p|tel|gsm|ma|vs|va|ym|mm|ns|tms|esim|bl\.a))\.\s+\p{Lu}")


def _people_in_run(lines: list[str]) -> tuple[list[Person], list[str]] | None:
    """People written as one run in the first paragraph: "Konsernihallinto, talousjohtaja Jukka Weisell
    puh. 0400 383 490, talouspäällikkö Armi Tauriainen puh. 044 703 1236 ja controller Jaana Niemelä"."""
    end = next((i for i, line in enumerate(lines) if i and not line.strip()), len(lines))
    text = join_lines(lines[:end])
    if not text or len(text) > 600 or _SENTENCE_END.search(text):
        return None
    people = []
    for segment in _RUN_SPLIT.split(text):
        person = parse_person(segment)
        if person and person.name and len(person.name.split()) >= 2 and (person.title or person.phone):
            people.append(person)
    if len(people) < 2:
        return None
    return people, lines[end:]


def _leading_decision(lines: list[str]) -> tuple[list[str], list[str]]:
    """A proposal heading over a decision in the past tense ("Esitys" / "Kaupunginhallitus päätti panna
    asian pöydälle …", Helsinki's page of a tabled case): the first paragraph is the decision."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return lines, []
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    if not opens_with_decision_verb(join_lines(lines[start:end])):
        return lines, []
    return lines[end:], lines[start:end]


def _paragraph_starts(lines: list[str]) -> list[int]:
    """The lines that open a paragraph: text after a blank line or at the start."""
    return [i for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip())]


def _split_trailing_decision(lines: list[str]) -> tuple[list[str], list[str]]:
    """In a list of decisions, the paragraph after a proposal that states a decision is the decision."""
    starts = _paragraph_starts(lines)
    for i in starts[1:]:
        paragraph = join_lines(lines[i : next((j for j in starts if j > i), len(lines))])
        if reads_as_decision(paragraph) and not list_marker(lines[i]):
            return lines[:i], lines[i:]
    # no blank line after the points: the first line back at the margin that states a decision in the past
    for i in range(1, len(lines)):
        if _back_at_margin(lines, i) and opens_with_decision_verb(lines[i].strip()):
            return lines[:i], lines[i:]
    return lines, []


def _back_at_margin(lines: list[str], i: int) -> bool:
    above = lines[i - 1]
    return bool(
        lines[i].strip() and above.strip() and indent_of(lines[i]) < indent_of(above) and not list_marker(lines[i])
    )


_EARLIER_DECISION = patterns.compile(rf"§\s?\d|{DIGIT_DATE}")


def _told_decision(lines: list[str]) -> tuple[list[str], list[str]]:
    """The last paragraph when it opens by stating what was decided ("Kommunstyrelsen beslutade …",
    "Hyväksyttiin …"); one that names a date or section up front tells of an earlier decision."""
    starts = _paragraph_starts(lines)
    if not starts:
        return lines, []
    last = join_lines(lines[starts[-1] :])
    if opens_with_decision_verb(last) and not _EARLIER_DECISION.search(last[:80]):
        return lines[: starts[-1]], lines[starts[-1] :]
    return lines, []


def _names_presenter(heading: Heading) -> bool:
    """A proposal heading followed on its line by the person who makes it: "Päätösehdotus Kaupunginjohtaja
    Kujala Jukka", or in a column beside it, "Päätösehdotus   Kaupunginjohtaja Jukka Mäkelä" (Dynasty)."""
    if not heading.rest:
        return False
    if heading.separator == ":":
        # "Päätösehdotus: Kunnanjohtaja" or "Ehdotus: Kunnanjohtaja Matti Mäki" over the proposal's text
        return _short_title(heading.rest) or _title_and_name(heading.rest)
    return heading.separator == " " or (
        heading.separator == "column" and (looks_like_person_line(heading.rest) or _short_title(heading.rest))
    )


# "Förslag" / "Stadsdirektören:" / the proposal: the official who makes it, on a line of its own
# ("Kunnanjohtaja: Kokous todetaan …": the proposal may go on after the title)
_SPEAKER = patterns.compile(
    rf"^\s*(?P<title>(?:(?i:{ACTING_PREFIX})\p{{L}}|\p{{Lu}})[\w\-]*(?:\s[\w\-]+){{0,2}}):(?:\s+(?P<rest>\S.*))?\s*$"
)


def _by_office(title: str) -> Person:
    """Someone named only by their office ("Kunnanjohtaja") or a body ("Kommunstyrelsen"), no name."""
    return Person(raw=title, title=title, name=None)


def _speaker_line(lines: list[str], organs: bool = False) -> tuple[Person | None, list[str]]:
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    m = _SPEAKER.match(lines[first]) if first is not None else None
    if m is None or first is None or not _speaks(m["title"], organs):
        return None, lines
    title = m["title"]
    rest = [m["rest"]] if m["rest"] else []
    return _by_office(title), [*rest, *lines[first + 1 :]]


def _speaks(title: str, organs: bool, own_organ: str | None = None) -> bool:
    """True for an official's title, or with `organs` another body's name ("Kunnanhallitus") than the stage's
    own, before a colon."""
    if is_title_word(title.split()[-1]):
        return True
    return organs and names_an_organ(title) and title.casefold() != (own_organ or "").casefold()


def _last_speaker_paragraph(lines: list[str], own_organ: str | None = None) -> int | None:
    """The line that opens the last paragraph with an official's title and a colon, or another body's name
    ("Kunnanhallitus:" in the council's stage, its proposal); a title alone on its line opens a paragraph
    even without a blank line before it (older minutes and agendas, a field to a line)."""
    found = None
    starts = set(_paragraph_starts(lines))
    for n, line in enumerate(lines):
        if not line.strip() or line.lstrip()[:1].islower():
            continue
        m = _SPEAKER.match(line)
        if m is None:
            continue
        alone = not m["rest"] and n + 1 < len(lines) and bool(lines[n + 1].strip())
        if not ((m["rest"] and n in starts) or alone):
            continue
        if _speaks(m["title"], organs=True, own_organ=own_organ):
            found = n
    return found


_AUTHORS_WITHIN = 40  # lines from a stage's start: the writers' line opens its text, under a summary at most


def _authors_line(lines: list[str]) -> tuple[list[Person], list[str]]:
    """The writers a stage's line names with the date ("Kaupunkiympäristötoimiala, projektipäällikkö
    Anni Virtanen 5.5.2025:"), and the stage's lines without it."""
    for n, line in enumerate(lines[:_AUTHORS_WITHIN]):
        # the line ends in a date and a colon: most lines are passed over by their last two characters
        end = line.rstrip()[-2:]
        if end[-1:] == ":" and end[:1].isdigit() and (people := authors_of_text(line)):
            return people, [*lines[:n], *lines[n + 1 :]]
    return [], lines


_UNIT_LINE = patterns.compile(r"\p{Lu}[\p{L}\-]*(?:\s[\p{L}\-]+){0,5}")


def _official_over_text(lead: list[str]) -> Person | None:
    """The official who brings the item, over its text in a paragraph of two lines, the title and name
    and then the organ or unit ("Apulaiskaupunginjohtaja Jari Kyllönen" / "Kaupunginhallitus", Kuopio's
    Dynasty); the paragraph is taken out of the text."""
    start = next((n for n, line in enumerate(lead) if line.strip()), None)
    if start is None or start + 2 > len(lead) or (start + 2 < len(lead) and lead[start + 2].strip()):
        return None
    official, unit = lead[start].strip(), lead[start + 1].strip()
    person = parse_person(official) if len(official) <= 80 else None
    if person is None or not person.title or not person.name or not is_title_word(person.title.split()[-1]):
        return None
    if official != " ".join([person.title, person.name]) or not _UNIT_LINE.fullmatch(unit):
        return None  # a sentence or a contact line, not the official alone
    del lead[start : start + 2]
    return person


def _speaker_above_proposal(blocks: _Blocks) -> Person | None:
    """The official whose title and name stand alone on the line over the proposal heading
    ("Kansliapäällikkö Ville Rantanen:" / "Ehdotus …"); the line is taken out of the text above."""
    at = next((n for n, (heading, _) in enumerate(blocks.order) if heading.kind == "proposal"), None)
    if at is None:
        return None
    above = blocks.order[at - 1][1] if at else blocks.lead
    last = next((n for n in range(len(above) - 1, -1, -1) if above[n].strip()), None)
    speaker = titled_speaker(above[last]) if last is not None else None
    if speaker is not None and last is not None:
        del above[last]
    return speaker


def _proposal_presenter(heading: Heading) -> Person | None:
    official = official_after_heading(heading.label)
    if official:
        return _by_office(official)  # "Ehdotus Kunnanjohtaja: Todetaan …"
    if _names_presenter(heading):
        rest = heading.rest.removesuffix(":").strip()  # "Ehdotus Vt. kunnanjohtaja:" over the text
        if _short_title(rest):
            return _by_office(rest)
        return parse_person(rest)
    bracketed = _BRACKETED_OFFICIAL.search(heading.label)
    if bracketed and _short_title(bracketed["title"]):
        return _by_office(bracketed["title"])
    if heading.separator == ":" and not heading.near_spelling and heading_kind(heading.label) is None:
        # no heading word: the official speaks ("Rehtori: Esitän, että …")
        if _short_title(heading.label):
            return _by_office(heading.label)
        return parse_person(heading.label)
    return presenter_from_label(heading.label)


_BRACKETED_OFFICIAL = patterns.compile(r"\((?P<title>[^()]{3,40})\)\s*$")


@dataclass
class _StageParts:
    handling: Handling | None
    preparers: list[Person]
    presenter: Person | None
    body: str | None
    proposal: Proposal | None
    decision: Decision | None
    blocks: _Blocks
    lists: dict[str, list[str]] = field(default_factory=dict)


def _parse_stage(handling: Handling | None, lines: list[str], headless_decision: bool) -> _StageParts:
    preparers, lines = _authors_line(lines)
    blocks = _split_blocks(lines, _abbreviation(handling.organ) if handling else None)
    speaker_above = _speaker_above_proposal(blocks)
    if speaker_above is None and blocks.all("proposal") and not blocks.all("presenter"):
        speaker_above = _official_over_text(blocks.lead)
    links = [m["name"].strip() for line in blocks.lead if (m := ATTACHMENT_LINK.match(line))]
    body_lines: list[str] = [line for line in blocks.lead if not ATTACHMENT_LINK.match(line)]
    for _heading, content in blocks.all("preparer"):
        people, rest = _people(content)
        preparers.extend(people)
        body_lines.extend(["", *rest])
    presenter: Person | None = None
    for n, (heading, content) in enumerate(blocks.order):
        if heading.kind != "presenter":
            continue
        people, rest = _people(content)
        text = [line.strip() for line in rest if line.strip()]
        if not people and len(text) == 1 and names_an_organ(text[0]):
            # "Föredragande Kommunstyrelsen": a council's item is put to it by the board
            people, rest = [_by_office(text[0])], []
        if people and presenter is None:
            presenter = people[0]
        if _ALSO_PREPARER.search(heading.label):
            preparers.extend(people)  # "Valmistelija ja esittelijä: kunnanjohtaja Jukka Kujala"
        before = blocks.order[n - 1] if n else None
        if before and before[0].kind == "proposal" and not any(x.strip() for x in before[1]):
            # Lapua: "Ehdotus" / "Esittelijä: name, title" / the proposal text.
            before[1].extend(rest)
        else:
            body_lines.extend(["", *rest])
    for _heading, content in blocks.all("body"):
        body_lines.extend(["", *content])
    lists: dict[str, list[str]] = {}
    for kind in _LIST_KINDS:
        for _heading, content in blocks.all(kind):
            entries, rest = split_list(content)
            lists.setdefault(kind, []).extend(entries)
            body_lines.extend(["", *rest])
    if links and not lists.get("attachments"):
        lists["attachments"] = links  # the item's own list, where it has one, names them as written
    proposal = None
    trailing_decision: list[str] = []
    if presenter is None:
        presenter = speaker_above
    for heading, content in blocks.all("proposal"):
        if presenter is None:
            presenter = _proposal_presenter(heading)
        lines_ = content[1:] if _names_presenter(heading) else content
        speaker, lines_ = _speaker_line(lines_)
        if presenter is None:
            presenter = speaker
        if headless_decision and not blocks.all("decision"):
            lines_, trailing_decision = _split_trailing_decision(lines_)
        elif not blocks.all("decision"):
            lines_, trailing_decision = _leading_decision(lines_)
        built = build_proposal(lines_)
        if built:
            proposal = built
    if proposal is None and not blocks.all("proposal"):
        # older minutes open the proposal with the official's title and no heading: "Kunnanjohtaja:
        # Kunnanhallitus esittää valtuustolle, että …" over "Khall: Hyväksyttiin."; in the council's stage,
        # or an agenda's, the board's name does ("Kunnanhallitus:" / "Valtuusto merkitsee …")
        start = _last_speaker_paragraph(body_lines, handling.organ if handling else None)
        speaker, rest = _speaker_line(body_lines[start:], organs=True) if start is not None else (None, [])
        built = build_proposal(rest) if speaker else None
        decided_here = not blocks.all("decision") and built is not None and opens_with_decision_verb(built.text)
        if speaker and built and start is not None and not decided_here:
            proposal, body_lines = built, body_lines[:start]
            presenter = presenter or speaker
    extra = [p for _h, c in blocks.all("handling") for p in paragraphs(c)]
    for heading, content in blocks.all("conflicts"):
        # "Esteelliset: Johannes Karvo, Kati Ojala ja Aki Ylinen; eivät läsnä.": the heading says what the
        # names under it are, so it stays with them
        told = paragraphs(content)
        if told and not states_conflict(told[0]):
            told[0] = f"{heading.label}: {told[0]}"
        extra += told
    decided: list[str] = []
    final: list[str] = []
    for heading, content in blocks.all("decision"):
        # "Päätöksen lisätiedot" adds to the decision above it; another decision heading replaces it
        if _ADDS_TO_DECISION.match(heading.label):
            decided.extend(paragraphs(content))  # in place: a run of such headings stays linear
        else:
            decided = paragraphs(content)
        if any(decided):
            final = decided  # the last decision with text is the stage's; only it is read
    decision = build_decision(final, extra) if final else None
    if decision is None and trailing_decision:
        decision = build_decision(paragraphs(trailing_decision))
    if decision is None and headless_decision and not blocks.by_kind:
        decision = build_decision(paragraphs(body_lines))
        body_lines = []
    elif decision is None and not blocks.by_kind:
        # minutes told as a story, without headings: "Till protokollsjusterare valdes A och B."
        body_lines, told = _told_decision(body_lines)
        decision = build_decision(paragraphs(told)) if told else None
    return _StageParts(handling, preparers, presenter, text_of(body_lines), proposal, decision, blocks, lists)


def _abbreviation(organ: str) -> str | None:
    """The organ as an abbreviation ("KHALL", "Kvalt", "Tekla"); a full name ending in a colon
    ("Kaupunginhallitus:") leads into a list of proposal points instead."""
    return organ if 2 <= len(organ) <= 8 and organ.isalpha() else None


_ENTRY_NUMBER = patterns.compile(r"^\s*\d{1,3}[.)]?\s+\S")
_LIST_KINDS = ("attachments", "supplementary", "distribution")


def split_list(content: list[str]) -> tuple[list[str], list[str]]:
    """The entries of an attachment or distribution list, and the lines after it.

    A list ends at the first blank line after its entries unless numbering or bullets go on; a
    numbered or bulleted entry that wraps continues on the lines that do not start with a marker.
    """
    entries: list[str] = []
    marked = False
    i = 0
    while i < len(content) and not content[i].strip():
        i += 1
    while i < len(content):
        line = content[i]
        if not line.strip():
            j = i
            while j < len(content) and not content[j].strip():
                j += 1
            if marked and j < len(content) and _entry_marker(content[j]):
                i = j
                continue
            return entries, content[i:]
        text = " ".join(line.split())
        if _ENTRY_NUMBER.match(line) or _NAMED_ENTRY.match(text):
            marked = _ENTRY_NUMBER.match(line) is not None or marked
            # "1. Kaavakartta, 2. Kaavaselostus", "Liite 1 Kaavakartta, Liite 2 Kaavaselostus" on one line
            entries.extend(_INLINE_ENTRIES.split(text))
        elif _BULLET.match(text):
            marked = True
            entries.append(_BULLET.sub("", text))
        elif marked and entries:
            entries[-1] = join_lines([entries[-1], text])
        else:
            entries.append(text)
        i += 1
    return entries, []


def _entry_marker(line: str) -> bool:
    return bool(_ENTRY_NUMBER.match(line) or _BULLET.match(line.strip()))


# A bullet is only a marker; a number stays with its entry ("Liite 1", "2. Kaavaselostus" name the
# attachment).
_BULLET = patterns.compile(r"^[-–•*▪·]\s+(?=\S)")
_NAMED_ENTRY = patterns.compile(r"^(?:Liite|Bilaga)\s\d{1,2}\b")
_INLINE_ENTRIES = patterns.compile(r",\s+(?=\d{1,2}[.)]\s+\S|(?:Liite|Bilaga)\s\d{1,2}\b)")


def parse_item(lines: list[str], noise: set[int], region: ItemRegion, headless_decision: bool) -> Item:
    """Build the Item of one region of lines."""
    if region.inline_decision:
        headless_decision = False  # the title's line states the decision; the text under it explains it
    indexes = _across_page_breaks(
        lines, [i for i in range(region.start, region.end) if i not in noise and i not in region.skip]
    )
    indexes = _before_attachment_pages(lines, indexes)
    case_number: CaseNumber | None = None
    title = region.title
    in_title = case_number_after_title(title) if title else None
    if in_title:
        title, case_number = in_title
    stage_starts: list[tuple[int, Handling]] = []
    earlier: set[int] = set()
    history_list = False
    title_lines = {region.title_line} if region.title_line is not None else set()
    if title is None:
        subject = _subject_in_matter_column(lines, indexes, region.start)
        if subject is not None:
            title, at = subject
            title_lines.add(at)
    for i in indexes:
        line = lines[i]
        if not line.strip() or i in title_lines:
            continue
        if case_number is None:
            case_number = case_number_in_line(line)
            if case_number:
                title_lines.add(i)
                continue
        if history_list and _BULLET.match(line.lstrip()):
            # "Aikaisempi käsittely" / "- Tekninen lautakunta 12.10.2025 § 88": a bulleted list of the
            # earlier handlings (a web page's), their text not here
            bulleted = parse_handling(_BULLET.sub("", line.strip()))
            if bulleted:
                earlier.add(i)
                stage_starts.append((i, bulleted))
                continue
        history_list = len(line) < 60 and "§" not in line and _history_label(line)
        heading = match_heading(line) if "§" in line else None
        if heading and heading.kind == "history" and heading.rest:
            # TWeb: "Päätöshistoria   Kaupunginhallitus 20.3.2017 § 66" names an earlier handling.
            handling = parse_handling(heading.rest)
            if handling:
                earlier.add(i)
        elif i - 1 in earlier and line[:1].isspace() and (handling := parse_handling(line)) is not None:
            earlier.add(i)  # the next earlier handling in the column under the label
        else:
            handling = parse_handling(line)
            if handling and is_title_word(handling.organ.split()[-1]):
                handling = None  # "Tekninen johtaja 12.03.2024 § 5": an official's decision listed for the organ
        if handling:
            stage_starts.append((i, handling))
    if region.handling and not any(i == region.start for i, _ in stage_starts):
        stage_starts.insert(0, (region.start, region.handling))
    # A handling named under a history label only lists an earlier stage; the text after it is this
    # meeting's.
    labelled = [h for i, h in stage_starts if i in earlier]
    title_lines.update(earlier)
    stage_starts = [(i, h) for i, h in stage_starts if i not in earlier]
    if _reported_decisions(lines, indexes, stage_starts, region.section):
        stage_starts = []
    stage_starts, listed, listed_only = _drop_stage_lists(lines, indexes, stage_starts)
    stage_starts = [(i, _dated_from_summary(h, listed)) for i, h in stage_starts]
    listed_only = labelled + listed_only
    title_lines.update(i for i, _ in listed)
    body_from = region.body_start if region.body_start is not None else region.start
    first_body = next((i for i in indexes if i >= body_from and lines[i].strip()), None)
    if first_body is not None and ORGAN_LINE.match(lines[first_body]):
        title_lines.add(first_body)  # Ahjo prints the deciding organ under the title

    # indexes is sorted: each stage reads only its own slice of it, so that an item with many stages
    # stays linear in its length
    starts = {s for s, _ in stage_starts}

    def stage_lines(a: int, b: int) -> list[str]:
        out: list[str] = []
        lo = max(a, body_from)
        for i in indexes[bisect.bisect_left(indexes, lo) : bisect.bisect_left(indexes, b)]:
            if i not in title_lines and i not in starts:
                line = lines[i]
                # a date, a section or a case number alone on its line is a marker, not text; each has a digit.
                # Dates listed under a line that leads into them ("… seuraavasti:" / "20.2.2023 klo 16.15") are text.
                if HAS_DIGIT.search(line) and (
                    (_DATE_ONLY.match(line) and not _in_listed_dates(out))
                    or _SECTION_ONLY.match(line)
                    or case_number_in_line(line)
                ):
                    continue
                out.append(line)
        return out

    stages: list[_StageParts] = [_StageParts(h, [], None, None, None, None, _Blocks()) for h in listed_only]
    head_stage: _StageParts | None = None
    if stage_starts:
        bounds = [s for s, _ in stage_starts] + [region.end]
        head = stage_lines(region.start, bounds[0])
        head_blocks = _split_blocks(head)
        if any(head_blocks.all(kind) for kind in ("proposal", "decision")):
            # Dynasty prints this meeting's handling first and the earlier ones after it under
            # "Päätöshistoria": text with its own proposal or decision before the first stage line
            # is a stage of its own, this meeting's.
            head_stage = _parse_stage(region.handling, [*region.lead, *head], headless_decision)
            head = []
        for n, (i, handling) in enumerate(stage_starts):
            content = stage_lines(i + 1, bounds[n + 1])
            if n == 0 and head:
                content = [*head, "", *content]
            if n == 0 and region.lead and head_stage is None:
                content = [*region.lead, "", *content]
            stages.append(_parse_stage(handling, content, headless_decision))
    else:
        stages.append(_parse_stage(None, [*region.lead, *stage_lines(region.start, region.end)], headless_decision))

    current_index = len(stages) - 1
    if head_stage is not None and not any(
        s.handling and s.handling.section == region.section for s in stages if region.section is not None
    ):
        stages.append(head_stage)
        current_index = len(stages) - 1
    elif region.section is not None:
        for n, stage in enumerate(stages):
            if stage.handling and stage.handling.section == region.section:
                current_index = n
    elif stage_starts and len(stages) > 1:
        current_index = _latest_stage(stages)
    current = stages[current_index]
    if current.handling and region.section is not None and current.handling.section != region.section:
        # The section of this meeting was not among the stage lines: every stage line is history.
        history_parts = stages
        current = _parse_stage(None, [], headless_decision)
    else:
        history_parts = [s for n, s in enumerate(stages) if n != current_index]
    current_date = current.handling.date if current.handling else None
    history = [
        Stage(
            handling=s.handling,
            preparers=s.preparers,
            presenter=s.presenter,
            body=s.body,
            proposal=s.proposal,
            decision=s.decision,
        )
        for s in history_parts
        if not (current_date and s.handling and s.handling.date and s.handling.date > current_date)
        # this meeting's line printed twice, above the title and again over its stage
        and not (
            s.decision is None and s.handling and current.handling and _same_handling(s.handling, current.handling)
        )
    ]
    history.sort(key=lambda s: (s.handling.date or "") if s.handling else "")

    section = region.section
    if section is None and current.handling:
        section = current.handling.section
    decision = current.decision
    if region.inline_decision and decision is None:
        decision = build_decision([region.inline_decision])
    proposal, presenter = current.proposal, current.presenter
    inline_text = [region.inline_decision or ""]
    if region.inline_proposal and proposal is None:
        label, proposed = region.inline_proposal
        proposal = build_proposal([proposed])
        presenter = presenter or presenter_from_label(label)
        inline_text.append(proposed)
    attachments = current.lists.get("attachments") or (stages[0].lists.get("attachments", []) if stages else [])
    return Item(
        section=section,
        title=title,
        case_number=case_number,
        handling=current.handling,
        preparers=current.preparers,
        presenter=presenter,
        body=current.body,
        proposal=proposal,
        decision=decision,
        attachments=attachments,
        supplementary=current.lists.get("supplementary", []),
        distribution=current.lists.get("distribution", []),
        amounts=find_amounts(join_lines([*inline_text, *(lines[i] for i in indexes if i not in title_lines)])),
        history=history,
        span=Span(start_line=_first_content(lines, region) + 1, end_line=_last_content(lines, region) + 1),
    )


_MATTER = frozenset({"asia", "ärende"})


def _subject_in_matter_column(lines: list[str], indexes: list[int], start: int) -> tuple[str, int] | None:
    """The subject an untitled item gives in its first line's matter column ("Asia   Poikkeamislupahakemus,
    Vehmersalmi", Kuopio), and that line; not a sentence or a lead-in ending in a colon."""
    for i in indexes:
        text = lines[i].strip()
        if i < start or not text or _SECTION_ONLY.match(text) or case_number_in_line(text) or parse_handling(text):
            continue
        heading = match_heading(text)
        if heading is None or heading.label.casefold() not in _MATTER or heading.separator != "column":
            return None
        rest = heading.rest
        return (rest, i) if rest and len(rest) <= 150 and not rest.endswith((".", ":")) else None
    return None


def _in_listed_dates(above: list[str]) -> bool:
    last = above[-1].rstrip() if above else ""
    return last.endswith(":") or bool(last and _DATE_ONLY.match(last))


def _latest_stage(stages: list[_StageParts]) -> int:
    """This meeting's stage where the item does not name its section: the last one, unless another is
    dated later (Orivesi prints the newest stage first)."""
    dates = [s.handling.date if s.handling else None for s in stages]
    last = len(stages) - 1
    last_date = dates[last]
    dated = [(date, n) for n, date in enumerate(dates) if date]
    if last_date is None or not dated:
        return last
    latest_date, latest = max(dated)
    return latest if latest_date > last_date else last


_SENTENCE_GOES_ON = patterns.compile(r"[^.:;!?)]\s*$")


def _across_page_breaks(lines: list[str], indexes: list[int]) -> list[int]:
    """Leave out the blank lines of a page break inside a sentence.

    pdftotext puts blank lines under a running header; where a paragraph goes on over the break
    ("… sopivat Lapuan kaupungin" / header / "sote- ja pela-kiinteistöjen …") they would split it in two.
    A gap is a page break when lines were left out of it as page furniture.
    """
    if not indexes or indexes[-1] - indexes[0] == len(indexes) - 1:
        return indexes  # nothing was left out: no page break inside the item
    out: list[int] = []
    last = -1  # position in out of the last line with text
    for i in indexes:
        if lines[i].strip():
            if (
                0 <= last < len(out) - 1
                and i - out[last] > len(out) - last  # a line was left out between them
                and lines[i].lstrip()[:1].islower()
                and _SENTENCE_GOES_ON.search(lines[out[last]])
                and not list_marker(lines[i])
            ):
                del out[last + 1 :]
            out.append(i)
            last = len(out) - 1
        else:
            out.append(i)
    return out


def _reported_decisions(
    lines: list[str], indexes: list[int], starts: list[tuple[int, Handling]], section: int | None
) -> bool:
    """Handling lines one after another, none of them this item's section and no text between them: a
    list of other organs' decisions reported in the text ("Tekninen lautakunta 12.03.2024 § 20" /
    "Sivistyslautakunta 14.03.2024 § 10"), not the stages of this item."""
    if section is None or len(starts) < 2 or any(h.section == section for _, h in starts):
        return False
    position = {i: n for n, i in enumerate(indexes)}
    return all(_blank_between(lines, indexes, position, a, b) for (a, _), (b, _) in itertools.pairwise(starts))


def _blank_between(lines: list[str], indexes: list[int], position: dict[int, int], a: int, b: int) -> bool:
    """True when only blank lines of the item stand between lines a and b."""
    return all(not lines[i].strip() for i in indexes[position[a] + 1 : position[b]])


def _drop_stage_lists(
    lines: list[str], indexes: list[int], starts: list[tuple[int, Handling]]
) -> tuple[list[tuple[int, Handling]], list[tuple[int, Handling]], list[Handling]]:
    """Split handling lines into stage starts and summary lists.

    Lapua and Raahe list every handling of the case in a block above the item and then open each
    stage with its own line; lines listed one after another with nothing between are that summary.
    Where no stage has a line of its own, the last line of the list opens the current stage and
    the others are earlier stages with no text.
    """
    if len(starts) < 2:
        return starts, [], []
    position = {i: n for n, i in enumerate(indexes)}
    runs: list[list[tuple[int, Handling]]] = [[starts[0]]]
    summaries: set[int] = set()  # runs of one line that are a summary all the same
    for prev, cur in itertools.pairwise(starts):
        if not _blank_between(lines, indexes, position, prev[0], cur[0]):
            runs.append([cur])
        elif any(_same_handling(h, cur[1]) for _, h in runs[-1]):
            # A summary names each handling once: the same one again right under it opens that stage
            # ("Tidigare behandling: Stadsstyrelsen 5.9.2022, 186 §" over "Stadsstyrelsen 5.9.2022, 186 §").
            summaries.add(len(runs) - 1)
            runs.append([cur])
        else:
            runs[-1].append(cur)
    # One dated line whose stage an undated line of the same section opens is a summary of one handling
    # (Turku: "Kaupunginhallitus | 212 | 12.05.2025 | 8 |" over "Kh § 212"); looked up in a set, as an
    # item may have thousands of stage lines.
    undated = {_section_and_initial(h) for _, h in starts if h.date is None}
    for n, run in enumerate(runs):
        if len(run) == 1 and run[0][1].date and _section_and_initial(run[0][1]) in undated:
            summaries.add(n)
    listed = [entry for n, run in enumerate(runs) if len(run) > 1 or n in summaries for entry in run]
    if not listed:
        return starts, [], []
    own = [entry for n, run in enumerate(runs) if len(run) == 1 and n not in summaries for entry in run]
    if own:
        return own, listed, []
    last_run = next(run for run in runs if len(run) > 1)
    return [last_run[-1]], last_run[:-1], [h for _, h in last_run[:-1]]


# "Bilaga Välfärdsnämnden, 15.09.2022 § 49", "Liite 2 Kaupunginhallitus 12.5.2025 § 4": the header of
# the pages of an attachment printed after the item.
_ATTACHMENT_PAGE = patterns.compile(r"^\s*(?:Bilaga|Liite)(?:\s\d{1,3}[.:]?)?\s+(?P<handling>\S.{5,80})$")


def _before_attachment_pages(lines: list[str], indexes: list[int]) -> list[int]:
    """The item's lines up to the first page of an attachment printed after it."""
    for n, i in enumerate(indexes):
        if n and lines[i].lstrip()[:1] in ("B", "L"):
            m = _ATTACHMENT_PAGE.match(lines[i])
            if m and parse_handling(m["handling"]):
                return indexes[:n]
    return indexes


def _history_label(line: str) -> bool:
    """ "Aikaisempi käsittely", "Päätöshistoria", "Tidigare behandling" alone on a line; every such label
    holds one of a few stems, so other lines are answered without the heading pattern."""
    low = line.casefold()
    if "histori" not in low and "käsittely" not in low and "handl" not in low:
        return False
    return heading_kind(line.strip().rstrip(":")) == "history"


def _section_and_initial(handling: Handling) -> tuple[int | None, str]:
    return handling.section, handling.organ[:1].casefold()


def _dated_from_summary(handling: Handling, listed: list[tuple[int, Handling]]) -> Handling:
    """Raahe lists every handling with its date above the item ("KAUPUNGINHALLITUS § 399 19.11.2018")
    and opens each stage with an undated line ("KH § 399"): the listed line is that stage's handling."""
    if handling.date is not None:
        return handling
    key = _section_and_initial(handling)
    same = [h for _, h in listed if h.date and _section_and_initial(h) == key]
    return same[0] if len(same) == 1 else handling


def _same_handling(a: Handling, b: Handling) -> bool:
    return (a.organ.casefold(), a.date, a.section) == (b.organ.casefold(), b.date, b.section)


def _first_content(lines: list[str], region: ItemRegion) -> int:
    for i in range(region.start, region.end):
        if lines[i].strip():
            return i
    return region.start


def _last_content(lines: list[str], region: ItemRegion) -> int:
    for i in range(region.end - 1, region.start - 1, -1):
        if lines[i].strip():
            return i
    return region.start
