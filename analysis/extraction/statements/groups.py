"""Speakers who are several: the members of one organisation named before ("BRICS foreign
ministers" ... "the ministers"; "the Co-Chairs of the OSCE Minsk Group" ... "the Co-Chairs"),
two who met before speaking as "they" ("X met Y on Monday. They agreed ..."), and a meeting that
speaks for the body that met ("A meeting of the IGAD Council of Ministers ... The meeting expressed
...").
"""
from __future__ import annotations

import re

from .countries import current_countries
from .model import Speaker
from .phrases import strip_det
from .sides import side_from_words

# Groups that may be the members of one organisation ("BRICS foreign ministers", "the
# Co-Chairs of the OSCE Minsk Group"), compiled per head noun
GROUP_HEADS = {"ministers", "co-chairs", "leaders", "members", "envoys", "mediators", "chairs", "heads"}
GROUP_HEAD_RE = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:co-chairs|chairs|envoys|mediators|members|ministers|leaders|"
                           r"heads(?:\s+of\s+(?:state\s+and\s+government|state|government))?)")  # ("Heads of Government")
# "the Nordic and Baltic countries", "Gulf states", "the foreign ministers of the Visegrad countries": several
# states of a region that issue statements together (a joint voice, not one side); not "Western countries"
_REGION = (r"(?:Nordic|Baltic|Nordic[- ]Baltic|Gulf|Central\s+Asian|Western\s+Balkans?|Visegr[aá]d(?:\s+Group)?|Benelux|"
           r"Scandinavian|Caribbean|Pacific(?:\s+Island)?|Andean|Sahel(?:ian)?)")
REGIONAL_GROUP_RE = re.compile(r"(?:the\s+)?(?:(?:(?:foreign\s+)?ministers|leaders|heads\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?)?"
                               + _REGION + r"(?:\s+and\s+" + _REGION + r")?\s+(?:countries|states|nations|governments|neighbou?rs|partners|"
                               r"(?:foreign\s+)?ministers|leaders)", re.I)
_NOT_ORG_WORDS = {"The", "the", "Special", "Extraordinary", "Informal", "Annual", "Emergency"}
_ORG_GROUP_RES: dict = {}
# "X met Y", "X held talks with Y", "X received a phone call from Y": two who then speak as "they"
MET_WITH_RE = re.compile(r"\b(?:met|meets|met\s+with|hosted|received|held\s+(?:talks|a\s+meeting|(?:a\s+)?(?:phone|telephone)\s+(?:talks|call|conversation))\s+with|"
                          r"(?:spoke|talked|conferred)\s+(?:by\s+(?:phone|telephone)\s+)?with|had\s+(?:talks|a\s+meeting|a\s+(?:phone|telephone)\s+"
                          r"(?:call|conversation))\s+with)\s+(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|(?:the\s+)?[A-Z])")


def organisation_group(d, low: str, pos: int) -> Speaker | None:
    """"the ministers", "the Co-Chairs" when the text before *pos* names them as members of
    one organisation ("BRICS foreign ministers", "the Co-Chairs of the OSCE Minsk Group"):
    that organisation's group, not two sides. *d*: the document's speakers
    (:class:`.resolution.DocumentSpeakers`)."""
    head = strip_det(low).split()[-1] if strip_det(low) else ""
    head = "heads" if re.match(r"(?:the\s+)?heads\b", low) else head  # "Heads of Government": the heads
    if head not in GROUP_HEADS:
        return None
    pattern = _ORG_GROUP_RES.get(head)
    if pattern is None:
        h = re.escape(head)
        pattern = _ORG_GROUP_RES[head] = (
            re.compile(r"\b((?:[A-Z][\w&.'’-]*\s+){1,4})((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade)\s+)?(?i:" + h + r"))\b"),
            re.compile(r"\b(?i:" + h + r")\s+of\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*\s*)+)"))
    found = None
    for k, rx in enumerate(pattern):
        for m in (*rx.finditer(d.title or ""), *rx.finditer(d.text, 0, pos)):  # the headline too
            if any(w.endswith(".") and len(w) > 4 for w in m.group(1).split()):
                continue  # a sentence ends in between ("... the UN Resident Coordinator. Ministers")
            words = [w for w in m.group(1).split() if w not in _NOT_ORG_WORDS]  # ("Forum Special Leaders Retreat")
            side = side_from_words(words)
            org = current_countries().by_name.get(side)
            if org is not None and org.kind == "organisation" and (found is None or m.string is d.text and m.start() > found[2]):
                name = " ".join(words + m.group(2).split()) if k == 0 else f"{' '.join(words)} {head.capitalize()}"
                found = (side, name, m.start())
    if found is None:
        return None
    # "The Heads" of a text that calls them "Heads of Government": one name for the one group
    of = _HEADS_OF_RE.search(d.text) if found[1].endswith("Heads") else None
    return Speaker(found[1] + (of.group(1) if of else ""), found[0], "they", "group")


