"""Readout continuations: sentences that go on reporting a speaker's words without a new verb.

After "Wang Yi said that ..." opens a paragraph, the sentences that follow in the same
paragraph are his words too ("The U.S. side should ..."), until one has a cue of its own; a
run of such sentences is one statement.
"""
from __future__ import annotations

import re

from .cues import CUE_RE, cue_text
from .model import Extraction, Speaker, Statement
from .phrases import np_before
from .attributions import trim_clause
from .sides import country_as_subject, nationality_side

# Before a verb, words that make it no new speech act ("is committed to", "to stress")
NOT_SPEECH_RE = re.compile(r"\b(?:is|are|am|was|were|be|been|being|to|not|never)\s+(?:\w+ly\s+)?$", re.I)


def speaks_anew(ex: Extraction, sent: str, s: int, speaker: Speaker) -> bool:
    """True when *sent* has a reporting verb with a subject of its own, other than the
    speaker's own country or side ("China welcomes ...", "the Chinese side opposes ..." in
    Wang Yi's words go on being his)."""
    for cm in CUE_RE.finditer(sent):
        if cue_text(cm, sent[cm.end():]) is None:
            continue
        pre = sent[: cm.start()]
        if NOT_SPEECH_RE.search(pre):
            continue
        npb = np_before(pre)
        if npb is None:
            continue
        np = npb[0].strip()
        side = country_as_subject(np)
        m = re.fullmatch(r"(?:the\s+)?([\w.-]+)\s+(?:side|government)", np, re.I)
        if m and not side:
            side = nationality_side(m.group(1))
        if side and side == speaker.side:
            continue
        return True
    return False


# A sentence of obligation: a position, not narration ("All leaders must act ...")
_OBLIGATION_RE = re.compile(r"\b(?:should|must|needs?\s+to|ought\s+to|has\s+to|have\s+to|cannot|can\s*not|can['’]t|"
                            r"would\s+(?:require|need|mean|only|never|not|help|ensure|undermine|allow))\b", re.I)  # ("That would require ...")
# In a government's or an organisation's own release, a judgement goes on with its statement too
# ("Choosing personal attacks ... is not in line with ...", "It is also crucial that ...", "Brazil
# has always held in high regard ...", "Today's signing marks a significant step ...")
_STANCE_RE = re.compile(r"\b(?:is|are|remains?)\s+(?:also\s+|equally\s+|particularly\s+|therefore\s+)?(?:crucial|essential|important|vital|"
                        r"imperative|necessary|urgent|ready|prepared|committed|concerned|convinced|determined|unacceptable|"
                        r"regrettable|worrying|deplorable|not\s+in\s+line)\b|\bhas\s+always\b|\bstands\s+ready\b|\bwill\s+continue\s+to\b|"
                        r"\bfully\s+(?:respects|supports)\b|\bshall\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:pushing|pressing|working|striving|seeking)\s+(?:for|to)\b|\bmarks?\s+an?\s+(?:first|significant|major|historic|important|new)\b", re.I)
_VERB_THAT_RE = re.compile(r"\b[a-z]+(?:ed|s)\s+that\b")
_NAME_THEN_PAST_RE = re.compile(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:also\s+)?[a-z]+ed\b")  # "Chen repeated ..."
_ABOUT_THE_SPEAKER_RE = re.compile(r"(?:His|Her|Its|Their|The \w+'s|The \w+’s)\s")


