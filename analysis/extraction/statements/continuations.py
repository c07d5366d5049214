"""Readout continuations: sentences that go on reporting a speaker's words without a new verb.

After "Wang Yi said that ..." opens a paragraph, the sentences that follow in the same
paragraph are his words too ("The U.S. side should ..."), until one has a cue of its own; a
run of such sentences is one statement.
"""
from __future__ import annotations

import re

from .cues import CUE_RE
from .model import Extraction, Statement
from .phrases import np_before
from .reported import trim_clause


def handle_continuation(ex: Extraction, si: int, para: int, s: int, e: int, sent: str) -> None:
    """Readout style: after "Wang Yi said that ..." opening a paragraph, the following
    sentences of the paragraph continue his words without a new reporting verb."""
    if si == 0 or ex.d.sents[si - 1][0] != para or not ex.out:
        return
    first = si
    while first > 0 and ex.d.sents[first - 1][0] == para:
        first -= 1
    fs, fe = ex.d.sents[first][1], ex.d.sents[first][2]
    opener_st = next((st for st in ex.out if fs <= st.start < fe), None)
    if opener_st is None or opener_st.kind != "indirect" or opener_st.cue in ("according to", ""):
        return
    opener = ex.text[fs:opener_st.start]
    if not re.search(r"\bthat\s*$", opener) or len(opener.split()) > 16:
        return
    # every sentence in between must continue the same speaker
    for i in range(first + 1, si):
        a, b = ex.d.sents[i][1], ex.d.sents[i][2]
        if not any(a <= st.start < b and st.speaker.name == opener_st.speaker.name for st in ex.out):
            return
    cm = CUE_RE.search(sent)
    if cm and np_before(sent[: cm.start()]):
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

