"""Topics: which issues of diplomacy each article (or speaker) talks about.

The topics and their words and phrases are in ``analysis/lexicons/topics.yaml``, a plain
data file (its header explains the pattern notation). Each match of a term in an
article's text is a *topic mention*; ``corpus.topic_mentions`` lists them all with their
character span, sentence and, when the mention is inside a quoted or reported statement,
its speaker. The functions below count them:

- :func:`load_topics`: the topic dictionary (id, label, description, number of terms);
- :func:`topic_frequency`: mentions per topic by article, outlet, month, speaker or side,
  raw or per 1,000 words or as a share;
- :func:`topic_cooccurrence`: how often two topics share a sentence, paragraph or article;
- :func:`kwic`: every occurrence of a word, phrase or topic in its context.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np
import pandas as pd

from .extraction.matching import compile_terms
from .extraction.spans import innermost
from .extraction.topic_mentions import TOPICS_FILE, document_topic_mentions, load_topics, topic_matcher  # noqa: F401 (public here)
from .reading.cleaning import WORD_RE, n_words
from .running.memo import memoized
from .tables import join_documents

KWIC_COLUMNS = ["doc_id", "sent_id", "left", "match", "right", "start", "end"]
DOCUMENT_GROUPS = ("doc_id", "outlet", "date")
STATEMENT_GROUPS = ("speaker", "side")
GROUPS = DOCUMENT_GROUPS + STATEMENT_GROUPS
NORMALIZATIONS = (None, "per_1000_words", "share")
UNITS = ("sentence", "paragraph", "document")



def _statements(corpus) -> pd.DataFrame:
    """``corpus.statements`` with a usable span (rows without one are ignored), renumbered."""
    st = corpus.statements
    if st.empty:
        return st.reset_index(drop=True)
    return st[st["start"].notna() & st["end"].notna()].reset_index(drop=True)


# --------------------------------------------------------------------------- frequency


def _check_choice(name: str, value, valid) -> None:
    if value not in valid:
        shown = ", ".join("None" if v is None else repr(v) for v in valid)
        raise ValueError(f"Unknown {name} {value!r}: use one of {shown}")


def _month(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates).dt.to_period("M").dt.start_time


def _statement_index(corpus, mentions: pd.DataFrame) -> np.ndarray:
    """For each mention, the row position in :func:`_statements` of the innermost
    statement containing it, or -1."""
    st = _statements(corpus)
    out = np.full(len(mentions), -1, dtype=np.int64)
    if st.empty or mentions.empty:
        return out
    by_doc = {doc: list(zip(g["start"], g["end"], g.index)) for doc, g in st.groupby("doc_id", sort=False)}
    for i, (doc, s, e) in enumerate(zip(mentions["doc_id"], mentions["start"], mentions["end"])):
        best = innermost(by_doc.get(doc, ()), s, e)
        if best is not None:
            out[i] = best[2]
    return out


def _units(corpus, keys: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The counting units (documents or statements) with their group keys and word counts,
    and the mentions with the same group keys (only those inside a unit)."""
    docs = corpus.documents[["doc_id", "outlet", "date", "n_words"]].copy()
    docs["outlet"] = docs["outlet"].fillna("").astype(str)
    docs["date"] = _month(docs["date"])
    mentions = corpus.topic_mentions
    if any(k in STATEMENT_GROUPS for k in keys):
        st = _statements(corpus)
        units = pd.DataFrame({
            "doc_id": st["doc_id"].astype(str),
            "speaker": st["speaker"].fillna("").astype(str),
            "side": st["side"].fillna("").astype(str),
            "n_words": [n_words(str(t)) for t in st["text"].fillna("")],
        })
        units = join_documents(units, docs, [c for c in docs.columns if c != "n_words"])
        idx = _statement_index(corpus, mentions)
        inside = idx >= 0
        ment = mentions.loc[inside, ["topic"]].copy()
        for k in keys:
            ment[k] = units[k].to_numpy()[idx[inside]]
    else:
        units = docs
        ment = join_documents(mentions[["doc_id", "topic"]], docs, keys)
    if "date" in keys:  # undated articles cannot be placed on a timeline
        units = units[units["date"].notna()]
        ment = ment[ment["date"].notna()]
    return units, ment


