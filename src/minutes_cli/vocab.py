"""Item headings in Finnish and Swedish, and the kind of block each one opens.

One table serves both languages: every rule downstream asks for a kind
("preparer", "decision" …), never for a word.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from . import patterns
from .decision import reads_as_decision
from .models import DocumentType
from .people import is_title_word

_ORGAN_GENITIVE = (
    r"[\w\-]*(?:hallituksen|valtuuston|lautakunnan|jaoston|johtokunnan|toimikunnan|kokouksen|"
    r"styrelsens|fullmäktiges|nämndens|sektionens|direktionens|kh:n|kv:n)"
)

# kind -> patterns for the heading text (case-folded, without a trailing colon).
_HEADINGS: dict[str, tuple[str, ...]] = {
    "preparer": (
        r"(?:asian\s)?valmistelij(?:a|at)(?:\s?(?:/|ja)\s?lisätiedot)?(?:\s?\(.{0,60}\))?",
        r"valmistelu(?:\s?(?:/|ja)\s?lisätiedot)?",
        r"valmistelijan yhteystiedot",
        r"valmistelija ja lisätiedot",
        r"lisätiedot(?:\santaa|\santavat)?",
        r"lisätietoja(?:\santaa|\santavat|\späätöksestä)?",
        r"lisätietojen antaja(?:t)?",
        r"yhteyshenkilö(?:t)?",
        r"tiedustelut",
        r"beredare(?:\sav\särendet)?",
        r"beredning",
        r"\w+s beredning",
        r"mer information(?:\sfås\sav|\sger)?",
        r"ytterligare upplysningar",
        r"ytterligare information",  # Helsingfors
        r"upplysningar",
        r"kontaktperson(?:er)?",
        r"tilläggsinformation",
        r"tilläggsuppgifter",
    ),
    "presenter": (
        r"(?:asian\s)?esittelijä(?:t)?",
        r"föredragande",
        r"esittely",
        # one person both prepared and presents the item; the stage lists them as a preparer too
        r"(?:valmistelija\s?(?:ja|/)\s?esittelijä|esittelijä\s?(?:ja|/)\s?valmistelija|"
        r"beredare\s?(?:och|/)\s?föredragande|föredragande\s?(?:och|/)\s?beredare)",
    ),
    "proposal": (
        # "Kaupunginjohtajan ehdotus", "Sivistys- ja hyvinvointijohtajan ehdotus", "Esittelijän muutettu ehdotus"
        r"(?:[\w\-]+\s(?:ja|och)\s)?(?:[\w\-/]+\s){0,3}?(?:[\w\-]+(?:n|ns|s)\s)?(?:muutettu\s|pohja)?(?:päätös)?ehdotus(?:\soli)?",
        r"(?:[\w\-]+\s(?:ja|och)\s)?(?:[\w\-]+(?:n)\s)?(?:päätös)?esitys",
        r"päätösesitys",
        # a digest's "Uusi päätösesitys." before the proposal made anew at the meeting
        r"uusi päätösesitys",
        r"esityslistan ehdotus",
        # the official in brackets after the word: "Ehdotus (kunnanjohtaja)", "Förslag (stadsdirektören)"
        r"(?:päätös)?(?:ehdotus|esitys)\s\([\w\-\s]{3,40}\)",
        r"(?:besluts)?förslag\s\([\w\-\s]{3,40}\)",
        r"(?:[\w\-/]+\s){0,3}?(?:[\w\-]+s\s)?(?:besluts)?förslag(?:\still\sbeslut)?",
        r"beslutsförslag",
    ),
    # "Kaupunginhallituksen päätös", "Stadsstyrelsens beslut"; an official's ("Stadsdirektörens beslut")
    # is a decision listed for information, not this organ's.
    "decision": (
        rf"(?:{_ORGAN_GENITIVE}\s)?päätös",
        # Kihniö's pages: the decision's wording when the meeting changed or added to the proposal
        r"päätöksen lisätiedot",
        rf"(?:{_ORGAN_GENITIVE}\s)?beslut",
        r"päätös\s?/\s?beslut",
        r"beslut\s?/\s?päätös",
    ),
    "handling": (
        r"käsittely",
        r"kokouskäsittely",
        r"käsittely kokouksessa",
        r"asian käsittely",  # Ylivieska's "Asian käsittely:" over the motions and the vote
        r"behandling",
        r"äänestys",
        r"äänestykset",
        r"omröstning(?:en)?",
        # CaseM lists each vote's result after the decision: "Kyllä 47 kpl 94%" and the names
        r"äänestystulokset",
        r"äänestyksen tulos",
        r"röstningsresultat(?:et)?",
    ),
    "body": (
        r"selostus",
        r"perustelut",
        r"asia",
        r"johdanto",
        r"tausta",
        r"asian tausta",
        r"asian kuvaus",
        r"kuvaus",
        r"asian selostus",
        r"päätöksen perustelut",
        r"esittelytekstit?",
        r"föredragningstext(?:en)?",  # TWeb's Swedish pages
        r"tiivistelmä",
        r"ärende",
        r"beskrivning",
        r"motivering",
        r"bakgrund",
        r"sammandrag",
        r"ärendebeskrivning",
    ),
    # "Jäävi    Pekka Salo ilmoitti …": the disqualified, named under the word for them
    "conflicts": (
        r"esteellisyys",
        r"esteellisyydet",
        r"jääviys",
        r"esteellisyys\s?/\s?jääviys",
        r"jäv",
        r"jävighet",
        r"jäävi(?:t)?",
        r"esteellinen",
        r"esteelliset",
        r"jäviga?",
    ),
    "attachments": (r"liitteet", r"liite", r"bilagor", r"bilaga", r"liitteet\s?/\s?bilagor"),
    "supplementary": (
        r"oheismateriaali(?:t)?",
        r"oheisaineisto",
        r"oheismateriaalina",
        r"övrigt material",
        r"material",
    ),
    "distribution": (
        r"tiedoksi",
        r"tiedoksi ja toimenpiteitä varten",
        r"tiedoksi/ote",
        r"ote",
        r"otteet",
        r"utdrag",
        r"ote ja tiedoksi",
        r"jakelu",
        r"toimenpiteet",
        r"täytäntöönpano",
        r"täytäntöönpanotiedot",
        r"för kännedom",
        r"delges",
        r"sändlista",
        r"för verkställighet",
        r"verkställighet",
        r"expediering",
        r"delgivning",
        r"tiedoksianto",
    ),
    "appeal": (
        r"muutoksenhaku",
        r"muutoksenhakuohje(?:et)?",
        r"muutoksenhakukielto",
        r"valitusosoitus",
        r"oikaisuvaatimusohje(?:et)?",
        r"sökande av ändring",
        r"ändringssökande",
        r"besvärsanvisning",
        r"anvisning (?:för|om) (?:begäran om omprövning|rättelseyrkande|besvär)",
        r"besvärsförbud",
        # Kuopio's left column: "Valitusoikeus   Maankäyttö- ja rakennuslain 193 §:n mukaan …"
        r"valitusoikeus",
        r"muutoksenhakuoikeus",
        r"besvärsrätt",
    ),
    "history": (
        r"aikaisempi käsittely",
        r"aiempi käsittely",
        r"päätöshistoria",
        r"käsittelyhistoria",
        r"tidigare behandling",
        r"besluthistoria",
        r"beslutshistoria",  # TWeb's Swedish pages (Mariehamn, Vasa)
        r"more recent handlings",
        r"asialla on uudempia käsittelyjä",
        r"ärendet har nyare handläggningar",
    ),
    # An accordion's close button ends the block it closes; the text after it is background.
    "close": (r"sulje", r"stäng", r"close"),
    "noise": (r"pdf html", r"tulosta", r"skriv ut"),
}

# Headings that may carry a person on the same line after one space:
# "Päätösehdotus Hyvinvointialuejohtaja Svahn Sanna", "Valmistelijat Teknisten … Jari Leppänen".

PERSON_INLINE = frozenset({"preparer", "presenter", "proposal"})

# One pattern for every heading: a line's label is tried once, and the named group says the kind.
_ALL_HEADINGS = patterns.compile(
    "|".join(f"(?P<{kind}>" + "|".join(words) + ")" for kind, words in _HEADINGS.items()), regex.IGNORECASE
)
# Cheap test that a line may open with a heading that carries a person after one space.
_PERSON_HEADING_START = patterns.compile(
    "|".join("(?:" + "|".join(words) + r")\s" for kind, words in _HEADINGS.items() if kind in PERSON_INLINE),
    regex.IGNORECASE,
)
_BILINGUAL = patterns.compile(r"\s[-–/]\s|/")
# Every heading that may carry a person on its line holds one of these; the pattern that says so for
# sure tries up to three words of any line and costs ~10 us, the substring test ~1 us.
_PERSON_HEADING_STEMS = (
    "valmistel", "lisätie", "yhteyshenkilö", "tiedustelu", "bered", "information", "upplysning",
    "kontaktperson", "tilläggs", "esittel", "föredragande", "ehdotus", "esitys", "förslag",
)  # fmt: skip


def may_open_person_heading(text: str) -> bool:
    folded = text.casefold()
    return any(stem in folded for stem in _PERSON_HEADING_STEMS) and bool(_PERSON_HEADING_START.match(text))


class Heading(NamedTuple):
    """A heading found at the start of a line, and what follows it on that line."""

    kind: str
    label: str
    rest: str
    separator: str
    near_spelling: bool = False
    """Recognised from a misspelt heading word ("besftt:" for "beslut:")."""


_LONG_LABEL_IN_COLUMN = patterns.compile(r"^(?P<label>\p{L}{12,30})(?P<sep>\s\s)(?P<rest>\S.*)$")
_SPLIT = patterns.compile(r"^(?P<label>[^:]{1,70}?)\s*(?:(?P<sep>:)\s*|(?P<sep>\s{3,})|$)(?P<rest>.*)$")


# An acting official: "Vs. kaupunginjohtajan ehdotus", "Esittelijä va. kunnanjohtaja Liisa Laine",
# "t.f. kommundirektör".
ACTING_PREFIX = r"(?:vs|va|vt|t\.\s?f|tf|ma)\.\s"
ACTING = patterns.compile("^" + ACTING_PREFIX, regex.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _kind_of(label: str) -> str | None:
    folded = ACTING.sub("", " ".join(label.casefold().split()))
    m = _ALL_HEADINGS.fullmatch(folded)
    if m:
        return m.lastgroup
    # A bilingual heading names one kind twice: "Beslut - Päätös", "Förslag / Ehdotus".
    parts = [p.strip() for p in _BILINGUAL.split(folded) if p.strip()]
    if len(parts) == 2:
        kinds = {_kind_of(p) if p != folded else None for p in parts}
        if len(kinds) == 1 and None not in kinds:
            return kinds.pop()
    return None


def heading_kind(label: str) -> str | None:
    """The kind of block a heading's words open ("Päätös" -> "decision"), or None for other words."""
    return _kind_of(label)


