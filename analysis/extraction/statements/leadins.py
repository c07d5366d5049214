"""Sentences whose speaker a lead-in names: "As has been clarified by X, ...", "reports in X
that ...", "One was that ..." after someone brought "a couple of messages", and the items of a
list under "The Ministers:" opened by their verb ("- Agreed that ...").

:func:`.reported.handle_indirect` tries these first; each returns True when it made the
sentence's statement.
"""
from __future__ import annotations

import re

from .attributions import inside_quote_text, trim_clause
from .cues import clause_after_cue
from .model import Extraction, Speaker, Statement
from .phrases import strip_det

_WORD_RE = re.compile(r"\w+")

# "As has been clarified by the Japanese side, ...", "As you've heard from my colleagues at the
# Department of Defense, ...": a source named in a lead-in clause
AS_SOURCE_RE = re.compile(
    r"(?:(?:and|but|so|now)\s*,?\s+)?as\s+(?:(?:(?:has|have|had)\s+been|was|were|is)\s+(?:\w+ly\s+)?"
    r"(?:said|stated|noted|clarified|made\s+clear|pointed\s+out|reported|announced|confirmed|explained|stressed|"
    r"emphasi[sz]ed|underscored|highlighted|mentioned|indicated)\s+by"
    r"|(?:you|we)(?:['’]ve|\s+have)?\s+(?:heard|seen|read)\s+(?:from|in))\s+(?P<source>[^,;:“”\"]{2,80}?)\s*,\s*", re.I)
# "my colleagues at the Pentagon": the body they work for
COLLEAGUES_RE = re.compile(r"(?:my|our|the|his|her)\s+(?:\w+\s+)?colleagues?\s+(?:over\s+)?(?:at|from|in)\s+", re.I)


def source_lead_in(ex: Extraction, s: int, sent: str) -> bool:
    """A statement for "As has been clarified by X, CLAUSE" / "As you've heard from X,
    CLAUSE" at the start of *sent*; True when one was made."""
    m = AS_SOURCE_RE.match(sent)
    if not m:
        return False
    source = COLLEAGUES_RE.sub("", m.group("source").strip())
    sp = ex.d.resolve(source, s + m.start("source"))
    clause = trim_clause(sent[m.end():])
    if sp is None or len(re.findall(r"\w+", clause)) < 3 or ex.in_claimed(s + m.end(), s + m.end() + len(clause)):
        return False
    ex.out.append(Statement(sp, "indirect", "as", "", " ".join(clause.split()), s + m.end(), s + m.end() + len(clause)))
    ex.d.remember(s + m.start("source"), sp)
    return True


# "I saw reports in German media that ...": the medium that reported it
REPORTS_IN_RE = re.compile(r"\breports?\s+(?:in|by|from)\s+(?P<source>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)\s+that\s+")


def reports_in(ex: Extraction, s: int, sent: str) -> bool:
    """A statement of the medium for "reports in X that CLAUSE"; True when one was made."""
    m = REPORTS_IN_RE.search(sent) if "report" in sent else None
    if not m or inside_quote_text(ex.text[s:s + m.start()]):
        return False
    source = m.group("source")
    sp = ex.d.resolve(source, s + m.start("source")) or Speaker(strip_det(source), "unknown", "they", "anonymous")
    if source.split()[-1].lower() in {"media", "press", "newspapers", "newspaper", "outlets", "television", "tv", "reports"}:
        sp = Speaker(sp.name, "unknown", sp.pronoun, sp.kind)  # the media speak for no side
    clause = trim_clause(sent[m.end():])
    if len(re.findall(r"\w+", clause)) < 3 or ex.in_claimed(s + m.end(), s + m.end() + len(clause)):
        return False
    ex.out.append(Statement(sp, "indirect", "reports", "", " ".join(clause.split()), s + m.end(), s + m.end() + len(clause)))
    return True


# "X called Y with a couple of messages. One was that ...": one of the messages just announced
MESSAGE_RE = re.compile(r"(?:(?:The\s+)?(?:first|second|third|other|last|final)|One|Another)(?:\s+(?:message|point|thing|request))?"
                        r"(?:\s+of\s+(?:them|those|these))?\s+(?:was|is)\s+that\s+")
