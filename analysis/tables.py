"""The tables every layer shares: their columns and dtypes, and building and joining them.

Every span table (sentences, statements, topic mentions, tone phrases) has ``doc_id`` and a
character span ``start``/``end`` into ``documents.text``; its rows come in runs of one
document, in corpus order. This module is the bottom of the package: it imports nothing
of it.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

DOCUMENT_COLUMNS = ["doc_id", "path", "title", "outlet", "date", "url", "text", "n_words", "n_sentences"]
SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph", "start", "end", "text"]
REMOVED_COLUMNS = ["doc_id", "line_no", "line", "reason"]
SKIPPED_COLUMNS = ["path", "reason"]
STATEMENT_COLUMNS = [
    "doc_id", "statement_id", "sent_id", "speaker", "side", "kind", "cue", "via", "text",
    "start", "end", "polarity", "subjectivity", "vader_compound",
]
MENTION_COLUMNS = ["doc_id", "sent_id", "topic", "term", "start", "end", "speaker"]
TONE_COLUMNS = ["doc_id", "sent_id", "phrase", "matched", "category", "score", "gloss", "speaker", "start", "end"]
TABLE_COLUMNS = {
    "documents": DOCUMENT_COLUMNS, "sentences": SENTENCE_COLUMNS, "removed": REMOVED_COLUMNS,
    "statements": STATEMENT_COLUMNS, "topic_mentions": MENTION_COLUMNS, "tone_phrases": TONE_COLUMNS,
}
TABLE_DTYPES = {
    "documents": {"n_words": "int64", "n_sentences": "int64"},
    "sentences": {"sent_id": "int64", "paragraph": "int64", "start": "int64", "end": "int64"},
    "removed": {"line_no": "int64"},
    "statements": {"sent_id": "int64", "start": "int64", "end": "int64",
                   "polarity": "float64", "subjectivity": "float64", "vader_compound": "float64"},
    "topic_mentions": {"sent_id": "int64", "start": "int64", "end": "int64"},
    "tone_phrases": {"sent_id": "int64", "start": "int64", "end": "int64", "score": "float64"},
}
PARSE_TABLES = ("documents", "sentences", "removed")


def rows_frame(table: str, rows) -> pd.DataFrame:
    """Rows of *table* (tuples in its column order; dicts for ``documents``) as a DataFrame
    with the table's columns and dtypes."""
    if table not in TABLE_COLUMNS:
        raise ValueError(f"Unknown table {table!r}; use one of {', '.join(TABLE_COLUMNS)}")
    df = pd.DataFrame(rows, columns=TABLE_COLUMNS[table])
    return with_table_dtypes(table, df)


def with_table_dtypes(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """*df* with the dtypes of *table* (converting only the columns that differ)."""
    if table == "documents" and df["date"].dtype != "datetime64[ns]":
        df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    wrong = {c: d for c, d in TABLE_DTYPES[table].items() if df[c].dtype != d}
    # copy=False: only the converted columns are new; every caller passes a frame it owns
    return df.astype(wrong, copy=False) if wrong else df


def join_documents(table: pd.DataFrame, docs: pd.DataFrame, columns) -> pd.DataFrame:
    """*table* with the *columns* of each row's document (from *docs*, one row per
    ``doc_id``) added: what ``table.merge(docs[["doc_id", *columns]], on="doc_id",
    how="left")`` returns (a new frame, numbered from 0; a row whose document is not in
    *docs* gets NaN/NaT), without hashing every row: the rows of a span table come in runs
    of one document, so only the first row of each run is looked up."""
    columns = [c for c in columns if c != "doc_id"]
    row_ids = table["doc_id"].to_numpy()
    n = len(row_ids)
    if n:
        run_starts = np.r_[0, np.flatnonzero(row_ids[1:] != row_ids[:-1]) + 1]
        where = {d: i for i, d in enumerate(docs["doc_id"].tolist())}
        run_pos = np.fromiter((where.get(d, -1) for d in row_ids[run_starts].tolist()), dtype=np.intp,
                              count=len(run_starts))
        pos = np.repeat(run_pos, np.diff(np.r_[run_starts, n]))
    else:
        pos = np.empty(0, dtype=np.intp)
    out = table.reset_index(drop=True)
    for c in columns:
        out[c] = docs[c].array.take(pos, allow_fill=True)
    return out


def row_bounds(row_doc_ids, doc_ids) -> list[int]:
    """Start of each document's rows in a table sorted by document (plus the end)."""
    bounds = [0] * (len(doc_ids) + 1)
    if len(row_doc_ids):
        change = np.flatnonzero(row_doc_ids[1:] != row_doc_ids[:-1]) + 1
        starts = dict(zip(row_doc_ids[np.r_[0, change]], np.r_[0, change].tolist()))
        ends = dict(zip(row_doc_ids[np.r_[change - 1, len(row_doc_ids) - 1]], np.r_[change, len(row_doc_ids)].tolist()))
    else:
        starts, ends = {}, {}
    pos = 0
    for i, d in enumerate(doc_ids):
        bounds[i] = starts.get(d, pos)
        pos = ends.get(d, bounds[i])
    bounds[len(doc_ids)] = pos
    return bounds
