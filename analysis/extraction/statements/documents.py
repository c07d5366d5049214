"""Documents that stand for their author: "the statement said", "according to the report".

A text names who issued a document ("a statement issued by the Ministry", "X has issued an
official statement", "In a joint statement, ...", "X released a report"); a later "the
statement" without an author of its own is that author's. :func:`document_authors` finds the
documents once per text, :func:`resolve_document` picks the last one before a mention; in a
text that names no author, "the statement" is that of the speaker in focus.
"""
from __future__ import annotations

import bisect
import re

from .model import Speaker
from .phrases import np_before
from .sides import side_from_words

DOCUMENT_WORDS = r"(?:statement|communiqu[eé]|declaration|readout|message|document|press release|release|letter|note|report)"
# "a statement issued by the Ministry", "the communique, released following the ... Meeting"
_ISSUED_BY_RE = re.compile(r"\b" + DOCUMENT_WORDS + r"\b,?\s+(?:(?:which|that)\s+was\s+)?(?:issued|released|published|adopted|put out|signed|sent|posted|made public)\s+"
                           r"(by|following|after|at the end of|at|from)\s+([^,.;:()“”\"\n]{2,120})", re.I)
# "X has issued an official statement": X is the subject before the verb
_ISSUED_RE = re.compile(r"\b(?:issued|released|published|adopted|put out|signed|sent|posted)\s+(?:a|an|the|its|their|his|her)\s+"
                        r"(?:[\w-]+\s+){0,3}?(" + DOCUMENT_WORDS + r")\b", re.I)
_JOINT_RE = re.compile(r"\b(?:[Aa]|[Tt]he|[Tt]heir)\s+joint\s+(statement|declaration|communiqu[eé]|press release)\b")
_NAME_PHRASE_RE = re.compile(r"(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w.'’&-]*)(?:\s+(?:(?:of|for|and|the|on|de|du|des)\s+)*[A-Z][\w.'’&-]*)*")
# "the 58th ASEAN Foreign Ministers' Meeting": a gathering, whose members speak
_GATHERING_RE = re.compile(r"(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:Annual|Extraordinary|Special|Informal)\s+)?(.+?)['’]?\s+(?:Meeting|Summit|Conference|Session|Ministerial)")
_HEAD_END_RE = re.compile(r"\b" + DOCUMENT_WORDS + r"$", re.I)


def document_authors(doc) -> list[tuple[int, str]]:
    """Documents whose author the text of *doc* (a :class:`~.resolution.DocumentSpeakers`)
    names, as ``(position, author phrase)`` in text order."""
    out = []
    for m in _ISSUED_BY_RE.finditer(doc.text):
        np = _NAME_PHRASE_RE.match(m.group(2))  # "the Kenyan Foreign Ministry", not "... welcomed the truce"
        if np and np.group(0).strip() not in {"the", "The"}:
            out.append((m.start(1), np.group(0).strip()))
    for m in _JOINT_RE.finditer(doc.text):
        out.append((m.start(1), "both sides"))  # "In a joint statement, ..." ... "The statement stressed"
    for m in _ISSUED_RE.finditer(doc.text):
        s = doc.sents[doc.sent_index(m.start())][1] if doc.sents else 0
        got = np_before(doc.text[s:m.start()])
        if got:
            out.append((m.start(1), got[0]))
    issued = {at for at, np in out if np != "both sides"}
    out = [(at, np) for at, np in out if np != "both sides" or at not in issued]  # "ASEAN ministers issued a joint statement": theirs
    out.sort()
    return out


def resolve_document(doc, authors: list[tuple[int, str]], pos: int) -> Speaker | None:
    """The author of the last document of *authors* named before the end of the sentence at
    *pos* (and at most 4,000 characters before it), else the speaker in focus, else None."""
    if not authors:
        return _last_voice(doc, pos)
    i = doc.sent_index(pos)
    end = doc.sents[i][2] if doc.sents else pos
    k = bisect.bisect_right(authors, (end, "")) - 1
    while k >= 0 and authors[k][0] >= pos - 4000:
        np = authors[k][1]
        gathering = _GATHERING_RE.fullmatch(np)
        members = gathering.group(1) if gathering else None
        if members:
            sp = Speaker(members, side_from_words(members.split()), "they", "group")
        else:
            sp = doc.resolve(np, authors[k][0]) if not _HEAD_END_RE.search(np) else None
        if sp is not None and sp.kind != "anonymous":
            return sp
        k -= 1
    return _last_voice(doc, pos)


def _last_voice(doc, pos: int) -> Speaker | None:
    """"the statement" of a text that names no document's author: that of the speaker in focus
    (the ministry, spokesman or government whose words the text has been reporting), if any
    within the last 3,000 characters."""
    for p, sp in reversed(doc.salience):
        if p <= pos and pos - p <= 3000 and sp.name != "Reporter" and (sp.kind != "anonymous" or sp.side != "unknown"):
            return sp
        if pos - p > 3000:
            break
    return None
