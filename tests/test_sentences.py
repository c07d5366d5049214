"""Sentence splitting: Punkt with our abbreviation list, spans within paragraphs."""
from analysis.reading.sentences import split_sentences


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


def test_remembered_punkt_decisions_give_the_spans_of_plain_punkt(tmp_path):
    """The splitter remembers Punkt's decision per candidate break; on the seeds, the
    hand-written test documents and 60 synthetic articles every paragraph gets exactly
    the spans a plain Punkt tokenizer with the same parameters gives."""
    from conftest import varied_documents
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.reading.sentences import punkt_parameters, sentence_splitter

    docs = varied_documents(tmp_path, 60)
    paragraphs = [p for d in docs for p in d.split("\n\n") if p.strip()]
    plain, remembering = PunktSentenceTokenizer(punkt_parameters()), sentence_splitter()
    for p in paragraphs + paragraphs:  # the second time from what it remembers
        assert list(remembering.span_tokenize(p)) == list(plain.span_tokenize(p))
    assert len(remembering._decisions) > 100
