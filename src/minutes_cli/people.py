"""Preparers and presenters: "kehitysjohtaja Sampo Kangastalo", "Niko Kinnunen, tietohallintopäällikkö,
niko.kinnunen@tuusula.fi", "Kaupunginjohtaja Kujala Jukka" into title, name, phone and e-mail."""

from __future__ import annotations

import regex

from . import patterns
from .models import Person

# An address starts where a run of its characters starts, and that run is never given back (the "@"
# or bracket after it is not one of them): without both, every letter of a prose word was tried
# as the start of an address, and each try backtracked through the rest of the word.
EMAIL = patterns.compile(r"(?<![\w.+\-])[\w.+\-]++(?:@|\(a\)|\(at\)|\[at\])[\w\-]+(?:\.[\w\-]+)+", regex.IGNORECASE)
PHONE = patterns.compile(
    r"(?:(?:puh(?:elin)?|p|tel(?:efon)?|tfn|gsm|mob)\.?\s*:?\s*)?(?<![\d/.])(\+?\d{2,4}[\s\-]?\d{2,4}(?:[\s\-]?\d{2,4}){0,3})(?![\d/.])",
    regex.IGNORECASE,
)
_AT_FORMS = patterns.compile(r"\(a\)|\(at\)|\[at\]", regex.IGNORECASE)
_PERSON_PARTS = patterns.compile(r"\s*[,;]\s*|\s+[-–]\s+")
_DIGIT = patterns.compile(r"\d")


def find_email(text: str) -> regex.Match[str] | None:
    """The first e-mail address in a text ("etu.suku@kunta.fi", "etu.suku(at)kunta.fi")."""
    # Every form has "@" or a bracket: a text without them is answered without the pattern, which
    # tries each word of a prose line as the start of an address.
    if "@" not in text and "(" not in text and "[" not in text:
        return None
    return EMAIL.search(text)


_PHONE_LABEL = patterns.compile(r"\b(?:puh(?:elin)?|tel(?:efon)?|tfn|gsm|mob|p)\.?\s*:?\s*$", regex.IGNORECASE)

# Word endings of Finnish and Swedish job titles, matched with str.endswith (quicker than a pattern).
_TITLE_ENDINGS = (
    "agrologi", "analyytikko", "apulaispormestari", "arkitekt", "arkkitehti", "asiamies", "asiantuntija",
    "assistentti", "chef", "chefen", "controller", "direktör", "direktören", "ekonom", "ekonomisti", "ersättare",
    "edustaja", "esimies", "esittelijä", "expert", "experten", "fullmäktig", "handläggare", "hoitaja", "ingenjör",
    "insinööri", "inspektör", "isännöitsijä", "johtaja", "jurist", "juristen", "jäsen", "kaavoittaja", "kamreeri",
    "kamrer", "kanslichef", "kanslisti", "kasvattaja", "kehittäjä", "kirjaaja", "kirjuri", "konsultti",
    "koordinaattori", "ledare", "koordinator", "kuraattori", "lakimies", "ledamot", "ledamoten", "lääkäri",
    "manager", "mittausteknikko", "neuvos", "ohjaaja", "ombudsman", "ordförande", "planerare", "pormestari",
    "psykologi", "puheenjohtaja", "päällikkö", "pitäjä", "rahastonhoitaja", "rehtori", "rektor", "rådgivare",
    "sakkunnig", "sekreterare", "sekreteraren", "sihteeri", "specialist", "stadsjurist", "suunnittelija",
    "tarkastaja", "teknikko", "tulkki", "tuottaja", "valmistelija", "valtuutettu", "vastaava", "vastuuhenkilö",
    "vetäjä", "virkamies",
)  # fmt: skip
_NAME_WORD = patterns.compile(r"^[A-ZÄÖÅÉÜ][\p{Ll}'’]+(?:-[A-ZÄÖÅÉÜ]?[\p{Ll}'’]+)*\.?$")
# one initial or several joined: "M.", "J.P.", "J.-P."
_INITIAL = patterns.compile(r"^[A-ZÄÖÅ]\.(?:-?[A-ZÄÖÅ]\.){0,2}$")
_JOINERS = {"vs.", "va.", "v.", "ja", "och", "t.f.", "tf.", "vt.", "ma.", "ff."}
# Particles inside Finland-Swedish and other names: "Carl af Hällström", "Anna von Schantz",
# "Ann-Christin de la Chapelle"; a particle stands between the given name and the surname.
NAME_PARTICLES = frozenset({"af", "von", "van", "der", "den", "de", "la", "du", "zu", "di", "da"})
# A name of two capitalised words, either perhaps hyphenated, as prose writes it: "Jenni Huttunen",
# "Anna-Liisa Mäki-Koski"
TWO_WORD_NAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# an initial whose dot a line's end took: "Mäki M", "Roos J.P"
_LOOSE_INITIAL = patterns.compile(r"^[A-ZÄÖÅ](?:\.-?[A-ZÄÖÅ]){0,2}\.?$")
_BARE_INITIAL = patterns.compile(r"^[A-ZÄÖÅ]\.?$|^[A-ZÄÖÅ]\.(?:-?[A-ZÄÖÅ]\.){1,2}$")


