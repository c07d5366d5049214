"""Diplomatic tone phrases: the coded register of diplomacy, decoded.

``lexicons/tone_phrases.yaml`` lists phrases such as "candid and constructive", "no room
to compromise" or "downward spiral", each on an ordered atmosphere scale from warm
(cordial, +3) to hostile (protest, -4) with a gloss of what it signals.

- :func:`tone_rows_for_document` finds them in one document (``corpus.tone_phrases`` gathers them):
  ordinary phrases and patterns through the shared matcher of :mod:`analysis.matching`,
  and coordinated adjective phrases in any order ("constructive and candid", "frank,
  candid and constructive"), which take priority over patterns they overlap.
- :func:`tone_index` summarises them by speaker, side or document.
- :func:`discover_tone_phrases` proposes candidates that are not in the lexicon yet.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

import pandas as pd

from .corpus import join_documents
from .lexicon_files import LexiconError, lexicon_path, load_yaml
from .matching import compile_terms
from .memo import memoized
from .topics import _speaker_at

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
def _load(path: str, _mtime: int) -> ToneLexicon:
    data = load_yaml(path)
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
            raise LexiconError(f"{path}: phrase {p['phrase']!r} has category {cat!r}; use one of {', '.join(scores)}")
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
    path = lexicon_path("tone_phrases.yaml")
    return _load(str(path), path.stat().st_mtime_ns)


def scale_categories() -> list[str]:
    """The categories of the scale, warm to hostile (read without compiling the phrases)."""
    data = load_yaml(lexicon_path("tone_phrases.yaml"))
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


_COORD_RE = re.compile(rf"\b{ADJ}(?:{COORD_SEP}{ADJ}){{1,4}}\b", re.IGNORECASE)
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
    for m in _COORD_RE.finditer(text):
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
        speaker = _speaker_at(statements, a, b)
        rows.append((doc_id, sent_id, e.phrase, intern(text[a:b]), e.category, e.score, e.gloss, intern(speaker), a, b))
    return rows


def tone_index(corpus, by="speaker") -> pd.DataFrame:
    """Tone phrases per speaker (or side, doc_id, outlet, month): count, mean atmosphere score,
    and one column per scale category with its count (warm to hostile).

    Phrases outside any statement count for the speaker ``"(narration)"`` (the article's
    own voice) when grouping by speaker or side.
    """
    cols = [by] if isinstance(by, str) else list(by)
    allowed = {"speaker", "side", "doc_id", "outlet", "category", "month"}
    bad = [c for c in cols if c not in allowed]
    if bad:
        raise ValueError(f"Cannot group tone phrases by {bad}; use one or more of: {', '.join(sorted(allowed))}")
    cats = scale_categories()
    tp = corpus.tone_phrases[["doc_id", "speaker", "phrase", "category", "score"]].copy()  # the columns used
    out_cols = cols + ["n", "mean_score"] + cats
    if tp.empty:
        return pd.DataFrame(columns=out_cols)
    tp["speaker"] = tp["speaker"].replace("", "(narration)")
    if "side" in cols:
        st = corpus.statements
        sides = dict(zip(st["speaker"], st["side"]))
        tp["side"] = tp["speaker"].map(sides).fillna("(narration)")
    if "outlet" in cols or "month" in cols:
        docs = corpus.documents[["doc_id", "outlet", "date"]].copy()
        docs["month"] = docs["date"].dt.to_period("M").dt.start_time
        tp = join_documents(tp, docs, ["outlet", "month"])
        if "month" in cols:
            tp = tp[tp["month"].notna()]
            if tp.empty:
                return pd.DataFrame(columns=out_cols)
    g = tp.groupby(cols)
    out = g.agg(n=("phrase", "size"), mean_score=("score", "mean")).reset_index()
    out["mean_score"] = out["mean_score"].round(4)
    tp["_category"] = tp["category"]  # a copy, so that one can also group by category
    counts = tp.groupby(cols + ["_category"]).size().unstack("_category", fill_value=0)
    counts = counts.reindex(columns=cats, fill_value=0).astype("int64").reset_index()
    counts.columns.name = None
    out = out.merge(counts, on=cols)
    return out.sort_values(["n"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort").reset_index(drop=True)[out_cols]


# -- discovery ----------------------------------------------------------------------------

TALK_NOUNS = {
    "talks", "talk", "meeting", "meetings", "discussion", "discussions", "dialogue", "relations",
    "relationship", "ties", "exchange", "exchanges", "conversation", "call", "visit", "atmosphere",
    "consultations", "negotiations", "summit", "engagement", "communication", "cooperation",
}
DISCOVERY_COLUMNS = ["candidate", "kind", "count", "score", "example", "doc_id", "start", "end"]


def _evaluative(word: str) -> bool:
    from textblob.en import sentiment as lexicon

    entry = lexicon.get(word.lower())
    if not entry:
        return False
    values = [v for v in entry.values() if v]
    return any(abs(v[0]) >= 0.1 or v[1] >= 0.4 for v in values)


@memoized("documents", "sentences", "tone_phrases")
def discover_tone_phrases(corpus, min_count: int = 1, top: int = 50) -> pd.DataFrame:
    """Candidate tone phrases that are not yet in the lexicon, ranked.

    Three kinds: coordinated evaluative adjectives ("positive and pragmatic"; words
    evaluative in TextBlob's lexicon, or next to a talks/relations noun), adverb +
    reporting verb or adjective frames ("firmly asserted", "cautiously optimistic"), and
    recurring word pairs and triples with high association (NLTK collocation finders,
    log-likelihood ratio), when the corpus is large enough to have them. Each candidate
    has its count, a score (higher first) and the first example sentence with its span.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    from .cues import CUE_VERBS
    from .lexicon_files import load_word_list

    known_spans = {}
    found: dict[tuple[str, str], list] = {}
    stop = {w.lower() for w in load_word_list("stopwords.txt")} if (lexicon_path("stopwords.txt")).exists() else set()
    cue_words = set(CUE_VERBS) | {"optimistic", "pessimistic", "hopeful", "welcomed", "optimism"}
    tokens_all = []
    # the lexicon's phrases in each document: the tone phrase table has them already
    for doc_id, a, b in zip(corpus.tone_phrases["doc_id"], corpus.tone_phrases["start"].tolist(),
                            corpus.tone_phrases["end"].tolist()):
        known_spans.setdefault(doc_id, []).append((a, b))
    documents = []  # (doc_id, text, sentence spans), for the collocations below
    for r in corpus.parsed_documents(sentence_text=False):
        doc = r["document"]
        text, doc_id = doc["text"], doc["doc_id"]
        known = known_spans.setdefault(doc_id, [])
        sents = list(zip(r["spans"][1].tolist(), r["spans"][2].tolist()))
        documents.append((doc_id, text, sents))

        def add(kind, cand, a, b):
            if any(x <= a and b <= y for x, y in known):
                return  # already a lexicon phrase
            found.setdefault((cand.lower(), kind), []).append((doc_id, a, b, text, sents))

        for m in _COORD_RE.finditer(text):
            words = re.split(COORD_SEP, m.group(0), flags=re.IGNORECASE)
            # a chain may run into the next clause ("pragmatic, the minister"): trim it
            while words and (words[-1].lower() in stop or words[-1][:1].isupper()):
                words.pop()
            while words and (words[0].lower() in stop or words[0][:1].isupper()):
                words.pop(0)
            if not 2 <= len(words) <= 3 or any(w.lower() in stop for w in words):
                continue
            chain = m.group(0).lower()
            ca = m.start() + chain.find(words[0].lower())
            cb = m.start() + chain.rfind(words[-1].lower()) + len(words[-1])
            nxt = re.match(r"\s+(\w+)", text[cb:])
            near_talk = bool(nxt and nxt.group(1).lower() in TALK_NOUNS) or bool(
                re.search(r"\b(?:talks|meeting|discussions?|dialogue|relations|ties|exchanges?|conversation|call)\s+(?:was|were|had been|have been|as)\s*$", text[max(0, ca - 40):ca], re.I))
            if all(_evaluative(w) for w in words) or (near_talk and any(_evaluative(w) for w in words)):
                add("coordinated adjectives", " and ".join(w.lower() for w in words), ca, cb)
        for m in re.finditer(r"\b([A-Za-z]+ly)\s+([A-Za-z]+)\b", text):
            adv, word = m.group(1).lower(), m.group(2).lower()
            if word in cue_words and adv not in {"only", "early", "family", "reportedly", "likely", "july", "italy", "daily", "weekly", "monthly", "previously", "recently", "also", "finally", "publicly", "separately", "later"}:
                add("adverb + verb", f"{adv} {word}", m.start(), m.end())
        tokens_all.extend(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’\-]+", text))
    rows = []
    for (cand, kind), hits in found.items():
        if len(hits) < min_count:
            continue
        doc_id, a, b, text, sents = hits[0]
        sent = next(((s, e) for s, e in sents if s <= a < e), (a, b))
        weight = 2.0 if kind == "coordinated adjectives" else 1.5
        rows.append((cand, kind, len(hits), round(weight * len(hits), 4), text[sent[0]:sent[1]], doc_id, a, b))
    # collocations (need repeated pairs; meaningful on larger corpora)
    if len(tokens_all) > 50:
        finder = BigramCollocationFinder.from_words(tokens_all)
        finder.apply_freq_filter(max(2, min_count))
        finder.apply_word_filter(lambda w: w in stop or len(w) < 3)
        scored = finder.score_ngrams(BigramAssocMeasures().likelihood_ratio)
        existing = {r[0] for r in rows}
        for (w1, w2), score in scored[: top * 2]:
            cand = f"{w1} {w2}"
            if cand in existing or not (_evaluative(w1) or _evaluative(w2) or w2 in TALK_NOUNS):
                continue
            hit = None
            pair = re.compile(rf"\b{re.escape(w1)}\s+{re.escape(w2)}\b", re.I)
            for doc_id, text, sents in documents:
                mm = pair.search(text)
                if mm and not any(mm.start() < y and mm.end() > x for x, y in known_spans[doc_id]):
                    sent = next(((s, e) for s, e in sents if s <= mm.start() < e), (mm.start(), mm.end()))
                    hit = (doc_id, mm.start(), mm.end(), text[sent[0]:sent[1]])
                    break
            if hit:
                rows.append((cand, "collocation", finder.ngram_fd[(w1, w2)], round(score / 10, 4), hit[3], hit[0], hit[1], hit[2]))
    out = pd.DataFrame(rows, columns=DISCOVERY_COLUMNS)
    out = out.sort_values(["score", "count", "candidate"], ascending=[False, False, True], kind="mergesort")
    return out.head(top).reset_index(drop=True)


def tone_category_counts(corpus) -> pd.DataFrame:
    """Tone phrases per category of the scale, warm to hostile (zeros included)."""
    scale = tone_scale()
    tp = corpus.tone_phrases
    counts = tp.groupby("category").size() if not tp.empty else pd.Series(dtype="int64")
    scale["n"] = scale["category"].map(counts).fillna(0).astype("int64")
    return scale[["category", "label", "score", "n"]]


def tone_vs_sentiment(corpus, by="speaker") -> pd.DataFrame:
    """Tone index beside TextBlob and VADER sentiment of the same speakers (or sides).

    ``tone_scaled`` is the mean atmosphere score divided by the largest absolute score of
    the scale, so that all three measures run from -1 (hostile/negative) to +1.
    """
    from .sentiment import sentiment_by_speaker

    tone = tone_index(corpus, by=by)
    sent = sentiment_by_speaker(corpus, by=by)
    cols = [by, "n_phrases", "tone_score", "tone_scaled", "n_statements", "polarity_mean", "vader_compound_mean"]
    if tone.empty or sent.empty:
        return pd.DataFrame(columns=cols)
    top = max(abs(s) for _, s, *_ in load_tone_lexicon().scale)
    out = tone[[by, "n", "mean_score"]].rename(columns={"n": "n_phrases", "mean_score": "tone_score"})
    out["tone_scaled"] = (out["tone_score"] / top).round(4)
    s = sent[[by, "n", "polarity_mean", "vader_compound_mean"]].rename(columns={"n": "n_statements"})
    out = out.merge(s, on=by, how="inner")
    return out.sort_values(["n_phrases", by], ascending=[False, True], kind="mergesort").reset_index(drop=True)[cols]
