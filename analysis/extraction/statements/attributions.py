"""Where an attribution sits, around the clause it attributes.

The reporting verb usually opens the clause ("X said that ..."); :mod:`.reported` reads
that. This module holds the other places: after the clause (", the ministry said", a
trailing source inside a clause), inverted (", said Foreign Minister X"), after a dash
at the end of a paragraph printed without quotation marks ("... - Umerov said."), and in
a clause of time or reason that reports a second speaker ("... after X said ...").
"""
from __future__ import annotations

import re

from .cues import CUE_RE, ING_CUE_RE, POSTPOSED_TAIL_RE, TOLD_OBJECTS, cue_text
from .model import Extraction, Speaker, Statement
from .phrases import cap, is_appositive, np_after, np_before, strip_det

_DASH_BEFORE_RE = re.compile(r"\s-[”\"]?\s*$")
_WORD_RE = re.compile(r"\w+")

_INITIALS_END_RE = re.compile(r"(?:[A-Z]\.){2,}$")
_STOP_IN_QUOTE_END_RE = re.compile(r"\w[.!?][”\"]$")


def trim_clause(clause: str) -> str:
    """*clause* without its final punctuation (but "U.S."), a period inside a closing
    quotation mark moved out. Looks at the last few characters only."""
    clause = clause.rstrip().rstrip(" ,;")
    while clause and clause[-1] in ".!?" and not _INITIALS_END_RE.search(clause[-12:]):
        clause = clause[:-1]
    if clause.endswith(("”.", '".')):
        clause = clause[:-1]
    if _STOP_IN_QUOTE_END_RE.search(clause[-3:]) and (clause[-1] == "”" or clause.count(clause[-1]) % 2 == 0):
        clause = clause[:-2] + clause[-1]  # 'were "long overdue."' -> 'were "long overdue"'
    when = _AS_THEY_MOVED_END_RE.search(clause) if " as " in clause else None
    if when and not _open_quote(clause[:when.start()]):
        clause = clause[:when.start()]  # "... ties as she set off for her first visit": the reporter's narration
    aside = _AS_ASIDE_END_RE.search(clause) if ", as " in clause else None
    if aside and not _open_quote(clause[:aside.start()]):
        clause = clause[:aside.start()]  # "..., as reported in a statement by the ministry": the reporter's
    doc = _DOCUMENT_ATTRIBUTION_END_RE.search(clause[-80:])
    if doc:  # "..., the statement read": the source of the words, not part of them
        clause = clause[: len(clause) - len(doc.group(0))].rstrip(" ,")
    return clause


# ", as reported in a statement by X": the reporter's source after what was said
_AS_THEY_MOVED_END_RE = re.compile(r",?\s+as\s+(?:he|she|they)\s+(?:set\s+off|left|arrived|headed|departed|prepared\s+to\s+(?:leave|travel|depart)|"
                                   r"began|wrapped\s+up|concluded)\b[^“”\"]*$")
_AS_ASIDE_END_RE = re.compile(r",\s+as\s+(?:reported|stated|announced|indicated)\s+(?:in|by)\b.*$")


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


# ", the statement read", ", the ministry's readout said": a document named as the source at a clause's end
_DOCUMENT_ATTRIBUTION_END_RE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:statement|readout|communiqu[eé]|"
                                          r"release|report|letter|document)\s+(?:read|reads|said|says|added|adds|noted|notes|stated|states)$")


# A clause of time or reason with a speaker and a cue of its own: "... after Argentina's new
# president said it was time to ...", "..., as Moscow announced that ..."
_SUBORDINATE_REPORT_RE = re.compile(
    r",?\s+(?:after|before|as|when|while|because|since|days?\s+after|hours\s+after|shortly\s+after)\s+"
    r"(?P<np>(?:(?:the|The)\s+)?(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb>said|says|announced|declared|warned|claimed|insisted|stated|vowed|threatened|accused|demanded|urged|called\s+(?:for|on|upon))\b")


def subordinate_report(ex: Extraction, clause: str, start: int) -> tuple[str, Statement | None]:
    """*clause* cut before a subordinate clause that reports another speaker, and that
    speaker's statement (or the clause whole and None)."""
    if " said" not in clause and " announced" not in clause and " warned" not in clause and " claimed" not in clause \
            and " declared" not in clause and " vowed" not in clause and " called" not in clause:
        return clause, None
    for m in _SUBORDINATE_REPORT_RE.finditer(clause):
        if inside_quote_text(clause[: m.start()]) or len(_WORD_RE.findall(clause[: m.start()])) < 3:
            continue
        np = m.group("np")
        if np.split()[0].lower() in {"it", "this", "that", "there", "we", "i", "you"}:
            continue
        sp = ex.d.resolve(np, start + m.start("np"))
        if sp is None:
            continue
        rest = clause[m.end():]
        lead = re.match(r"\s*(?:,\s*)?(?:that\s+)?", rest)
        body = trim_clause(rest[lead.end():])
        if len(_WORD_RE.findall(body)) < 3:
            continue
        b0 = start + m.end() + lead.end()
        ex.d.remember(start + m.start("np"), sp)
        head = clause[: m.start()].rstrip(" ,")
        return head, Statement(sp, "indirect", m.group("verb"), "", " ".join(body.split()), b0, b0 + len(body))
    return clause, None


