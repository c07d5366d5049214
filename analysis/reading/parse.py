"""One document from raw text to parsed rows: cleaning and sentences.

:func:`process_document` is the first per-document stage of the pipeline: a pure function
of the raw document (and the lexicon files) that gives the document row, its sentence rows
and the rows of the lines removed as boilerplate.
"""
from __future__ import annotations

import re

import pandas as pd

from .cleaning import clean_text, n_words
from .dates import DateError, parse_date
from .sentences import split_sentences
from .sources import InputError, RawDocument


_STAMP_LABEL = re.compile(r"^\s*(?:(?:first\s+)?published|posted|date|on)\b\s*:?\s*", re.IGNORECASE)
_NOT_PUBLICATION = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|edited|revised)\b", re.IGNORECASE)
DATE_FROM_TEXT = "date stamp (taken as the date)"


def _parse_date(value: str, where: str):
    try:
        return parse_date(value)
    except DateError as exc:
        raise InputError(f"{where}: {exc}") from None


def _stamp_date(line: str):
    """The day a date stamp line states ("Published: 10:00am, 30 Mar, 2023"), or None
    (an "Updated ..." line, a relative or ambiguous date)."""
    if _NOT_PUBLICATION.match(line):
        return None
    bare = _STAMP_LABEL.sub("", line).strip(" |,.")
    bare = re.sub(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT|UTC)?\s*,?\s*", "", bare, flags=re.I)
    try:
        ts = parse_date(bare)
    except DateError:
        return None
    return None if pd.isna(ts) else ts.normalize()


def process_document(raw: RawDocument) -> dict:
    """Clean and sentence-split one raw document.

    A pure function of the document (and the lexicon files): returns a dict with the
    document row, its sentence rows and its removed-line rows.
    """
    meta = raw.meta
    cleaned = clean_text(raw.raw, title_hint=meta.get("title", ""), layout=getattr(raw, "layout", "page"))
    text = cleaned.text
    sents = split_sentences(text, cleaned.paragraphs)
    sentences = [
        (raw.doc_id, i, para, s, e, text[s:e]) for i, (para, s, e) in enumerate(sents)
    ]
    date = _parse_date(meta.get("date", ""), raw.path)
    removed_lines = list(cleaned.removed)
    if pd.isna(date):
        # no date in the metadata: the first date stamp the cleaner removed, and it says so
        for k, (no, line, reason) in enumerate(removed_lines):
            found = _stamp_date(line) if reason == "date stamp" else None
            if found is not None:
                date = found
                removed_lines[k] = (no, line, DATE_FROM_TEXT)
                break
    doc = {
        "doc_id": raw.doc_id,
        "path": raw.path,
        "title": cleaned.title,
        "outlet": meta.get("outlet", ""),
        "date": date,
        "url": meta.get("url", ""),
        "text": text,
        "n_words": n_words(text),
        "n_sentences": len(sentences),
    }
    # the lines the file's reader left out (a page's navigation, a PDF's page numbers: their
    # source line or page), then those the cleaner removed (their line in the text read)
    removed = [(raw.doc_id, no, line, reason) for no, line, reason in getattr(raw, "removed", ())]
    removed += [(raw.doc_id, no, line, reason) for no, line, reason in removed_lines]
    return {"document": doc, "sentences": sentences, "removed": removed}
