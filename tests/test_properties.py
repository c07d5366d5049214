"""Properties that hold for any text: the extractors and the loader never raise on it, every
span is exact, and the rows are the same on every run.

Hypothesis generates the texts: words of diplomatic news (names, reporting verbs, quotation
marks of three kinds, dashes, abbreviations) mixed with arbitrary characters, paragraph
breaks and odd spacing; and, for the loader, arbitrary bytes. The runs are derandomized (the
same examples every time), so the suite stays deterministic and quick.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.reading.parse import process_document
from analysis.reading.sentences import MAX_SENTENCE_CHARS, split_sentences
from analysis.reading.sources import InputError, RawDocument
from analysis.running.pipeline import analyze_parsed

SETTINGS = dict(derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["Wang Yi", "Antony Blinken", "Mr.", "Ms. Mao", "the U.S.", "China", "Japan's", "foreign minister",
         "the spokesperson", "he", "she", "they", "said", "told reporters", "added", "urged", "that", "according to",
         "stressed", "expressed concern", "“", "”", '"', "«", "»", "—", "–", ",", ".", ":", ";", "?", "!", "(", ")",
         "candid", "constructive", "sanctions", "talks", "trade", "Taiwan", "the two sides", "and", "but",
         "Q:", "A:", "MODERATOR:", "etc.", "Inc.", "p.m.", "Jan.", "St.", "…", "'", "’"]
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2028", ""]

token = st.one_of(st.sampled_from(WORDS), st.text(max_size=4), st.sampled_from(SPACES))
# texts of a few hundred tokens at most: enough for quotes over paragraphs and attributions
texts = st.lists(st.tuples(token, st.sampled_from(SPACES)), max_size=120).map(
    lambda parts: "".join(w + s for w, s in parts))


def analysed(text: str):
    parsed = process_document(RawDocument("doc", "doc.txt", text, {}))
    return parsed, analyze_parsed(parsed)


def assert_exact_spans(parsed, out) -> None:
    text = parsed["document"]["text"]
    for _, sent_id, _, start, end, sentence in parsed["sentences"]:
        assert 0 <= start < end <= len(text) and text[start:end] == sentence
        assert end - start <= MAX_SENTENCE_CHARS
    for row in out["topic_mentions"]:
        assert text[row[4]:row[5]] == row[3]
    for row in out["tone_phrases"]:
        assert text[row[8]:row[9]] == row[3]
    for row in out["statements"]:
        start, end, said = row[9], row[10], row[8]
        assert 0 <= start < end <= len(text) and said.strip()
        # a statement's text is tidied (spaces, quotation pieces joined); it starts where its span does
        assert text.startswith(said.split()[0], start)


@settings(max_examples=150, **SETTINGS)
@given(texts)
def test_sentences_of_any_text_are_exact_bounded_and_in_order(text):
    paragraphs = [(0, len(text))]
    sents = split_sentences(text, paragraphs)
    last = 0
    for _, start, end in sents:
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert end - start <= MAX_SENTENCE_CHARS
        last = end


@settings(max_examples=80, **SETTINGS)
@given(texts)
def test_any_text_is_analysed_without_error_with_exact_spans_and_the_same_rows_twice(text):
    if not text.strip():
        return
    parsed, out = analysed(text)
    assert_exact_spans(parsed, out)
    again_parsed, again = analysed(text)
    assert again_parsed["sentences"] == parsed["sentences"]
    assert again == out


@settings(max_examples=20, **SETTINGS)
@given(st.one_of(texts.map(lambda t: t.encode("utf-8")), st.binary(max_size=300)))
def test_any_file_is_loaded_or_refused_with_a_clear_error(data):
    """Any bytes in an article file: a corpus whose spans are exact, or an InputError that
    says there is no readable article (never another exception)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        (folder / "a.txt").write_bytes(data)
        try:
            corpus = analysis.load_corpus(folder, cache=False, workers=1)
        except InputError as exc:
            assert "a.txt" in str(exc) or "No readable article" in str(exc)
            return
        docs = corpus.documents
        texts_by_id = dict(zip(docs["doc_id"], docs["text"]))
        for row in corpus.sentences.itertuples():
            assert texts_by_id[row.doc_id][row.start:row.end] == row.text
        for row in corpus.statements.itertuples():
            assert texts_by_id[row.doc_id].startswith(row.text.split()[0], row.start)
        for row in corpus.topic_mentions.itertuples():
            assert texts_by_id[row.doc_id][row.start:row.end] == row.term
        for row in corpus.tone_phrases.itertuples():
            assert texts_by_id[row.doc_id][row.start:row.end] == row.matched