def _is_name(words: list[str]) -> bool:
    """Capitalised words of a name, perhaps with initials, and particles only between them."""
    if (
        not words
        or words[0] in NAME_PARTICLES
        or words[-1] in NAME_PARTICLES
        or not any(_NAME_WORD.match(w) for w in words)
    ):
        return False
    return all(
        w in NAME_PARTICLES or ((_NAME_WORD.match(w) or _BARE_INITIAL.match(w)) and not _is_title(w)) for w in words
    )


def _is_title(word: str) -> bool:
    bare = word.strip(",.:;()")
    return bare.casefold().endswith(_TITLE_ENDINGS) or (bare[:1].islower() and bare not in _JOINERS)


def is_title_word(word: str) -> bool:
    """True for a word that names a job: "kehitysjohtaja", "Hallintopäällikkö", "stadsdirektör"."""
    return word.strip(",.:;()").casefold().endswith(_TITLE_ENDINGS)


def _split_title_name(text: str) -> tuple[str | None, str | None]:
    """Split "kehitysjohtaja Sampo Kangastalo" or "Kaupunginjohtaja Kujala Jukka" into title and name."""
    words = text.split()
    if not words:
        return None, None
    # The name is the longest run of capitalised non-title words at the end (or the start).
    end = len(words)
    start = end
    while start > 0:
        word = words[start - 1]
        if (_NAME_WORD.match(word) or _LOOSE_INITIAL.match(word)) and not _is_title(word):
            start -= 1
        elif word in NAME_PARTICLES and start < end and start >= 2 and _is_name(words[start - 2 : start - 1]):
            start -= 1  # "af" in "Carl af Hällström", with a name word on both sides
        else:
            break
    if not any(_NAME_WORD.match(w) for w in words[start:end]):
        start = end  # initials alone name nobody
    if start == end:
        # "Sampo Kangastalo kehitysjohtaja": name first, title after.
        stop = 0
        while stop < len(words) and _NAME_WORD.match(words[stop]) and not _is_title(words[stop]):
            stop += 1
        if stop >= 2:
            return " ".join(words[stop:]) or None, " ".join(words[:stop])
        return text, None
    if end - start > 4:
        start = end - 4
    name = " ".join(words[start:end])
    title = " ".join(words[:start]).strip(" ,") or None
    if end - start == 1 and title is None:
        return None, name
    return title, name


def parse_person(raw: str) -> Person | None:
    """Read one person line; None when it holds no name, title or contact detail.

    Example: parse_person("kehitysjohtaja Sampo Kangastalo").name == "Sampo Kangastalo"
    """
    text = " ".join(raw.split()).strip(" ,;")
    if not text:
        return None
    email_m = find_email(text)
    email = _AT_FORMS.sub("@", email_m.group(0)) if email_m else None
    rest = EMAIL.sub(" ", text) if email_m else text
    phone = None
    phone_m = PHONE.search(rest) if _DIGIT.search(rest) else None
    if phone_m and sum(c.isdigit() for c in phone_m.group(1)) >= 6:
        phone = " ".join(phone_m.group(1).split())
        rest = rest[: phone_m.start()] + " " + rest[phone_m.end() :]
    rest = _PHONE_LABEL.sub("", rest)
    parts = [p.strip(" .") for p in _PERSON_PARTS.split(rest) if p.strip(" .")]
    title: str | None = None
    name: str | None = None
    if len(parts) >= 2:
        name_parts = [p for p in parts if _is_name(p.split())]
        if name_parts:
            name = name_parts[0]
            others = [p for p in parts if p is not name_parts[0]]
            title = ", ".join(others) or None
        else:
            title, name = _split_title_name(parts[0])
            extra = ", ".join(parts[1:])
            title = ", ".join(filter(None, [title, extra])) or None
    elif parts:
        title, name = _split_title_name(parts[0])
    if not (title or name or phone or email):
        return None
    return Person(raw=text, title=title, name=name, phone=phone, email=email)


_PHONE_FIRST = patterns.compile(r"^(?:puh(?:elin)?|tel(?:efon)?|tfn|p)\.?\s*:?\s*\+?\d", regex.IGNORECASE)


# A job's genitive and its nominative: "päällikön" -> "päällikkö", "lakimiehen" -> "lakimies", "teknisen"
# -> "tekninen", Swedish "direktörens" -> "direktören", otherwise the final "n" dropped.
_GENITIVE_ENDINGS = (("miehen", "mies"), ("ikön", "ikkö"), ("isen", "inen"), ("ens", "en"), ("n", ""))


