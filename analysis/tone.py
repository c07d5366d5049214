"""Diplomatic tone phrases: the coded register of diplomacy, decoded.

``lexicons/tone_phrases.yaml`` lists phrases such as "candid and constructive", "no room
to compromise" or "downward spiral", each on an ordered atmosphere scale from warm
(cordial, +3) to hostile (protest, -4) with a gloss of what it signals.

- :mod:`analysis.extraction.tone_phrases` finds them in each document (``corpus.tone_phrases``).
- :func:`tone_index` summarises them by speaker, side or document.
- :func:`discover_tone_phrases` proposes candidates that are not in the lexicon yet.
"""
from __future__ import annotations

import re

import pandas as pd

from .extraction.statements.cues import CUE_VERBS
from .extraction.tone_phrases import (  # noqa: F401 (public here)
    COORD_RE, COORD_SEP, ToneLexicon, find_tone_phrases, load_tone_lexicon, scale_categories, tone_lexicon_table,
    tone_rows_for_document, tone_scale,
)
from .lexicon_files import lexicon_path, load_word_list
from .running.memo import memoized
from .tables import join_documents


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

        for m in COORD_RE.finditer(text):
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
