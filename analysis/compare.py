"""Comparing accounts: how two documents (or outlets) frame the same events.

Compute only (tables); :mod:`analysis.charts` draws them. Typical use: two readouts of
the same meeting, one from each side, or two outlets' reports of the same visit.
"""
from __future__ import annotations

import pandas as pd

from .tone import tone_index, tone_index_range
from .topics import topic_frequency

ACCOUNT_COLUMNS = ["aspect", "item", "a", "b", "difference"]


def _check_docs(corpus, doc_a: str, doc_b: str) -> None:
    ids = list(corpus.documents["doc_id"])
    for d in (doc_a, doc_b):
        if d not in ids:
            shown = ", ".join(ids[:10]) + (" ..." if len(ids) > 10 else "")
            raise ValueError(f"No document {d!r} in the corpus; doc_ids are: {shown}")
    if doc_a == doc_b:
        raise ValueError("Compare two different documents (doc_a and doc_b are the same)")


def default_pair(corpus) -> tuple[str, str] | None:
    """The two documents compared by default: the first two of the corpus (None if fewer)."""
    ids = list(corpus.documents["doc_id"])
    return (ids[0], ids[1]) if len(ids) >= 2 else None


def account_differences(corpus, doc_a: str, doc_b: str) -> pd.DataFrame:
    """Side-by-side table of two accounts: where they agree and where they differ.

    Rows, by ``aspect``:

    - ``topic``: mentions of each topic per 1,000 words in A and in B (topics mentioned
      by at least one); ``difference`` says "only in A", "only in B" or "both";
    - ``tone phrase``: each tone phrase (canonical) used by A or B, with its count;
    - ``atmosphere``: the mean atmosphere score of each account's tone phrases;
    - ``voices``: share of each account's statements by side.
    """
    _check_docs(corpus, doc_a, doc_b)
    rows = []
    freq = topic_frequency(corpus, by="doc_id", normalize="per_1000_words")
    wide = freq.pivot_table(index=["topic", "label"], columns="doc_id", values="value", aggfunc="sum", sort=False)
    counts = topic_frequency(corpus, by="doc_id").pivot_table(index="topic", columns="doc_id", values="count", aggfunc="sum")
    for (topic, label), r in wide.iterrows():
        ca, cb = int(counts.loc[topic, doc_a]), int(counts.loc[topic, doc_b])
        if ca or cb:
            rows.append(("topic", label, round(float(r[doc_a]), 2), round(float(r[doc_b]), 2), _which(ca, cb)))
    tp = corpus.tone_phrases
    ta = tp[tp.doc_id == doc_a].groupby("phrase").size()
    tb = tp[tp.doc_id == doc_b].groupby("phrase").size()
    for phrase in sorted(set(ta.index) | set(tb.index), key=lambda p: (-(ta.get(p, 0) + tb.get(p, 0)), p)):
        a, b = int(ta.get(phrase, 0)), int(tb.get(phrase, 0))
        rows.append(("tone phrase", phrase, a, b, _which(a, b)))
    idx = tone_index(corpus, by="doc_id").set_index("doc_id") if not tp.empty else pd.DataFrame()
    sa = float(idx.loc[doc_a, "mean_score"]) if doc_a in idx.index else float("nan")
    sb = float(idx.loc[doc_b, "mean_score"]) if doc_b in idx.index else float("nan")
    rows.append(("atmosphere", f"mean atmosphere score ({tone_index_range()[0]:+g} hostile … {tone_index_range()[1]:+g} cordial)".replace("-", "−"), round(sa, 2), round(sb, 2),
                 "no tone phrases" if sa != sa and sb != sb else ("A warmer" if sa > sb else "B warmer" if sb > sa else "same")
                 if sa == sa and sb == sb else "only one account has tone phrases"))
    st = corpus.statements
    pair = st[st.doc_id.isin([doc_a, doc_b])]
    present = pair.side.astype(str).value_counts()
    for side in sorted(present.index, key=lambda x: (x in ("both sides", "unknown"), -present[x], x)):
        na = int(((st.doc_id == doc_a) & (st.side == side)).sum())
        nb = int(((st.doc_id == doc_b) & (st.side == side)).sum())
        tot_a = max(1, int((st.doc_id == doc_a).sum()))
        tot_b = max(1, int((st.doc_id == doc_b).sum()))
        if na or nb:
            rows.append(("voices", f"statements by {side} (share)", round(na / tot_a, 2), round(nb / tot_b, 2), _which(na, nb)))
    return pd.DataFrame(rows, columns=ACCOUNT_COLUMNS)


def _which(a, b) -> str:
    if a and b:
        return "both"
    return "only in A" if a else "only in B"


def compare_topics(corpus, by: str = "doc_id") -> pd.DataFrame:
    """Topics per 1,000 words for each document (or outlet) as a wide table: groups in
    rows, topics (labels) in columns, only topics mentioned somewhere."""
    freq = topic_frequency(corpus, by=by, normalize="per_1000_words")
    used = freq.groupby("label", sort=False)["count"].sum()
    freq = freq[freq["label"].isin(used[used > 0].index)]
    if freq.empty:
        return pd.DataFrame(index=pd.Index([], name=by))
    wide = freq.pivot_table(index=by, columns="label", values="value", aggfunc="sum", sort=False)
    wide.columns.name = None
    return wide.round(2)
