"""Noun phrases around a reporting verb: the words that may name a speaker.

Pure functions of strings, with the word lists they need: :func:`np_before` (the
subject that ends a string, before a cue), :func:`np_after` (the speaker after an
inverted cue: ", said Wang Wenbin"), :func:`np_at_start` (the subject that opens a
sentence), :func:`split_titles` (titles before a name), and small tests of words
(:func:`is_role_head`, :func:`person_of_body`, :func:`is_appositive`). What the phrase
refers to is decided in :mod:`.resolution`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .countries import current_countries
from .cues import (
    CUE_RE,
    INSTITUTION_HEADS,
    NON_NAME_WORDS,
    OFFICIAL_HEADS,
    PRONOUNS,
    ROLE_HEADS,
    TITLE_WORDS,
)

# Patterns of the hot functions below (noun phrases, cues, clauses, resolution), compiled once
_CONJUNCTION_END_RE = re.compile(r"\b(?:and|or|but)$")
_AND_END_RE = re.compile(r"\s+(?:and|&)\s+$")
_SHORT_PARENTHESIS_RE = re.compile(r"\s*\([^()]{0,40}\)")
_END_PARENTHESIS_RE = re.compile(r"\s*\([^()]{0,200}\)$")
_CLAUSE_START_END_RE = re.compile(r"(?:^|[,;:—–]|\bthat)\s*$")
_TOKEN_RE = re.compile(r"\S+")
_CLOSING_PUNCT_END_RE = re.compile(r"[,;:.!?)\]”\"]$")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
_SENTENCE_PUNCT_END_RE = re.compile(r"[,;:.!?)]$")
_PHRASE_PUNCT_END_RE = re.compile(r"[,;:!?)\]”\"]$")
_PLAIN_WORD_RE = re.compile(r"[\w.'’-]+")
_LIST_ITEMS_END_RE = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+){1,4}$")
_ADVERB_OR_PARTICIPLE_END_RE = re.compile(r"ly$|ing$")


_SENTENCE_ADVERB_RE = re.compile(r"\s*[A-Z][a-z]+ly")
AUX_RE = re.compile(
    r"(?:\s+|^)(?:(?-i:[a-z]\w*ly)|also|again|later|then|further|once|previously|earlier|just|jointly|therefore|thus|hence|meanwhile|"
    r"has|have|had|was|were|is|are|"
    r"would|will|did|does|do|not|never|had|in turn|was quoted as|is quoted as|were quoted as|"
    r"quoted as|has been|have been|had been|reportedly|publicly|privately|separately|himself|herself|"
    r"themselves|too|both|all|alone|first|last|at the time|at one point|at the meeting|"
    r"(?:for|on) (?:his|her|its|their|our) part|in (?:his|her|its|their) turn|"  # "X for his part said"
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| afternoon| evening)?|today|yesterday|tonight)$",
    re.I,
)
CONNECTORS = {"of", "the", "for", "de", "van", "von", "bin", "al", "la", "le", "da", "del", "on", "and"}
# Particles inside a person's name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva",
# "Mohammed bin Salman"): kept between name words, unlike "of", "the", "for"
NAME_PARTICLES = {"van", "von", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "bin", "ibn",
                  "al", "el", "la", "le", "ter", "ten", "zu"}


# "the joint statement after their meeting", "a communique issued at the end of the summit": the
# document (group 1) and the occasion of its issue
# "a statement from the ministry", "a communique issued by the union": the document, then its author (group 1)
DOCUMENT_BY_RE = re.compile(r"(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|readout|release|communiqu[eé]|declaration|letter|note)"
                            r"\s+(?:from|by|(?:issued|released|published|sent)\s+by)\s+(.+?)"
                            r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+\w+))?", re.I)  # (not "the bloc Sunday")
DOCUMENT_OCCASION_RE = re.compile(r"((?:the|a|an|their|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|communiqu[eé]|declaration|"
                                  r"readout|press release|release|letter|report))\s+(?:(?:issued|released|published|adopted|made)\s+)?"
                                  r"(?:after|following|at the end of|at the close of)\s+\S.*", re.I)


# "al-Jubeir", "el-Sisi", "bin-Zayed": a name word written with a lower-case particle joined by a hyphen
PARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ash|as|ar|at|az|an|bin|ibn|abu|bint|ben|ul|ud|ol|ed|da|de|di|du)-[A-Z]")


def fold(word: str) -> str:
    """*word* without accents: "Lajčák" and "Lajcak" are one name."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def cap(word: str) -> bool:
    """True when *word* starts like a name word: a capital, or a joined particle ("al-Jubeir")."""
    return word[:1].isupper() or ("-" in word[:6] and PARTICLE_NAME_RE.match(word) is not None)