TURN_LABEL_RE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}:\s+")
MESSAGES_RE = re.compile(r"\b(?:messages|points|things|requests)\b")


def announced_message(ex: Extraction, si: int, s: int, sent: str) -> bool:
    """A statement for "One was that CLAUSE" after a sentence whose subject brought "a couple
    of messages"; True when one was made."""
    m = MESSAGE_RE.match(sent)
    if not m or si == 0 or ex.d.sents[si - 1][0] != ex.d.sents[si][0]:
        return False
    ps, pe = ex.d.sents[si - 1][1], ex.d.sents[si - 1][2]
    if not MESSAGES_RE.search(ex.text, ps, pe):
        return False
    label = TURN_LABEL_RE.match(ex.text, ps, pe)  # "MR. OKAFOR: Minister Adeyemi phoned ..."
    sp = ex.d.subject_of(label.end() if label else ps, pe)
    clause = trim_clause(sent[m.end():])
    if sp is None or sp.kind not in ("person", "institution", "both") or len(re.findall(r"\w+", clause)) < 3:
        return False
    ex.out.append(Statement(sp, "indirect", "message", "", " ".join(clause.split()), s + m.end(), s + m.end() + len(clause)))
    return True


# A list item of a declaration or communique opened by its verb: "- Agreed that ...",
# "2. Reaffirmed their commitment to ...", "(a) Called for ..."
LIST_ITEM_RE = re.compile(r"\s*(?:[-•*–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*(?P<verb>(?:(?:Agree|Commit|Note|Reaffirm|Reiterate|Welcome|Stress|"
                          r"Emphasi[sz]e|Express|Call|Condemn|Recogni[sz]e|Urge|Underline|Underscore|Affirm|Acknowledge|Decide|"
                          r"Pledge|Resolve|Declare|Encourage|Appreciate|Support|Highlight|Recall|Commend|Request|Appeal|Demand|"
                          r"Deplore|Reject|Renew)(?:d|ed|s|es)?|Commit(?:ted|s)?|Takes? note|Took note)\b(?:\s+(?:on|for|upon|to|of))?)\s+")
LIST_MARK_RE = re.compile(r"\s*(?:[-•*–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*")
LEAD_IN_END_RE = re.compile(r"(?:as follows|the following|following)?\s*:\s*$")


def listed_item(ex: Extraction, si: int, s: int, sent: str) -> bool:
    """A statement for a list item opened by its verb ("- Agreed that ...") under a lead-in
    that ends in a colon and names who speaks ("Guyana and Venezuela declared as follows:",
    "The Ministers:"); True when made. Items after items keep the lead-in's speaker."""
    m = LIST_ITEM_RE.match(sent)
    if not m or si == 0:
        return False
    prev = si - 1
    if prev > 0 and LIST_MARK_RE.fullmatch(ex.text, ex.d.sents[prev][1], ex.d.sents[prev][2]):
        prev -= 1  # "1." split off as a sentence of its own
    sp = ex.list_speaker.get(prev)
    if sp is None:
        ps, pe = ex.d.sents[prev][1], ex.d.sents[prev][2]
        lead = ex.text[ps:pe]
        if not LEAD_IN_END_RE.search(lead):
            return False
        sp = ex.d.subject_of(ps, pe)
        if sp is None or sp.kind not in ("person", "institution", "group", "both"):
            return False
    ex.list_speaker[si] = sp
    start = clause_after_cue(sent, m.end() - 1, m.group("verb").split()[0].lower())
    clause = trim_clause(sent[start:].lstrip())
    if start < len(sent) and sent[start] == " ":
        start += len(sent[start:]) - len(sent[start:].lstrip())
    if len(_WORD_RE.findall(clause)) < 3:
        return True
    ex.out.append(Statement(sp, "indirect", m.group("verb"), "", " ".join(clause.split()), s + start, s + start + len(clause)))
    return True
