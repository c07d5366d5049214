"""Tables of counts about a corpus (compute only; :mod:`analysis.charts` draws them)."""
from __future__ import annotations

import pandas as pd

from .charts import doc_labels


def document_lengths(corpus) -> pd.DataFrame:
    """Words and sentences per document, with a readable ``label``, in corpus order."""
    docs = corpus.documents
    out = docs[["doc_id", "title", "n_words", "n_sentences"]].copy()
    out.insert(1, "label", doc_labels(docs))
    return out.reset_index(drop=True)


def removed_summary(corpus) -> pd.DataFrame:
    """How many lines were removed per reason, over the whole corpus."""
    removed = corpus.removed
    if removed.empty:
        return pd.DataFrame({"reason": pd.Series(dtype="object"), "lines": pd.Series(dtype="int64")})
    out = removed.groupby("reason").size().rename("lines").reset_index()
    return out.sort_values(["lines", "reason"], ascending=[False, True]).reset_index(drop=True)


def document_label_map(corpus, width: int = 80) -> dict:
    """``{doc_id: readable label}`` (the headline, shortened to *width* characters, or the
    doc_id) to name articles in charts (``group_labels=`` of the topic charts)."""
    docs = corpus.documents
    return dict(zip(docs["doc_id"], doc_labels(docs, width)))
