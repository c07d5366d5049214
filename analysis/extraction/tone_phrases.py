"""Diplomatic tone phrases in one document: the lexicon ``lexicons/tone_phrases.yaml``,
compiled, and the per-document search the pipeline runs.

Ordinary phrases and patterns go through the shared matcher of
:mod:`analysis.extraction.matching`; coordinated adjective phrases match in any order
("constructive and candid", "frank, candid and constructive") and take priority over
patterns they overlap. :func:`tone_rows_for_document` gives the rows of
``corpus.tone_phrases``; the corpus-level measures are in :mod:`analysis.tone`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

import pandas as pd

from ..lexicon_files import LexiconError, lexicon_version, load_lexicon
from .matching import compile_terms
from .spans import speaker_at

COORD_SEP = r"(?:\s*,\s*(?:and\s+|but\s+)?|\s+(?:and|but|yet)\s+)"
ADJ = r"[A-Za-z][A-Za-z\-]*"


@dataclass(frozen=True)
class ToneEntry:
    phrase: str
    category: str
    score: float
    gloss: str
    source: str
    coordinated: tuple


@dataclass(frozen=True)
class ToneLexicon:
    scale: tuple  # ((category, score, label, meaning), ...) warm to hostile
    entries: tuple
    matcher: object
    coordinated: tuple  # indexes of entries with coordinated words
    coordinated_words: re.Pattern | None = None  # any word of those entries, as a whole token

    @property
    def categories(self) -> list[str]:
        return [c for c, *_ in self.scale]


@lru_cache(maxsize=4)
def _load(version: tuple) -> ToneLexicon:
    path = version[0]
    data = load_lexicon("tone_phrases.yaml")
    if not isinstance(data, dict) or "scale" not in data or "phrases" not in data:
        raise LexiconError(f"{path}: expected 'scale:' and 'phrases:' sections")
    scale = []
    for i, s in enumerate(data["scale"], start=1):
        if not isinstance(s, dict) or "category" not in s or "score" not in s:
            raise LexiconError(f"{path}: scale step #{i} needs 'category' and 'score'")
        scale.append((str(s["category"]), float(s["score"]), str(s.get("label", s["category"])), str(s.get("meaning", ""))))
    scores = {c: sc for c, sc, *_ in scale}
    entries, terms, coord = [], [], []
    for i, p in enumerate(data["phrases"], start=1):
        if not isinstance(p, dict) or not p.get("phrase"):
            raise LexiconError(f"{path}: phrase #{i} has no 'phrase'")
        cat = p.get("category")
        if cat not in scores:
            raise LexiconError(f"{p.get('_file', path)}: phrase {p['phrase']!r} has category {cat!r}; use one of {', '.join(scores)}")
        entry = ToneEntry(
            phrase=str(p["phrase"]),
            category=cat,
            score=float(p.get("score", scores[cat])),
            gloss=str(p.get("gloss", "") or ""),
            source=str(p.get("source", "") or ""),
            coordinated=tuple(str(w).lower() for w in (p.get("coordinated") or [])),
        )
        key = str(len(entries))
        entries.append(entry)
        if entry.coordinated:
            coord.append(len(entries) - 1)
        else:
            terms.append((key, entry.phrase))
        for pattern in p.get("match") or []:
            terms.append((key, str(pattern)))
    matcher = compile_terms(terms, source=path)
    words = sorted({w for i in coord for w in entries[i].coordinated}, key=lambda w: (-len(w), w))
    words_re = re.compile(rf"(?<![A-Za-z\-])(?:{'|'.join(map(re.escape, words))})(?![A-Za-z\-])", re.IGNORECASE) if words else None
    return ToneLexicon(tuple(scale), tuple(entries), matcher, tuple(coord), words_re)


def load_tone_lexicon() -> ToneLexicon:
    """The compiled tone lexicon (re-read when the file changes)."""
    return _load(lexicon_version("tone_phrases.yaml"))


def scale_categories() -> list[str]:
    """The categories of the scale, warm to hostile (read without compiling the phrases)."""
    data = load_lexicon("tone_phrases.yaml")
    return [str(step["category"]) for step in (data or {}).get("scale", [])]


def tone_scale() -> pd.DataFrame:
    """The atmosphere scale, warm to hostile: category, score, label, meaning."""
    return pd.DataFrame(load_tone_lexicon().scale, columns=["category", "score", "label", "meaning"])


def tone_lexicon_table() -> pd.DataFrame:
    """Every phrase of the lexicon with its category, score, gloss and source."""
    lex = load_tone_lexicon()
    return pd.DataFrame(
        [(e.phrase, e.category, e.score, e.gloss, e.source) for e in lex.entries],
        columns=["phrase", "category", "score", "gloss", "source"],
    )


COORD_RE = re.compile(rf"\b{ADJ}(?:{COORD_SEP}{ADJ}){{1,4}}\b", re.IGNORECASE)
# what stands between two words of one chain: a separator, and up to three more words
_CHAIN_GAP = re.compile(rf"{COORD_SEP}(?:{ADJ}{COORD_SEP}){{0,3}}", re.IGNORECASE)


def _may_hold_coordinated(text: str, lex: ToneLexicon) -> bool:
    """False when no two words of a coordinated entry could be in one chain of *text*.

    A cheap test that spares most documents the chain scan: two such words must occur
    with nothing but a chain's separators and words between them ("candid, in-depth and
    constructive").
    """
    prev_end = None
    for m in lex.coordinated_words.finditer(text):
        if prev_end is not None and _CHAIN_GAP.fullmatch(text, prev_end, m.start()):
            return True
        prev_end = m.end()
    return False


def _coordinated_matches(text: str, lex: ToneLexicon):
    """Coordinated adjective phrases in any order: (start, end, entry index)."""
    out = []
    if not lex.coordinated or not _may_hold_coordinated(text, lex):
        return out
    words_needed = set()
    for i in lex.coordinated:
        words_needed.update(lex.entries[i].coordinated)
    for m in COORD_RE.finditer(text):
        chain = [w.lower() for w in re.split(COORD_SEP, m.group(0), flags=re.IGNORECASE)]
        present = set(chain)
        if len(present & words_needed) < 2:
            continue
        for i in lex.coordinated:
            need = lex.entries[i].coordinated
            if set(need) <= present:
                # span from the first to the last word of the phrase inside the chain
                idx = [chain.index(w) for w in need]
                pieces = list(_word_spans(m.group(0)))
                a = m.start() + pieces[min(idx)][0]
                b = m.start() + pieces[max(idx)][1]
                out.append((a, b, i))
    return out


def _word_spans(chain: str):
    pos = 0
    for part in re.split(f"({COORD_SEP})", chain, flags=re.IGNORECASE):
        if part and not re.fullmatch(COORD_SEP, part, flags=re.IGNORECASE):
            yield pos, pos + len(part)
        pos += len(part)


def find_tone_phrases(text: str, lex: ToneLexicon | None = None) -> list[tuple[int, int, int]]:
    """Tone phrases in one text: ``(start, end, entry index)``, sorted by position."""
    lex = lex or load_tone_lexicon()
    coord = _coordinated_matches(text, lex)
    taken = [(a, b) for a, b, _ in coord]
    out = list(coord)
    for m in lex.matcher.finditer(text):
        if any(m.start < b and m.end > a for a, b in taken):
            continue  # a coordinated phrase wins over a pattern it overlaps
        out.append((m.start, m.end, int(m.key)))
    # one row per phrase and span
    return sorted(set(out))


def tone_rows_for_document(doc_id: str, text: str, sentence_starts: list[int], statements=()) -> list[tuple]:
    """Rows of ``corpus.tone_phrases`` for one document (tuples in TONE_COLUMNS order).

    *statements* are ``(start, end, speaker)`` spans; a phrase inside one gets its speaker.
    """
    lex = load_tone_lexicon()
    rows = []
    for a, b, i in find_tone_phrases(text, lex):
        e = lex.entries[i]
        sent_id = max(0, bisect.bisect_right(sentence_starts, a) - 1)
        speaker = speaker_at(statements, a, b)
        rows.append((doc_id, sent_id, e.phrase, intern(text[a:b]), e.category, e.score, e.gloss, intern(speaker), a, b))
    return rows