def person_after_title(rest: list[str]) -> tuple[list[str], list[str]]:
    """``(more titles, name)``: a title word inside a capitalised run ends a body's name and
    opens the person's ("Commission President Ursula von der Leyen" -> "Ursula von der
    Leyen"), when at least two name words follow it; else ``([], rest)``."""
    for i, t in enumerate(rest[:-1]):
        if clean_tok(t).lower() in TITLE_WORDS and i > 0:
            after = rest[i + 1:]
            if len(after) >= 2 and not any(clean_tok(w).lower() in TITLE_WORDS or w in NON_NAME_WORDS for w in after):
                return rest[:i + 1], after
    return [], rest


def name_words(toks: list[str]) -> list[str]:
    """The words of a name run without its connectors ("of", "the") and without particles
    at either end; particles between name words stay ("von der Leyen")."""
    out = [t for t in toks if t not in CONNECTORS or t in NAME_PARTICLES]
    while out and out[0] in NAME_PARTICLES:
        out = out[1:]
    while out and out[-1] in NAME_PARTICLES:
        out = out[:-1]
    return out
DETERMINERS = {"the", "a", "an", "two", "both", "several", "some", "many", "other", "three", "four", "one",
               "another", "his", "her", "their", "its", "our", "these", "those", "this", "that", "most", "all", "few"}


def strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


_ABBREVIATED_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
INITIAL_OR_SUFFIX_RE = re.compile(r"[A-Z]\.?|Jr\.?|Sr\.?|II|III|IV")


@lru_cache(maxsize=1 << 16)
def clean_tok(tok: str) -> str:
    tok = tok.strip(",;:!?()[]\"“”«»").replace("’", "'")
    if tok.endswith(".") and not _ABBREVIATED_RE.fullmatch(tok):
        tok = tok.rstrip(".")
    return tok


INSTITUTION_HEADS_LOWER = {h.lower() for h in INSTITUTION_HEADS}
PRONOUN_WORDS = set(PRONOUNS)
# Capitalised words that make a name an institution's ("Customs and Border Protection")
INSTITUTION_NAME_WORDS = {
    "Customs", "Protection", "Resources", "Affairs", "Security", "Defense", "Defence", "Control",
    "Prevention", "Development", "Industry", "Trade", "Commerce", "Energy", "Health", "Services",
    "Management", "Enforcement", "Immigration", "Relations", "Studies", "Research", "Statistics",
    "Fisheries", "Staff", "Intelligence", "Investigation", "Justice", "Treasury", "Finance",
    "Cooperation", "Exchange", "Reserve", "Aviation", "Maritime", "Coast", "Forces", "Chiefs",
}
# Role nouns for a person ("the official", "the spokeswoman"), as opposed to institutions.
PERSON_HEADS = {
    "official", "diplomat", "spokesperson", "spokesman", "spokeswoman", "minister", "secretary",
    "president", "premier", "leader", "envoy", "ambassador", "negotiator", "adviser", "advisor",
    "aide", "lawmaker", "senator", "professor", "scholar", "researcher", "analyst", "expert",
    "chairman", "chair", "officer", "commander", "general", "admiral", "economist", "executive",
    "representative", "counterpart", "student", "man", "woman", "source", "delegate",
}
# Paragraph labels that do not name a speaker ("Note: ...", "Update: ...")
# Lower-case institution heads ("the Philippine coast guard", "Chinese state media")
INSTITUTION_WORDS = INSTITUTION_HEADS_LOWER | {
    "guard", "media", "embassy", "ministry", "military", "police", "navy", "army", "authorities",
    "regulator", "regulators", "company", "firm", "think", "tank", "institute", "bloc", "alliance",
    "council", "committee", "parliament", "court", "government", "administration", "mission",
    "consulate", "agency", "office", "department", "forces", "spokesperson's", "presidency",
}


NOT_HEADS = {"time", "day", "week", "year", "month", "way", "same", "other", "rest", "end", "moment", "meeting",
             "talks", "visit", "trip", "call", "event", "issue", "matter", "question", "point", "case"}


def is_role_head(word: str) -> bool:
    """A noun that can head a speaker phrase ("officials", "presidents", "spokeswoman")."""
    w = word.lower().replace("’", "'")
    return w in ROLE_HEADS or (w.endswith("s") and w[:-1] in ROLE_HEADS) or (w.endswith("es") and w[:-2] in ROLE_HEADS)


# Unnamed sources described by what they know: "people familiar with the matter", "a person
# briefed on the talks", "two sources close to the negotiations".
_SOURCE_HEADS = r"(?:people|persons?|sources?|officials?|diplomats?|individuals?|insiders?|executives?|aides?)"
_SOURCE_POSTMOD = (r"(?:familiar with|briefed on|with(?: direct)? knowledge of|knowledgeable about|close to|"
                   r"involved in|aware of|privy to)")
