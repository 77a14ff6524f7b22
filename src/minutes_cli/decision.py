"""The decision block: outcome, votes, conflicts of interest and recorded notes."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from . import patterns
from .guard import guarded, scan
from .models import Conflict, Decision, Outcome, Vote
from .people import NAME_PARTICLES, TWO_WORD_NAME, is_title_word

# Sentences that report a motion, not the decision: "X esitti asian palauttamista", "förslaget förföll".
_MOTION = patterns.compile(
    r"\b(?:esitti|ehdotti|teki\b.{0,40}\b(?:esitykse|ehdotukse|vastaesitykse)|kannatt|(?<!^asia\s)raukesi|"
    r"föreslog|understödd|(?<!^ärendet\s)förföll|framställde|vastaesitys|vastaehdotus|palautusesitys)",
    regex.IGNORECASE,
)

# Order matters: the narrower outcomes are tried before "approved".
_OUTCOMES: list[tuple[Outcome, regex.Pattern[str]]] = [
    (
        "withdrawn",
        patterns.compile(
            r"poistettiin\s(?:esitys)?listalta|poistaa\sasian\s(?:esitys)?listalta|otti\sasian\spois\slistalta|"
            r"peruutti\s(?:esityksensä|ehdotuksensa|asian)|poisti\sasian\s(?:esitys)?listalta|"
            r"ströks\sfrån\sföredragningslistan|avfördes|\bärendet\sdrogs\stillbaka|drogs\stillbaka\sfrån|"
            # the matter itself taken back, not a member's counter-proposal
            r"drog\s(?:tillbaka\särendet|ärendet\stillbaka)|togs\sbort\sfrån\s(?:föredragnings)?listan|"
            r"\bveti\sasian\spois|\b(?:asia|ärende)\svedettiin\spois|vedettiin\spois\s(?:esitys)?listalta|"
            r"poisti\sasian\skäsittelystä",
            regex.IGNORECASE,
        ),
    ),
    # moved to the next meeting is tabled in other words: "Asia siirrettiin seuraavaan kokoukseen."
    (
        "tabled",
        patterns.compile(
            r"pöydälle|bordl[äa]|siirr?\w*\s(?:\w+\s){0,2}seuraavaan\skokoukseen|"
            # "Ärendet flyttades till följande möte.", "… sköts upp till nästa sammanträde"
            r"(?:flyttades|sköts\supp)\s(?:\w+\s){0,2}till\s(?:följande|nästa)\s(?:möte|sammanträde)",
            regex.IGNORECASE,
        ),
    ),
    (
        "returned",
        patterns.compile(
            r"palaut\w*\s(?:\w+\s){0,4}(?:uudelleen\s|uuteen\s|takaisin\s)?valmistel|palautettiin|"
            r"palauttaa\sasian|päätettiin\s(?:\w+\s)?palauttaa|päätti\s(?:\w+\s)?palauttaa|återremitt|"
            r"\bremitter\w*\stillbaka",
            regex.IGNORECASE,
        ),
    ),
    (
        "amended",
        patterns.compile(
            r"(?:muutetu|korjatu)\w*\s(?:päätös)?(?:ehdotukse|esitykse)|muutettu\s(?:päätös)?(?:ehdotus|esitys)|"
            r"siten\smuutettuna|muutettuna|muutoksin|ändrat\sförslag|med\sändring|med\sföljande\sändring|"
            # "Godkändes i ändrad form", "godkände det ändrade förslaget", "Hyväksyttiin muutetussa muodossa /
            # korjattuna / täydennettynä"
            r"i\sändrad\sform|det\sändrade\s(?:besluts)?förslaget|muutetussa\smuodossa|\bkorjattuna|\btäydennettynä|"
            r"^(?:siihen\s|ehdotukseen\s|päätösehdotukseen\s)?tehtiin\s(?:\w+\s)?(?:lisäys|muutos|muutoksia|lisäyksiä)|"
            # "Ehdotus hyväksyttiin sillä muutoksella, että …", "… seuraavin lisäyksin", "med den ändringen att …"
            r"(?:sillä|seuraavalla|sellaisella)\s(?:muutoksella|lisäyksellä)|seuraavin\s(?:muutoksin|lisäyksin)|"
            r"lisäyksin\b|med\sden\sändring(?:en)?\b|med\sändringar(?:na)?\b|med\sföljande\sändringar\b|"
            # "Hyväksyttiin lisäyksellä, että …", "Godkändes med tillägget att …"
            r"\bhyväksyttiin\slisäyksellä\b|med\s(?:följande\s)?tillägg(?:et|en)?\b|"
            # a counter-proposal adopted: "Äänestyksen jälkeen kaupunginhallitus hyväksyi Virtasen vastaehdotuksen."
            r"hyväksyi\s(?:\w+\s){0,2}(?:muutos|lisäys|vasta)ehdotukse|"
            # the presenter changed the proposal at the meeting: "kaupunginjohtaja täydensi ehdotustaan"
            r"(?:täydensi|muutti|korjasi)\s(?:\w+\s)?(?:ehdotustaan|esitystään|päätösehdotustaan|päätösesitystään)|"
            r"(?:kompletterade|ändrade|korrigerade)\s(?:sitt\s)?(?:beslutsförslag|förslag)\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "rejected",
        patterns.compile(
            r"\bhylät|\bhylkäsi|\bhylkää|\bhyväksymättä\b|\bförkasta|\bavslog|\bavslå|\binte\sgodkänna\b|"
            # "Godkändes inte.", "Ehdotusta ei hyväksytty."
            r"\bgodkändes\s(?:inte|ej)\b|\bei\shyväksytty\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "noted",
        patterns.compile(
            r"merki\w*\s(?:\w+\s){0,6}?tiedo(?:ksi|kseen)|tiedoksi\smerkit|antecknade?s?\s(?:\w+\s){0,5}?för\skännedom|"
            r"antecknas\sför\skännedom|tog\sdel\sav|för\skännedom|antecknade?s?\s(?:\w+\s){0,5}?till\skännedom|"
            # the short forms, alone: "Merkittiin.", "Antecknades.", "Tiedoksi."
            r"^(?:merkittiin|merkitään|antecknades|antecknas|tiedoksi)\.?$",
            regex.IGNORECASE,
        ),
    ),
    (
        "approved",
        patterns.compile(
            r"^hyväksyttiin|^hyväksyi\b|(?:päätös)?(?:ehdotus|esitys)\shyväksyttiin|"
            # "päätti yksimielisesti hyväksyä", "päätti äänin 8–3 hyväksyä", an official's "Päätän hyväksyä"
            r"\bpäät(?:ti|än)\s(?:[\w–-]+\s){0,3}hyväksyä\b|"
            r"\bhyväksyi\b|hyväksyttiin\s(?:yksimielisesti\s)?"
            r"(?:ehdotuksen|esityksen)|(?:ehdotuksen|esityksen)\smukaan|ehdotuksen\smukainen|esityksen\smukainen|"
            r"(?:päätös)?(?:ehdotuksen|esityksen)\smukaisesti|^hyväksytään|godk[äa]n\w*|"
            # "enligt förslaget", "i enlighet med stadsstyrelsens förslag"
            r"(?:enligt|i\senlighet\smed)\s(?:[\w:]+s\s)?förslag(?:et)?\b|"
            r"^hyväksytty(?:\syksimielisesti)?\.?$",
            regex.IGNORECASE,
        ),
    ),
    # the matter not examined or lapsed: "jätettiin tutkimatta", "Asian käsittely raukeaa", "lämnades utan prövning"
    (
        "other",
        patterns.compile(
            r"\btutkimatta\b|\basian\skäsittely\srauke|\bjätettiin\sraukeamaan\b|\butan\sprövning\b|"
            r"^(?:asia|ärendet)\s(?:raukesi|raukeaa|förföll)\b",  # "Asia raukesi.": the matter itself lapsed
            regex.IGNORECASE,
        ),
    ),
]

# Decision verbs that open the text after "Title:" in decision digests ("§ 463 Laina-aika: Hyväksyttiin.").
_DECISION_START = patterns.compile(
    r"^(?:\w+\s){0,3}?(?:hyväksyttiin|hyväksyi|päätti|päätettiin|merkittiin|merkitsi|valittiin|valitsi|todettiin|"
    r"poistettiin|palautettiin|pantiin|jätettiin|hylättiin|godkändes|godkände|beslöt|beslutade|antecknades|"
    r"bordlades|återremitterades|valdes|ehdotuksen mukaan|ei otettu|ei käytetty|äänestettiin|asiasta äänestettiin|"
    r"päätös(?:ehdotus|esitys)\shyväksyttiin|"
    r"(?:kaupunginjohtaja|kunnanjohtaja)\sotti\sasian\spois)\b",
    regex.IGNORECASE,
)


def opens_with_decision_verb(text: str) -> bool:
    """True for text that opens by stating what was decided, in the past: "Kaupunginhallitus päätti …"."""
    return bool(_DECISION_START.match(text))


def reads_as_decision(text: str) -> bool:
    """True for text that states a decision: a decision verb up front, or a known outcome."""
    return opens_with_decision_verb(text) or classify_outcome(text) is not None


_SENTENCE = patterns.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÅ0-9\"”])")


def _sentences(text: str) -> Iterator[str]:
    # a paragraph ends a sentence too: "… esitti korjatun päätösehdotuksen, jonka mukaan:" / points /
    # "Lautakunta hyväksyi korjatun päätösehdotuksen."
    for paragraph in text.split("\n\n"):
        flat = " ".join(paragraph.split())
        if flat:
            yield from _split_sentences(flat)


def _split_sentences(flat: str) -> list[str]:
    return guarded(lambda t: _SENTENCE.split(flat, timeout=t), [flat], "outcome")


_SENTENCE_READ = 1000


def classify_outcome(text: str) -> Outcome | None:
    """The outcome of a decision text, from the first sentence that states one.

    Example: classify_outcome("Hyväksyttiin.") == "approved"
    """
    stated, formula = _outcome_of(text)
    return stated or formula


def decision_reading(text: str) -> tuple[bool, bool]:
    """(whether the text reads as a decision, as reads_as_decision says; whether a sentence of it states an
    outcome in so many words, a short phrase with letters lost not counting), reading the text once."""
    stated, formula = _outcome_of(text)
    return bool(stated or formula or opens_with_decision_verb(text)), stated is not None


def _outcome_of(text: str) -> tuple[Outcome | None, Outcome | None]:
    """The outcome the first sentence that states one names; else the set phrase that a short first
    sentence is within two letters of."""
    first = None
    for whole in _sentences(text):
        # an outcome is stated near a sentence's start; thousands of characters without a full stop
        # are no sentence, and searching all of them is what made such input slow
        sentence = whole[:_SENTENCE_READ]
        first = first or sentence
        if _MOTION.search(sentence):
            continue
        for outcome, pattern in _OUTCOMES:
            if pattern.search(sentence):
                return outcome, None
    return None, (_garbled_formula(first) if first and len(first) <= 32 else None)


# The set phrases that make up a whole decision, for text whose PDF fonts lost or swapped letters
# ("-nligt förslag.", "Antecknades ör kännedom."): a short first sentence within two letters of one.
_PHRASES: tuple[tuple[Outcome, str], ...] = (
    ("approved", "enligt förslag"),
    ("approved", "enligt förslaget"),
    ("approved", "godkändes"),
    ("approved", "hyväksyttiin"),
    ("approved", "ehdotuksen mukaan"),
    ("noted", "antecknades för kännedom"),
    ("noted", "merkittiin tiedoksi"),
    ("tabled", "bordlades"),
    ("returned", "återremitterades"),
)
_FORMULAS = [(outcome, patterns.compile(rf"(?:{phrase}){{e<=2}}\.?", regex.IGNORECASE)) for outcome, phrase in _PHRASES]


def _garbled_formula(sentence: str) -> Outcome | None:
    return next((outcome for outcome, pattern in _FORMULAS if pattern.fullmatch(sentence)), None)


_VOTE_PAIR = patterns.compile(
    r"(?:äänin|äänillä|äänestyksen\själkeen\säänin|röster(?:na)?|röstetalen|utföll|med\s)\s*(?P<yes>\d{1,3})\s*"
    # "utföll 8 ja mot 3 nej"
    r"(?:ja(?:-röster)?\s+(?=mot\s))?(?:\([^)]{0,400}\)\s*)?(?:[-–—]|mot\s)\s*(?P<no>\d{1,3})"
    # "med 7 röster mot 2"
    r"|(?<!\d)(?P<yes>\d{1,3})\sröster\smot\s(?P<no>\d{1,3})(?!\d)"
    # "Äänestyksen tulos 7-2", "Omröstningsresultat: 5–4"
    r"|(?:äänestyksen\stulos|äänestystulos|omröstningsresultat(?:et)?|röstresultat(?:et)?)(?:\s(?:oli|var))?:?\s*"
    r"(?P<yes>\d{1,3})\s*[-–—]\s*(?P<no>\d{1,3})(?![\d/])"
    # "Efter omröstning (7–4) beslöt …", "äänestyksen jälkeen (9–6)"
    r"|(?:omröstning(?:en)?|äänestyksen\själkeen)\s\((?P<yes>\d{1,3})\s?[-–—]\s?(?P<no>\d{1,3})\)",
    regex.IGNORECASE,
)
_JAA_EI = patterns.compile(
    # "6 (kuusi) jaa-ääntä", and "kuusi (6) jaa-ääntä ja kolme (3) ei-ääntä"
    r"\(?(?P<yes>\d{1,3})\)?\s*(?:\(\w+\)\s*)?jaa-?(?:ääntä|ääni|äänet)?\b.{0,40}?(?P<no>\d{1,3})\)?\s*ei-?(?:ääntä|ääni|äänet)?",
    regex.IGNORECASE,
)
_COUNT_LABEL = (
    # "Kyllä 47 kpl 94%": an electronic vote's result by button
    r"\b(?P<label>jaa|kyllä|ei|tyhjiä|tyhjää|tyhjät|tyhjä|poissa|ja-röster|nej-röster|ja|nej|blanka|blank|frånvarande|"
    r"jaa-ääniä|ei-ääniä|jaa-äänet|ei-äänet)"
)
_LABELLED = patterns.compile(
    rf"{_COUNT_LABEL}\s*:?\s*(?P<n>\d{{1,3}})\b"
    # "EI-ääniä annettiin 6 (Autio, …) ja JAA-ääniä 3 (…)"
    rf"|{_COUNT_LABEL}\s(?:annettiin|oli|tuli)\s(?P<n>\d{{1,3}})\b"
    # the count in brackets after the label or after the names: "EI (1): Virtanen", "JAA: Mäki, Salo (2)"
    rf"|{_COUNT_LABEL}\s*\((?P<n>\d{{1,3}})\)|{_COUNT_LABEL}\s*:\s*[^():\d]{{1,400}}?\((?P<n>\d{{1,3}})\)",
    regex.IGNORECASE,
)
# "6 ja-röster, 5 nej-röster och 1 blank röst", "med rösterna 6 ja, 5 nej och 1 blank"
_JA_NEJ = patterns.compile(
    r"(?P<yes>\d{1,3})\s*ja-?röster\b.{0,40}?(?P<no>\d{1,3})\s*nej-?röster\b"
    r"|(?P<yes>\d{1,3})\sja\s?[,;]?\s(?:och\s)?(?P<no>\d{1,3})\snej\b",
    regex.IGNORECASE,
)
# the blank and absent counts after a vote, also in brackets: "äänin 9–6 (1 tyhjä)"
_COUNT_AFTER = patterns.compile(
    r"\G[,;]?\s*\(?(?:ja\s|och\s)?\s*(?P<n>\d{1,3})\s*(?P<label>tyhjää|tyhjiä|tyhjä|poissa|blanka|blank|frånvarande)\b\)?",
    regex.I,
)
_LABEL_FIELD = {
    "jaa": "yes",
    "kyllä": "yes",
    "ja-röster": "yes",
    "jaa-ääniä": "yes",
    "jaa-äänet": "yes",
    "ei": "no",
    "nej-röster": "no",
    "ei-ääniä": "no",
    "ei-äänet": "no",
    "tyhjiä": "blank",
    "tyhjää": "blank",
    "tyhjät": "blank",
    "tyhjä": "blank",
    "blanka": "blank",
    "blank": "blank",
    "ja": "yes",
    "nej": "no",
    "poissa": "absent",
    "frånvarande": "absent",
}


# "kaupunginhallituksen 9 äänellä 6 ääntä vastaan hylänneen …", "… ja yhden äänestäessä tyhjää"
_VOTES_AGAINST = patterns.compile(
    r"(?<![\d,.])(?P<yes>\d{1,3})\säänellä\s(?P<no>\d{1,3})\s(?:ääntä\s|äänen\s)?vastaan"
    r"(?:,?\s(?:ja\s)?(?P<blank>\d{1,3}|yhden|kahden|kolmen|neljän|viiden)\s(?:äänestäessä|äänestettyä)\styhjää)?",
    regex.IGNORECASE,
)
_COUNT_WORDS = {"yhden": 1, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5}


def find_votes(text: str) -> list[Vote]:
    """Vote results stated in a text: "äänin 8-5", "2 JAA-ääntä ja 8 EI-ääntä", "Ja-röster: 76"."""
    votes: list[Vote] = []
    flat = " ".join(text.split())
    for pattern in (_VOTE_PAIR, _JAA_EI, _JA_NEJ):
        for m in scan(pattern, flat, "votes"):
            vote = Vote(yes=int(m["yes"]), no=int(m["no"]), text=m.group(0))
            # "43 jaa, 12 ei, 3 tyhjää ja 9 poissa", "äänin 9–6 (1 tyhjä)": the blank and absent counts follow
            for extra in _COUNT_AFTER.finditer(flat, m.end(), min(len(flat), m.end() + 60)):
                field = _LABEL_FIELD[extra["label"].casefold()]
                if getattr(vote, field) is None:
                    setattr(vote, field, int(extra["n"]))
                    vote.text = flat[m.start() : extra.end()]
            votes.append(vote)
    for m in scan(_VOTES_AGAINST, flat, "votes"):
        blank = m["blank"]
        count = int(blank) if blank and blank.isdigit() else _COUNT_WORDS.get((blank or "").casefold())
        votes.append(Vote(yes=int(m["yes"]), no=int(m["no"]), blank=count, text=m.group(0)))
    if not votes:
        votes = _labelled_votes(flat)
    return votes


def _labelled_votes(flat: str) -> list[Vote]:
    """Votes given as labelled counts ("Jaa-äänet: 9 … Ei-äänet: 4 … Tyhjä: 0 … Poissa: 2"); a label
    that comes again opens the next vote (Helsinki's "1 äänestys", "2 äänestys")."""
    votes: list[Vote] = []
    counts: dict[str, int] = {}
    spans: list[str] = []
    labels: set[str] = set()

    def close() -> None:
        # the Swedish "Ja 6, Nej 5" only with its "Nej": alone, "ja 5" is the Finnish "and 5"
        swedish_yes_alone = "ja" in labels and "nej" not in labels
        if "yes" in counts and "no" in counts and not swedish_yes_alone:
            votes.append(Vote(text=", ".join(spans), **counts))
        counts.clear()
        spans.clear()
        labels.clear()

    for m in scan(_LABELLED, flat, "votes"):
        field = _LABEL_FIELD[m["label"].casefold()]
        if field in counts:
            close()
        counts[field] = int(m["n"])
        spans.append(m.group(0))
        labels.add(m["label"].casefold())
    close()
    return votes


# "jääväsi itsensä", "jäävättiin" (the verb); "jäävä" alone is also "remaining" ("jäljelle jäävä osuus")
_CONFLICT = patterns.compile(r"esteelli|jäävi|jääviy|jääväs|jäävät[tä]|\bjävi|\bjäv\b|jävig", regex.IGNORECASE)
# A sentence naming who chaired while the chair was disqualified: that person was not.
_STOOD_IN_AS_CHAIR = patterns.compile(
    r"\btoimi(?:\s\S+){0,3}\spuheenjohtajana|\bpuheenjohtajana\stoimi|\bfungerade\ssom\sordförande", regex.IGNORECASE
)
_NOTE = patterns.compile(
    r"^(?:(?:merkittiin|merkitään)(?:\späätökseen|\spöytäkirjaan)?,?\s+että|pöytäkirjaan\smerkittiin,?\s+että|"
    r"pöytäkirjamerkintä|antecknades\satt|antecknades\s(?:till|i)\sprotokollet|till\sprotokollet\santecknades|"
    r"protokollsanteckning)",
    regex.IGNORECASE,
)


# A council's rider adopted with the decision (toivomusponsi, hemställningskläm): domain.md asks for it
# apart; the paragraph that names it and, after its colon, the rider's own words.
_RIDER = patterns.compile(r"toivomuspon(?:si|nen|net|sia)|hemställningskläm", regex.IGNORECASE)


def _riders(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        if not _RIDER.search(paragraph) or _NOTE.match(paragraph):
            continue
        told = " ".join(sentence for sentence in _sentences(paragraph) if _RIDER.search(sentence))
        if paragraph.rstrip().endswith(":") and n + 1 < len(paragraphs):
            told = f"{told} {paragraphs[n + 1]}"  # "… följande hemställningskläm:" / its words
        out.append(told)
    return out


_NOT_NAMES = frozenset(
    {"esteellisenä", "esteellinen", "kaupunginhallituksen", "lautakunnan", "jäsen", "merkittiin", "valtuutettu",
     "ledamoten", "ersättaren", "ordförande", "puheenjohtaja", "jäsenet", "valtuutetut", "ledamöterna",
     "ersättarna", "varajäsen", "varajäsenet"}
)  # fmt: skip


_CAPITALISED = patterns.compile(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?\b")


def _first_name(sentence: str) -> str | None:
    """The first run of two capitalised words that is not a title ("Ledamoten Mikael Ek" gives "Mikael Ek"),
    perhaps with a particle between them ("Carl af Hällström")."""
    words = [(m.start(), m.end(), m.group(0)) for m in _CAPITALISED.finditer(sentence)]
    for n in range(len(words) - 1):
        (_, e1, w1), (s2, _, w2) = words[n], words[n + 1]
        between = sentence[e1:s2]
        particles = between.split()
        if between != " " and not (
            between[:1] == between[-1:] == " " and particles and all(p in NAME_PARTICLES for p in particles)
        ):
            continue
        if w1.casefold() in _NOT_NAMES or is_title_word(w1) or is_title_word(w2):
            continue
        if _CONFLICT.match(w1):
            continue  # "Jäävinä Pekka Salo poistui": the word for disqualified, not a given name
        return f"{w1}{between}{w2}"
    return None


def states_conflict(text: str) -> bool:
    """True for text that says someone was disqualified ("esteellinen", "jäv")."""
    return bool(_CONFLICT.search(text))


def find_conflicts(paragraphs: list[str]) -> list[Conflict]:
    """Conflicts of interest: the sentences that say someone was disqualified, with the person's name."""
    out: list[Conflict] = []
    for paragraph in paragraphs:
        for sentence in _SENTENCE.split(paragraph):
            if not _CONFLICT.search(sentence) or _STOOD_IN_AS_CHAIR.search(sentence):
                continue
            name = _first_name(sentence)
            if not name:
                continue
            out.append(Conflict(name=name, text=sentence))
            # "Esteellisiä olivat Matti Mäki ja Anna Berg": each person of a list, its commas as typed ("Mervi
            # Mäkelä ,Reima Kuusi")
            listed = _COMMA_AS_TYPED.sub(", ", sentence)
            at = listed.find(name) + len(name)
            while (more := _NEXT_NAME.match(listed, at)) and not is_title_word(more["name"].split()[0]):
                out.append(Conflict(name=more["name"], text=sentence))
                at = more.end()
            # a list whose names carry their roles: "X Oy:n hallituksen puheenjohtajana ja Y hallituksen
            # varajäsenenä"; a company's name is no person's
            named = {c.name for c in out}
            for later in _LATER_NAME.finditer(listed, at):
                if not is_title_word(later["name"].split()[0]) and later["name"] not in named:
                    named.add(later["name"])
                    out.append(Conflict(name=later["name"], text=sentence))
    return out


_LATER_NAME = patterns.compile(
    # the name ends the list's entry, or its role in the essive follows, after genitives: "… hallituksen
    # varajäsenenä"; not a verb ("ja Liisa Aho toimi sihteerinä": she is not disqualified)
    rf"(?:,\s|\s(?:ja|och)\s)(?P<name>{TWO_WORD_NAME})"
    r"(?=[,;.]|\s\(|$|\s(?:ja|och)\s|\s(?:\p{Ll}+n\s){0,3}\p{Ll}+(?:na|nä)\b)"
)


_COMMA_AS_TYPED = patterns.compile(r"\s*,\s*")
# the next of a list, perhaps with the person's role before the name: "… ja jäsen Liisa Laine"
_NEXT_NAME = patterns.compile(
    rf"(?:,\s|\s(?:ja|och)\s)(?:\p{{Ll}}[\p{{L}}\-]*\.?\s){{0,2}}(?P<name>{TWO_WORD_NAME})(?!\w)"
)


# In the handling: "totesi kaupunginhallituksen … hyväksyneen Elon muutosehdotuksen nro 3", "voidaanko Elon
# lisäysehdotus yksimielisesti hyväksyä. … totesi kaupunginhallituksen hyväksyneen sen", "Nämnden godkände
# Anna Bergs ändringsförslag". Rejected or lapsed ones ("hylänneen", "raukeavan") do not count.
_AMENDMENT_ADOPTED = patterns.compile(
    r"hyväksyneen\s(?:\p{Lu}\p{L}+\s){0,2}(?:muutos|lisäys|vasta)ehdotukse|"
    r"(?:muutos|lisäys|vasta)ehdotus\s(?:[^.]{0,80})hyväksyä\.[^.]{0,120}hyväksyneen\ssen|"
    r"(?:muutos|lisäys|vasta)ehdotus\s(?:\p{Ll}+\s){0,3}hyväksyttiin|"
    r"godk(?:ände|änt|änts)\s(?:\p{Lu}\p{L}+\s){0,2}(?:ändrings|tilläggs|mot)förslag|"
    r"(?:ändrings|tilläggs|mot)förslaget\s(?:\p{Ll}+\s){0,2}godkändes",
    regex.IGNORECASE,
)


# A dissent left on the record: "X jätti (asiasta) eriävän mielipiteen", "X anmälde avvikande mening",
# "X lämnade en protokollsanteckning"; an "eriävä esitys" is a counter-proposal, not a dissent.
_DISSENT = patterns.compile(
    r"eriäv\w*\smielipi\w*|avvikande\s(?:mening|åsikt)|protokollsanteckning|pöytäkirjamerkinnän", regex.IGNORECASE
)


def _dissents(paragraphs: list[str]) -> list[str]:
    """The sentences that record a dissent, each once."""
    found: list[str] = []
    for paragraph in paragraphs:
        if not _DISSENT.search(paragraph):
            continue
        for sentence in _split_sentences(" ".join(paragraph.split())):
            if _DISSENT.search(sentence) and sentence not in found:
                found.append(sentence)
    return found


def build_decision(paragraphs: list[str], extra: list[str] | None = None) -> Decision | None:
    """A Decision from the paragraphs of a decision block; None when there is no text."""
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return None
    text = "\n\n".join(paragraphs)
    context = paragraphs + (extra or [])
    # a note recorded in the handling ("Kokouskäsittely" / "Merkittiin, että …") is the decision's note too
    notes = list(dict.fromkeys(p for p in context if _NOTE.match(p))) + _riders(paragraphs)
    notes += [d for d in _dissents(context) if not any(d in n for n in notes)]
    outcome = classify_outcome(text)
    if outcome is None and any(_AMENDMENT_ADOPTED.search(p) for p in extra or []):
        # The decision restates the proposal as changed; the handling says a change was adopted.
        outcome = "amended"
    votes = find_votes(text)
    # the handling's account of a vote that the decision sums up ("9 jaa-ääntä, 6 ei-ääntä ja 1 tyhjä" /
    # "äänin 9-6") is the same vote; its blank and absent counts complete the decision's
    for told in find_votes("\n".join(extra or [])):
        same = next((v for v in votes if (v.yes, v.no) == (told.yes, told.no)), None)
        if same is None:
            votes.append(told)
        else:
            same.blank = same.blank if same.blank is not None else told.blank
            same.absent = same.absent if same.absent is not None else told.absent
    return Decision(
        text=text,
        outcome=outcome,
        votes=votes,
        conflicts=find_conflicts(context),
        notes=notes,
    )
