"""Sides: whom a speaker speaks for, read from the words that name or introduce them.

- :func:`side_from_words`: the first nationality word of a phrase ("U.S. officials");
- :func:`institution_side`: a registry institution named in a phrase ("a State
  Department spokesperson");
- :func:`role_side`: an official role with a nationality ("the Chinese commerce minister");
- :func:`introduced_sides`: the sides a document gives the people it introduces with a role;
- :func:`settle_side`: the final side of a resolved speaker.
"""
from __future__ import annotations

import re

from .actors import SPECIAL_SIDES, Registry
from .countries import current_countries
from .cues import NON_OFFICIAL_BODIES, NON_OFFICIAL_HEADS, OFFICIAL_HEADS
from .model import Speaker
from .phrases import INSTITUTION_WORDS, clean_tok, source_head


def nationality_side(word: str) -> str | None:
    """The side one word stands for ("Indian", "India's", "U.S.", "Kremlin") in the
    countries lexicon, or None. A short word in lower case ("us", "who") stands for none."""
    w = clean_tok(word)
    if len(w) <= 3 and not w[:1].isupper():
        return None
    return current_countries().side_of(w)


def side_from_words(words) -> str:
    """The side of the first word or phrase of *words* that stands for one ("Indian
    External Affairs Minister" -> India, "South Korean officials" -> South Korea)."""
    toks = [clean_tok(w) for w in words]
    countries = current_countries()
    long_starts = countries.long_form_starts
    for i, w in enumerate(toks):
        # names of four words or more only where one may start ("Economic Community of West African States")
        for n in ((7, 6, 5, 4, 3, 2) if w.lower() in long_starts else (3, 2)):
            if i + n <= len(toks):
                side = countries.side_of(" ".join(toks[i:i + n]))
                if side:
                    return side
        if len(w) > 3 or w[:1].isupper():
            side = countries.side_of(w)
            if side:
                return side
    if countries.candidates:  # "Congolese Foreign Minister" in a text about DR Congo: the side the text names
        for i, w in enumerate(toks):
            for n in (2, 1):
                phrase = " ".join(toks[i:i + n])
                if phrase.lower() in countries.candidates:
                    side = countries.in_context(phrase)
                    if side:
                        return side
    return "unknown"


def country_as_subject(np: str) -> str | None:
    """The side a noun phrase names when it is a country, an organisation, its capital or a
    metonym standing as a subject ("Moscow", "Britain", "the European Union"), or None; an
    adjective alone ("Russian") names no speaker."""
    c = current_countries()
    key = (np, id(c))
    if key not in _SUBJECTS:
        if len(_SUBJECTS) > 50_000:
            _SUBJECTS.clear()
        w = clean_tok(np).lower()
        if w.startswith("the "):
            w = w[4:]
        if not np[:1].isupper() and not np.lower().startswith("the ") or w in c.adjectives or w in c.bodies:
            _SUBJECTS[key] = None  # an adjective is no speaker; a ministry keeps its own name
        else:
            _SUBJECTS[key] = c.side_of(w)
    return _SUBJECTS[key]


_SUBJECTS: dict[tuple, str | None] = {}  # a pure function of the phrase and the lexicon


# "the foreign ministry in Islamabad", "the Defence Ministry in Moscow": a body of the country
# whose capital or name follows
BODY_IN_PLACE_RE = re.compile(
    r"(?:the\s+)?((?:(?:foreign|defen[cs]e|commerce|trade|finance|interior|home|information)\s+)?"
    r"(?:ministry|office|department)|ministry\s+of\s+[a-z ]{3,40}|government|presidency|embassy|cabinet)"
    r"\s+in\s+(.+)", re.I)


def body_in_place(np: str, registry: Registry) -> Speaker | None:
    """The speaker of "the foreign ministry in Islamabad": the registry's institution of that
    side with those words, else "Pakistani Foreign Ministry"; None when no side is named."""
    m = BODY_IN_PLACE_RE.fullmatch(np.strip())
    if not m:
        return None
    side = country_as_subject(m.group(2))
    if side is None:
        return None
    body = " ".join(w.capitalize() if w not in ("of", "and") else w for w in m.group(1).lower().split())
    for a in registry.actors:
        if a.kind == "institution" and a.side == side and any(body.lower() in x.lower() for x in (a.name, *a.aliases)):
            return Speaker(a.name, side, a.pronoun or "it", "institution")
    return Speaker(f"{current_countries().adjective(side)} {body}", side, "it", "institution")


def is_adjective(word: str) -> bool:
    """True for a nationality word that says whom a person speaks for ("a Chinese
    minister", "a U.S. official", "the EU envoy"), unlike a bare country or capital name,
    which may be a subject of study ("a China expert")."""
    w = clean_tok(word).lower()
    if w.endswith("'s"):
        return current_countries().side_of(w) is not None  # "China's envoy"
    c = current_countries()
    return w in c.adjectives or (w in c.by_form and (w.isupper() or "." in w or w in c.bodies))