_HEADS_OF_RE = re.compile(r"\bHeads(\s+of\s+(?:State\s+and\s+Government|State|Government))\b")


# "the meeting", "the Summit", "the Council": the body that met, when the text names it before
MEETING_NP_RE = re.compile(r"(?:[Tt]he\s+)?(?:[Mm]eeting|[Ss]ummit|[Cc]onference|[Ss]ession|[Cc]ouncil|[Rr]etreat)")
_MEETING_BODY_RE = re.compile(r"\b((?:[A-Z][\w&.'’-]*\s+){1,4}?(?:Council\s+of\s+Ministers|Heads\s+of\s+(?:State\s+and\s+)?Government|"
                              r"Ministerial\s+Council|Foreign\s+Ministers|(?:Extraordinary\s+|Ordinary\s+)?Summit|Council))\b")


def meeting_body(d, np: str, pos: int) -> Speaker | None:
    """The body a meeting noun stands for ("the meeting expressed serious concerns"): the last
    body of an organisation the headline or the text before *pos* names ("IGAD Council of
    Ministers", "SADC Extraordinary Summit"), else None (a meeting alone speaks for no one)."""
    found = None
    for m in (*_MEETING_BODY_RE.finditer(d.title or ""), *_MEETING_BODY_RE.finditer(d.text, 0, pos)):
        words = [w for w in m.group(1).split() if w not in _NOT_ORG_WORDS]
        side = side_from_words(words)
        org = current_countries().by_name.get(side)
        if org is not None and org.kind == "organisation":
            found = (" ".join(words), side)
    return Speaker(found[0], found[1], "it", "institution") if found else None


def recent_organisation(d, noun: str, pos: int) -> Speaker | None:
    """"the bloc", "the union", "the alliance": the organisation the text named last before
    *pos* (for "union" and "alliance", one whose name says so), else None."""
    countries = current_countries()
    for _s, _e, side in reversed(countries.sides_in(d.text[:pos])):
        if getattr(countries.by_name.get(side), "kind", "") != "organisation":
            continue
        forms = " ".join(countries.by_name[side].forms)  # (the OIC is an "organisation" by its full name)
        if noun == "union" and "union" not in forms or noun == "alliance" and "alliance" not in forms and "treaty" not in forms \
                or noun in ("organisation", "organization") and "organi" not in forms:
            continue
        return Speaker(side, side, "it", "institution")
    return None


def body_of_organisation(d, head: str, pos: int) -> Speaker | None:
    """"The Authority" after "The Authority of Heads of State and Government of the Economic
    Community of West African States (ECOWAS)": that organisation's body, or None."""
    rx = re.compile(r"\b" + re.escape(head.capitalize()) + r"\s+of\s+([A-Z][^.;:()]{2,160}?)(?:\s*\(([A-Z][\w-]{1,12})\))")
    for m in reversed(list(rx.finditer(d.text, 0, pos))):
        side = current_countries().side_of(m.group(2)) or side_from_words(m.group(1).split())
        if getattr(current_countries().by_name.get(side), "kind", "") == "organisation":
            return Speaker(f"{side} {head.capitalize()}", side, "it", "institution")
    return None
