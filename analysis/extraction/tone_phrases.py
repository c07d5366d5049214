"""Diplomatic tone phrases in one document: the lexicon ``lexicons/tone_phrases.yaml`` with
its frames and the adjectives of ``lexicons/atmosphere_adjectives.yaml``, compiled, and the
per-document search the pipeline runs.

Four layers (see the header of ``tone_phrases.yaml``): **atmosphere** phrases are placed on
the warm-to-hostile scale and make the tone index; **stance**, **process** and **concern**
(concern and protest) phrases are counted, with no atmosphere score (``score`` is NaN).

Three kinds of entries find phrases:

- ordinary phrases and patterns, through the shared matcher of
  :mod:`analysis.extraction.matching`;
- coordinated adjective phrases, in any order ("constructive and candid", "frank, candid
  and constructive"); they win over patterns they overlap;
- frames: patterns in the same notation, either fixed ("expressed (deep|grave) concern") or
  with the slot ``{ATMOSPHERE}``, a chain of adjectives whatever its words ("held candid,
  straightforward and useful talks") scored by its coolest listed adjective. A phrase of
  the list wins over a frame that overlaps it.

:func:`tone_rows_for_document` gives the rows of ``corpus.tone_phrases``; the corpus-level
measures are in :mod:`analysis.tone`.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from sys import intern
from typing import NamedTuple

import pandas as pd

from ..lexicon_files import LexiconError, lexicon_path, lexicon_version, load_lexicon, load_word_list, load_yaml
from .matching import compile_terms, term_regex
from .spans import speaker_at

COORD_SEP = r"(?:\s*,\s*(?:and\s+|but\s+)?|\s+(?:and|but|yet)\s+)"
ADJ = r"[A-Za-z][A-Za-z\-]*"
SLOT = "{ATMOSPHERE}"
ATMOSPHERE = "atmosphere"
NO_SCORE = float("nan")  # the score of a stance, process or concern phrase: not on the scale
# words in front of an adjective that are read as part of it ("more mature", "very frank")
MODIFIERS = ("more", "most", "very", "extremely", "highly", "totally", "quite", "truly", "fully",
             "deeply", "really", "increasingly", "genuinely", "particularly", "exceptionally", "rather")
_MOD = rf"(?:(?:{'|'.join(MODIFIERS)})\s+)?"
_WORD = r"[A-Za-z]+(?:-[A-Za-z]+)*"
MAX_CHAIN = 6
CHAIN_RE = rf"{_MOD}{_WORD}(?:{COORD_SEP}{_MOD}{_WORD}){{0,{MAX_CHAIN - 1}}}(?![A-Za-z\-])"
_SEP_SPLIT = re.compile(COORD_SEP, re.IGNORECASE)
_MOD_STRIP = re.compile(rf"^(?:{'|'.join(MODIFIERS)})\s+", re.IGNORECASE)
# words that never stand in a chain of adjectives, besides the stopword list
_NOT_ADJECTIVES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                   "those", "he", "she", "it", "they", "we", "i", "you", "and", "but", "or", "to", "of", "in",
                   "on", "at", "with", "for", "by", "as", "from", "who", "which", "also", "said", "not", "no"}


@dataclass(frozen=True)
class ToneEntry:
    phrase: str
    category: str
    score: float
    gloss: str
    source: str
    coordinated: tuple
    layer: str = ATMOSPHERE


@dataclass(frozen=True)
class Frame:
    """A frame with the ``{ATMOSPHERE}`` slot, compiled."""
    entry: int  # its index in ToneLexicon.entries
    regex: re.Pattern
    span_chain: bool
    min_words: int
    all_listed: bool
    category: str  # "" = from the adjectives


class ToneMatch(NamedTuple):
    start: int
    end: int
    phrase: str
    category: str
    score: float
    gloss: str
    entry: int


@dataclass(frozen=True)
class ToneLexicon:
    scale: tuple  # ((category, score, label, meaning), ...) warm to hostile: the atmosphere
    entries: tuple
    matcher: object
    coordinated: tuple  # indexes of entries with coordinated words
    coordinated_words: re.Pattern | None = None  # any word of those entries, as a whole token
    layers: tuple = ()  # ((category, layer, label, meaning), ...) counted, not scored
    frames: tuple = ()  # Frame, for the frames with the slot
    adjectives: tuple = ()  # ((word, category, score, alone), ...)
    adjective_words: re.Pattern | None = None
    frame_matcher: object = None  # the frames without the slot (fixed patterns)
    n_phrases: int = 0  # entries[:n_phrases] are the phrases of the list, the rest frames
    adjective_index: dict = field(default_factory=dict, compare=False, hash=False)  # word -> (category, score, alone)

    @property
    def categories(self) -> list[str]:
        """The categories of the atmosphere scale, warm to hostile."""
        return [c for c, *_ in self.scale]

    @property
    def layer_categories(self) -> list[str]:
        """The categories counted outside the scale (stance, process, concern, protest)."""
        return [c for c, *_ in self.layers]

    def layer_of(self, category: str) -> str:
        for c, layer, *_ in self.layers:
            if c == category:
                return layer
        return ATMOSPHERE


def _scale_and_layers(data, path):
    scale = []
    for i, s in enumerate(data["scale"], start=1):
        if not isinstance(s, dict) or "category" not in s or "score" not in s:
            raise LexiconError(f"{path}: scale step #{i} needs 'category' and 'score'")
        scale.append((str(s["category"]), float(s["score"]), str(s.get("label", s["category"])), str(s.get("meaning", ""))))
    layers = []
    for i, s in enumerate(data.get("layers") or [], start=1):
        if not isinstance(s, dict) or "category" not in s or "layer" not in s:
            raise LexiconError(f"{path}: layer category #{i} needs 'category' and 'layer'")
        layers.append((str(s["category"]), str(s["layer"]), str(s.get("label", s["category"])), str(s.get("meaning", ""))))
    return scale, layers


def _load_adjectives(scores: dict):
    path = lexicon_path("atmosphere_adjectives.yaml")
    data = load_yaml(path) or {}
    out = []
    for i, a in enumerate(data.get("adjectives") or [], start=1):
        if not isinstance(a, dict) or not a.get("word") or a.get("category") not in scores:
            raise LexiconError(f"{path}: adjective #{i} needs a 'word' and a 'category' of the scale ({', '.join(scores)})")
        out.append((str(a["word"]).lower(), str(a["category"]), float(a.get("score", scores[a["category"]])),
                    bool(a.get("alone", True))))
    return tuple(out)


def _frame_regex(pattern: str, where: str) -> str:
    """The regex of a frame with the slot: its parts in the pattern notation around a chain."""
    if pattern.count(SLOT) != 1:
        raise LexiconError(f"{where}: a frame holds {SLOT} at most once")
    before, after = (part.strip() for part in pattern.split(SLOT))
    out = r"(?<![A-Za-z\-])"
    if before:
        out += term_regex(before, where) + r"\s+"
    out += f"(?P<chain>{CHAIN_RE})"
    if after:
        out += r"\s+" + term_regex(after, where)
    return out


PHRASE_FIELDS = {"phrase", "category", "score", "gloss", "source", "coordinated", "match", "_file"}
FRAME_FIELDS = {"frame", "phrase", "category", "score", "gloss", "source", "span", "min_words", "all_listed", "_file"}


def _check_fields(entry: dict, allowed: set, what: str, where: str) -> None:
    """An unknown field is an error: most often a comma in an unquoted value of a one-line
    entry ({phrase: a, b and c, ...} reads 'b and c' as a field)."""
    unknown = [str(k) for k in entry if k not in allowed]
    if unknown:
        raise LexiconError(f"{where}: {what} has unknown field(s) {', '.join(map(repr, unknown))}; use "
                           f"{', '.join(sorted(allowed - {'_file'}))} (put a value with a comma in quotes)")


def _frames_with_files(version: tuple) -> list:
    """The frames and the file each comes from: the packaged ones, then a project's own
    (which add to them; ``replace: true`` in the project's file keeps only its own)."""
    path, user = version[0], version[2]
    packaged = load_yaml(path) or {}
    own = load_yaml(user) if user else {}
    own = own if isinstance(own, dict) else {}
    out = [] if own.get("replace") else [(f, path) for f in packaged.get("frames") or []]
    if not isinstance(own.get("frames") or [], list):
        raise LexiconError(f"{user}: 'frames:' must be a list")
    return out + [(f, user) for f in own.get("frames") or []]


@lru_cache(maxsize=4)
def _load(version: tuple, adjectives_mtime: int) -> ToneLexicon:
    path = version[0]
    data = load_lexicon("tone_phrases.yaml")
    if not isinstance(data, dict) or "scale" not in data or "phrases" not in data:
        raise LexiconError(f"{path}: expected 'scale:' and 'phrases:' sections")
    scale, layers = _scale_and_layers(data, path)
    scores = {c: sc for c, sc, *_ in scale}
    layer_of = {c: layer for c, layer, *_ in layers}
    aliases = {str(k): str(v) for k, v in (data.get("aliases") or {}).items()}
    known = list(scores) + list(layer_of)

    def category_of(cat, what, where):
        cat = aliases.get(cat, cat)
        if cat not in scores and cat not in layer_of:
            raise LexiconError(f"{where}: {what} has category {cat!r}; use one of {', '.join(known)}")
        return cat

    def make_entry(phrase, cat, p, coordinated=()):
        layer = layer_of.get(cat, ATMOSPHERE)
        score = float(p.get("score", scores[cat])) if layer == ATMOSPHERE else NO_SCORE
        return ToneEntry(phrase=phrase, category=cat, score=score, gloss=str(p.get("gloss", "") or ""),
                         source=str(p.get("source", "") or ""), coordinated=coordinated, layer=layer)

    entries, terms, coord = [], [], []
    for i, p in enumerate(data["phrases"], start=1):
        if not isinstance(p, dict) or not p.get("phrase"):
            raise LexiconError(f"{path}: phrase #{i} has no 'phrase'")
        where = p.get("_file", path)
        _check_fields(p, PHRASE_FIELDS, f"phrase {p['phrase']!r}", where)
        cat = category_of(p.get("category"), f"phrase {p['phrase']!r}", where)
        entry = make_entry(str(p["phrase"]), cat, p, tuple(str(w).lower() for w in (p.get("coordinated") or [])))
        key = str(len(entries))
        entries.append(entry)
        if entry.coordinated:
            coord.append(len(entries) - 1)
        else:
            terms.append((key, entry.phrase))
        for pattern in p.get("match") or []:
            terms.append((key, str(pattern)))
    n_phrases = len(entries)
    frames, frame_terms = [], []
    for i, (f, source) in enumerate(_frames_with_files(version), start=1):
        if not isinstance(f, dict) or not isinstance(f.get("frame"), str) or not f["frame"].strip():
            raise LexiconError(f"{source}: frame #{i} has no 'frame' pattern")
        where = f"{source}: frame {f['frame']!r}"
        _check_fields(f, FRAME_FIELDS, "the frame", where)
        if SLOT in f["frame"]:
            cat = category_of(f["category"], "the frame", where) if f.get("category") else ""
            entries.append(make_entry(str(f.get("phrase") or f["frame"]), cat or scale[0][0], f))
            try:
                regex = re.compile(_frame_regex(f["frame"], where), re.IGNORECASE)
            except re.error as exc:
                raise LexiconError(f"{where}: not a valid pattern ({exc})") from None
            frames.append(Frame(len(entries) - 1, regex, f.get("span") == "chain", int(f.get("min_words", 1)),
                                bool(f.get("all_listed", False)), cat))
        else:
            if not f.get("phrase") or not f.get("category"):
                raise LexiconError(f"{where}: a frame without {SLOT} needs a 'phrase' and a 'category'")
            entries.append(make_entry(str(f["phrase"]), category_of(f["category"], "the frame", where), f))
            frame_terms.append((str(len(entries) - 1), f["frame"]))
    matcher = compile_terms(terms, source=path)
    frame_matcher = compile_terms(frame_terms, source=path) if frame_terms else None
    words = sorted({w for i in coord for w in entries[i].coordinated}, key=lambda w: (-len(w), w))
    words_re = re.compile(rf"(?<![A-Za-z\-])(?:{'|'.join(map(re.escape, words))})(?![A-Za-z\-])", re.IGNORECASE) if words else None
    adjectives = _load_adjectives(scores) if frames else ()
    adj_words = sorted({a[0] for a in adjectives}, key=lambda w: (-len(w), w))
    adj_re = re.compile(rf"(?<![A-Za-z\-])(?:{'|'.join(map(re.escape, adj_words))})(?![A-Za-z\-])", re.IGNORECASE) if adj_words else None
    return ToneLexicon(tuple(scale), tuple(entries), matcher, tuple(coord), words_re, tuple(layers), tuple(frames),
                       adjectives, adj_re, frame_matcher, n_phrases, {w: (c, s, alone) for w, c, s, alone in adjectives})


def load_tone_lexicon() -> ToneLexicon:
    """The compiled tone lexicon (re-read when one of its files changes)."""
    adjectives = lexicon_path("atmosphere_adjectives.yaml")
    return _load(lexicon_version("tone_phrases.yaml"), adjectives.stat().st_mtime_ns)


def scale_categories() -> list[str]:
    """The categories of the atmosphere scale, warm to hostile (read without compiling)."""
    data = load_lexicon("tone_phrases.yaml")
    return [str(step["category"]) for step in (data or {}).get("scale", [])]


def tone_scale() -> pd.DataFrame:
    """The atmosphere scale, warm to hostile: category, score, label, meaning."""
    return pd.DataFrame(load_tone_lexicon().scale, columns=["category", "score", "label", "meaning"])


def tone_layer_table() -> pd.DataFrame:
    """Every category with its layer: the atmosphere steps (scored) and the categories of
    the stance, process and concern layers (counted): category, layer, label, score, meaning."""
    lex = load_tone_lexicon()
    rows = [(c, ATMOSPHERE, label, s, meaning) for c, s, label, meaning in lex.scale]
    rows += [(c, layer, label, NO_SCORE, meaning) for c, layer, label, meaning in lex.layers]
    return pd.DataFrame(rows, columns=["category", "layer", "label", "score", "meaning"])


def tone_index_range() -> tuple[float, float]:
    """The range of the tone index (the mean atmosphere score): the lowest and the highest
    score of the scale, (-3.0, 3.0) with the packaged lexicon."""
    scores = [s for _, s, *_ in load_tone_lexicon().scale]
    return (min(scores), max(scores))


def tone_lexicon_table() -> pd.DataFrame:
    """Every phrase and frame of the lexicon with its category, layer, score, gloss and source
    (a frame whose category comes from its adjectives has the category ``(adjectives)``)."""
    lex = load_tone_lexicon()
    from_adjectives = {f.entry for f in lex.frames if not f.category}
    rows = [(e.phrase, "(adjectives)" if i in from_adjectives else e.category,
             ATMOSPHERE if i in from_adjectives else e.layer, NO_SCORE if i in from_adjectives else e.score,
             e.gloss, e.source, "frame" if i >= lex.n_phrases else "phrase") for i, e in enumerate(lex.entries)]
    return pd.DataFrame(rows, columns=["phrase", "category", "layer", "score", "gloss", "source", "kind"])


def atmosphere_adjectives() -> pd.DataFrame:
    """The adjectives the frames score: word, category, score, alone."""
    return pd.DataFrame(load_tone_lexicon().adjectives, columns=["word", "category", "score", "alone"])


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


@lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    try:
        return frozenset(w.lower() for w in load_word_list("stopwords.txt")) | _NOT_ADJECTIVES
    except LexiconError:
        return frozenset(_NOT_ADJECTIVES)


ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ic", "able", "ible", "ent", "ant", "ary", "ory", "less", "ish",
                     "ed", "ing", "ile", "ular", "ern", "est", "er", "like")