SOURCE_PHRASE_RE = re.compile(
    r"(?:(?:a|an|the|one|two|three|four|five|several|some|many|other)\s+)?((?:[\w.'’-]+\s+){0,3}?)(" + _SOURCE_HEADS
    + r")\s+" + _SOURCE_POSTMOD + r"\s+\S", re.I)
SOURCE_AT_END_RE = re.compile(
    r"(?<![\w'’-])(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}?" + _SOURCE_HEADS + r"\s+" + _SOURCE_POSTMOD + r"\s+(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+$", re.I)


def source_head(name: str) -> str | None:
    """"people familiar with the matter" -> "people"; None for other phrases."""
    m = SOURCE_PHRASE_RE.match(name)
    return m.group(2).lower() if m else None


_NOT_PERSON_HEAD_WORDS = {"Republic", "States", "Kingdom", "Union", "Emirates", "Islands", "Nations", "Sea", "Strait"}


def person_of_body(np: str) -> str | None:
    """"Bonnie Glaser of the German Marshall Fund" -> "Bonnie Glaser": the capitalised words
    before the first "of" when they end in a name (not a title, as in "Secretary of State",
    nor an institution, as in "Ministry of Commerce") and the words after it name a body."""
    head, sep, tail = np.partition(" of ")
    if not sep:
        return None
    words = head.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or any(w.endswith(("'s", "’s")) for w in words):
        return None
    last = clean_tok(words[-1])
    if (last.lower() in TITLE_WORDS or last.rstrip(".").lower() in TITLE_WORDS or last in INSTITUTION_HEADS
            or last in INSTITUTION_NAME_WORDS or last in _NOT_PERSON_HEAD_WORDS or last.lower() in ROLE_HEADS
            or len(last) < 2 or last.isupper()):
        return None
    body = [clean_tok(w) for w in tail.split()]
    if current_countries().side_of(tail.strip()) is not None:  # "Wang Yi of China"
        return head
    if not any(w in INSTITUTION_HEADS or w in INSTITUTION_NAME_WORDS or w.startswith("Universit") for w in body):
        return None
    return head


def is_appositive(head: str) -> bool:
    """True when *head* ("The U.S. ambassador in Manila,") is a short noun phrase that
    introduces the name after it, rather than a clause."""
    h = head.rstrip().rstrip(",").strip()
    words = h.split()
    if not words:
        return False
    last = clean_tok(words[-1])  # a title or a name ends it: not "The envoy must leave the country,"
    return len(words) <= 7 and words[0].lower() in {"the", "a", "an", "his", "her", "their", "its"} | {"china's", "china’s"} \
        and (cap(last) or is_role_head(last) or last.lower() in OFFICIAL_HEADS or last.lower() in INSTITUTION_WORDS) \
        and not CUE_RE.search(h) and not re.search(r"\b(?:is|are|was|were|will|would|has|have|had|must|should|can|could|may|might|cannot)\b", h)


# "Chairperson-in-Office", "Commander-in-Chief": a title word joined to a phrase
_HYPHENED_TITLE_RE = re.compile(r"[a-z]+-(?:in|of|at|for)-[a-z]+")


