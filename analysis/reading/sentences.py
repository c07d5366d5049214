"""Offline sentence splitting with NLTK's Punkt algorithm and our own abbreviation list.

No Punkt model is downloaded: :func:`sentence_splitter` builds a
``PunktSentenceTokenizer`` from ``analysis/lexicons/abbreviations.txt``. Sentences never
cross paragraph boundaries, and every sentence is returned as a character span.

A sentence is at most ``MAX_SENTENCE_CHARS`` characters: a longer run without a sentence
end (a list without full stops, a text of repeated words) is cut at the last space before
the limit. Prose never comes near it (the longest sentence of the real-text set has 634
characters); it bounds the work that every later stage does per sentence, so that the time
to analyse a document grows linearly with its length whatever the text. Every step here is
linear too: each candidate break looks at a few characters around it, never at the whole
sentence so far.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon_files import lexicon_path, load_word_list

# After these abbreviations a capitalised sentence starter means a new sentence after all
# ("... talks with the U.S. The two sides ..."). Punkt alone never breaks after a known
# abbreviation, since it has no trained orthographic statistics.
_BREAKABLE_ABBREVS = re.compile(r"\b(?:U\.S|U\.K|U\.N|E\.U|D\.C|U\.S\.A|P\.R\.C|etc|a\.m|p\.m|Jr|Inc|Co|Ltd|Corp)\.$")
_SENTENCE_STARTERS = frozenset(
    """The A An He She It They We I You This That These Those There His Her Its Their Our
    But And However Meanwhile Still Yet Also In On At For After Before When While Although
    Though As If Since Both Neither Such Some Many Most Other Others Officials China
    Beijing Washington""".split()
)


MAX_SENTENCE_CHARS = 2_000
_SPACES = re.compile(r"\s*")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
_STOP_THEN_WORD = re.compile(r"\.\s+([A-Z][a-z]*)\b")


if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer


@lru_cache(maxsize=4)
def _tokenizer(_mtime: int) -> "PunktSentenceTokenizer":
    # imported here: NLTK takes a tenth of a second to import, and a corpus read back
    # from the cache never splits a sentence
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    class RememberingPunkt(PunktSentenceTokenizer):
        """Punkt that remembers its decision for each candidate break.

        Punkt decides about every period (or ? !) by tokenizing and annotating its
        context: the word before, the mark, the word after ("said. The"). That decision
        is a pure function of the context string and of the fixed parameters, and the same
        contexts come back all the time (three in four, in news text), so it is kept: the
        same spans, for about half of Punkt's time."""

        MAX_REMEMBERED = 200_000

        def __init__(self, params):
            super().__init__(params)
            self._decisions: dict[str, bool] = {}

        def text_contains_sentbreak(self, text: str) -> bool:
            known = self._decisions.get(text)
            if known is None:
                if len(self._decisions) >= self.MAX_REMEMBERED:
                    self._decisions.clear()
                known = self._decisions[text] = super().text_contains_sentbreak(text)
            return known

    return RememberingPunkt(punkt_parameters())


def punkt_parameters():
    """Punkt's parameters: our abbreviation list, nothing learnt from data."""
    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in load_word_list("abbreviations.txt")}
    return params


def sentence_splitter() -> "PunktSentenceTokenizer":
    """The Punkt tokenizer configured with our abbreviation list (cached)."""
    return _tokenizer(lexicon_path("abbreviations.txt").stat().st_mtime_ns)


def _refine(text: str, spans):
    """Split after country/company abbreviations followed by a typical sentence start."""
    for start, end in spans:
        seg_start = start
        last = start  # where the previous candidate ended
        # a full stop that ends a word, then a capitalised word: what r"\S+\.\s+([A-Z][a-z]*)\b"
        # finds, without trying every start of a long run of non-space characters
        for m in _STOP_THEN_WORD.finditer(text, start, end):
            if m.start() - 1 < last or text[m.start() - 1].isspace():
                continue
            last = m.end()
            token_end = m.start(1)
            if m.group(1) not in _SENTENCE_STARTERS:
                continue
            head_end = token_end  # the end of text[seg_start:token_end].rstrip()
            while head_end > seg_start and text[head_end - 1].isspace():
                head_end -= 1
            # the abbreviation at the end of the head: a few characters, not the whole head
            if _BREAKABLE_ABBREVS.search(text[max(seg_start, head_end - 16):head_end]):
                yield seg_start, head_end
                seg_start = token_end
        yield seg_start, end


# "... with Ethiopia.He also appreciated ...": a full stop with no space after it, between a word
# in lower case and a sentence starter, still ends a sentence (copy-pasted web text)
_GLUED_STOP = re.compile(r"(?<=[a-z]{3})[.!?][”\"]?(?=(?:" + "|".join(sorted(
    "The He She It They We I This His Her Its Their Our But However In On At Both".split())) + r")\s|[A-Z][a-z]+(?:['’]s)?\s)")


def _glued(text: str, spans):
    """*spans* cut after every glued full stop (``_GLUED_STOP``) inside them."""
    for start, end in spans:
        for m in _GLUED_STOP.finditer(text, start, end):
            yield start, m.end()
            start = m.end()
        yield start, end


def _merge_attributions(text: str, spans):
    """Re-join pieces that Punkt split apart: a "sentence" starting in lower case never
    starts a sentence ("“Why now?” he asked.", "in the U.S. court.”"), nor does a dash
    after a closing quotation mark ("“...” — Mao Ning, spokeswoman")."""
    out = []
    for start, end in spans:
        if out:
            prev_s, prev_e = out[-1]
            # what text[start:end].lstrip() starts with, and how the piece before ends: a few
            # characters each, never a copy of the sentence merged so far
            head_at = _SPACES.match(text, start, end).end()
            first = text[head_at:head_at + 1]
            prev = text[max(prev_s, prev_e - 3):prev_e]
            if (re.search(r"[.?!…][”\"’»]$", prev) and first in "—–") or (
                first.islower() and not _CAMEL.match(text, head_at, end)  # not "iPhone"
            ):
                out[-1] = (prev_s, end)
                continue
        out.append((start, end))
    return out


def split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Split *text* into sentences within each paragraph span.

    Returns ``(paragraph_number, start, end)`` triples (paragraphs numbered from 1) with
    ``text[start:end]`` the sentence, stripped of surrounding whitespace.
    """
    tok = sentence_splitter()
    out = []
    for number, (p_start, p_end) in enumerate(paragraphs, start=1):
        para = text[p_start:p_end]
        spans = _merge_attributions(para, list(_glued(para, _refine(para, tok.span_tokenize(para)))))
        for s, e in _bounded(para, spans):
            seg = para[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if e - trail > s + lead:
                out.append((number, p_start + s + lead, p_start + e - trail))
    return out


def _bounded(text: str, spans):
    """*spans* with every span longer than ``MAX_SENTENCE_CHARS`` cut into pieces at most
    that long: at the last whitespace before the limit (mid-word only in a run of that many
    characters without a space)."""
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = limit
            while cut > start and not text[cut].isspace():  # text[limit] is inside the span
                cut -= 1
            if cut <= start + MAX_SENTENCE_CHARS // 2:
                cut = limit  # no space in the second half: cut the run itself
            yield start, cut
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            yield start, end
