"""Distinctive terms: the words and two-word phrases that set one group of texts apart.

:func:`distinctive_terms` compares a *target* group (an article, an outlet, a month, a
speaker or a side) with the rest of the corpus using Dunning's log-likelihood (G2), in the
form popularised by Paul Rayson's log-likelihood calculator, and reports Hardie's Log
Ratio as the effect size.

Terms are lowercased single words and two-word phrases. Words in
``analysis/lexicons/stopwords.txt`` are left out of both; a two-word phrase is two
neighbouring words with nothing but space between them (never across a sentence end or
punctuation) and neither a stopword.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

from .lexicon_files import load_word_list
from .running.memo import memoized

STOPWORDS_FILE = "stopwords.txt"
GROUPS = ("doc_id", "outlet", "date", "speaker", "side")
COLUMNS = ["term", "count_target", "count_rest", "g2", "effect"]

# Words: letters joined by apostrophes or hyphens ("military-to-military", "china's"),
# or dotted abbreviations ("U.S."). Digits are not terms.
TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’\-‐‑][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


def stopwords() -> frozenset[str]:
    """The stopword list (``lexicons/stopwords.txt``), lowercased."""
    return frozenset(w.lower() for w in load_word_list(STOPWORDS_FILE))


def _normalise(token: str) -> str:
    token = token.lower().replace("’", "'").replace("‐", "-").replace("‑", "-")
    return _POSSESSIVE.sub("", token)


def count_terms(text: str, stop: frozenset[str] | None = None) -> tuple[Counter, int]:
    """Unigram and bigram counts of *text* (one sentence or statement) and its word count.

    The word count includes stopwords: it is the size of the text the counts come from.
    """
    stop = stopwords() if stop is None else stop
    counts: Counter = Counter()
    n = 0
    prev = None  # (term, end) of the previous word when it can start a bigram
    for m in TOKEN_RE.finditer(text):
        n += 1
        word = _normalise(m.group())
        keep = len(word) > 1 and word not in stop
        if keep:
            counts[word] += 1
            if prev is not None and not text[prev[1]:m.start()].strip():
                counts[f"{prev[0]} {word}"] += 1
        prev = (word, m.end()) if keep else None
    return counts, n


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Dunning's G2 for a term seen *a* times in a target of *c* words and *b* times in
    the rest, of *d* words (Rayson's formula; 0 * ln 0 counts as 0)."""
    total = c + d
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    g2 = 0.0
    if a > 0:
        g2 += a * math.log(a / e1)
    if b > 0:
        g2 += b * math.log(b / e2)
    return 2.0 * g2


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    """Hardie's Log Ratio: log2 of the ratio of relative frequencies (a zero count is
    replaced by 0.5). 1 means twice as frequent in the target, 2 four times..."""
    a = a if a > 0 else 0.5
    b = b if b > 0 else 0.5
    return math.log2((a / c) / (b / d))


def _group_texts(corpus, group: str) -> list[tuple[object, str]]:
    """(group value, text) pairs: sentences of each article, or statements."""
    if group in ("speaker", "side"):
        st = corpus.statements
        return list(zip(st[group].fillna("").astype(str), st["text"].fillna("").astype(str)))
    docs = corpus.documents.set_index("doc_id")
    sents = corpus.sentences
    if group == "doc_id":
        values = sents["doc_id"]
    elif group == "outlet":
        values = sents["doc_id"].map(docs["outlet"].fillna("").astype(str))
    else:  # date: month of the article; undated articles are left out
        months = pd.to_datetime(docs["date"]).dt.to_period("M").dt.start_time
        values = sents["doc_id"].map(months)
    return [(v, t) for v, t in zip(values, sents["text"]) if not (isinstance(v, float) or v is pd.NaT)]


def _group_order(corpus, group: str, values) -> list:
    present = list(dict.fromkeys(values))
    if group == "doc_id":
        order = {d: i for i, d in enumerate(corpus.documents["doc_id"])}
        return sorted(present, key=lambda v: order.get(v, len(order)))
    return sorted(present)