def split_titles(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split leading title words ("Secretary of State") from the name that follows."""
    i = 0
    while i < len(toks) - 0:
        t = clean_tok(toks[i]).lower()
        if t in {"to", "for"} and i > 0 and i + 2 < len(toks):
            # "Ambassador to the Philippines MaryKay Carlson"
            j = i + 1 + (toks[i + 1].lower() == "the")
            if j + 1 < len(toks) and toks[j][:1].isupper():
                i = j + 1
                continue
        if t in TITLE_WORDS or t.rstrip(".") in TITLE_WORDS or (t in CONNECTORS and i > 0 and i < len(toks) - 1) \
                or _HYPHENED_TITLE_RE.fullmatch(t) and t.split("-")[0] in TITLE_WORDS \
                or t == "general" and i > 0 and clean_tok(toks[i - 1]).lower() == "secretary":  # ("Secretary General")
            i += 1
            continue
        if i + 1 < len(toks) and (clean_tok(toks[i + 1]).lower() in TITLE_WORDS or _HYPHENED_TITLE_RE.fullmatch(clean_tok(toks[i + 1]).lower())
                                  and clean_tok(toks[i + 1]).lower().split("-")[0] in TITLE_WORDS) \
                and (t in current_countries().adjectives or t in current_countries().candidates
                     or toks[i][:1].isupper() and len(toks[i]) > 1 and all(clean_tok(w).lower() in TITLE_WORDS for w in toks[i + 1:]) and current_countries().side_of(t)  # ("Bangladesh Foreign Secretary", no name)
                     or toks[i].isupper() and len(toks[i]) > 1 and current_countries().side_of(t)
                     and not (toks[-1].endswith("s") and clean_tok(toks[-1]).lower()[:-1] in TITLE_WORDS)):  # (not "BRICS Foreign Ministers", a group)
            i += 1  # "Greek Foreign Minister ...", "RSF Commander ...": a nationality or a body's acronym before a title is part of the title
            continue
        break
    if i == 0 and len(toks) >= 4:
        # "International Relations and Cooperation Minister Dr Naledi Pandor", "Visiting Indian
        # Foreign Secretary X": a body or a word before the title, then the name after its last title word
        last = max((k for k, t in enumerate(toks) if clean_tok(t).lower().rstrip(".") in TITLE_WORDS
                    and clean_tok(t).lower() not in CONNECTORS and t[:1].isupper()), default=-1)
        tail = toks[last + 1:]
        if last >= 1 and 2 <= len(tail) <= 4 and all(t[:1].isupper() and clean_tok(t).lower() not in TITLE_WORDS for t in tail):
            return toks[:last + 1], tail
    # never swallow the whole run when the last word looks like a surname
    return toks[:i], toks[i:]


HONORIFIC_START_RE = re.compile(r"(?:(?:His|Her)\s+(?:Royal\s+Highness|Highness|Excellency|Majesty)|H\.\s?[EH]\.|HH|HE)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")


def _titled_name(phrase: str) -> bool:
    """"Prince Faisal bin Farhan": a title, then a name of two words or more (not "the
    Permanent Secretary of the Ministry of Foreign Affairs", a role)."""
    words = phrase.split()
    rest = split_titles(words)[1]
    return words[0].lower() not in DETERMINERS and len(rest) >= 2 and "of" not in rest


def np_before(s: str) -> tuple[str, int] | None:
    """The noun phrase that ends string *s* (the subject before a reporting verb).

    Returns ``(phrase, offset_in_s)`` or None. Skips adverbs and auxiliaries ("also",
    "firmly", "has") and a trailing aside ("Hugh Hill, a doctor,"); takes an appositive
    name ("China's leading diplomat, Wang Yi,").
    """
    s = _SHORT_PARENTHESIS_RE.sub(lambda m: " " * len(m.group(0)), s).rstrip()  # "(R-Ind.)"
    if s.endswith(")"):  # "the OSCE Minsk Group Co-Chairs (Igor Popov of Russia, ... of the United States)"
        s = _END_PARENTHESIS_RE.sub("", s).rstrip()
    for _ in range(4):
        m = AUX_RE.search(s)
        if not m or m.start() == m.end():
            break
        s = s[: m.start()].rstrip()
        if s.endswith(",") and m.group(0).split()[0].lower() in ("on", "for", "in"):
            s = s[:-1].rstrip()  # "X, on his part said": no aside between two commas
    if _SENTENCE_ADVERB_RE.fullmatch(s):
        return None  # "Warmly welcoming ...": an adverb opens the sentence, no subject
    if s.endswith(","):
        inner = s[:-1].rstrip()
        idx = max(inner.rfind(","), inner.rfind("—"), inner.rfind("–"))
        if idx < 0:
            return None
        aside = inner[idx + 1:].strip()
        head = inner[:idx].rstrip()
        aside_toks = aside.split()
        if aside_toks and aside_toks[0].lower() in {"the", "a", "an"}:
            # "Mariam al-Sadiq al-Mahdi, the Sudanese Foreign Minister,": the name, not its role
            got = np_before(head)
            if got and cap(got[0].split()[-1]) and got[0].split()[0].lower() not in DETERMINERS:
                return got
        if aside_toks and len(aside_toks) >= 2 and (clean_tok(aside_toks[0]).lower() in TITLE_WORDS or aside_toks[0][:1].isupper()
                                                    and any(clean_tok(t).lower() in ROLE_HEADS for t in aside_toks[1:3])):
            # "Richard Sezibera, Minister of Foreign Affairs of Rwanda,", "Ambassador X, Personal
            # Representative of ...,": the name before its title
            got = np_before(head)
            honorific = HONORIFIC_START_RE.match(got[0]) if got else None
            if honorific and honorific.end() < len(got[0]):  # "His Excellency Mr. Jassem Albudaiwi, Secretary General of ...,"
                got = (got[0][honorific.end():], got[1] + honorific.end())
            if got and cap(got[0].split()[-1]) and len(got[0].split()) >= 2 and (clean_tok(got[0].split()[0]).lower() not in TITLE_WORDS | DETERMINERS
                                                                               or _titled_name(got[0])):
                return got  # (also "Prince Faisal bin Farhan, Minister of Foreign Affairs,")
        if aside_toks and all(cap(t) or t.lower() in CONNECTORS for t in aside_toks) and aside_toks[0] not in NON_NAME_WORDS:
            got = np_at_end(inner)
            if got:
                # keep the title before the comma as context: "China's top diplomat, Wang Yi"
                return got
        if aside_toks and aside_toks[0].lower() in {"who", "which", "whose", "whom", "where", "when"}:
            return np_before(head)
        if aside_toks and "," in head and aside_toks[0].lower() in {"in", "at", "on", "during", "after", "speaking", "addressing", "responding", "replying"}:
            # "Prince Faisal bin Farhan, Minister of Foreign Affairs, in his reply to the journalists,":
            # the name before the title, as if the circumstance were not there
            got = np_before(head + ",")
            if got:
                return got
        if aside_toks and aside_toks[0].lower() in {"but", "and", "or", "yet", "while", "whereas", "so"}:
            return None  # "..., but the democratic values of the entire West,": a clause goes on, no aside
        return np_before(head) if aside_toks else None
    # "a person familiar with the deliberations": the source, not the deliberations
    m = SOURCE_AT_END_RE.search(s)
    if m:
        return s[m.start():], m.start()
    if _CONJUNCTION_END_RE.search(s):
        return None  # "... and affirmed that": the subject is the clause's, not a phrase before "and"
    meeting = _MEETING_SUBJECT_END_RE.search(s) if s.endswith(_MEETING_ENDS) else None
    if meeting:  # "On humanitarian issues, the meeting": a meeting as the subject (see groups.meeting_body)
        return meeting.group(1), meeting.start(1)
    got = np_at_end(s)
    members = _MEMBERS_OF_END_RE.search(s, 0, got[1]) if got and got[1] > 0 and s[:got[1]].rstrip().endswith(" of") else None
    if members and cap(got[0].split()[-1]):  # "The members of the Security Council": the members speak
        return s[members.start():], members.start()
    if got and got[1] > 0 and _PLACE_OBJECT_END_RE.search(s, 0, got[1]):
        # "Argentine Foreign Minister X on Monday at the first meeting of the Mercosur summit in
        # Montevideo said": the place is the object of "in"; the subject opens the clause
        lead = _SUBJECT_THEN_CIRCUMSTANCE_RE.match(s, 0, got[1])
        if lead:
            first = np_at_end(lead.group(1))
            if first and first[1] == 0 and cap(first[0].split()[-1]):
                return first
    modifier = _PARTICIPLE_THEN_PLACE_END_RE.search(s, 0, got[1]) if got and got[1] > 0 and _PREPOSITION_BEFORE_RE.search(s, max(0, got[1] - 10), got[1]) else None
    if modifier and modifier.start() > 0:
        # "a senior North Korean diplomat leading a delegation to Kuala Lumpur reiterated": the
        # place ends a participle's phrase; its subject stands before the participle
        first = np_at_end(s[: modifier.start()].rstrip())
        if first and (cap(first[0].split()[-1]) or is_role_head(clean_tok(first[0].split()[-1]).lower())):
            return first
    if got and got[1] > 0 and " and " in got[0]:
        # "Germany, Poland and France": a list of sides, the items before the last two too
        items = _LIST_ITEMS_END_RE.search(s, 0, got[1])
        if items and all(current_countries().side_of(w.strip()) for w in items.group(0).split(",") if w.strip()):
            return s[items.start():], items.start()
    if got and got[1] > 0:
        # "The Secretary and the National Security Advisor", "Secretary Blinken and the Foreign
        # Minister": two subjects that open the clause speak together
        head = s[:got[1]]
        joint = _AND_END_RE.search(head)
        first = np_at_end(head[:joint.start()]) if joint else None
        if first and (first[0][:1].isupper() or first[0].lower().startswith("the ")) \
                and _CLAUSE_START_END_RE.search(head[:first[1]]):
            return s[first[1]:], first[1]
    return got


_PARTICIPLE_THEN_PLACE_END_RE = re.compile(r"(?<=\s)(?:leading|heading|visiting|speaking|meeting|travelling|traveling|based|stationed|"
                                           r"gathered|arriving)\s+(?:[\w'’-]+\s+){0,4}?(?:to|in|at|from|with|for)\s+(?:the\s+)?$")
_MEETING_ENDS = ("meeting", "Meeting", "summit", "Summit", "conference", "Conference", "session", "Session", "retreat", "Retreat")
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:to|in|at|from|with|for)\s+(?:the\s+)?$")
_MEETING_SUBJECT_END_RE = re.compile(r"(?:^|,\s*|\band\s+)((?:[Tt]he\s+)?(?:[Mm]eeting|[Ss]ummit|[Cc]onference|[Ss]ession|[Rr]etreat))$")
_MEMBERS_OF_END_RE = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?:[Mm]ember\s+[Ss]tates|[Mm]embers)\s+of\s+$")
_PLACE_OBJECT_END_RE = re.compile(r"\b(?:in|at|from|near|during|of)\s+(?:the\s+)?$")
# A capitalised subject, then only circumstances (when, where, at which event) up to the verb
_SUBJECT_THEN_CIRCUMSTANCE_RE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){1,7}?[A-Z][\w.'’-]*)(?=\s+(?:on|at|in|during)\s)"
    r"(?:\s+(?:on|at|in|during|of|for|from|the|a|an|first|second|third|last|latest|annual|opening|closing|"
    r"summit|meeting|talks|conference|session|visit|forum|ceremony|sidelines|margins|[A-Z][\w.'’-]*|\d[\w,]*)\b)+\s*$")


