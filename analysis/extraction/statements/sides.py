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

from .actors import Registry
from .cues import NATIONALITY_SIDE, NON_OFFICIAL_BODIES, NON_OFFICIAL_HEADS, OFFICIAL_HEADS, PLACE_SIDES
from .model import Speaker
from .phrases import INSTITUTION_WORDS, clean_tok, source_head


def side_from_words(words) -> str:
    for w in words:
        side = NATIONALITY_SIDE.get(clean_tok(w).lower())
        if side:
            return side
    return "unknown"



# "Wang Wentao, the Chinese commerce minister," / "Kurt Campbell, a senior U.S. diplomat,":
# a capitalised name, a comma, and a noun phrase opened by an article or a possessive.
APPOSITIVE_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,3}),[ ]+((?:the|a|an|[A-Z][\w.]*['’]s)[ ]"
    r"(?:[^,;:.“”\"\n]|\.(?=\S)){2,80}?)(?=[,;:]|\.(?:\s|$))"
)
# Nationality words that say whom a person speaks for ("a Chinese minister", "China's envoy"),
# unlike a bare country name, which may be a subject of study ("a China expert").
SIDE_ADJECTIVES = {w for w in NATIONALITY_SIDE if w not in {"china", "beijing", "washington", "japan", "taiwan",
                                                              "korea", "russia", "ukraine", "india", "australia",
                                                              "britain", "france", "germany", "philippines"}}
# "US ambassador MaryKay Carlson", "China Coast Guard spokesman Liu Dejun", "Japan's ambassador to
# Manila, Kazuya Endo": an official role (and where), then the name; the words before the role
# (up to five) are looked at apart, so that the regex only starts at a role word.
ROLE_THEN_NAME_RE = re.compile(
    r"(?<![\w'’-])((?i:" + "|".join(sorted(OFFICIAL_HEADS, key=len, reverse=True))
    + r"))(?:[ ]+(?:to|in|for|at)[ ]+(?:the[ ]+)?[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?)?,?[ ]+"
    r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2})(?![\w'’-])")


PLACE_SIDES_RE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_SIDES, key=len, reverse=True)) + r")\b", re.I)


def institution_side(phrase: str, registry: Registry) -> str | None:
    """The side of a US or Chinese institution of the registry named in *phrase* ("a State
    Department spokesperson" -> United States), else None."""
    low = f" {phrase.lower()} "
    for alias, side in registry.institution_sides:
        if f" {alias} " in low:
            return side
    return None


def role_side(phrase: str, registry: Registry, bare_countries: bool = False) -> str | None:
    """The side a role phrase gives its person: a nationality word (with *bare_countries*,
    also a country name: "China Coast Guard spokesman") or a registry institution, with an
    official role within the next four words ("the Chinese commerce minister" -> China,
    "a China expert" -> None); else None."""
    words = [clean_tok(w).lower() for w in phrase.split()]
    if not any(w in OFFICIAL_HEADS for w in words):
        return None
    for i, w in enumerate(words):
        if (w in SIDE_ADJECTIVES or (bare_countries and w in NATIONALITY_SIDE)) and any(x in OFFICIAL_HEADS for x in words[i + 1:i + 5]):
            return NATIONALITY_SIDE[w]
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
    side = PLACE_SIDES_RE.search(sp.name)
    side = PLACE_SIDES[side.group(0).lower()] if side else None
    if side is None and sp.kind == "person":
        side = doc.introduced_sides.get(sp.name)
    elif side is None and sp.kind == "anonymous":
        side = institution_side(sp.name, doc.registry)
        words = [w.lower() for w in sp.name.split()]
        if side is None and len(words) >= 2 and words[-1] in OFFICIAL_HEADS and words[-2] in INSTITUTION_WORDS:
            # "a ministry spokeswoman": of the ministry the document named last
            inst = doc.resolve_institution(words[-2], pos)
            side = inst.side if inst is not None and inst.side != "unknown" else None
    return Speaker(sp.name, side, sp.pronoun, sp.kind) if side else sp