# "Wang Wentao, the Chinese commerce minister," / "Kurt Campbell, a senior U.S. diplomat,":
# a capitalised name, a comma, and a noun phrase opened by an article or a possessive.
APPOSITIVE_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ ]+(?:(?:al|el|bin|ibn|de|da|van|von|der|du)[ -])?[A-Z][\w'’-]+){1,3}),[ ]+((?:the|a|an|(?:[A-Z][\w.]*[ ]){0,3}[A-Z][\w.]*['’]s)[ ]"
    r"(?:[^,;:.“”\"\n]|\.(?=\S)){2,80}?)(?=[,;:]|\.(?:\s|$))"
)
# "US ambassador MaryKay Carlson", "China Coast Guard spokesman Liu Dejun", "Japan's ambassador to
# Manila, Kazuya Endo", "Spokesperson for the Ministry of Foreign Affairs Dr. X": an official
# role (and where), then the name; the words before the role
# (up to five) are looked at apart, so that the regex only starts at a role word.
# the owner of a role: "President Donald Trump's special envoy" -> "President Donald Trump"
POSSESSOR_RE = re.compile(r"((?:[A-Z][\w.'’-]*[ ]+){0,3}[A-Z][\w.-]*)['’]s[ ]")
ROLE_THEN_NAME_RE = re.compile(
    r"(?<![\w'’-])((?i:" + "|".join(sorted(OFFICIAL_HEADS, key=len, reverse=True))
    + r"))(?:[ ]+(?:to|in|for|at|on|of)[ ]+(?:the[ ]+)?(?:[A-Z][\w'’-]*[ ]+(?:(?:of|and|for)[ ]+(?:the[ ]+)?)?){1,6}(?=(?:Dr|Mr|Ms|Mrs|H\.E)\.?[ ]+[A-Z])"
    r"|[ ]+(?:to|in|for|at|on|of)[ ]+(?:the[ ]+)?[A-Z][^,.;:\n]{1,60},[ ]+|(?:[ ]+(?:to|in|for|at|on)[ ]+(?:the[ ]+)?[A-Z][\w'’-]+(?:[ ]+[\w'’-]+){0,2}?)?,?[ ]+)"
    r"(?:(?:Dr|Mr|Ms|Mrs|H\.E)\.?[ ]+)?"  # ("Mr Faure Gnassingbé", British style)
    r"(?!(?:Affairs|Relations|Cooperation|Trade|Integration|Development)\b)"  # (not "Minister for Foreign | Affairs X")
    r"([A-Z][\w'’-]+(?:[ ]+(?:bin[ ]+|ibn[ ]+)?(?:(?:al|el|ad|as|ash|abu)-)?[A-Z][\w'’-]+){1,3})(?![\w'’-])")




_ROLE_FIRST_WORDS = frozenset(h.split()[0].split("-")[0].lower() for h in OFFICIAL_HEADS)  # "vice" of "vice-president"
_WORD_AT_RE = re.compile(r"[A-Za-z][\w'’]*")


def role_then_name(text: str):
    """The matches of ROLE_THEN_NAME_RE in *text*, in order; the regex is tried only where a
    word that can open a role stands (a scan of the words, far quicker than the regex alone)."""
    last = -1
    for w in _WORD_AT_RE.finditer(text):
        if w.start() < last or w.group(0).lower() not in _ROLE_FIRST_WORDS:
            continue
        m = ROLE_THEN_NAME_RE.match(text, w.start())
        if m is not None and any(t.lower() in OFFICIAL_HEADS for t in m.group(2).split()):
            continue  # "Deputy Foreign Minister, Ana Roca": the role goes on, its name comes later
        if m is not None:
            last = m.end()
            yield m


def institution_side(phrase: str, registry: Registry) -> str | None:
    """The side of a US or Chinese institution of the registry named in *phrase* ("a State
    Department spokesperson" -> United States), else None."""
    return registry.institution_in(phrase)


# "spokesperson for the Taliban", "envoy of the African Union": the body after the role
FOR_BODY_RE = re.compile(r"\b(?:for|of)[ ]+(?:the[ ]+)?((?:[A-Z][\w'’.-]*[ ]?){1,6})")


