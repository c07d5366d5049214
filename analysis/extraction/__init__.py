"""Extraction: per-document span tables, each row with its ``doc_id`` and character span.

``statements`` (who said what: a package of stages), ``topic_mentions`` and
``tone_phrases`` (lexicon terms found by the shared ``matching`` engine), ``scoring``
(TextBlob and VADER sentiment of one text), ``spans`` (which statement holds a span).
Nothing here knows a corpus: every function reads one document.
"""
