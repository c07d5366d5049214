"""Diplomatic tone phrases: the coded register of diplomacy, decoded.

``lexicons/tone_phrases.yaml`` lists phrases and frames in four layers, each with a gloss of
what it signals:

- **atmosphere**: how talks and relations are characterised ("candid and constructive",
  "downward spiral"), on a scale from cordial (+3) to hostile (-3): the tone index;
- **stance** (positions, red lines, commitments: "One China principle", "core interests"),
  **process** (channels, mechanisms, follow-up) and **concern** (concern and protest, with
  their intensifiers): counted, never scored as warmth.

- :mod:`analysis.extraction.tone_phrases` finds them in each document (``corpus.tone_phrases``).
- :func:`tone_index` summarises the atmosphere by speaker, side or document, with the
  counts of the other layers beside it; :func:`tone_layers` counts every layer;
  :func:`layer_phrases` lists the phrases of one layer.
- :func:`discover_tone_phrases` proposes candidates that are not in the lexicon yet.
"""
from __future__ import annotations

import re

import pandas as pd

from .extraction.statements.cues import CUE_VERBS
from .extraction.tone_phrases import (  # noqa: F401 (public here)
    ATMOSPHERE, COORD_RE, COORD_SEP, ToneLexicon, atmosphere_adjectives, find_tone_matches, find_tone_phrases,
    load_tone_lexicon, scale_categories, tone_index_range, tone_layer_table, tone_lexicon_table,
    tone_rows_for_document, tone_scale,
)
from .lexicon_files import lexicon_path, load_word_list
from .running.memo import memoized
from .tables import join_documents


def _grouped_phrases(corpus, cols):
    """The tone phrases with the grouping columns *cols* added (speaker, side, outlet, month)."""
    allowed = {"speaker", "side", "doc_id", "outlet", "category", "month", "layer"}
    bad = [c for c in cols if c not in allowed]
    if bad:
        raise ValueError(f"Cannot group tone phrases by {bad}; use one or more of: {', '.join(sorted(allowed))}")
    tp = corpus.tone_phrases[["doc_id", "speaker", "phrase", "category", "score"]].copy()  # the columns used
    lex = load_tone_lexicon()
    tp["layer"] = tp["category"].map(lambda c: lex.layer_of(str(c)))
    if tp.empty:
        return tp
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
    return tp


def _category_counts(tp, cols, categories):
    tp = tp.assign(_category=tp["category"])  # a copy, so that one can also group by category
    counts = tp.groupby(cols + ["_category"]).size().unstack("_category", fill_value=0)
    counts = counts.reindex(columns=categories, fill_value=0).astype("int64").reset_index()
    counts.columns.name = None
    return counts


