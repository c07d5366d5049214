"""One document from raw text to parsed rows: cleaning and sentences.

:func:`process_document` is the first per-document stage of the pipeline: a pure function
of the raw document (and the lexicon files) that gives the document row, its sentence rows
and the rows of the lines removed as boilerplate.
"""
from __future__ import annotations

import pandas as pd

from .cleaning import clean_text, n_words
from .sentences import split_sentences
from .sources import InputError, RawDocument


def _parse_date(value: str, where: str):
    if not value:
        return pd.NaT
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(f"{where}: cannot read date {value!r} (use a form such as 2023-06-19)") from None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts


def process_document(raw: RawDocument) -> dict:
    """Clean and sentence-split one raw document.

    A pure function of the document (and the lexicon files): returns a dict with the
    document row, its sentence rows and its removed-line rows.
    """
    meta = raw.meta
    cleaned = clean_text(raw.raw, title_hint=meta.get("title", ""))
    text = cleaned.text
    sents = split_sentences(text, cleaned.paragraphs)
    sentences = [
        (raw.doc_id, i, para, s, e, text[s:e]) for i, (para, s, e) in enumerate(sents)
    ]
    doc = {
        "doc_id": raw.doc_id,
        "path": raw.path,
        "title": cleaned.title,
        "outlet": meta.get("outlet", ""),
        "date": _parse_date(meta.get("date", ""), raw.path),
        "url": meta.get("url", ""),
        "text": text,
        "n_words": n_words(text),
        "n_sentences": len(sentences),
    }
    removed = [(raw.doc_id, no, line, reason) for no, line, reason in cleaned.removed]
    return {"document": doc, "sentences": sentences, "removed": removed}