def _ordered_groups(units: pd.DataFrame, keys: list[str], doc_order: list[str]) -> pd.DataFrame:
    groups = units[keys].drop_duplicates()
    sort_cols = []
    for k in keys:
        if k == "doc_id":
            rank = {d: i for i, d in enumerate(doc_order)}
            groups["_rank_doc_id"] = groups["doc_id"].map(rank)
            sort_cols.append("_rank_doc_id")
        else:
            sort_cols.append(k)
    groups = groups.sort_values(sort_cols, kind="mergesort").drop(columns=[c for c in groups if c.startswith("_rank")])
    return groups.reset_index(drop=True)


def topic_frequency(corpus, by="doc_id", normalize: str | None = None) -> pd.DataFrame:
    """Topic mentions per group, as a tidy long table with every topic in every group.

    *by*: ``"doc_id"`` (article), ``"outlet"``, ``"date"`` (month: the first day of the
    month; undated articles are left out), ``"speaker"`` or ``"side"``, or a list of these.
    Speaker and side count only the mentions inside attributed statements
    (``corpus.statements``); the others count every mention.

    *normalize*:

    - ``None``: ``value`` is the raw count;
    - ``"per_1000_words"``: count per 1,000 words of the group's text. For article,
      outlet and month the words are those of the group's articles (``documents.n_words``);
      for speaker and side they are the words of the group's statements, so a speaker
      quoted briefly is not diluted by the rest of the article;
    - ``"share"``: the topic's share of all mentions in the group (0 to 1; 0 for every
      topic when the group has no mention).

    Columns: the group columns, ``topic``, ``label``, ``count``, ``value``. Groups in corpus
    order for articles, sorted otherwise; topics in lexicon order. A topic never mentioned
    in a group has a row with count 0.
    """
    keys = [by] if isinstance(by, str) else list(by)
    if not keys:
        raise ValueError(f"by must name at least one of {', '.join(GROUPS)}")
    for k in keys:
        _check_choice("by", k, GROUPS)
    if len(set(keys)) != len(keys):
        raise ValueError(f"by lists a column twice: {keys}")
    _check_choice("normalize", normalize, NORMALIZATIONS)
    topics = load_topics(validate=False)[["topic", "label"]]
    units, ment = _units(corpus, keys)
    groups = _ordered_groups(units, keys, list(corpus.documents["doc_id"]))
    columns = keys + ["topic", "label", "count", "value"]
    if groups.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
        return empty.astype({"count": "int64", "value": "float64"})
    grid = groups.merge(topics, how="cross")
    counts = ment.groupby(keys + ["topic"], dropna=False).size().rename("count").reset_index()
    out = grid.merge(counts, on=keys + ["topic"], how="left")
    out["count"] = out["count"].fillna(0).astype("int64")
    if normalize is None:
        out["value"] = out["count"].astype("float64")
    elif normalize == "per_1000_words":
        words = units.groupby(keys, dropna=False)["n_words"].sum().rename("_words").reset_index()
        out = out.merge(words, on=keys, how="left")
        w = out.pop("_words").astype("float64")
        out["value"] = np.where(w > 0, out["count"] * 1000.0 / w.where(w > 0, 1.0), 0.0)
    else:
        total = out.groupby(keys, dropna=False)["count"].transform("sum").astype("float64")
        out["value"] = np.where(total > 0, out["count"] / total.where(total > 0, 1.0), 0.0)
    return out[columns].reset_index(drop=True)


# --------------------------------------------------------------------------- co-occurrence


