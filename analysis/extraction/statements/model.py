"""The records of statement extraction, and the state one document's extraction shares.

- :class:`Speaker`: who speaks (canonical name, side, pronoun, kind);
- :class:`Statement`: one statement as found (speaker, kind, cue, via, text and span);
- :class:`Extraction`: the document being read (text, sentence spans, the speakers of
  :mod:`.resolution`), the statements found so far and the text they have claimed. Every
  stage takes it and adds to ``out``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Speaker:
    name: str
    side: str
    pronoun: str = ""
    kind: str = "person"  # person | institution | group | anonymous


@dataclass
class Statement:
    speaker: Speaker
    kind: str
    cue: str
    via: str
    text: str
    start: int
    end: int


class Extraction:
    """One document's extraction in progress."""

    def __init__(self, text: str, doc):
        self.d = doc  # the document's speakers (resolution.DocumentSpeakers)
        self.text = text
        self.out: list[Statement] = []
        self.claimed: list[tuple[int, int]] = []  # text spans used by direct quotes and attributions
        self.used_quotes: set[int] = set()  # start offsets of quotes already consumed
        self.in_turn = False  # reading inside a transcript turn (nested speech only)
        self.addressee = None  # in a turn of a two-person transcript, the other person ("you said")

    def in_claimed(self, a: int, b: int) -> bool:
        return any(a < y and b > x for x, y in self.claimed)

    def para_end(self, para: int) -> int:
        return max(e for p, _, e in self.d.sents if p == para)

    def para_start(self, para: int) -> int:
        return min(s for p, s, _ in self.d.sents if p == para)

    def prev_para_text(self, para: int):
        spans = [(s, e) for p, s, e in self.d.sents if p == para - 1]
        if not spans:
            return None
        a, b = spans[0][0], spans[-1][1]
        return self.text[a:b], a