# PDFs whose fonts map letters wrongly give "Välfärdsnämndens besftt:" and "Heiii Kroäqvists äörsfag:".
# A short line ending in a colon whose last word is within two letters of a heading word is that
# heading; the rest of the label is copied as it is.
_FUZZY_WORDS = {
    "beslut": "decision", "förslag": "proposal", "päätös": "decision", "ehdotus": "proposal",
    "beredning": "preparer", "beredare": "preparer", "valmistelija": "preparer", "föredragande": "presenter",
    "esittelijä": "presenter", "behandling": "handling", "käsittely": "handling", "päätösehdotus": "proposal",
}  # fmt: skip
_FUZZY = [(patterns.compile(rf"(?:{word}){{e<=2}}", regex.IGNORECASE), kind) for word, kind in _FUZZY_WORDS.items()]


@functools.lru_cache(maxsize=4096)
def _fuzzy_heading(label: str) -> str | None:
    words = label.split()
    if not words or len(words) > 12 or any(ch.isdigit() for ch in label):
        return None
    last = words[-1]
    if len(last) < 6:
        return None
    if last.casefold() in _FUZZY_WORDS:
        # Spelled right, so the ordinary grammar said no because of the word before it: a garbled organ
        # ("Välfärdsnärndens beslut") still counts, an official ("Stadsdirektörens beslut") does not.
        owner = words[-2].rstrip("s").rstrip("n") if len(words) >= 2 else ""
        if not owner or is_title_word(owner) or is_title_word(words[-2].removesuffix("s")):
            return None
        return _FUZZY_WORDS[last.casefold()] if _FUZZY_WORDS[last.casefold()] == "decision" else None
    for pattern, kind in _FUZZY:
        if pattern.fullmatch(last):
            return kind
    return None