def role_side(phrase: str, registry: Registry, bare_countries: bool = False) -> str | None:
    """The side a role phrase gives its person: a nationality word (with *bare_countries*,
    also a country name: "China Coast Guard spokesman") or a registry institution, with an
    official role within the next four words ("the Chinese commerce minister" -> China,
    "a China expert" -> None); else None."""
    written = [clean_tok(w) for w in phrase.split()]
    words = [w.lower() for w in written]
    if not any(w in OFFICIAL_HEADS for w in words) or "opposition" in words:
        return None  # "Venezuelan opposition leader X" speaks for no government
    owner = POSSESSOR_RE.match(phrase)
    if owner:
        # "President Donald Trump's special envoy": the side of the person or body whose official it is
        toks = owner.group(1).split()
        for n in range(min(len(toks), 4), 0, -1):
            actor = registry.alias(" ".join(toks[-n:]))
            if actor is not None and actor.side not in SPECIAL_SIDES:
                return actor.side
    for i, w in enumerate(written):
        # a country's name after an article is attributive too: "Nick Thomas-Symonds, the UK minister for ..."
        attributive = i > 0 and words[i - 1] in {"the", "a", "an"}
        side = nationality_side(w) if (bare_countries or attributive or is_adjective(w)) else None
        if side is None and words[i] in current_countries().candidates:
            side = current_countries().in_context(w)  # "Congolese Foreign Minister" in a story about DR Congo
        if side and any(x in OFFICIAL_HEADS for x in words[i + 1:i + 5]):
            return side
    for m in FOR_BODY_RE.finditer(phrase):
        # "a Qatar-based spokesperson for the Taliban": an organisation's or movement's official
        # (not "the special envoy for Yemen", an envoy sent to a state)
        side = current_countries().side_of(m.group(1).strip())
        if side and getattr(current_countries().by_name.get(side), "kind", "state") != "state":
            return side
    head = next((i for i, w in enumerate(words) if w in OFFICIAL_HEADS), 0)
    if bare_countries and head:  # a name of several words: "Cook Islands Prime Minister"
        side = side_from_words(written[max(0, head - 4):head])
        if side != "unknown":
            return side
    return institution_side(phrase, registry)


def settle_side(sp: Speaker, doc, pos: int) -> Speaker:
    """*sp* (resolved at *pos* in *doc*, a :class:`~.resolution.DocumentSpeakers`) with its
    final side, where the phrase itself named none: a person takes the side the document
    gave them where it introduced them (``introduced_sides``); an unnamed official the side
    of the institution named ("a State Department spokesperson"); and people who speak for
    no government ("Chinese experts", "analysts") have no side."""
    if sp.kind == "anonymous":
        head = source_head(sp.name) or clean_tok(sp.name.split()[-1]).lower()
        if head in NON_OFFICIAL_HEADS:
            return sp if sp.side == "unknown" else Speaker(sp.name, "unknown", sp.pronoun, sp.kind)
    if sp.kind == "institution" and sp.side != "unknown" and doc.registry.by_name.get(sp.name) is None \
            and clean_tok(sp.name.split()[-1]) in NON_OFFICIAL_BODIES:
        return Speaker(sp.name, "unknown", sp.pronoun, sp.kind)  # "China Semiconductor Industry Association"
    if sp.side != "unknown":
        return sp
    side = current_countries().phrase_side(sp.name)  # "Hong Kong government", "South Korean officials"
    if side is None and sp.kind == "person":
        side = doc.introduced_sides.get(sp.name)
        if side is None and " " not in sp.name:  # "Akiba", introduced as "Japanese ... Akiba Takeo"
            full = doc.fullest_name(sp.name, len(doc.text))
            side = doc.introduced_sides.get(full[0]) if full else None
        if side is None and doc.home_side and doc.titles_of(sp.name, registry=False) & OFFICIAL_HEADS:
            side = doc.home_side  # "The Honourable Prime Minister X said" in a government's own release: its own
    elif side is None and sp.kind == "anonymous":
        side = institution_side(sp.name, doc.registry)
        words = [w.lower() for w in sp.name.split()]
        if side is None and len(words) >= 2 and words[-1] in OFFICIAL_HEADS and words[-2] in INSTITUTION_WORDS:
            # "a ministry spokeswoman": of the ministry the document named last
            inst = doc.resolve_institution(words[-2], pos)
            side = inst.side if inst is not None and inst.side != "unknown" else None
    weak = not doc.home_side
    home = doc.home_side or doc.headline_side or doc.outlet_side
    if side is None and sp.kind in ("institution", "anonymous") and home:
        # a government's own text: its unnamed ministry, spokesperson or officials speak for it
        # (and so, in a national outlet's story or one whose headline makes one state speak, do its
        # bare-titled officials and government bodies, not "the bloc" or "the court")
        words = sp.name.split()
        head = clean_tok(words[0] if len(words) > 2 and words[1] == "of" else words[-1]).lower()  # ("Ministry of Foreign Affairs")
        if head in OFFICIAL_HEADS or head in INSTITUTION_WORDS and not (weak and head in _NOT_STATE_BODIES):
            side = home
    return Speaker(sp.name, side, sp.pronoun, sp.kind) if side else sp


# Bodies a national outlet's story does not make its own country's ("the bloc said", "the court")
_NOT_STATE_BODIES = {"bloc", "alliance", "union", "organization", "organisation", "media", "company", "firm", "think",
                     "tank", "institute", "university", "foundation", "association", "forum", "coalition", "group",
                     "network", "court", "agency", "bank", "fund", "times", "news", "post", "journal", "press", "daily"}


def named_with_side(sp: Speaker) -> Speaker:
    """A body named by a bare noun ("the army said") is named with its side ("Pakistani
    army"), so that the armies of two countries are two speakers."""
    if sp.kind in ("anonymous", "institution") and re.fullmatch(r"[a-z][a-z-]+", sp.name) \
            and sp.side in current_countries().names:
        return Speaker(f"{current_countries().adjective(sp.side)} {sp.name}", sp.side, sp.pronoun, sp.kind)
    return sp