@memoized("documents", "sentences", "topic_mentions")
def topic_cooccurrence(corpus, unit: str = "sentence") -> pd.DataFrame:
    """Topic x topic matrix: how many units (sentences, paragraphs or documents) mention both.

    The diagonal is the number of units mentioning the topic at all. Every topic of the
    dictionary is a row and a column, in lexicon order (all zeros when never mentioned).
    """
    _check_choice("unit", unit, UNITS)
    topic_ids = list(load_topics(validate=False)["topic"])
    mentions = corpus.topic_mentions
    if unit == "sentence":
        unit_cols = ["doc_id", "sent_id"]
        ment = mentions
    elif unit == "paragraph":
        unit_cols = ["doc_id", "paragraph"]
        ment = mentions.merge(corpus.sentences[["doc_id", "sent_id", "paragraph"]], on=["doc_id", "sent_id"], how="left")
    else:
        unit_cols = ["doc_id"]
        ment = mentions
    present = ment[unit_cols + ["topic"]].drop_duplicates()
    if present.empty:
        matrix = np.zeros((len(topic_ids), len(topic_ids)), dtype=np.int64)
    else:
        ind = pd.crosstab([present[c] for c in unit_cols], present["topic"]).reindex(columns=topic_ids, fill_value=0)
        x = (ind.to_numpy() > 0).astype(np.int64)
        matrix = x.T @ x
    out = pd.DataFrame(matrix, index=pd.Index(topic_ids, name="topic"), columns=pd.Index(topic_ids, name="topic"))
    return out.astype("int64")


# --------------------------------------------------------------------------- KWIC


def _squash(text: str) -> str:
    return " ".join(text.split())


def kwic(corpus, pattern: str, window: int = 8) -> pd.DataFrame:
    """Keywords in context: every occurrence of *pattern* with *window* words either side.

    *pattern* is a topic id (all its terms, exactly as counted in ``corpus.topic_mentions``)
    or a word, phrase or pattern in the notation of ``topics.yaml`` (``"tariff"``,
    ``"export control*"``, ``"(trade|tech) war"``): case-insensitive, whole words, plurals
    included. The context stays within the document (it may cross sentences); line
    breaks are shown as spaces.

    Columns ``doc_id, sent_id, left, match, right, start, end`` (spans into
    ``documents.text``), in document order.
    """
    if not isinstance(window, (int, np.integer)) or window < 0:
        raise ValueError(f"window must be a number of words (0 or more), got {window!r}")
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("pattern must be a word, a phrase or a topic id")
    topic_ids = set(load_topics(validate=False)["topic"])
    docs = corpus.documents
    texts = dict(zip(docs["doc_id"], docs["text"]))
    if pattern in topic_ids:
        mentions = corpus.topic_mentions
        hits = mentions.loc[mentions["topic"] == pattern, ["doc_id", "sent_id", "start", "end"]]
        found = list(hits.itertuples(index=False, name=None))
    else:
        matcher = compile_terms([("kwic", pattern)], source="kwic pattern")
        sentences = corpus.sentences
        starts = {doc: list(g["start"]) for doc, g in sentences.groupby("doc_id", sort=False)}
        found = []
        for doc_id, text in texts.items():
            for m in matcher.finditer(text):
                found.append((doc_id, bisect_right(starts.get(doc_id, []), m.start) - 1, m.start, m.end))
    rows = []
    word_spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, sent_id, start, end in found:
        text = texts[doc_id]
        if doc_id not in word_spans:
            word_spans[doc_id] = [w.span() for w in WORD_RE.finditer(text)]
        spans = word_spans[doc_id]
        i_left = bisect_right([e for _, e in spans], start)  # words ending by the match start
        left_words = spans[max(0, i_left - window):i_left] if window else []
        left_from = left_words[0][0] if left_words else start
        i_right = bisect_left([s for s, _ in spans], end)  # first word starting after the match
        right_words = spans[i_right:i_right + window]
        right_to = right_words[-1][1] if right_words else end
        rows.append((doc_id, int(sent_id), _squash(text[left_from:start]), text[start:end],
                     _squash(text[end:right_to]), int(start), int(end)))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS).astype({"sent_id": "int64", "start": "int64", "end": "int64"})