def _nominative(word: str) -> str | None:
    for ending, nominative in _GENITIVE_ENDINGS:
        if word.casefold().endswith(ending):
            return word[: len(word) - len(ending)] + nominative
    return None


def _office_in_genitive(words: list[str]) -> str | None:
    """The office a proposal heading names in the genitive without a name ("Kaupunginjohtajan",
    "Vs. kaupunginjohtajan", "Teknisen johtajan", "Sosiaali- ja terveysjohtajan", "Kommundirektörens"),
    in the nominative; None for anything else (a name's words do not all take a genitive's ending)."""
    if not words or len(words) > 4 or not words[0][:1].isupper():
        return None
    nominative = [w if w.endswith("-") or w.casefold() in _JOINERS else _nominative(w) for w in words]
    if any(n is None for n in nominative) or not is_title_word(nominative[-1] or ""):
        return None
    return " ".join(n or "" for n in nominative)


def presenter_from_label(label: str) -> Person | None:
    """The person a proposal heading names in the genitive: "Ordförande Emilia Haverinens förslag",
    "Kaupunginjohtaja Jukka Kujalan ehdotus". A title alone ("Kaupunginjohtajan ehdotus") names nobody."""
    words = label.split()[:-1]
    office = _office_in_genitive(words)
    if office:
        return Person(raw=label, title=office, name=None)  # "Kaupunginjohtajan ehdotus": the office alone
    if len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]) or any(_is_title(w) for w in words[-2:]):
        return None
    first, last = words[-2], words[-1]
    ending = last[-3:].casefold()  # older documents print the heading in capitals: "HAVERINENS FÖRSLAG"
    if ending == "sen":
        last = last[:-3] + ("NEN" if last.isupper() else "nen")  # Virtasen -> Virtanen
    elif ending.endswith(("s", "n")) and len(last) > 3:
        last = last[:-1]
    title = " ".join(words[:-2]) or None
    return Person(raw=label, title=title, name=f"{first} {last}")


def looks_like_person_line(line: str) -> bool:
    """True for short lines that name a person or give contact details, not prose."""
    text = " ".join(line.split())
    if not text or len(text) > 160:
        return False
    if find_email(text):
        return len(text.split()) <= 14
    if _PHONE_FIRST.match(text):
        return True
    words = text.split()
    if len(words) > 8 or (text.endswith((".", ":")) and not _INITIAL.match(words[-1])):
        return False
    person = parse_person(text)
    if person is None or person.name is None:
        return False
    name_words = person.name.split()
    return len(name_words) >= 2 and all(_NAME_WORD.match(w) or _INITIAL.match(w) for w in name_words)


# "Kaupunkiympäristötoimiala, projektipäällikkö Anni Virtanen 5.5.2025:", "Kaupunginjohtaja Aleksi Ranta,
# johtaja Jukka Lahti 15.8.2014:": who wrote the text under it and when (Turku opens each stage's text so)
_SIGNED_AND_DATED = patterns.compile(r"^(?P<who>\p{Lu}[^:]{5,200}?)\s\d{1,2}\.\d{1,2}\.\d{4}:$")
# "Kansliapäällikkö Ville Rantanen:": the official who speaks the proposal under it
_TITLED_SPEAKER = patterns.compile(r"^(?P<who>\p{Lu}[\p{L}\-]+(?:\s[\p{L}\-]+){0,2}\s" + TWO_WORD_NAME + r"):$")


def _titled_people(parts: list[str]) -> list[Person]:
    people = []
    for part in parts:
        person = parse_person(part)
        if person and person.name and person.title and is_title_word(person.title.split()[-1]):
            people.append(person)
    return people


def authors_of_text(line: str) -> list[Person]:
    """The people a dated line ending in a colon names as the writers of the text under it; a unit
    before them ("Kaupunkiympäristötoimiala,") names nobody. [] for any other line."""
    text = " ".join(line.split())
    m = _SIGNED_AND_DATED.match(text) if text.endswith(":") else None
    if m is None:
        return []
    parts = [p.strip() for p in m["who"].split(",") if p.strip()]
    people = _titled_people(parts)
    # every part is a unit or a titled person: a sentence ending in a date is not such a line
    if not people or any(len(p.split()) > 1 and not _titled_people([p]) for p in parts):
        return []
    return people


def titled_speaker(line: str) -> Person | None:
    """The official a line of their title and name ending in a colon names ("Kansliapäällikkö Ville Rantanen:")."""
    text = " ".join(line.split())
    m = _TITLED_SPEAKER.match(text) if text.endswith(":") else None
    people = _titled_people([m["who"]]) if m else []
    return people[0] if people else None
