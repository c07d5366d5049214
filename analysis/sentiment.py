"""Sentiment by speaker: statement counts and mean scores with bootstrap intervals.

Compute only (tables); :mod:`analysis.charts` draws them. The scores themselves are
computed per statement in :mod:`analysis.statements` (TextBlob polarity and subjectivity,
VADER compound). Intervals come from a percentile bootstrap with a fixed seed, so reruns
give identical numbers.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

MEASURES = ("polarity", "vader_compound", "subjectivity")
DOC_COLUMNS = ("outlet", "date", "title")


def _with_document_columns(corpus, table: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Add document columns (outlet, month of date) that *by* asks for."""
    need = [c for c in by if c in DOC_COLUMNS or c == "month"]
    if not need:
        return table
    docs = corpus.documents[["doc_id", "outlet", "date", "title"]].copy()
    docs["month"] = docs["date"].dt.to_period("M").dt.start_time
    return table.merge(docs[["doc_id"] + [c for c in need]], on="doc_id", how="left")


def _check_by(by, allowed) -> list[str]:
    cols = [by] if isinstance(by, str) else list(by)
    bad = [c for c in cols if c not in allowed]
    if bad or not cols:
        raise ValueError(f"Cannot group by {bad or by!r}; use one or more of: {', '.join(allowed)}")
    return cols


def bootstrap_ci(values, n_boot: int = 2000, level: float = 0.95, seed: int = 20230618) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of *values* (fixed seed: reproducible)."""
    x = np.asarray(values, dtype=float)
    if len(x) == 0:
        return (float("nan"), float("nan"))
    if len(x) == 1:
        return (float(x[0]), float(x[0]))
    rng = np.random.default_rng(seed)
    # Draw the resamples in chunks of about 4 million indices: the same random stream (so
    # the same interval) as one n_boot x n draw, without its memory on large groups.
    rows = max(1, 4_000_000 // len(x))
    means = np.concatenate([
        x[rng.integers(0, len(x), size=(min(rows, n_boot - i), len(x)))].mean(axis=1)
        for i in range(0, n_boot, rows)
    ])
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    return (round(float(lo), 6), round(float(hi), 6))


def sentiment_by_speaker(corpus, by="speaker", n_boot: int = 2000, seed: int = 20230618) -> pd.DataFrame:
    """Mean sentiment of statements per speaker (or side, document, kind, outlet, month).

    Returns one row per group with ``n`` (statements), ``side`` (when grouping by speaker),
    ``polarity_mean`` with ``polarity_lo``/``polarity_hi`` (95% bootstrap interval),
    the same for ``vader_compound``, and ``subjectivity_mean``; sorted by ``n`` then name.
    *by* is a column name or a list, e.g. ``["doc_id", "speaker"]``.
    """
    allowed = ["speaker", "side", "doc_id", "kind", "cue", "outlet", "month"]
    cols = _check_by(by, allowed)
    st = _with_document_columns(corpus, corpus.statements, cols)
    out_cols = cols + (["side"] if cols == ["speaker"] else []) + ["n"]
    for m in ("polarity", "vader_compound"):
        out_cols += [f"{m}_mean", f"{m}_lo", f"{m}_hi"]
    out_cols.append("subjectivity_mean")
    if st.empty:
        return pd.DataFrame(columns=out_cols)
    rows = []
    for key, group in st.groupby(cols, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        row = dict(zip(cols, key))
        if cols == ["speaker"]:
            row["side"] = group["side"].mode().iloc[0]
        row["n"] = len(group)
        for m in ("polarity", "vader_compound"):
            row[f"{m}_mean"] = round(float(group[m].mean()), 6)
            row[f"{m}_lo"], row[f"{m}_hi"] = bootstrap_ci(group[m], n_boot=n_boot, seed=seed)
        row["subjectivity_mean"] = round(float(group["subjectivity"].mean()), 6)
        rows.append(row)
    out = pd.DataFrame(rows, columns=out_cols)
    return out.sort_values(["n"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort").reset_index(drop=True)


def statement_counts(corpus, by="speaker") -> pd.DataFrame:
    """Statements per speaker (or side, document): ``direct``, ``indirect`` and ``total``."""
    cols = _check_by(by, ["speaker", "side", "doc_id", "outlet", "month"])
    st = _with_document_columns(corpus, corpus.statements, cols)
    out_cols = cols + (["side"] if cols == ["speaker"] else []) + ["direct", "indirect", "total"]
    if st.empty:
        return pd.DataFrame(columns=out_cols)
    counts = st.pivot_table(index=cols, columns="kind", values="statement_id", aggfunc="count", fill_value=0)
    for k in ("direct", "indirect"):
        if k not in counts:
            counts[k] = 0
    counts = counts[["direct", "indirect"]].astype("int64").reset_index()
    counts.columns.name = None
    counts["total"] = counts["direct"] + counts["indirect"]
    if cols == ["speaker"]:
        sides = st.groupby("speaker")["side"].agg(lambda s: s.mode().iloc[0])
        counts.insert(1, "side", counts["speaker"].map(sides))
    counts = counts.sort_values(["total"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort")
    return counts.reset_index(drop=True)[out_cols]


def side_shares(corpus, by="doc_id") -> pd.DataFrame:
    """Share of statements by side within each document (or outlet): whose voices are heard."""
    cols = _check_by(by, ["doc_id", "outlet", "month"])
    st = _with_document_columns(corpus, corpus.statements, cols)
    if st.empty:
        return pd.DataFrame(columns=cols + ["side", "n", "share"])
    n = st.groupby(cols + ["side"]).size().rename("n").reset_index()
    n["share"] = (n["n"] / n.groupby(cols)["n"].transform("sum")).round(6)
    return n.sort_values(cols + ["side"]).reset_index(drop=True)