def np_at_end(s: str) -> tuple[str, int] | None:
    toks = list(_TOKEN_RE.finditer(s))
    if not toks:
        return None
    last = toks[-1].group(0)
    if _CLOSING_PUNCT_END_RE.search(last) and not _INITIALS_RE.fullmatch(last):
        if not last.endswith(".") or last.lower().rstrip(".") not in {"jr", "sr"}:
            return None
    low_last = clean_tok(last).lower()
    if low_last in PRONOUNS and low_last not in {"him", "her"}:
        return last, toks[-1].start()
    # Capitalised run (with titles and connectors): "Secretary of State Antony Blinken"
    i = len(toks) - 1
    if cap(last):
        while i >= 0:
            w = toks[i].group(0)
            if (w[:1].isupper() or "-" in w[:6] and cap(w)) and not _PHRASE_PUNCT_END_RE.search(w):
                i -= 1
                continue
            if w == "to" and i > 0 and clean_tok(toks[i - 1].group(0)).lower() in {"ambassador", "envoy", "representative", "delegate", "emissary"}:
                i -= 1  # "U.S. Ambassador to Japan Rahm Emanuel"
                continue
            if w.lower() in {"of", "the", "for"} | NAME_PARTICLES:
                k2 = i
                while k2 > 0 and toks[k2 - 1].group(0).lower() in {"of", "the", "for"} | NAME_PARTICLES:
                    k2 -= 1
                if k2 > 0 and cap(toks[k2 - 1].group(0)) and not _PHRASE_PUNCT_END_RE.search(toks[k2 - 1].group(0)):
                    i = k2 - 1
                    continue
                if k2 < i + 1 and toks[k2].group(0).lower() in {"bin", "ibn", "bint"}:
                    i = k2 - 1  # "... and bin Farhan": a name that opens with its particle
            break
        if i >= 0 and toks[i].group(0)[:1] in "'‘“\"" and toks[i].group(0)[1:2].isupper() and (i == 0 or toks[i].start() == 0):
            # "'New Zealand welcomes ...": a quotation opens the phrase, the name starts after its mark
            return s[toks[i].start() + 1:], toks[i].start() + 1
        j = i + 1
        # include a leading "the" and lower-case role words before it ("the senior Chinese official")
        while j < len(toks) and toks[j].group(0) in NON_NAME_WORDS and not (
            toks[j].group(0) == "He" and j + 1 == len(toks) - 1 and toks[j + 1].group(0)[:1].isupper()
        ):
            j += 1
        if j >= len(toks):
            return None
        k = j
        while k > 0 and k > j - 5:
            w = toks[k - 1].group(0)
            if w.lower() in DETERMINERS or w.lower().endswith(("'s", "’s")) or (w.islower() and w.isalpha() and w not in {"and", "or", "but", "that", "as", "with", "to", "by", "from", "in", "on", "at", "after", "before", "said", "told"}):
                k -= 1
                if w.lower() in DETERMINERS:
                    break
                continue
            break
        start = toks[k].start() if k < j and (toks[k].group(0).lower() in DETERMINERS or toks[k].group(0).lower().endswith(("'s", "’s"))) else toks[j].start()
        if last.endswith(("'s", "’s")):
            return None  # "Wang's remarks": a possessive is not a subject
        if j >= 2 and toks[j - 1].group(0) in {"and", "&"}:
            first = np_at_end(s[: toks[j - 1].start()].rstrip())
            if first and cap(first[0].split()[-1]):
                return s[first[1]:], first[1]
        # "the Chinese embassy in Washington", "the U.S. Embassy in Manila"
        if j >= 2 and toks[j - 1].group(0).lower() in {"in", "at"}:
            prev = np_at_end(s[: toks[j - 1].start()].rstrip())
            if prev and clean_tok(prev[0].split()[-1]).lower() in INSTITUTION_WORDS:
                return s[prev[1]:], prev[1]
        return s[start:], start
    # Lower-case role phrase ending in a role noun: "the senior Chinese official", "analysts"
    if not is_role_head(clean_tok(last).lower()) and clean_tok(last).lower() not in INSTITUTION_WORDS:
        # any short determiner phrase ending in a noun: "a ministry employee"
        k = len(toks) - 1
        while k > 0 and len(toks) - k <= 4:
            w = toks[k - 1].group(0).lower()
            if w in {"a", "an", "the", "one", "another"}:
                words = [t.group(0) for t in toks[k:]]
                if all(t.isalpha() or _PLAIN_WORD_RE.fullmatch(t) for t in words) and not _ADVERB_OR_PARTICIPLE_END_RE.search(words[-1]) and words[-1].lower() not in NOT_HEADS:
                    return s[toks[k - 1].start():], toks[k - 1].start()
                return None
            if not _PLAIN_WORD_RE.fullmatch(w) or w in {"and", "or", "but", "that", "which", "who", "to", "of", "in", "on", "at", "by", "with", "for", "from"}:
                return None
            k -= 1
        return None
    k = len(toks) - 1
    while k > 0 and k > len(toks) - 7:
        w = toks[k - 1].group(0)
        wl = w.lower()
        if _SENTENCE_PUNCT_END_RE.search(w) and wl not in {"u.s.", "u.n."}:
            break
        if wl in DETERMINERS or wl.endswith(("'s", "’s")):
            k -= 1
            if wl.endswith(("'s", "’s")) and len(wl) > 2:
                # "the UK prime minister's spokesman", "Rishi Sunak's spokesman": the owner too
                owner = np_at_end(s[: toks[k].end() - 2])
                if owner is not None and owner[0].split()[0].lower() not in PRONOUNS:
                    return s[owner[1]:], owner[1]
            break
        if wl in {"and", "or", "but", "that", "as", "with", "to", "by", "from", "in", "on", "at", "said", "told", "after", "before", "when", "while", "if", "because"}:
            break
        k -= 1
    if k > 0 and toks[k].group(0).lower() in _NUMBER_WORDS and toks[k - 1].group(0).lower() in {"the", "all"}:
        k -= 1  # "the two diplomats", not "two diplomats"
    return s[toks[k].start():], toks[k].start()