# Verbs of a postposed attribution with the speaker after them: "..., said Foreign Minister X."
INVERTED_VERBS = {"said", "says", "added", "adds", "stressed", "noted", "insisted", "warned", "explained", "argued", "wrote"}
_INVERTED_TAIL_RE = re.compile(r"(?:\s*,\s*(?:the|a|an|who|whose)\b[^.;]*|" + POSTPOSED_TAIL_RE.pattern + r")")


def dash_paragraph_start(ex: Extraction, si: int, s: int, head: str) -> int:
    """Where the words of "... - Umerov said." begin: a paragraph printed without quotation
    marks whose last sentence ends in a dash and its attribution holds the speaker's words
    from its first sentence on (a habit of Ukrainian and Russian outlets); else *s*."""
    if not _DASH_BEFORE_RE.search(head):
        return s
    p, _, e = ex.d.sents[si]
    p0 = ex.para_start(p)
    if p0 >= s or ex.para_end(p) > e + 2:
        return s
    lead = ex.text[p0:s]
    if QUOTE_MARK_IN_RE.search(lead.replace("’", "").replace("'", "")) or ex.in_claimed(p0, s) \
            or any(p0 <= st.start < s for st in ex.out) or lead.rstrip().endswith(":"):
        return s
    return p0


def inverted_attribution(ex: Extraction, si: int, s: int, sent: str, cm, cue) -> bool:
    """"Ukraine wants the talks to go on, said Foreign Minister Andriy Sybiha.": the clause
    before the comma is the statement of the speaker named after the verb; True when made."""
    after = sent[cm.start() + cue[1]:]
    if np_before(sent[: cm.start()]) is not None:
        return False  # "Ella Bannister, a researcher, said ...": the subject comes before the verb
    phrase = np_after(after)
    words = phrase.split() if phrase else []
    if not words or len(words) > 9 or not cap(words[-1]) or not (cap(words[0]) or words[0].lower() in {"the", "a", "an"}) \
            or words[0].lower() in PRONOUN_START:
        return False
    rest_at = cm.start() + cue[1] + after.find(phrase) + len(phrase)
    rest = sent[rest_at:]
    ing = _COMMA_PARTICIPLE_RE.match(rest)  # "..., said X, adding that ...": a second statement of X's
    if not _INVERTED_TAIL_RE.fullmatch(rest) and not ing:
        return False
    head = sent[: cm.start()].rstrip().rstrip(",").rstrip()
    if inside_quote_text(head) or QUOTE_MARK_IN_RE.search(head[-2:]):
        return False  # a quotation: attributed by the quotation rules
    start = dash_paragraph_start(ex, si, s, head + " ")
    clause = trim_clause(head.removesuffix(" -").rstrip())
    if len(_WORD_RE.findall(clause)) < 3 or ex.in_claimed(s, s + len(clause)):
        return False
    pos = s + cm.start() + cue[1] + after.find(phrase)
    sp = ex.d.resolve(phrase, pos)
    if sp is None:
        return False
    if start < s:
        clause = ex.text[start:s + len(clause)]
    ex.out.append(Statement(sp, "indirect", cue[0], "", " ".join(clause.split()), start, start + len(clause)))
    if ing:
        second = trim_clause(rest[ing.end():])
        at = s + rest_at + ing.end()
        if len(_WORD_RE.findall(second)) >= 2:
            ex.out.append(Statement(sp, "indirect", ing.group(1), "", " ".join(second.split()), at, at + len(second)))
    ex.d.remember(pos, sp)
    return True


_COMMA_PARTICIPLE_RE = re.compile(r"\s*,\s*" + ING_CUE_RE.pattern)
PRONOUN_START = {"he", "she", "they", "it", "we", "i", "that", "this", "there"}
QUOTE_MARK_IN_RE = re.compile(r"[”\"»’']")


def told_object_stripped(after: str) -> str:
    """*after* (the words after "told") without its object ("journalists", "reporters", "the
    BBC"), or "." when it has none of TOLD_OBJECTS (so that it is no postposed attribution)."""
    low = after.lower().lstrip()
    obj = next((o for o in sorted(TOLD_OBJECTS, key=len, reverse=True) if low == o or low.startswith(o + " ") or low.startswith(o + ".") or low.startswith(o + ",")), None)
    return after.lstrip()[len(obj):] if obj else "x"