def tone_index(corpus, by="speaker") -> pd.DataFrame:
    """The tone index: the atmosphere phrases per speaker (or side, doc_id, outlet, month):
    ``n`` (atmosphere phrases), ``mean_score`` (their mean score, on the scale's range, see
    :func:`tone_index_range`: -3 hostile .. +3 cordial with the packaged lexicon), one column
    per atmosphere category with its count (warm to hostile), then the counts of the other
    layers' categories (``stance``, ``process``, ``concern``, ``protest``), which are not in
    the mean. Groups with no atmosphere phrase are left out (see :func:`tone_layers`).

    Phrases outside any statement count for the speaker ``"(narration)"`` (the article's
    own voice) when grouping by speaker or side. ``attrs["score_range"]`` holds the range.
    """
    cols = [by] if isinstance(by, str) else list(by)
    lex = load_tone_lexicon()
    cats, others = lex.categories, lex.layer_categories
    out_cols = cols + ["n", "mean_score"] + cats + others
    tp = _grouped_phrases(corpus, cols)
    atmosphere = tp[tp["layer"] == ATMOSPHERE] if not tp.empty else tp
    if atmosphere.empty:
        out = pd.DataFrame(columns=out_cols)
        out.attrs["score_range"] = tone_index_range()
        return out
    g = atmosphere.groupby(cols)
    out = g.agg(n=("phrase", "size"), mean_score=("score", "mean")).reset_index()
    out["mean_score"] = out["mean_score"].round(4)
    out = out.merge(_category_counts(atmosphere, cols, cats), on=cols)
    rest = tp[tp["layer"] != ATMOSPHERE]
    if rest.empty:
        for c in others:
            out[c] = 0
    else:
        out = out.merge(_category_counts(rest, cols, others), on=cols, how="left")
        out[others] = out[others].fillna(0).astype("int64")
    out = out.sort_values(["n"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort").reset_index(drop=True)[out_cols]
    out.attrs["score_range"] = tone_index_range()
    return out


def tone_layers(corpus, by="speaker") -> pd.DataFrame:
    """Every layer counted per speaker (or side, doc_id, outlet, month): ``atmosphere``,
    ``stance``, ``process``, ``concern`` (concern and protest together), then
    ``mean_atmosphere`` (the tone index; NaN without atmosphere phrases) and
    ``atmosphere_share`` (the share of the group's phrases that are atmosphere).
    Sorted by the number of phrases."""
    cols = [by] if isinstance(by, str) else list(by)
    layer_names = [ATMOSPHERE] + list(dict.fromkeys(layer for _, layer, *_ in load_tone_lexicon().layers))
    out_cols = cols + layer_names + ["n", "mean_atmosphere", "atmosphere_share"]
    tp = _grouped_phrases(corpus, cols)
    if tp.empty:
        return pd.DataFrame(columns=out_cols)
    counts = tp.groupby(cols + ["layer"]).size().unstack("layer", fill_value=0)
    counts = counts.reindex(columns=layer_names, fill_value=0).astype("int64").reset_index()
    counts.columns.name = None
    counts["n"] = counts[layer_names].sum(axis=1)
    mean = tp[tp["layer"] == ATMOSPHERE].groupby(cols)["score"].mean().round(4).rename("mean_atmosphere").reset_index()
    out = counts.merge(mean, on=cols, how="left")
    out["atmosphere_share"] = (out[ATMOSPHERE] / out["n"]).round(4)
    return out.sort_values(["n"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort").reset_index(drop=True)[out_cols]


def layer_phrases(corpus, layer: str = "stance", by: str | None = None) -> pd.DataFrame:
    """The phrases of one layer (``atmosphere``, ``stance``, ``process`` or ``concern``):
    phrase, category, n (times found), n_documents, and the speakers who use it most
    (``speakers``, "name (count)", most first). With *by* (``speaker`` or ``side``), one row
    per phrase and group instead."""
    lex = load_tone_lexicon()
    layers = {ATMOSPHERE} | {layer_name for _, layer_name, *_ in lex.layers}
    if layer not in layers:
        raise ValueError(f"Unknown tone layer {layer!r}; use one of {', '.join(sorted(layers))}")
    cols = [by] if by else []
    tp = _grouped_phrases(corpus, cols)
    out_cols = cols + ["phrase", "category", "n", "n_documents"] + ([] if by else ["speakers"])
    if tp.empty or not (tp["layer"] == layer).any():
        return pd.DataFrame(columns=out_cols)
    tp = tp[tp["layer"] == layer].astype({"phrase": str, "category": str})
    g = tp.groupby(cols + ["phrase", "category"])
    out = g.agg(n=("doc_id", "size"), n_documents=("doc_id", "nunique")).reset_index()
    if not by:
        def top_speakers(frame):
            counts = frame["speaker"].value_counts()
            pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            return "; ".join(f"{name} ({n})" for name, n in pairs)
        speakers = {key: top_speakers(frame) for key, frame in tp.groupby("phrase")}
        out["speakers"] = out["phrase"].map(speakers)
    return out.sort_values(["n"] + cols + ["phrase"], ascending=[False] + [True] * (len(cols) + 1),
                           kind="mergesort").reset_index(drop=True)[out_cols]


# -- discovery ----------------------------------------------------------------------------

TALK_NOUNS = {
    "talks", "talk", "meeting", "meetings", "discussion", "discussions", "dialogue", "relations",
    "relationship", "ties", "exchange", "exchanges", "conversation", "call", "visit", "atmosphere",
    "consultations", "negotiations", "summit", "engagement", "communication", "cooperation",
    "partnership", "friendship", "alliance",
}
CONCERN_WORDS = {"concern", "concerns", "concerned", "regret", "dissatisfaction", "opposition", "protest",
                 "protests", "representations", "objection", "objections", "condemnation", "indignation"}
CONCERN_VERBS = {"opposes", "oppose", "opposed", "deplores", "deplore", "deplored", "condemns", "condemn",
                 "condemned", "rejects", "reject", "rejected", "protested", "protests", "denounced", "denounces",
                 "urges", "urged", "warned", "warns", "demands", "demanded", "regrets", "regretted"}
RELATION_VERBS_OBJECT = re.compile(
    r"\b([a-z]+)\s+(?:the\s+|our\s+|their\s+|its\s+|bilateral\s+|[A-Z][A-Za-z.]*-[A-Z][A-Za-z.]*\s+)?"
    r"(relations|relationship|ties|cooperation|dialogue|communication|exchanges)\b")
DISCOVERY_COLUMNS = ["candidate", "kind", "count", "score", "example", "doc_id", "start", "end",
                     "n_documents", "suggested_category"]
# how much a kind weighs in the ranking: a characterisation is what the lexicon needs most
KIND_WEIGHTS = {"characterisation": 3.0, "concern or protest": 2.5, "adverb + verb": 2.0,
                "coordinated adjectives": 2.0, "verb + relations": 1.5, "collocation": 1.0}
# adverbs that carry the register of a verb ("bluntly warned", "solemnly declared")
STANCE_ADVERBS = {"firmly", "strongly", "resolutely", "bluntly", "sharply", "categorically", "flatly", "vehemently",
                  "openly", "frankly", "candidly", "cautiously", "seriously", "gravely", "deeply", "solemnly",
                  "sternly", "unequivocally", "forcefully", "emphatically", "explicitly", "clearly", "warmly",
                  "cordially", "bitterly", "angrily", "harshly", "pointedly", "repeatedly", "fiercely"}
_ADVERB_NOT = {"only", "early", "family", "reportedly", "likely", "july", "italy", "daily", "weekly", "monthly",
               "previously", "recently", "also", "finally", "publicly", "separately", "later", "currently",
               "fly", "apply", "supply", "rely", "reply", "ally", "rally", "july", "nearly", "mainly"}
# what is done to relations ("steer relations", "mend ties", "sour the relationship"): the stems of such verbs
RELATION_VERB_STEMS = (
    "develop", "promot", "improv", "mend", "stabili", "steer", "deepen", "strengthen", "expand", "enhanc", "restor",
    "normali", "boost", "sever", "repair", "reset", "upgrad", "elevat", "freez", "froze", "harm", "damag", "undermin",
    "jeopardi", "advanc", "broaden", "consolidat", "cement", "revitali", "rebuild", "rebuilt", "poison", "sour",
    "strain", "derail", "manag", "maintain", "resum", "suspend", "halt", "foster", "nurtur", "guid", "forg", "build",
    "built", "warm", "thaw", "rekindl", "reviv", "downgrad", "cut", "break", "broke", "hurt", "chill", "cool",
    "reinvigorat", "solidif", "safeguard", "stall", "torpedo", "sabotag", "establish", "reestablish",
    "re-establish", "restart", "keep", "kept", "open",
)
_CHAIN_BEFORE_NOUN = re.compile(
    rf"(?<![A-Za-z\-])((?:[a-z][a-z\-]+)(?:{COORD_SEP}[a-z][a-z\-]+){{0,3}})\s+({'|'.join(sorted(TALK_NOUNS))})\b")
_CHAIN_AFTER_NOUN = re.compile(
    rf"\b(?:{'|'.join(sorted(TALK_NOUNS))})\s+(?:was|were|is|are|remain|remained|had been|have been|has been)\s+"
    rf"(?:very\s+|extremely\s+|quite\s+)?((?:[a-z][a-z\-]+)(?:{COORD_SEP}[a-z][a-z\-]+){{0,3}})", re.IGNORECASE)
_BEFORE_CONCERN = re.compile(
    rf"\b((?:[a-z]+\s+){{1,2}})({'|'.join(sorted(CONCERN_WORDS))})\b")
_ADVERB_VERB = re.compile(r"\b([A-Za-z]+ly)\s+([A-Za-z]+)\b")


_LY_ADJECTIVES = {"friendly", "unfriendly", "lively", "lovely", "costly", "deadly", "timely", "orderly", "kindly",
                  "brotherly", "neighborly", "neighbourly", "sisterly", "scholarly", "worldly", "ugly", "holy",
                  "likely", "unlikely", "early", "daily", "weekly", "monthly", "yearly", "elderly", "lonely", "silly"}


def _adverb(word: str) -> bool:
    """An adverb in -ly ('particularly'), not an adjective in -ly ('friendly', 'lively')."""
    w = word.lower()
    return w.endswith("ly") and w not in _LY_ADJECTIVES


def _evaluative(word: str) -> bool:
    from textblob.en import sentiment as lexicon

    entry = lexicon.get(word.lower())
    if not entry:
        return False
    values = [v for v in entry.values() if v]
    # clearly evaluative: 'economic' (0.2, 0.2) or 'first' (0.25, 0.33) are not, 'positive' (0.23, 0.55) is
    return any(abs(v[0]) >= 0.3 or (abs(v[0]) >= 0.2 and v[1] >= 0.5) for v in values)


@memoized("documents", "sentences", "tone_phrases")
def discover_tone_phrases(corpus, min_count: int = 1, top: int = 50) -> pd.DataFrame:
    """Candidate tone phrases that are not yet in the lexicon, ranked, to grow a project's
    own ``tone_phrases.yaml``.

    Kinds of candidate, each outside every phrase the lexicon already finds:

    - ``characterisation``: the words before a talks/relations/exchange noun ("pragmatic
      talks", "sincere and friendly relations") or after "talks were ..." — the adjective
      chains the frames score, when a word of them is not in ``atmosphere_adjectives.yaml``;
    - ``concern or protest``: the words before a concern or protest noun ("strong
      indignation", "lodged solemn representations");
    - ``adverb + verb``: an adverb before a reporting or protest verb ("firmly rejected",
      "bluntly warned");
    - ``coordinated adjectives``: evaluative adjectives joined by "and" ("positive and
      pragmatic");
    - ``verb + relations``: what is done to relations ("steer relations", "mend ties");
    - ``collocation``: recurring word pairs of high association (log-likelihood) that pair
      an evaluative word with a talks/relations/concern noun or another evaluative word, on
      corpora large enough to have them.

    Each row: the candidate, its kind, its count, a score (count x weight of the kind, x 1.5
    when it is in more than one document; higher first), the first example sentence with
    its ``doc_id`` and the candidate's span in the document text, ``n_documents``, and the
    ``suggested_category`` (the step of its coolest listed adjective for characterisations,
    ``concern`` or ``protest``, ``process`` for verbs on relations; empty when unknown).
    Deterministic: ties are broken by the candidate's text.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    lex = load_tone_lexicon()
    listed = lex.adjective_index
    known_spans = {}
    found: dict[tuple[str, str], list] = {}
    suggested: dict[tuple[str, str], str] = {}
    spans_added = set()
    stop = {w.lower() for w in load_word_list("stopwords.txt")} if (lexicon_path("stopwords.txt")).exists() else set()
    cue_words = set(CUE_VERBS) | CONCERN_VERBS | {"optimistic", "pessimistic", "hopeful", "welcomed", "optimism"}
    tokens_all = []
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

        def add(kind, cand, a, b, category=""):
            if any(x < b and a < y for x, y in known):
                return  # the lexicon finds this already
            if (doc_id, a, b) in spans_added:
                return  # one candidate per span: the first kind that proposes it
            spans_added.add((doc_id, a, b))
            key = (" ".join(cand.lower().split()), kind)
            found.setdefault(key, []).append((doc_id, a, b, text, sents))
            if category and not suggested.get(key):
                suggested[key] = category

        def chain_words(chain):
            words = [w for w in re.split(COORD_SEP, chain, flags=re.IGNORECASE) if w]
            while words and words[0].lower() in stop:
                words.pop(0)
            while words and words[-1].lower() in stop:  # the chain ran into the next clause
                words.pop()
            return words

        def chain_category(words):
            scored = [listed[w.lower()] for w in words if w.lower() in listed]
            return min(scored, key=lambda t: t[1])[0] if scored else ""

        for m in _CHAIN_BEFORE_NOUN.finditer(text):
            words = chain_words(m.group(1))
            if not words or any(w.lower() in stop or _adverb(w) for w in words):
                continue
            if not any(_evaluative(w) or w.lower() in listed for w in words):
                continue
            a = m.start(1) + m.group(1).find(words[0])
            add("characterisation", f"{' and '.join(w.lower() for w in words)} {m.group(2).lower()}", a, m.end(),
                chain_category(words))
        for m in _CHAIN_AFTER_NOUN.finditer(text):
            words = chain_words(m.group(1))
            if not words or any(w.lower() in stop or _adverb(w) for w in words):
                continue
            if not all(_evaluative(w) or w.lower() in listed for w in words):
                continue
            a = m.start(1) + m.group(1).find(words[0])
            b = m.start(1) + m.group(1).rfind(words[-1]) + len(words[-1])
            add("characterisation", " and ".join(w.lower() for w in words), a, b, chain_category(words))
        for m in _BEFORE_CONCERN.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower() in stop and words[0].lower() not in {"strong", "deep", "grave"}:
                words.pop(0)
            if not words:
                continue
            noun = m.group(2).lower()
            a = m.end(1) - len(" ".join(words)) - 1 if len(words) < len(m.group(1).split()) else m.start(1)
            a = text.find(words[0], m.start(1))
            category = "concern" if noun.startswith(("concern", "regret")) else "protest"
            add("concern or protest", f"{' '.join(w.lower() for w in words)} {noun}", a, m.end(), category)
        for m in _ADVERB_VERB.finditer(text):
            adv, word = m.group(1).lower(), m.group(2).lower()
            if word in cue_words and adv not in _ADVERB_NOT and (adv in STANCE_ADVERBS or _evaluative(adv)):
                add("adverb + verb", f"{adv} {word}", m.start(), m.end(),
                    "protest" if word in CONCERN_VERBS else "")
        for m in COORD_RE.finditer(text):
            words = re.split(COORD_SEP, m.group(0), flags=re.IGNORECASE)
            # a chain may run into the next clause ("pragmatic, the minister"): trim it
            while words and (words[-1].lower() in stop or words[-1][:1].isupper()):
                words.pop()
            while words and (words[0].lower() in stop or words[0][:1].isupper()):
                words.pop(0)
            if not 2 <= len(words) <= 3 or any(w.lower() in stop for w in words):
                continue
            if all(_evaluative(w) for w in words):
                chain = m.group(0).lower()
                ca = m.start() + chain.find(words[0].lower())
                cb = m.start() + chain.rfind(words[-1].lower()) + len(words[-1])
                add("coordinated adjectives", " and ".join(w.lower() for w in words), ca, cb, chain_category(words))
        for m in RELATION_VERBS_OBJECT.finditer(text):
            verb = m.group(1)
            if not verb.lower().startswith(RELATION_VERB_STEMS):
                continue
            add("verb + relations", f"{verb.lower()} {m.group(2).lower()}", m.start(), m.end(), "process")
        tokens_all.extend(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’\-]+", text))
    rows = []
    for (cand, kind), hits in found.items():
        if len(hits) < min_count:
            continue
        doc_id, a, b, text, sents = hits[0]
        sent = next(((s, e) for s, e in sents if s <= a < e), (a, b))
        n_docs = len({h[0] for h in hits})
        score = KIND_WEIGHTS[kind] * len(hits) * (1.5 if n_docs > 1 else 1.0)
        rows.append((cand, kind, len(hits), round(score, 4), text[sent[0]:sent[1]], doc_id, a, b, n_docs,
                     suggested.get((cand, kind), "")))
    # collocations (need repeated pairs; meaningful on larger corpora)
    if len(tokens_all) > 50:
        finder = BigramCollocationFinder.from_words(tokens_all)
        finder.apply_freq_filter(max(2, min_count))
        finder.apply_word_filter(lambda w: w in stop or len(w) < 3)
        scored = finder.score_ngrams(BigramAssocMeasures().likelihood_ratio)
        existing = {r[0] for r in rows}
        for (w1, w2), score in scored[: top * 2]:
            cand = f"{w1} {w2}"
            nouns = TALK_NOUNS | CONCERN_WORDS
            if cand in existing or not ((_evaluative(w1) and (w2 in nouns or _evaluative(w2)))
                                        or (w1 in nouns and _evaluative(w2))):
                continue  # an evaluative word with a talks/relations/concern noun, or two evaluative words
            hits = []
            pair = re.compile(rf"\b{re.escape(w1)}\s+{re.escape(w2)}\b", re.I)
            for doc_id, text, sents in documents:
                for mm in pair.finditer(text):
                    if not any(mm.start() < y and mm.end() > x for x, y in known_spans[doc_id]):
                        hits.append((doc_id, mm.start(), mm.end(), text, sents))
            if hits:
                doc_id, a, b, text, sents = hits[0]
                sent = next(((s, e) for s, e in sents if s <= a < e), (a, b))
                n_docs = len({h[0] for h in hits})
                weight = KIND_WEIGHTS["collocation"] * (1.5 if n_docs > 1 else 1.0)
                rows.append((cand, "collocation", len(hits), round(weight * len(hits), 4), text[sent[0]:sent[1]],
                             doc_id, a, b, n_docs, ""))
    out = pd.DataFrame(rows, columns=DISCOVERY_COLUMNS)
    out = out.sort_values(["score", "count", "candidate", "kind"], ascending=[False, False, True, True], kind="mergesort")
    return out.head(top).reset_index(drop=True)


def tone_category_counts(corpus) -> pd.DataFrame:
    """Atmosphere phrases per category of the scale, warm to hostile (zeros included):
    category, label, score, n. The other layers are in :func:`tone_layer_counts`."""
    scale = tone_scale()
    tp = corpus.tone_phrases
    counts = tp.groupby("category").size() if not tp.empty else pd.Series(dtype="int64")
    scale["n"] = scale["category"].map(counts).fillna(0).astype("int64")
    return scale[["category", "label", "score", "n"]]


def tone_layer_counts(corpus) -> pd.DataFrame:
    """Phrases per category of every layer (zeros included): layer, category, label, score
    (NaN outside the atmosphere), n, and ``layer_n`` (the layer's total)."""
    table = tone_layer_table()
    tp = corpus.tone_phrases
    counts = tp.groupby("category").size() if not tp.empty else pd.Series(dtype="int64")
    table["n"] = table["category"].map(counts).fillna(0).astype("int64")
    table["layer_n"] = table.groupby("layer")["n"].transform("sum").astype("int64")
    return table[["layer", "category", "label", "score", "n", "layer_n"]]


def tone_vs_sentiment(corpus, by="speaker") -> pd.DataFrame:
    """Tone index beside TextBlob and VADER sentiment of the same speakers (or sides).

    ``tone_scaled`` is the tone index (the mean atmosphere score) divided by the largest
    absolute score of the scale, so that all three measures run from -1 (hostile/negative)
    to +1. Speakers without atmosphere phrases are left out.
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