_PROPOSAL_WORD = patterns.compile(r"ehdotus|esitys|förslag", regex.IGNORECASE)
# words that may stand before the proposal word: "changed", and the "and" of "Sivistys- ja
# hyvinvointijohtajan päätösehdotus"
_CHANGED = frozenset(
    {"muutettu", "korjattu", "täydennetty", "uusi", "ändrat", "ändrade", "justerat", "nytt", "ja", "och"}
)


def _reads_as_sentence(label: str) -> bool:
    """A proposal heading names whose proposal it is ("Ordförande Emilia Haverinens förslag", "Tekninen
    johtaja Jukka Mäkelän ehdotus", "Esittelijän muutettu ehdotus"); a word before that is
    neither a name, a job title, a possessive nor "changed" makes the line a sentence that a wrap cut
    short ("Stadsstyrelsen godkände stadsdirektörens förslag")."""
    for n, word in enumerate(label.split()):
        if _PROPOSAL_WORD.search(word):
            return False
        if n and not (
            word[:1].isupper() or word.endswith(("n", "s")) or word.casefold() in _CHANGED or is_title_word(word)
        ):
            return True
    return False


_I_PROPOSE = patterns.compile(r"\s*(?:esitän|ehdotan|(?:jag\s)?föreslår)\b", regex.IGNORECASE)
_ORGAN_NAME = patterns.compile(
    r"[\w\-]*(?:hallitus|valtuusto|lautakunta|jaosto|johtokunta|toimikunta|styrelsen|fullmäktige|nämnden|sektionen|"
    r"direktionen)",
    regex.IGNORECASE,
)