@lru_cache(maxsize=4096)
def _adjective_like(word: str) -> bool:
    """Could *word* (not in the adjective list) be an adjective of a chain? Hyphenated words
    ("two-hour"), words with an adjective's ending ("lengthy" is not; "historic", "detailed"
    are) and adjectives of TextBlob's lexicon ("long") are; nouns such as "peace" or
    "stability" are not, so "peace, stability and good relations" is read as "good relations"."""
    if "-" in word or word.endswith(ADJECTIVE_ENDINGS):
        return True
    from textblob.en import sentiment as textblob_lexicon  # bundled with TextBlob: no download

    return "JJ" in (textblob_lexicon.get(word) or {})


def _score_chain(chain: str, lex: ToneLexicon, frame: Frame):
    """(category, score) of an adjective chain, from its coolest listed adjective; None when
    the chain is not one (no listed adjective, a small word in it, too few words)."""
    listed = lex.adjective_index
    words = [_MOD_STRIP.sub("", w).lower() for w in _SEP_SPLIT.split(chain) if w]
    if len(words) < frame.min_words:
        return None
    found = []
    for w in words:
        if w in listed:
            found.append(listed[w])
        elif frame.all_listed or w in _stopwords() or not w.isascii() or not _adjective_like(w):
            return None
    if not found or (len(words) == 1 and not found[0][2]):
        return None
    category, score, _ = min(found, key=lambda f: f[1])
    return category, score