def trailing_attribution(ex: Extraction, clause: str, offset: int) -> tuple[str, str] | None:
    """``(clause without it, who)`` when *clause* ends in a postposed attribution of its
    own (", the statement said", ", officials said on Monday", ", a senior official told
    reporters"), else None. *offset* is the clause's position in the document."""
    if "," not in clause and "—" not in clause and "–" not in clause:
        return None
    last = None
    for cm in CUE_RE.finditer(clause):
        last = cm
    if last is None or cue_text(last, clause[last.end():]) is None:
        return None
    after = clause[last.end():]
    if last.group(1).lower() in {"told", "tells"}:
        low = after.lower().lstrip()
        obj = next((o for o in sorted(TOLD_OBJECTS, key=len, reverse=True) if low == o or low.startswith(o + " ")), None)
        if obj is None:
            return None
        after = after.lstrip()[len(obj):]
    if not POSTPOSED_TAIL_RE.fullmatch(after) or re.search(r"\bthat\b", after):
        return None
    npb = np_before(clause[: last.start()])
    if npb is None or npb[1] == 0:
        return None
    head = clause[: npb[1]]
    if not re.search(r"[,—–]\s*$", head) or is_appositive(head) or inside_quote_text(head):
        return None
    kept = trim_clause(head.rstrip().rstrip(",—–"))
    if len(re.findall(r"\w+", kept)) < 3:
        return None
    who = ex.d.resolve(npb[0], offset + npb[1])
    return kept, (who.name if who is not None else strip_det(npb[0]))

def inside_quote_text(text: str) -> bool:
    """True when *text* ends inside an open quotation."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


# "So said Pham Thu Hang, spokesperson of ...", "This is what Foreign Minister X declared in
# parliament": an attribution that points back to the words before it
_BACKWARD_RE = re.compile(r"(?:So|Thus)\s+(?:said|stated|declared|wrote|noted|spoke)\s+(?P<after>\S.*)"
                          r"|(?:This|That)\s+(?:is|was)\s+what\s+(?P<before>.{3,160}?)\s+(?:said|stated|declared|told|wrote|noted)\b")


def backward_attribution(ex: Extraction, si: int, s: int, sent: str) -> bool:
    """A statement for the words an attribution points back to ("So said X", "This is what X
    declared"): the sentences of the paragraph before it, or the whole paragraph before when
    it opens a paragraph, unless they already hold a statement. True when one was made."""
    m = _BACKWARD_RE.match(sent)
    if m is None or si == 0:
        return False
    phrase = np_after(m.group("after")) if m.group("after") else m.group("before")
    sp = ex.d.resolve(phrase, s + m.start("after" if m.group("after") else "before")) if phrase else None
    if sp is None:
        return False
    para = ex.d.sents[si][0]
    own = [(a, b) for p, a, b in ex.d.sents[:si] if p == para]
    prev_para = ex.d.sents[si - 1][0]
    words = own or [(a, b) for p, a, b in ex.d.sents[:si] if p == prev_para]
    a, b = words[0][0], words[-1][1]
    clause = trim_clause(ex.text[a:b])
    if len(_WORD_RE.findall(clause)) < 3 or any(st.start < a + len(clause) and a < st.end for st in ex.out) \
            or ex.in_claimed(a, a + len(clause)):
        return False
    ex.out.append(Statement(sp, "indirect", sent[: m.end("after") - len(m.group("after"))].strip() if m.group("after") else m.group(0),
                           "", " ".join(clause.split()), a, a + len(clause)))
    ex.d.remember(s, sp)
    return True


# "Qatar’s foreign minister spoke with X on Sunday, expressing A and reiterating B, state media
# reported": a call or meeting the media tell of, and what its subject said in it
_NARRATED_MEETING_RE = re.compile(r"(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,2}[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+(?:also\s+)?"
                                  r"(?:spoke|met|held|had|received|hosted|talked)\b[^,;“”\"]{3,160}?,\s+")
_AND_PARTICIPLE_RE = re.compile(r"\s+and\s+(?=" + ING_CUE_RE.pattern + ")")
_WORDS_RE = re.compile(r"\w+")


def narrated_participles(ex: Extraction, s: int, clause: str, source: Speaker) -> bool:
    """Statements of the subject of *clause* (at *s*), a call or meeting that *source* tells
    of, for the participles after it, with *source* as ``via``; True when there were any."""
    m = _NARRATED_MEETING_RE.match(clause)
    ing = ING_CUE_RE.match(clause, m.end()) if m else None
    sp = ex.d.resolve(m.group("subject"), s) if ing else None
    if sp is None or sp.kind not in ("person", "institution", "anonymous") or sp.name == source.name:
        return False
    a, parts = m.end(), []
    for nxt in [*_AND_PARTICIPLE_RE.finditer(clause, a), None]:
        cue = ING_CUE_RE.match(clause, a)
        if cue is None:
            return False
        b = nxt.start() if nxt else len(clause)
        parts.append((cue.group(1), cue.end(), b))
        a = nxt.end() if nxt else b
    for cue, a, b in parts:
        text = trim_clause(clause[a:b])
        if len(_WORDS_RE.findall(text)) >= 2:
            ex.out.append(Statement(sp, "indirect", cue, source.name, " ".join(text.split()), s + a, s + a + len(text)))
    ex.d.remember(s, sp)
    return True