def names_an_organ(text: str) -> bool:
    """True for an organ's name alone: "Kommunstyrelsen", "Kaupunginhallitus", "Tekninen lautakunta"."""
    words = text.split()
    return 1 <= len(words) <= 3 and bool(_ORGAN_NAME.fullmatch(words[-1])) and text[:1].isupper()


def _names_an_official(label: str) -> bool:
    words = label.split()
    return len(words) <= 4 and any(is_title_word(w) for w in words)


def official_after_heading(label: str) -> str | None:
    """The official a proposal heading names after its word: "Ehdotus Kunnanjohtaja" -> "Kunnanjohtaja",
    "Ehdotus vt. kunnanjohtaja" -> "vt. kunnanjohtaja"; None for any other label."""
    words = label.split()
    for n in (1, 2):
        official = " ".join(words[n:])
        if (
            len(words) > n
            and _kind_of(" ".join(words[:n])) == "proposal"
            and (official[:1].isupper() or ACTING.match(official))
            and len(words) - n <= 4
            and is_title_word(words[-1])
        ):
            return official
    return None


_DECISION_INLINE = patterns.compile(r"^(?P<label>(?i:päätös|beslut))\s(?P<rest>\p{Lu}.*)$")
_INFORMATION_FROM = patterns.compile(
    r"^(?P<label>(?:lisätietoja|lisätiedot)\s(?:antaa|antavat)|mer\sinformation\s(?:ger|fås\sav)|"
    r"(?:ytterligare|närmare)\s(?:upplysningar|information)\s(?:ger|lämnas\sav|fås\sav))\s(?P<rest>.+)$",
    regex.IGNORECASE,
)
_NAMED = patterns.compile(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+")


_GLUED_INITIALS = frozenset("EPKFBÄO")  # Ehdotus, Esitys, Päätös, Käsittely, Förslag, Beslut, Äänestys, Omröstning
_GLUED_HEADING = patterns.compile(r"^(?P<label>\p{Lu}\p{Ll}{3,20})(?P<rest>\p{Lu}\p{Ll}.*)$")


def match_heading(line: str) -> Heading | None:
    """Recognise a heading at the start of a line.

    Forms: "Päätös" alone, "Päätös: Hyväksyttiin.", "Asia        text" (a left column), and for
    people, "Esittelijä Kaupunginjohtaja Kujala Jukka".
    """
    text = line.strip()
    if not text or len(text) > 400 or text[0] in "§0123456789-•*–(":
        return None
    # A label ends within 70 characters at a colon, a column gap or the end of the line.
    m = _SPLIT.match(text) if (len(text) <= 70 or ":" in text[:72] or "  " in text[:72]) else None
    if m and not m.group("sep") and "  " in text[12:32]:
        # a label long enough to nearly fill its column leaves a gap of two ("Beslutshistoria  Stadsstyrelsen …")
        long_label = _LONG_LABEL_IN_COLUMN.match(text)
        if long_label and _kind_of(long_label["label"]):
            m = long_label
    if m:
        label = m.group("label")
        kind = _kind_of(label)
        if kind:
            rest = m.group("rest").strip()
            sep = ":" if m.group("sep") == ":" else ("column" if m.group("sep") else "")
            if sep == ":" and len(rest) == 1 and rest.islower():
                rest = ""  # a tab the font mapped to a letter: "Välfärdsnämndens beslut:i"
            elif rest in ("-", "–"):
                rest = ""  # "Tiivistelmä: -": nothing to say
            if kind == "body" and not sep and rest:
                return None
            if not (kind == "proposal" and not sep and _reads_as_sentence(label)):
                return Heading(kind, label, rest, sep)
        elif m.group("sep") == ":" and m.group("rest").strip() and official_after_heading(label):
            # "Ehdotus Kunnanjohtaja: Todetaan …": the heading, who proposes, and the proposal's first line
            return Heading("proposal", label, m.group("rest").strip(), ":")
        elif m.group("sep") == ":" and _I_PROPOSE.match(m.group("rest")) and _names_an_official(label):
            # "Rehtori: Esitän, että …": the official's proposal in their own words
            return Heading("proposal", label, m.group("rest").strip(), ":")
        elif m.group("sep") and m.group("rest").strip() and len(label.split()) == 1:
            # a garbled heading word with its text on the line: "Bgrgdning: Ungdomslgdarg Katarina Östman"
            fuzzy = _fuzzy_heading(label)
            if fuzzy:
                return Heading(fuzzy, label, m.group("rest").strip(), ":", near_spelling=True)
    # a stray letter may follow the colon where the font mapped a tab to one ("Vvllvrdsnvmndens beslut:i")
    colon = len(text) - 1 if text.endswith(":") else len(text) - 2 if text[-2:-1] == ":" and text[-1].isalpha() else -1
    if colon > 0 and len(text) < 120:
        fuzzy = _fuzzy_heading(text[:colon])
        if fuzzy:
            return Heading(fuzzy, text[:colon], "", ":", near_spelling=True)
    # only a first word with a capital inside it ("EhdotusKaupunginhallitus") is tried against the pattern
    glued = None
    if text[0] in _GLUED_INITIALS:
        first_word = text.partition(" ")[0]
        glued = _GLUED_HEADING.match(text) if not first_word.istitle() and not first_word.isupper() else None
    if glued:
        # "EhdotusKaupunginhallitus päättää …", "PäätösEhdotus hyväksyttiin.": a page whose heading is an
        # element of its own at the start of the paragraph (Turku) copied as text without a space
        kind = _kind_of(glued["label"])
        if kind in ("proposal", "decision", "handling"):
            return Heading(kind, glued["label"], glued["rest"], "column")
    inline = _DECISION_INLINE.match(text) if text[:1] in "PpBb" else None
    if inline and reads_as_decision(inline["rest"]):
        # "Päätös Hyväksyttiin.": a page copied as text keeps a bold heading on the line of its text
        return Heading("decision", inline["label"], inline["rest"], " ")
    if inline and _ORGAN_NAME.fullmatch(inline["rest"]):
        # "Päätös Maakuntahallitus": the organ that decided, as "Esitys Maakuntajohtaja" names who proposed
        return Heading("decision", text, "", "")
    given = _INFORMATION_FROM.match(text) if text[:1] in "LMYNlmyn" else None
    if given and _NAMED.search(given["rest"]) and len(given["rest"].split()) <= 16:
        # "Lisätietoja antaa talousjohtaja Matti Mäki, puh. 044 123 4567.": a sentence naming the preparer
        return Heading("preparer", given["label"], given["rest"].removesuffix("."), " ")
    # One space between the heading word and a person: try the first one to three words. A heading of
    # at most three words and a name of at most nine, not a sentence: prose lines stop here, before
    # the costly pattern.
    if text.endswith(".") or len(text.split()) > 12 or not may_open_person_heading(text):
        return None
    words = text.split(" ")
    for n in (1, 2, 3):
        if len(words) <= n:
            break
        label = " ".join(words[:n]).rstrip(":")
        kind = _kind_of(label)
        if kind in PERSON_INLINE:
            rest = " ".join(words[n:]).strip()
            if kind == "proposal" and _ORGAN_NAME.fullmatch(rest):
                return Heading(kind, text, "", "")  # "Esitys tarkastuslautakunta": the organ it is put to
            named = rest[:1].isupper() or bool(ACTING.match(rest))  # "Kaupunginjohtaja …", "vs. kaupunginjohtaja …"
            if named and len(rest.split()) <= 9 and not rest.endswith("."):
                return Heading(kind, label, rest, " ")
    return None


_DOC_MINUTES = patterns.compile(
    r"\b(?:(?:kokous)?pöytäkirja|pöytäkirjanote|pöytäkirjaote|ote\spöytäkirjasta|"
    r"(?:sammanträdes|möt(?:es)?)?protokoll|protokollsutdrag|"
    r"protokollet\sär\sgranskat|pöytäkirja\son\starkastettu)\b",
    regex.IGNORECASE,
)
_DOC_AGENDA = patterns.compile(
    r"\b(?:esityslista|kokouskutsu|föredragningslista|kallelse|möteskallelse|sammanträdeskallelse|"
    r"kokouskutsu ja esityslista)\b",
    regex.IGNORECASE,
)
_DOC_DECISION = patterns.compile(
    r"\b(?:päätöslista|päätösluettelo|päätöstiedote|ennakkotiedote|päätöskoonti|päätöskooste|päätökset|päätöksiä|"
    r"beslutslista|beslut\s\d|"
    r"stadsstyrelsens beslut|stadsfullmäktiges beslut|kommunstyrelsens beslut)\b"
    # an official's decision names itself at the head of a line, not as an item of a meeting's list
    r"|^(?:viranhaltijapäätös|viranhaltijan\späätös|tjänsteinnehavarbeslut)\b",
    regex.IGNORECASE | regex.MULTILINE,
)


# A row of a listing of the meeting's items: "125    Kokouksen laillisuuden ja päätösvaltaisuuden toteaminen".
LISTED_ROW = patterns.compile(r"^\s*(?P<n>\d{1,4})(?:\s*§)?\s{2,}")


def _title_words(head: str) -> str:
    # A document names itself in a heading or at the start of a line, not inside a sentence, and not in
    # a listing of its items ("146    Päätökset ja kirjelmät"). A line that starts in lower case under
    # another goes on with a wrapped sentence.
    out = []
    previous = ""
    for line in head.splitlines():
        text = line.strip()
        if not LISTED_ROW.match(line) and not (text[:1].islower() and previous):
            out.append(" ".join(text.split()[:6]))
        previous = text
    return "\n".join(out)


def document_type_of(head: str) -> DocumentType:
    """The document type from its own words before the first item: decision, minutes, agenda or unknown.

    A list of decisions is named as one ("päätöslista", "Stadsstyrelsens beslut 9.3.2026") and wins;
    minutes beat agendas because minutes often keep the invitation's heading ("Kokouskutsu") above them.
    """
    head = _title_words(head)
    if _DOC_DECISION.search(head):
        return "decision"
    if _DOC_MINUTES.search(head):
        return "minutes"
    if _DOC_AGENDA.search(head):
        return "agenda"
    return "unknown"