def _frame_matches(text: str, lex: ToneLexicon) -> list[ToneMatch]:
    """Matches of the frames with the slot, only near a listed adjective (the cheap test)."""
    if not lex.frames or lex.adjective_words is None:
        return []
    windows = []
    for m in lex.adjective_words.finditer(text):
        lo, hi = max(0, m.start() - 120), min(len(text), m.end() + 120)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    labels = {c: label for c, _, label, _ in lex.scale}
    out = []
    for frame in lex.frames:
        entry = lex.entries[frame.entry]
        for lo, hi in windows:
            pos = lo
            while pos < hi:
                m = frame.regex.search(text, pos, hi)
                if not m:
                    break
                scored = _score_chain(m.group("chain"), lex, frame)
                if scored is None:
                    pos = m.start() + 1
                    continue
                a, b = (m.start("chain"), m.end("chain")) if frame.span_chain else (m.start(), m.end())
                category, score = (frame.category, entry.score) if frame.category else scored
                phrase = " ".join(text[a:b].lower().split())
                gloss = f"{entry.gloss} ({labels.get(category, category)})" if entry.gloss else labels.get(category, category)
                out.append(ToneMatch(a, b, phrase, category, score, gloss, frame.entry))
                pos = m.end()
    return out


def _leftmost_longest(spans):
    """Of overlapping candidates, the leftmost wins, then the longest (then the first listed)."""
    chosen, end = [], -1
    for cand in sorted(spans, key=lambda c: (c[0], -(c[1] - c[0]), c[-1])):
        if cand[0] >= end:
            chosen.append(cand)
            end = cand[1]
    return chosen


