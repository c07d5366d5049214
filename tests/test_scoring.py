"""Sentiment scores: the guarded scorer gives exactly the analyzers' own numbers."""
from pathlib import Path

import pytest
from textblob.en.sentiments import PatternAnalyzer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis
from analysis.extraction.scoring import score_sentiment, textblob_certainly_zero, vader_certainly_zero

from conftest import SEEDS, varied_documents

CORPORA = Path(__file__).resolve().parent / "corpora"
_TB, _VADER = PatternAnalyzer(), SentimentIntensityAnalyzer()


def full_scores(text: str) -> tuple[float, float, float]:
    """What TextBlob and VADER give, through their public API, without any short cut."""
    tb = _TB.analyze(text)
    return (round(float(tb.polarity), 6), round(float(tb.subjectivity), 6),
            round(float(_VADER.polarity_scores(text)["compound"]), 6))


# Texts next to the edge of the short cut: emoticons, emoji, hyphenated and starred
# lexicon entries, contractions, the irony mark, paragraph markers, lexicon words glued to
# quote marks or punctuation, capitals, negations.
EDGE_CASES = [
    "The two sides met on Monday.",
    "Officials met in Beijing :)",
    "We met (!) and talked.",
    "It was a well-off delegation.",
    "A -well-off- family.",
    "That f*cking deal.",
    "The minister left <3",
    "They talked 😀 for hours.",
    "They talked 🙂",
    "It isn't good.",
    "It isn’t good.",
    "“Good,” he said.",
    "He said: 'great'.",
    "GOOD!!!",
    "The talks were good.\n\nThey ended.",
    "The talks ended.\n\nEND",
    "No.",
    "Not at all.",
    "He said no",
    "It was kind of nice",
    "The U.S. side met the P.R.C. side at 3 p.m.",
    "A 2nd round, a 21st-century issue, the 13th plenum.",
    "Things are ok :-/ for now",
    "x-D o_O 8) ;) :P",
    "Talks, talks... talks?!",
    "",
    "   ",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_score_as_the_analyzers_do(text):
    assert score_sentiment(text) == full_scores(text)


def test_plain_text_takes_the_short_cut_and_lexicon_words_do_not():
    """The short cut is used (else it saves nothing) and only where it must be."""
    plain = "The two delegations met in Beijing on Monday."
    assert textblob_certainly_zero(plain) and vader_certainly_zero(plain)
    for text in ["The talks were good.", "A well-off family.", "Smile :)", "Smile 🙂", "It was a disaster."]:
        assert not (textblob_certainly_zero(text) and vader_certainly_zero(text)), text
        assert score_sentiment(text) != (0.0, 0.0, 0.0), text


def _texts(tmp_path):
    """Paragraphs of many shapes, and the sentences and statements the analysis finds in
    the seeds, the small test corpora and 100 synthetic articles."""
    docs = varied_documents(tmp_path / "synthetic", 100)
    texts = [p for d in docs for p in d.split("\n\n")]
    for folder in [SEEDS, *sorted(p for p in CORPORA.iterdir() if p.is_dir()), tmp_path / "synthetic"]:
        corpus = analysis.load_corpus(folder, cache=False)
        texts += corpus.sentences.text.tolist() + corpus.statements.text.tolist()
    return texts


def test_every_test_text_scores_exactly_as_the_analyzers_do(tmp_path):
    texts = _texts(tmp_path)
    assert len(texts) > 5000
    differ = [t for t in texts if score_sentiment(t) != full_scores(t)]
    assert differ == []
    # and the short cut was taken on a good share of them
    zero = sum(textblob_certainly_zero(t) for t in texts)
    assert zero > 0.1 * len(texts)
