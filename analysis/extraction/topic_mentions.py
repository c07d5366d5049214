"""Topic mentions: the terms of ``lexicons/topics.yaml`` found in one document.

:func:`document_topic_mentions` is the per-document step the pipeline runs; it takes a
document's text, sentence spans and statement spans and gives the rows of
``corpus.topic_mentions``. The corpus-level counts are in :mod:`analysis.topics`.
"""
from __future__ import annotations

from bisect import bisect_right
from sys import intern
from typing import Iterable, Sequence

import pandas as pd

from ..lexicon_files import LexiconError, load_lexicon
from .matching import Matcher, load_matcher
from .spans import speaker_at

TOPICS_FILE = "topics.yaml"


def topic_matcher() -> Matcher:
    """The compiled matcher of ``lexicons/topics.yaml`` (recompiled when the file changes)."""
    return load_matcher(TOPICS_FILE)


def load_topics(validate: bool = True) -> pd.DataFrame:
    """The topic dictionary: one row per topic with ``topic, label, description, n_terms``.

    ``n_terms`` counts the topic's terms (not its exclude phrases). Raises a ValueError
    naming the file and the entry when the file is malformed; *validate* (default) also
    compiles every term, to report a malformed one (the aggregations skip that: the
    topic mentions they count were found by the compiled terms already).
    """
    data = load_lexicon(TOPICS_FILE)
    if validate:
        topic_matcher()  # validates every term, with a clear error
    rows = []
    for topic, entry in data.items():
        label = entry.get("label") or str(topic)
        if not isinstance(label, str):
            raise LexiconError(f"{TOPICS_FILE}: entry {topic!r}: 'label:' must be text")
        rows.append((str(topic), label, str(entry.get("description") or ""), len(entry.get("terms") or [])))
    return pd.DataFrame(rows, columns=["topic", "label", "description", "n_terms"]).astype({"n_terms": "int64"})


def _topic_labels() -> dict[str, str]:
    topics = load_topics(validate=False)
    return dict(zip(topics["topic"], topics["label"]))



def document_topic_mentions(
    doc_id: str,
    text: str,
    sentence_spans: Sequence[tuple[int, int]],
    statement_spans: Iterable[tuple[int, int, str]] = (),
    matcher: Matcher | None = None,
) -> list[tuple]:
    """Topic mentions in one document: a pure function of its text and spans.

    *sentence_spans*: ``(start, end)`` of each sentence, in ``sent_id`` order.
    *statement_spans*: ``(start, end, speaker)`` of the document's statements.
    Returns rows ``(doc_id, sent_id, topic, term, start, end, speaker)`` sorted by start;
    ``term`` is the matched text as written, ``speaker`` that of the innermost statement
    containing the whole mention, else ``""``.
    """
    matcher = matcher or topic_matcher()
    starts = [s for s, _ in sentence_spans]
    statements = [(s, e, "" if sp is None or sp != sp else str(sp)) for s, e, sp in statement_spans]
    rows = []
    for m in matcher.finditer(text):
        sent_id = bisect_right(starts, m.start) - 1
        rows.append((doc_id, sent_id, m.key, intern(m.text), m.start, m.end,
                     intern(speaker_at(statements, m.start, m.end))))
    return rows