def find_tone_matches(text: str, lex: ToneLexicon | None = None) -> list[ToneMatch]:
    """Tone phrases in one text with their phrase, category and score, sorted by position.

    Coordinated phrases win over patterns they overlap; between the phrases of the list and
    the frames, the leftmost match wins, then the longest, then the phrase of the list
    ("held sincere, businesslike and straightforward talks" is one characterisation, not
    "straightforward talks"; "candid and constructive" keeps its own entry).
    """
    lex = lex or load_tone_lexicon()
    candidates = []
    for a, b, i in find_tone_phrase_entries(text, lex):
        e = lex.entries[i]
        candidates.append((a, b, ToneMatch(a, b, e.phrase, e.category, e.score, e.gloss, i), 0))
    candidates.extend((m.start, m.end, m, 1) for m in _frame_matches(text, lex))
    if lex.frame_matcher is not None:
        for m in lex.frame_matcher.finditer(text):
            e = lex.entries[int(m.key)]
            candidates.append((m.start, m.end, ToneMatch(m.start, m.end, e.phrase, e.category, e.score, e.gloss, int(m.key)), 2))
    chosen = [c[2] for c in _leftmost_longest(candidates)]
    phrases = [c[2] for c in candidates if c[3] == 0 and lex.entries[c[2].entry].layer == ATMOSPHERE]
    for k, m in enumerate(chosen):
        if m.entry < lex.n_phrases or math.isnan(m.score):
            continue
        # a phrase of the list inside a characterisation keeps its own, cooler reading:
        # "a full and frank exchange" is 'full and frank' (difficult), not two candid words
        inside = [p for p in phrases if m.start <= p.start and p.end <= m.end and p.score < m.score]
        if inside:
            p = min(inside, key=lambda p: (p.score, p.start))
            chosen[k] = ToneMatch(m.start, m.end, p.phrase, p.category, p.score, p.gloss, p.entry)
    return sorted(set(chosen), key=lambda m: (m.start, m.end, m.entry))


