"""Sentence splitting: Punkt with our abbreviation list, spans within paragraphs."""
from analysis.sentences import split_sentences


def sents(text):
    return [text[s:e] for _, s, e in split_sentences(text, [(0, len(text))])]


def test_abbreviations_do_not_end_sentences():
    text = "Sen. Marco Rubio met Gen. Li and Mr. Wang on Jan. 5 in Washington, D.C. at 3 p.m. sharp. They talked."
    assert sents(text) == [
        "Sen. Marco Rubio met Gen. Li and Mr. Wang on Jan. 5 in Washington, D.C. at 3 p.m. sharp.",
        "They talked.",
    ]


def test_country_abbreviation_at_sentence_end():
    assert sents("China criticized the U.S. The two sides met again.") == [
        "China criticized the U.S.",
        "The two sides met again.",
    ]


def test_closing_quotes_stay():
    text = "“We disagree,” Wang said. “But we talk.” Then he left. He said \"fine.\" Done."
    assert sents(text) == ["“We disagree,” Wang said.", "“But we talk.”", "Then he left.", 'He said "fine."', "Done."]


def test_sentences_do_not_cross_paragraphs():
    text = "First paragraph has no period\n\nSecond one does."
    out = split_sentences(text, [(0, 29), (31, len(text))])
    assert [(p, text[s:e]) for p, s, e in out] == [(1, "First paragraph has no period"), (2, "Second one does.")]