def obligation_opener(ex: Extraction, si: int, para: int, sent: str) -> Statement | None:
    """The statement of the sentence before *si* when *sent* states an obligation ("All leaders
    must act in the greater interest of ...", "The two countries should exert joint efforts
    ...") right after a reported statement of a speaker who speaks for a side: it goes on
    with that speaker's position. Else None."""
    stance = not _OBLIGATION_RE.search(sent) and ex.d.home_side is not None and _STANCE_RE.search(sent)
    if si == 0 or not ex.out or ex.out[-1].end < ex.d.sents[si - 1][1] or not (_OBLIGATION_RE.search(sent) or stance) or "?" in sent or "“" in sent or '"' in sent \
            or any(cue_text(cm, sent[cm.end():]) for cm in CUE_RE.finditer(sent)) or _VERB_THAT_RE.search(sent) \
            or _NAME_THEN_PAST_RE.match(sent):
        return None  # (a verb of its own: "Chen repeated that ...", whoever Chen is)
    if ex.d.sents[si - 1][0] not in (para, para - 1):
        return None  # (the sentence before, in this paragraph or at the end of the one before)
    ps, pe = ex.d.sents[si - 1][1], ex.d.sents[si - 1][2]
    prev = [st for st in ex.out[-10:] if ps <= st.start < pe]
    if not prev or _ABOUT_THE_SPEAKER_RE.match(sent):
        return None
    st = prev[-1]
    if st.kind != "indirect" or st.cue == "according to" or st.speaker.side == "unknown" or st.end < pe - 3:
        return None  # (the statement runs to the end of its sentence: no narration after it)
    if stance and st.speaker.side != ex.d.home_side:
        return None  # (a judgement without "must" goes on only in the publisher's own statement)
    return st


def continuation_opener(ex: Extraction, si: int, para: int, sent: str) -> Statement | None:
    """The statement that opens sentence *si*'s paragraph when the sentence may go on
    reporting its speaker (readout style: "Wang Yi said that ..." first, then every sentence
    in between his), else None."""
    if si > 0 and ex.out:
        got = obligation_opener(ex, si, para, sent)
        if got is not None:
            return got
    if si == 0 or ex.d.sents[si - 1][0] != para or not ex.out:
        return None
    first = si
    while first > 0 and ex.d.sents[first - 1][0] == para:
        first -= 1
    fs, fe = ex.d.sents[first][1], ex.d.sents[first][2]
    recent = ex.out[-60:]  # the statements of this paragraph are among the last ones made
    in_first = [st for st in recent if fs <= st.start < fe]
    opener_st = in_first[0] if in_first else None
    if opener_st is None or opener_st.kind != "indirect" or opener_st.cue in ("according to", "") \
            or opener_st.speaker.side == "unknown":
        return None  # a readout's speaker speaks for a side; a company's next sentence is the reporter's
    if re.match(r"(?:His|Her|Its|Their|The \w+'s|The \w+’s)\s", sent):
        return None  # about the speaker, not by them
    if len(ex.text[fs:opener_st.start].split()) > 16:
        return None
    # the opening sentence ends in a "that" clause of the speaker's ("Wang Yi reiterated X
    # and emphasized that ...")
    last = [st for st in in_first if st.speaker.name == opener_st.speaker.name][-1]
    own = ex.d.home_side is not None and opener_st.speaker.side == ex.d.home_side \
        and re.search(r"\b\w+s\s*$", ex.text[fs:opener_st.start])
    if not re.search(r"\bthat\s*$", ex.text[fs:last.start]) and not own:
        # (in the speaker's own statement, a cue in the present opens a run too: "The
        # Secretary-General reiterates his grave concern ... Escalating violence ...")
        return None
    # every sentence in between must continue the same speaker
    for i in range(first + 1, si):
        a, b = ex.d.sents[i][1], ex.d.sents[i][2]
        if not any(a <= st.start < b and st.speaker.name == opener_st.speaker.name for st in recent):
            return None
    return opener_st


def handle_continuation(ex: Extraction, si: int, para: int, s: int, e: int, sent: str) -> None:
    """Readout style: after "Wang Yi said that ..." opening a paragraph, the following
    sentences of the paragraph continue his words without a new reporting verb."""
    opener_st = continuation_opener(ex, si, para, sent)
    if opener_st is None:
        return
    if speaks_anew(ex, sent, s, opener_st.speaker):
        return
    clause = trim_clause(sent)
    prev = ex.out[-1]
    if prev.cue == "" and prev.kind == "indirect" and prev.speaker.name == opener_st.speaker.name \
            and ex.d.sents[si - 1][1] <= prev.start < ex.d.sents[si - 1][2]:
        # a run of continuation sentences is one statement
        ex.out[-1] = Statement(prev.speaker, "indirect", "", prev.via, " ".join(ex.text[prev.start:s + len(clause)].split()),
                               prev.start, s + len(clause))
        return
    ex.out.append(Statement(opener_st.speaker, "indirect", "", opener_st.via, clause, s, s + len(clause)))