def find_tone_phrase_entries(text: str, lex: ToneLexicon) -> list[tuple[int, int, int]]:
    """The phrases of the list (no frames): ``(start, end, entry index)``."""
    # of coordinated phrases sharing words of one chain, the longest ("candid, straightforward and useful")
    coord = [c[:3] for c in _leftmost_longest([(a, b, i, i) for a, b, i in _coordinated_matches(text, lex)])]
    taken = [(a, b) for a, b, _ in coord]
    out = list(coord)
    for m in lex.matcher.finditer(text):
        if any(m.start < b and m.end > a for a, b in taken):
            continue  # a coordinated phrase wins over a pattern it overlaps
        out.append((m.start, m.end, int(m.key)))
    return sorted(set(out))


def find_tone_phrases(text: str, lex: ToneLexicon | None = None) -> list[tuple[int, int, int]]:
    """Tone phrases in one text, frames included: ``(start, end, entry index)``, sorted by
    position (a frame's matches carry the frame's entry; see :func:`find_tone_matches`
    for the category and score of each match)."""
    return [(m.start, m.end, m.entry) for m in find_tone_matches(text, lex)]


def tone_rows_for_document(doc_id: str, text: str, sentence_starts: list[int], statements=()) -> list[tuple]:
    """Rows of ``corpus.tone_phrases`` for one document (tuples in TONE_COLUMNS order).

    *statements* are ``(start, end, speaker)`` spans; a phrase inside one gets its speaker.
    Phrases of the stance, process and concern layers have no score (NaN).
    """
    lex = load_tone_lexicon()
    rows = []
    for m in find_tone_matches(text, lex):
        a, b = m.start, m.end
        sent_id = max(0, bisect.bisect_right(sentence_starts, a) - 1)
        speaker = speaker_at(statements, a, b)
        score = m.score if not (isinstance(m.score, float) and math.isnan(m.score)) else NO_SCORE
        rows.append((doc_id, sent_id, intern(m.phrase), intern(text[a:b]), m.category, score, m.gloss,
                     intern(speaker), a, b))
    return rows