def _rows(target_counts: Counter, c: int, total_counts: Counter, total_words: int, min_count: int) -> list[tuple]:
    """``(term, count_target, count_rest, g2, effect)`` of the terms over-represented in a
    target of *c* words, seen there at least *min_count* times."""
    d = total_words - c
    rows = []
    if c > 0 and d > 0:
        for term, a in target_counts.items():
            if a < min_count:
                continue
            b = total_counts[term] - a
            if a / c <= b / d:  # only terms over-represented in the target
                continue
            rows.append((term, a, b, log_likelihood(a, b, c, d), log_ratio(a, b, c, d)))
    return rows


_SORT = (["g2", "count_target", "term"], [False, False, True])  # strongest first; ties by term
_DTYPES = {"count_target": "int64", "count_rest": "int64", "g2": "float64", "effect": "float64"}


def _score(target_counts: Counter, c: int, total_counts: Counter, total_words: int, n: int | None,
           min_count: int) -> pd.DataFrame:
    out = pd.DataFrame(_rows(target_counts, c, total_counts, total_words, min_count), columns=COLUMNS)
    out = out.sort_values(_SORT[0], ascending=_SORT[1], kind="mergesort")
    if n is not None:
        out = out.head(n)
    return out.astype(_DTYPES).reset_index(drop=True)


def _score_all(group: str, order: list, per_group: dict, total_counts: Counter, total_words: int,
               n: int | None, min_count: int) -> pd.DataFrame:
    """:func:`_score` of every group, in *order*, as one table with the group column first
    (one sort for all groups: a table per group costs more than the scoring on 10,000 articles)."""
    positions, rows = [], []
    for pos, value in enumerate(order):
        counts, words = per_group[value]
        scored = _rows(counts, words, total_counts, total_words, min_count)
        positions.extend([pos] * len(scored))
        rows.extend(scored)
    out = pd.DataFrame(rows, columns=COLUMNS)
    out.insert(0, "_pos", pd.array(positions, dtype="int64"))
    out = out.sort_values(["_pos"] + _SORT[0], ascending=[True] + _SORT[1], kind="mergesort")
    if n is not None:
        out = out.groupby("_pos", sort=False).head(n)
    values = pd.Series(order, dtype=object)
    out.insert(0, group, values.iloc[out["_pos"].to_numpy()].to_numpy() if len(out) else values.iloc[:0].to_numpy())
    return out.drop(columns="_pos").astype(_DTYPES).reset_index(drop=True)


@memoized("documents", "sentences", "statements")
def distinctive_terms(corpus, group: str = "doc_id", target=None, n: int | None = 20, min_count: int = 2) -> pd.DataFrame:
    """The terms that set *target* (a value of *group*) apart from the rest of the corpus.

    *group*: ``"doc_id"`` (article), ``"outlet"``, ``"date"`` (month), ``"speaker"`` or
    ``"side"`` (the text of their statements). Returns the *n* terms (single words and
    two-word phrases) over-represented in the target and seen there at least *min_count*
    times, with columns ``term, count_target, count_rest, g2, effect``: ``g2`` is the
    log-likelihood (3.84 is significant at p < 0.05, 10.83 at p < 0.001, for one term),
    ``effect`` the Log Ratio (log2 of how many times more frequent the term is in the
    target). Sorted by ``g2``, then ``count_target`` (both descending), then term.

    With ``target=None``, the top *n* of every group, with the group column first.
    """
    if group not in GROUPS:
        raise ValueError(f"Unknown group {group!r}: use one of {', '.join(map(repr, GROUPS))}")
    stop = stopwords()
    per_group: dict = {}
    for value, text in _group_texts(corpus, group):
        counts, words = count_terms(text, stop)
        acc = per_group.setdefault(value, [Counter(), 0])
        acc[0].update(counts)
        acc[1] += words
    total_counts: Counter = Counter()
    total_words = 0
    for counts, words in per_group.values():
        total_counts.update(counts)
        total_words += words
    order = _group_order(corpus, group, per_group)
    if target is not None:
        if target not in per_group:
            shown = ", ".join(map(repr, order[:20])) + (" ..." if len(order) > 20 else "")
            raise ValueError(f"No {group} {target!r} with text in the corpus; known: {shown or 'none'}")
        counts, words = per_group[target]
        return _score(counts, words, total_counts, total_words, n, min_count)
    if not order:
        return pd.DataFrame(columns=[group] + COLUMNS).astype(_DTYPES)
    return _score_all(group, order, per_group, total_counts, total_words, n, min_count)
