"""Offline sentence splitting with NLTK's Punkt algorithm and our own abbreviation list.

No Punkt model is downloaded: :func:`sentence_splitter` builds a
``PunktSentenceTokenizer`` from ``analysis/lexicons/abbreviations.txt``. Sentences never
cross paragraph boundaries, and every sentence is returned as a character span.
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
        for m in re.finditer(r"\S+\.\s+([A-Z][a-z]*)\b", text[start:end]):
            token_end = start + m.start(1)
            head = text[seg_start:token_end].rstrip()
            if _BREAKABLE_ABBREVS.search(head) and m.group(1) in _SENTENCE_STARTERS:
                yield seg_start, seg_start + len(head)
                seg_start = token_end
        yield seg_start, end


def _merge_attributions(text: str, spans):
    """Re-join pieces that Punkt split apart: a "sentence" starting in lower case never
    starts a sentence ("“Why now?” he asked.", "in the U.S. court.”"), nor does a dash
    after a closing quotation mark ("“...” — Mao Ning, spokeswoman")."""
    out = []
    for start, end in spans:
        if out:
            prev_s, prev_e = out[-1]
            head = text[start:end].lstrip()
            prev = text[prev_s:prev_e]
            if (re.search(r"[.?!…][”\"’»]$", prev) and head[:1] in "—–") or (
                head[:1].islower() and not re.match(r"[a-z]+[A-Z]", head)  # not "iPhone"
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
        spans = _merge_attributions(para, list(_refine(para, tok.span_tokenize(para))))
        for s, e in spans:
            seg = para[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if e - trail > s + lead:
                out.append((number, p_start + s + lead, p_start + e - trail))
    return out
