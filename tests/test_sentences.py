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


def test_line_breaks_inside_a_blank_line_block_of_a_speech_only_break_lines():
    from analysis.reading.cleaning import clean_text

    speech = ("Press conference\n\nGood evening.\n\nI have just had a constructive meeting.\n\n"
              "It has delivered more in our fight against terrorism.\nMore security for Turkey.\nAnd a stronger NATO.\n\n"
              "Since our agreement in Madrid,\nSweden and Turkey have worked closely together.\n\n"
              "NATO Spokesperson Oana Lungescu:\nOkay, we'll go to TV4.\n\nThank you all.\n")
    paras = clean_text(speech).text.split("\n\n")
    assert "It has delivered more in our fight against terrorism. More security for Turkey. And a stronger NATO." in paras
    assert "Since our agreement in Madrid, Sweden and Turkey have worked closely together." in paras
    assert "NATO Spokesperson Oana Lungescu: Okay, we'll go to TV4." in paras  # a label opens a paragraph of its own
    # one blank line under the headline, then one paragraph per line: every line its own paragraph
    news = "Talks resume\n\nThe talks resumed on Monday.\nThe ministers met for two hours.\nNo date was set for the next round.\n"
    assert clean_text(news).text.split("\n\n") == ["The talks resumed on Monday.", "The ministers met for two hours.",
                                                    "No date was set for the next round."]


def test_a_speakers_title_with_the_name_in_brackets_under_the_headline_is_kept_and_a_photo_credit_is_not():
    from analysis.reading.cleaning import clean_text
    speech = ("Joint Press Statement of the Presidents\n\nPresident of the Republic of Peru (Ana Roca Salas)\n\n"
              "It is an honour to receive the Prime Minister on his first visit abroad.")
    assert clean_text(speech).text.split("\n\n")[0] == "President of the Republic of Peru (Ana Roca Salas)"
    news = ("Talks resume\n\nPrime Minister Ana Roca Salas (Photo: Andina)\n\n"
            "Prime Minister Ana Roca Salas told parliament on Thursday that the talks would resume.")
    assert clean_text(news).text.split("\n\n") == [
        "Prime Minister Ana Roca Salas told parliament on Thursday that the talks would resume."]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it_but_not_in_a_web_address():
    text = ("The minister said ties with Ethiopia would grow.He also praised its role. The website reported.Mali’s junta "
            "said so. See www.Gov.uk today.")
    got = [text[s:e] for _, s, e in split_sentences(text, [(0, len(text))])]
    assert got == ["The minister said ties with Ethiopia would grow.", "He also praised its role.", "The website reported.",
                   "Mali’s junta said so.", "See www.Gov.uk today."]


def test_a_syndicators_credit_glued_to_the_text_is_cut_with_its_dateline():
    from analysis.reading.cleaning import clean_text
    raw = ("Talks go on\n\n(MENAFN- Kuwait News Agency (KUNA)) RIYADH, Dec 7 (KUNA) -- The Secretary General said "
           "on Sunday that the talks would go on until an agreement is reached.")
    got = clean_text(raw)
    assert got.text.startswith("The Secretary General said on Sunday")
    assert [r[2] for r in got.removed if "MENAFN" in r[1]] == ["dateline"]
