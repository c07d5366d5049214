"""The records of statement extraction, and the state one document's extraction shares.

- :class:`Speaker`: who speaks (canonical name, side, pronoun, kind);
- :class:`Statement`: one statement as found (speaker, kind, cue, via, text and span);
- :class:`Extraction`: the document being read (text, sentence spans, the speakers of
  :mod:`.resolution`), the statements found so far and the text they have claimed. Every
  stage takes it and adds to ``out``.
"""
from __future__ import annotations

import bisect
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


class ClaimedSpans(list):
    """The text spans claimed so far, a list of ``(start, end)`` that also answers "does any
    claimed span overlap [a, b)?" without looking at every span (that made a document with
    thousands of statements quadratic): the spans are kept sorted by start as well, and only
    those starting within the longest span's length before *a* can reach it."""

    def __init__(self):
        super().__init__()
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0

    def append(self, span) -> None:
        super().append(span)
        x, y = span
        i = bisect.bisect_right(self._starts, x)
        self._starts.insert(i, x)
        self._ends.insert(i, y)
        self._longest = max(self._longest, y - x)

    def extend(self, spans) -> None:
        for span in spans:
            self.append(span)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a claimed span (x, y) has ``a < y and b > x``."""
        i = bisect.bisect_left(self._starts, b)  # the spans starting before b
        lowest = a - self._longest  # a span starting at or before this ends at or before a
        while i > 0 and self._starts[i - 1] > lowest:
            i -= 1
            if self._ends[i] > a:
                return True
        return False


class Extraction:
    """One document's extraction in progress."""

    def __init__(self, text: str, doc):
        self.d = doc  # the document's speakers (resolution.DocumentSpeakers)
        self.text = text
        self.out: list[Statement] = []
        self.claimed = ClaimedSpans()  # text spans used by direct quotes and attributions
        self._paras: dict | None = None  # paragraph -> its bounds (see _para_spans)
        self.used_quotes: set[int] = set()  # start offsets of quotes already consumed
        self.in_turn = False  # reading inside a transcript turn (nested speech only)
        self.addressee = None  # in a turn of a two-person transcript, the other person ("you said")
        self.list_speaker: dict[int, object] = {}  # sentence index -> speaker of its list item (see listed_item)

    def in_claimed(self, a: int, b: int) -> bool:
        return self.claimed.overlaps(a, b)

    def _para_spans(self) -> dict:
        """paragraph -> (min start, max end, first sentence's start, last sentence's end),
        built once (scanning every sentence for each call made quotes quadratic)."""
        if self._paras is None:
            paras: dict = {}
            for p, s, e in self.d.sents:
                if p in paras:
                    lo, hi, first, _ = paras[p]
                    paras[p] = (min(lo, s), max(hi, e), first, e)
                else:
                    paras[p] = (s, e, s, e)
            self._paras = paras
        return self._paras

    def para_end(self, para: int) -> int:
        return self._para_spans()[para][1]

    def para_start(self, para: int) -> int:
        return self._para_spans()[para][0]

    def prev_para_text(self, para: int):
        span = self._para_spans().get(para - 1)
        if span is None:
            return None
        return self.text[span[2]:span[3]], span[2]