_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}


# Titles written with a period that does not end the phrase ("Mr. Sullivan")
ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "gen", "adm", "lt", "col", "maj", "capt", "sen", "rep", "gov", "prof", "st",
                      "sgt", "cmdr", "amb", "pres", "hon"}


# Capitalised words before "of" that do start a speaker's name ("Ministry of foreign affairs")
TITLE_LIKE_OF = {"ministry", "minister", "secretary", "department", "office", "council", "house", "chamber", "league",
                 "organization", "organisation", "union", "government", "embassy", "people's", "republic", "bank"}


# lower-case role words, then a capitalised name: "foreign policy chief Federica Mogherini"
_ROLE_THEN_NAME_AT_RE = re.compile(r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)(?![\w'’-])")


_WHEN_WORD_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Today|Yesterday")


def np_at_start(body: str) -> str | None:
    """The noun phrase that opens *body*: a pronoun, a capitalised name with titles
    ("Chinese Ambassador Xie Feng"), or a determiner phrase ending in a role noun."""
    toks = _TOKEN_RE.findall(body)
    if not toks:
        return None
    first = clean_tok(toks[0])
    if first.lower() in PRONOUNS and first.lower() not in {"him", "her"} \
            and not (first.isupper() and len(toks) > 1 and toks[1][:1].isupper()):  # ("HH Sheikh X": an honorific before a name)
        return first
    out = []
    if len(toks) > 2 and toks[1] == "of" and toks[2][:1].islower() and first.lower() not in TITLE_LIKE_OF:
        return None  # "Expansion of militia activities ...": a noun, no name
    if first[:1].isupper() and first not in NON_NAME_WORDS - {"The"}:
        for i, t in enumerate(toks):
            ct = t.rstrip(",;:.!?")
            if cap(ct) or (out and t.lower() in {"of", "the", "for"}) or (not out and t == "The") \
                    or (out and t in NAME_PARTICLES and i + 1 < len(toks) and (toks[i + 1][:1].isupper() or toks[i + 1] in NAME_PARTICLES)):
                # ("Juan Ramón de la Fuente Ramírez": the particles of a name)
                out.append(ct)
                if ct != t and not _INITIALS_RE.fullmatch(t) and not (t.endswith(".") and ct.lower() in ABBREVIATED_TITLES):
                    break
                continue
            if t in ("and", "&") and out and out[0] != "The" and i + 1 < len(toks) and toks[i + 1][:1].isupper():
                # "Mr. Sullivan and Director Wang discussed ...": two subjects together
                second = np_at_start(" ".join(toks[i + 1:]))
                if second:
                    return " ".join(out) + " and " + second
            break
        while out and out[-1].lower() in {"of", "the", "for"}:
            out.pop()
        if out and not (len(out) == 1 and out[0] == "The"):
            if out[0] == "The" and len(toks) > len(out):
                # "The senior Chinese official", "The Philippine coast guard"
                more = []
                for t in toks[len(out):len(out) + 5]:
                    ct = clean_tok(t).lower()
                    if ct in {"of", "for", "from", "to", "with", "about", "against", "over", "on", "in", "at"}:
                        break  # "The call for the new government": the head came before, and it is no role
                    more.append(t.rstrip(",;:.!?"))
                    if is_role_head(ct) or ct in INSTITUTION_WORDS:
                        tail = toks[len(out) + len(more):]
                        if tail and tail[0].lower() in {"from", "by", "of"}:
                            extra = [tail[0]]
                            for t in tail[1:8]:
                                if cap(t) or t.lower() in {"the", "of", "for"}:
                                    extra.append(t.rstrip(",;:.!?"))
                                    if t != t.rstrip(",;:.!?"):
                                        break
                                else:
                                    break
                            if len(extra) > 1:
                                return " ".join(out + more + extra)
                        return " ".join(out + more)
                    if t != t.rstrip(",;:.!?") or not t.isalpha():
                        break
            titled = _ROLE_THEN_NAME_AT_RE.match(" ".join(toks[len(out):len(out) + 9])) if out[0] != "The" and len(toks) > len(out) + 1 else None
            if titled and (is_role_head(titled.group(1).split()[-1]) or titled.group(1).split()[-1] in OFFICIAL_HEADS):
                # "EU foreign policy chief Federica Mogherini", "Iranian foreign minister Javad Zarif"
                return " ".join(out) + " " + titled.group(0)
            return " ".join(out)
    if first.lower() in DETERMINERS or first.lower().endswith(("'s", "’s")):
        out = [toks[0]]
        for t in toks[1:7]:
            ct = clean_tok(t).lower()
            if ct in {"of", "for", "from", "to", "with", "about", "against", "over", "on", "in", "at"}:
                break  # the head stands before a preposition
            out.append(t.rstrip(",;:.!?"))
            if is_role_head(ct) or ct in INSTITUTION_WORDS:
                named = _name_words_at(toks, len(out)) if t == t.rstrip(",;:.!?") and any(w[:1].isupper() for w in out[1:]) else []
                return " ".join(out + named)  # ("The acting Afghan Foreign Minister Amir Khan Muttaqi": the name after the role)
            if t != t.rstrip(",;:.!?"):
                break
    return None


def _name_words_at(toks: list[str], k: int) -> list[str]:
    """A name of two to five capitalised words at toks[k], else [] (never a day or a month)."""
    named = []
    for t in toks[k:k + 5]:
        ct = t.rstrip(",;:.!?")
        if not cap(ct) or _WHEN_WORD_RE.fullmatch(ct):
            break
        named.append(ct)
        if t != ct:
            break
    return named if len(named) >= 2 else []


def np_after(s: str) -> str | None:
    """The speaker phrase right after an inverted cue: ", said Wang Wenbin, a spokesman"."""
    m = re.match(r"\s*((?:the|a|an)\s+)?((?:(?-i:(?:[A-Z]\.)+)|[^,.;:!?“”\"]){1,80})", s, re.I)
    if not m:
        return None
    phrase = (m.group(1) or "") + m.group(2)
    # stop before a following clause ("said Wang in a statement")
    phrase = re.split(r"\s+(?:in|on|at|during|after|before|when|while|to|of a|at a|who|which|told|adding|saying|according|as per|as quoted|quoted by|last|this|on)\s"
                      r"|\s+and\s+(?=[a-z])", phrase)[0]  # "said Foreign Minister X and added that ..."
    words = phrase.split()
    if words and all(clean_tok(w).lower() in TITLE_WORDS for w in words) and len(phrase) < len(s):
        # ", said Foreign Minister, Børge Brende when ...": the title, a comma, then the name
        name = _NAME_AFTER_COMMA_RE.match(s, s.find(phrase) + len(phrase))
        if name:
            return name.group(1)
    if words and words[-1].islower() and is_role_head(clean_tok(words[-1]).lower()) and len(phrase) < len(s):
        # ", said the Venezuelan president, Nicolás Maduro, on Monday": the name in apposition
        name = _APPOSITIVE_NAME_RE.match(s, s.find(phrase) + len(phrase))
        if name:
            return name.group(1)
    return phrase.strip() or None


_NAME_AFTER_COMMA_RE = re.compile(r",\s+((?:[A-Z][\w.'’-]+\s+){1,3}?[A-Z][\w'’-]+)(?=\s*[,.;(]|\s+(?:when|as|on|in|at|after|who)\b|$)")
_APPOSITIVE_NAME_RE = re.compile(r",\s+((?:[A-Z][\w.'’-]+\s+(?:(?:bin|ibn|de|da|van|von|der|du|al|el)\s+)?){1,3}[A-Z][\w'’-]+)\s*(?:[,.;]|$)")


