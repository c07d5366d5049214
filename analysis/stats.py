"""Tables of counts about a corpus (compute only; :mod:`analysis.charts` draws them)."""
from __future__ import annotations

import pandas as pd


def short_label(text: str, width: int = 42) -> str:
    """Shorten a title for an axis label."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def doc_labels(documents: pd.DataFrame, width: int = 42) -> pd.Series:
    """Readable labels for documents: shortened title, or doc_id when there is no title."""
    titles = documents["title"].fillna("").astype(str)
    labels = [short_label(t, width) if t.strip() else d for t, d in zip(titles, documents["doc_id"])]
    # Keep labels unique (two articles may share a headline).
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return pd.Series(out, index=documents.index)


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
