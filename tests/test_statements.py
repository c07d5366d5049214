"""Statements: who said what, checked against hand-made expectations."""
import re

import pytest
import yaml

import analysis
from analysis.tables import STATEMENT_COLUMNS
from conftest import DATA
from statement_eval import evaluate, predict
from analysis.extraction.statements import extract_statements
from analysis.reading.sentences import split_sentences


def test_seed_statements_match_hand_made_gold(seeds):
    gold = yaml.safe_load((DATA / "seed_statements.yaml").read_text(encoding="utf-8"))
    st = seeds.statements
    assert list(st.columns) == STATEMENT_COLUMNS
    for doc_id, expected in gold.items():
        got = st[st["doc_id"] == doc_id]
        assert [(r.speaker, r.kind, r.cue, r.text) for r in got.itertuples()] == [
            (g["speaker"], g["kind"], g["cue"], g["text"]) for g in expected
        ]
        assert [r.via for r in got.itertuples()] == [g.get("via", "") for g in expected]


def test_seed_statement_spans_and_sides(seeds):
    texts = dict(zip(seeds.documents["doc_id"], seeds.documents["text"]))
    sides = {"Antony Blinken": "United States", "Wang Yi": "China", "Xi Jinping": "China",
             "US officials": "United States", "both sides": "both sides"}
    for r in seeds.statements.itertuples():
        span = texts[r.doc_id][r.start:r.end]
        # the span starts where the statement's text starts
        assert span[:20] == r.text[:20], (span, r.text)
        assert sides[r.speaker] == r.side
        sent = seeds.sentences[(seeds.sentences.doc_id == r.doc_id) & (seeds.sentences.sent_id == r.sent_id)].iloc[0]
        assert sent.start <= r.start < sent.end
    assert seeds.statements["statement_id"].is_unique


def test_sentiment_columns(seeds):
    st = seeds.statements
    assert st["polarity"].between(-1, 1).all() and st["vader_compound"].between(-1, 1).all()
    assert st["subjectivity"].between(0, 1).all()
    vital = st[st.text.str.startswith("It is absolutely vital")].iloc[0]
    from textblob.en.sentiments import PatternAnalyzer

    assert vital.polarity == pytest.approx(PatternAnalyzer().analyze(vital.text)[0])


def speakers(text):
    return [(p["speaker"], p["kind"], p["text"]) for p in predict(text)]


@pytest.mark.parametrize("text, expected", [
    # attribution after, curly quotes, pronoun
    ("Commerce Secretary Gina Raimondo arrived on Monday.\n\n“We want stability,” she said.",
     [("Gina Raimondo", "direct", "We want stability,")]),
    # attribution in the middle joins both pieces
    ('"We disagree," Wang said, "but we will talk."', [("Wang", "direct", "We disagree, but we will talk.")]),
    # inverted attribution with an aside
    ('"It is a mistake," said Hugh Hill, a doctor in Ohio.', [("Hugh Hill", "direct", "It is a mistake,")]),
    # colon lead-in in the previous paragraph
    ("Secretary of State Antony Blinken told reporters:\n\n“We will keep talking.”",
     [("Antony Blinken", "direct", "We will keep talking.")]),
    # dash attribution without a verb
    ("“Dialogue is always open.” — Mao Ning, Foreign Ministry spokeswoman",
     [("Mao Ning", "direct", "Dialogue is always open.")]),
    # reported speech, surname resolved to the fullest name in the document
    ("Japanese Foreign Minister Yoko Kamikawa met Wang Yi.\n\nKamikawa urged China to lift its ban on seafood imports.",
     [("Yoko Kamikawa", "indirect", "China to lift its ban on seafood imports")]),
    # according to
    ("The talks will resume next month, according to US officials.",
     [("US officials", "indirect", "The talks will resume next month")]),
    # role noun resolved to the person in focus
    ("Wang Yi met Blinken in Beijing. China's top diplomat insisted that Taiwan is a red line.",
     [("Wang Yi", "indirect", "Taiwan is a red line")]),
    # institution not in the registry
    ("The Philippine coast guard said two of its vessels were blocked.",
     [("Philippine coast guard", "indirect", "two of its vessels were blocked")]),
    # intermediary
    ("The State Department reported that Blinken emphasized the need for guardrails.",
     [("Antony Blinken", "indirect", "the need for guardrails")]),
    # joint statement
    ("The two leaders agreed that their teams would stay in touch.", [("both sides", "indirect", "their teams would stay in touch")]),
    # mixed quote stays indirect with its quotation marks
    ('Blinken said the U.S. wants to make sure "that competition does not veer into conflict."',
     [("Antony Blinken", "indirect", 'the U.S. wants to make sure "that competition does not veer into conflict"')]),
])
def test_forms(text, expected):
    assert speakers(text) == expected


def test_chinese_readout_continuation():
    # the sentences that go on reporting Wang Yi's words are one statement per run (the rule
    # of the real-text annotations), until a sentence with a cue of its own
    text = ("Wang Yi met Antony Blinken in Beijing on June 19.\n\n"
            "Wang Yi said that China-U.S. relations are at a low point. The U.S. side should stop interfering. "
            "China will defend its interests. Blinken said the talks were useful.")
    assert speakers(text) == [
        ("Wang Yi", "indirect", "China-U.S. relations are at a low point"),
        ("Wang Yi", "indirect", "The U.S. side should stop interfering. China will defend its interests"),
        ("Antony Blinken", "indirect", "the talks were useful"),
    ]


def test_transcript_turns_and_stage_directions():
    text = ("SECRETARY BLINKEN: Good morning. (Laughter.) We had candid talks.\n\n"
            "QUESTION: Did you raise Taiwan?\n\n"
            "SECRETARY BLINKEN: (Through an interpreter) We did.")
    assert speakers(text) == [
        ("Antony Blinken", "direct", "Good morning. We had candid talks."),
        ("Reporter", "direct", "Did you raise Taiwan?"),
        ("Antony Blinken", "direct", "We did."),
    ]


@pytest.mark.parametrize("text", [
    'Wang called for respect for the "One China" principle',  # a quoted term inside a statement
    "The two sides discussed trade, Taiwan and fentanyl.",
    "The said agreement was signed in 2020.",
    'The film "Lost in Beijing" opened on Friday.',
    "Blinken did not say when he would return.",
])
def test_not_statements(text):
    got = speakers(text)
    assert all("One China" not in t or k == "indirect" for _, k, t in got)
    if "Wang called" not in text:
        assert got == []


@pytest.mark.parametrize("text", [
    'He said "we will', '"', '“”', 'Wang said “yes and ” no ”” again".', '″ stray ″ marks ″',
    "“Open quote in one paragraph\n\nand none closed", "Said.", ": \n\n :",
])
def test_malformed_quotes_never_crash(text):
    predict(text)


def test_gold_set_accuracy():
    """Finding F1 and speaker accuracy on 138 hand-made cases (news, readouts, transcripts)."""
    res = evaluate()
    assert res["f1"] >= 0.95
    assert res["speaker_accuracy"] >= 0.95


def test_heldout_set_accuracy():
    """The same on 40 realistic documents written by someone who never saw the code (the
    target of the project is 0.90 for both)."""
    from statement_eval import HELDOUT

    res = evaluate(HELDOUT)
    assert res["gold"] == 345  # 354 marked, runs of readout continuations scored as one (statement_eval)
    assert res["f1"] >= 0.90
    assert res["speaker_accuracy"] >= 0.90


def test_sides_on_sets_marked_with_sides():
    """Sides, on the two sets whose statements carry them: the development set (fixed against)
    and the second held-out set (measured once: 0.824). Guards the project's targets."""
    from statement_eval import DEV, HELDOUT2

    dev, held = evaluate(DEV), evaluate(HELDOUT2)
    assert (dev["gold"], held["gold"]) == (266, 121)  # 274 and 122 marked, continuation runs as one
    assert dev["side_accuracy"] >= 0.90 and held["side_accuracy"] >= 0.75
    assert held["f1"] >= 0.85 and held["speaker_accuracy"] >= 0.85


def test_statements_empty_corpus_without_quotes(tmp_path):
    (tmp_path / "a.txt").write_text("The weather in Beijing was mild on Monday.", encoding="utf-8")
    st = analysis.load_corpus(tmp_path).statements
    assert st.empty and list(st.columns) == STATEMENT_COLUMNS


@pytest.mark.parametrize("text, expected", [
    # a postposed attribution at the end of a reported clause is the channel, not the content
    ("Jake Sullivan raised concerns about China's support for Russia's defense industry, "
     "a senior administration official told reporters after the meeting.",
     [("Jake Sullivan", "concerns about China's support for Russia's defense industry", "senior administration official")]),
    ("Both sides agreed to hold another round of talks in the spring, officials said on Sunday.",
     [("both sides", "to hold another round of talks in the spring", "officials")]),
    # "the foreign ministry" with no country named is no particular country's (as written)
    ("Wang Yi urged Washington to stop arming Taiwan — the foreign ministry said in a statement.",
     [("Wang Yi", "Washington to stop arming Taiwan", "foreign ministry")]),
    # not an attribution: the verb has its own clause, or the comma opens a relative clause
    ("Antony Blinken said he raised the cases of detained Americans, which Wang said he would look into.",
     [("Antony Blinken", "he raised the cases of detained Americans, which Wang said he would look into", "")]),
    ("Antony Blinken said the talks were useful, and the sides agreed to meet again.",
     [("Antony Blinken", "the talks were useful, and the sides agreed to meet again", "")]),
])
def test_trailing_attribution_becomes_via(text, expected):
    got = [(p["speaker"], p["text"], p["via"]) for p in predict(text)]
    assert got == expected


def speaker_sides(text):
    """(speaker, side, text) of each statement, through the whole document pipeline."""
    from analysis.reading.parse import process_document
    from analysis.reading.sources import RawDocument
    from analysis.extraction.statements import statements_for_document

    res = process_document(RawDocument("case", "case", text, {}))
    doc = res["document"]
    return [(r[3], r[4], r[8]) for r in statements_for_document("case", doc["text"], res["sentences"], doc["title"])]


@pytest.mark.parametrize("text, expected", [
    # a person "of" a body is the person, and the pronoun after finds them
    ('"It is a thaw, not a spring," said Scott Kennedy of the Center for Strategic and International '
     'Studies in Washington. He said both governments wanted to avoid an accident.',
     [("Scott Kennedy", "unknown", "It is a thaw, not a spring,"),
      ("Scott Kennedy", "unknown", "both governments wanted to avoid an accident")]),
    ("Foreign Minister Wang Yi of China said the talks were useful.", [("Wang Yi", "China", "the talks were useful")]),
    ("Minister of Foreign Affairs Wang Yi said the talks were useful.", [("Wang Yi", "China", "the talks were useful")]),
    # ... but a title or an institution with "of" stays what it is
    ("The Ministry of Commerce said the curbs were unfair.", [("Commerce Ministry", "China", "the curbs were unfair")]),
    ("The People's Republic of China said the curbs were unfair.", [("China", "China", "the curbs were unfair")]),
    # an appositive with a nationality and a role gives a side, also to later mentions
    ("Wang Wentao, the Chinese commerce minister, met Gina Raimondo on Monday.\n\n"
     "Wang said Beijing was open to more talks.",
     [("Wang Wentao", "China", "Beijing was open to more talks")]),
    ("Yoko Kamikawa, Japan's foreign minister, said Tokyo was worried.",
     [("Yoko Kamikawa", "Japan", "Tokyo was worried")]),
    # a country as the subject of expertise is no side
    ('"It is a thaw," said Bonnie Glaser, a China expert at the German Marshall Fund.',
     [("Bonnie Glaser", "unknown", "It is a thaw,")]),
    # "citing" a reason is no source of speech; "citing" officials is
    ("The company cut jobs in Shanghai, citing weak demand from China.", []),
    ("Gina Raimondo said companies had complained to her, citing fines and raids.",
     [("Gina Raimondo", "United States", "companies had complained to her")]),
    ("Beijing will retaliate against the sanctions, citing officials familiar with the matter.",
     [("officials familiar with the matter", "unknown", "Beijing will retaliate against the sanctions")]),
])
def test_affiliations_appositives_and_citing(text, expected):
    assert speaker_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # unnamed sources described by what they know, and "the people" / "the person" after them
    ("The administration is preparing sanctions, according to people familiar with the matter. "
     "The measures would target banks, the people said.",
     [("people familiar with the matter", "unknown", "The administration is preparing sanctions"),
      ("people familiar with the matter", "unknown", "The measures would target banks")]),
    ('A person familiar with the deliberations said officials had grown frustrated. "They are still doing it," the person said.',
     [("person familiar with the deliberations", "unknown", "officials had grown frustrated"),
      ("person familiar with the deliberations", "unknown", "They are still doing it,")]),
    ("U.S. officials briefed on the talks said China had agreed.",
     [("U.S. officials briefed on the talks", "United States", "China had agreed")]),
    # an official role before the name gives the side of the country or institution named
    ('"We stand with our ally," US ambassador MaryKay Carlson wrote on X.',
     [("MaryKay Carlson", "United States", "We stand with our ally,")]),
    ("China Coast Guard spokesman Liu Dejun said the ships had intruded.", [("Liu Dejun", "China", "the ships had intruded")]),
    ("Kremlin spokesman Dmitry Peskov said Russia valued the partnership.",
     [("Dmitry Peskov", "Russia", "Russia valued the partnership")]),
    ("White House climate adviser John Podesta said the work would go on.",
     [("John Podesta", "United States", "the work would go on")]),
    ("A State Department spokesperson said the stopover was private.",
     [("State Department spokesperson", "United States", "the stopover was private")]),
    # experts and scholars speak for no government, whatever their nationality
    ("Chinese experts said the curbs would backfire.", [("Chinese experts", "unknown", "the curbs would backfire")]),
    ("Shi Yinhong, a Chinese scholar, said the curbs would backfire.", [("Shi Yinhong", "unknown", "the curbs would backfire")]),
])
def test_unnamed_sources_and_sides_of_officials(text, expected):
    assert speaker_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Senior Col. Jiang Bin, a spokesman for the ministry, said the meeting was useful.',
     [("Jiang Bin", "unknown", "the meeting was useful")]),
    ('U.S. Ambassador to Japan Rahm Emanuel, who has eaten the fish, said on X that the ban was "economic coercion."',
     [("Rahm Emanuel", "United States", 'the ban was "economic coercion"')]),
    ('"Both have an interest in calm," said Helen Marsh of the German Marshall Fund.',
     [("Helen Marsh", "unknown", "Both have an interest in calm,")]),
    ("A Xinhua commentary published on Tuesday said Washington's approach would backfire.",
     [("Xinhua", "China", "Washington's approach would backfire")]),
    ("A White House fact sheet said the rules cover chips.", [("White House", "United States", "the rules cover chips")]),
    ("Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was studying the controls.",
     [("Yoshimasa Hayashi", "Japan", "Tokyo was studying the controls")]),
    ("Beijing protested over Taiwanese leader Lai Ching-te’s stopover in Hawaii.\n\n"
     "Speaking at a dinner, Lai said Taiwan would never bow to pressure.",
     [("Lai Ching-te", "Taiwan", "Taiwan would never bow to pressure")]),
    # "He" the surname, mid-sentence; and a second clause after "noting that"
    ("Commerce Ministry spokesperson He Yadong said China opposed the probe.\n\n"
     "The probe is a typical act of unilateralism, He said, noting that the United States subsidizes its chips.",
     [("He Yadong", "China", "China opposed the probe"),
      ("He Yadong", "China", "The probe is a typical act of unilateralism"),
      ("He Yadong", "China", "the United States subsidizes its chips")]),
])
def test_names_with_titles_documents_and_second_clauses(text, expected):
    assert speaker_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "A:" answers belong to the person the headline names; a label surname finds the full name there
    ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 5, 2025\n\n"
     "Q: What is China's response?\n\nA: Pressure and threats will not work on China.",
     [("Reporter", "unknown", "What is China's response?"), ("Mao Ning", "China", "Pressure and threats will not work on China.")]),
    ("Secretary of Defense Pete Hegseth and Philippine Secretary of National Defense Gilberto Teodoro Joint Press Conference\n\n"
     "SECRETARY TEODORO: Good morning. It is an honor to welcome Secretary Hegseth.\n\n"
     "SECRETARY HEGSETH: Thank you, Mr. Secretary. Deterrence is necessary.",
     [("Gilberto Teodoro", "Philippines", "Good morning. It is an honor to welcome Secretary Hegseth."),
      ("Pete Hegseth", "United States", "Thank you, Mr. Secretary. Deterrence is necessary.")]),
    # a title between the comma and the name of a postposed attribution
    ("China firmly opposes the decision and will safeguard its rights, Ministry of Commerce spokesperson He Yadong said Tuesday.",
     [("He Yadong", "China", "China firmly opposes the decision and will safeguard its rights")]),
    ("China has become a key enabler of Russia's war, the European Union's foreign policy chief Kaja Kallas said on Thursday.",
     [("Kaja Kallas", "European Union", "China has become a key enabler of Russia's war")]),
    # "urged X to do Y that ...": the "that" is a relative pronoun, not the start of the clause
    ("Secretary Rubio urged the PRC to stop supplying Moscow with goods that sustain Russia's war.",
     [("Marco Rubio", "United States", "the PRC to stop supplying Moscow with goods that sustain Russia's war")]),
    ("Kurt Campbell made clear that the United States would not hesitate to defend its allies.",
     [("Kurt Campbell", "United States", "the United States would not hesitate to defend its allies")]),
])
def test_transcript_answers_titles_and_clauses(text, expected):
    assert speaker_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Moscow, Kremlin spokesman Dmitry Peskov said Russia valued the partnership.",
     [("Dmitry Peskov", "Russia", "Russia valued the partnership")]),
    ("Nvidia Chief Executive Jensen Huang said the controls had failed.", [("Jensen Huang", "unknown", "the controls had failed")]),
    ("The Hong Kong government said it strongly condemned the move.",
     [("Hong Kong government", "China", "it strongly condemned the move")]),
    # a business body speaks for no government, even with a country in its name
    ("The China Semiconductor Industry Association said US chips were no longer safe.",
     [("China Semiconductor Industry Association", "unknown", "US chips were no longer safe")]),
    ("Beijing lodged protests, the Chinese foreign ministry said on Monday. A ministry spokeswoman later said Beijing would respond.",
     [("Chinese Foreign Ministry", "China", "Beijing lodged protests"), ("ministry spokeswoman", "China", "Beijing would respond")]),
    # after "attributable to X:", paragraphs with no reported speech of their own are X's words
    ("Statement on PRC Sanctions\n\nThe following is attributable to Spokesperson Matthew Miller:\n\n"
     "These measures are the latest in a series of coercive actions by Beijing.\n\n"
     "Secretary Blinken emphasized the importance of open channels of communication.",
     [("Matthew Miller", "United States", "These measures are the latest in a series of coercive actions by Beijing."),
      ("Antony Blinken", "United States", "the importance of open channels of communication")]),
])
def test_bodies_places_and_attributable_statements(text, expected):
    assert speaker_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", adding that ..." / ", saying ...": a second statement of the same speaker
    ("Treasury Secretary Scott Bessent told CNBC the talks were very productive, adding that a deal was possible by summer.",
     [("Scott Bessent", "United States", "the talks were very productive"),
      ("Scott Bessent", "United States", "a deal was possible by summer")]),
    ("Japan's ambassador Kazuya Endo expressed concern, saying Tokyo opposed any actions that increase tensions.",
     [("Kazuya Endo", "Japan", "Tokyo opposed any actions that increase tensions")]),
    # a possessive before the role: the person named
    ("“We will respond firmly,” the ministry’s spokesperson Mao Ning told a regular briefing.",
     [("Mao Ning", "China", "We will respond firmly,")]),
    ("The embassy's spokesman Liu Pengyu said China firmly opposes the move.",
     [("Liu Pengyu", "China", "China firmly opposes the move")]),
])
def test_second_clauses_addressees_and_possessive_roles(text, expected):
    assert speaker_sides(text) == expected


# -- readouts, joint statements and transcripts as published (the real-text rules) --------

def speaker_texts(text, outlet="", title=""):
    return [(p["speaker"], p["side"], p["text"], p["via"]) for p in predict(text, outlet, title)]


@pytest.mark.parametrize("text, expected", [
    # coordinated reporting verbs: one statement each
    ("President Biden reiterated the U.S. commitment to the alliance, raised concerns about cyberattacks, and "
     "expressed support for new talks.",
     [("Joe Biden", "United States", "the U.S. commitment to the alliance", ""),
      ("Joe Biden", "United States", "concerns about cyberattacks", ""),
      ("Joe Biden", "United States", "support for new talks", "")]),
    # ", and he emphasized": the subject repeated as a pronoun
    ("President Biden raised concerns over arms sales, and he emphasized the need for restraint.",
     [("Joe Biden", "United States", "concerns over arms sales", ""),
      ("Joe Biden", "United States", "the need for restraint", "")]),
    # a "that" clause owns the verbs inside it
    ("Wang Yi expressed that the summit has reviewed trade, reiterated its goals and highlighted cooperation.",
     [("Wang Yi", "China", "the summit has reviewed trade, reiterated its goals and highlighted cooperation", "")]),
    # a verb of action ends the statement
    ("The two sides noted the importance of military communications and planned to hold a call.",
     [("both sides", "both sides", "the importance of military communications", "")]),
    # joint subjects
    ("The two Foreign Ministers decided to hold regular consultations.",
     [("both sides", "both sides", "to hold regular consultations", "")]),
    ("Secretary Blinken met Foreign Minister Hayashi. Secretary Blinken and the Foreign Minister reaffirmed "
     "the strength of the alliance.",
     [("both sides", "both sides", "the strength of the alliance", "")]),
    # a participle that opens a second statement
    ("Wang Yi reiterated China's opposition to the test, expressing that China is ready to work with the council.",
     [("Wang Yi", "China", "China's opposition to the test", ""),
      ("Wang Yi", "China", "China is ready to work with the council", "")]),
])
def test_readout_clauses_and_joint_subjects(text, expected):
    assert speaker_texts(text) == expected


def test_nested_speech_in_a_turn_is_an_extra_statement():
    text = ("Background Press Call on the Vienna Meeting\n\n"
            "MODERATOR: Good afternoon. My name is Dana Ortiz, and I will moderate today.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: Thanks. Mr. Sullivan underscored that the United States does not "
            "seek conflict. We have made clear that we will defend our interests.\n\n"
            "Q    Did they discuss Taiwan?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: They did.")
    got = speaker_texts(text, outlet="The White House")
    assert ("Jake Sullivan", "United States", "the United States does not seek conflict", "Senior Administration Official") in got
    # the speaker's own first-person words stay in the turn, no statement of their own
    assert not any(t.startswith("we will defend") for _, _, t, _ in got)
    # the moderator who names himself is named; questions are Reporter's
    assert got[0][:2] == ("Dana Ortiz", "United States")
    assert ("Reporter", "unknown", "Did they discuss Taiwan?", "") in got


def test_one_labelled_speaker_under_a_press_conference_headline():
    text = ("Extraordinary Press Conference by Foreign Minister KAMIKAWA Yoko\n\n"
            "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs: Today I have come to Busan for the trilateral meeting.\n\n"
            "I held a meeting with Foreign Minister Wang Yi, and we discussed a wide range of issues.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Japan")
    assert [(sp, side) for sp, side, _, _ in got] == [("Yoko Kamikawa", "Japan"), ("Yoko Kamikawa", "Japan")]


def test_an_outlet_after_a_reporters_name_is_a_question():
    text = ("Press Conference by Foreign Minister Kishida\n\n"
            "Minister Kishida: I would like to begin with a report on my travel.\n\n"
            "Fukai, TBS: Do you still hope to visit China in the spring?\n\n"
            "Minister Kishida: I have nothing to announce at this point.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Japan")
    assert [sp for sp, _, _, _ in got] == ["Fumio Kishida", "Reporter", "Fumio Kishida"]


def test_a_turn_keeps_its_own_government_and_page_labels_out():
    text = ("Press Conference by Minister Nishimura\n\n"
            "Q: What is your response to the ban?\n\n"
            "A: Japan can in no way accept this decision. Japan is calling for the immediate repeal of this measure.\n\n"
            "Related Information (Japan-China Relations)")
    got = speaker_texts(text, outlet="Ministry of Economy, Trade and Industry of Japan")
    assert [(sp, side) for sp, side, _, _ in got] == [("Reporter", "unknown"), ("Nishimura", "Japan")]


def test_the_narration_of_an_attributable_readout_is_no_statement():
    text = ("Secretary Blinken's Meeting with Director Wang Yi\n\n"
            "The following is attributable to Spokesperson Matthew Miller:\n\n"
            "Secretary of State Antony J. Blinken met with Director Wang Yi today in Munich.\n\n"
            "The United States remains committed to open lines of communication.")
    got = speaker_texts(text)
    assert [(sp, t) for sp, _, t, _ in got] == [("Matthew Miller", "The United States remains committed to open lines of communication.")]


@pytest.mark.parametrize("text, expected", [
    ("The two sides recognized the importance of leader-level communication.",
     [("both sides", "both sides", "the importance of leader-level communication", "")]),
    ("The two Ministers shared the view that they will seek to resolve issues through dialogue.",
     [("both sides", "both sides", "they will seek to resolve issues through dialogue", "")]),
    ("Beijing has never recognized Kosovo.", []),  # recognition of a state is no statement
    # inside a "that" clause, a cue with an addressee of its own starts a statement
    ("Minister Gemba added that there is no justification for violence, and strongly urged the Chinese side "
     "to exercise restraint.",
     [("Gemba", "unknown", "there is no justification for violence", ""),
      ("Gemba", "unknown", "the Chinese side to exercise restraint", "")]),
    ("Wang Yi advised Japan to speak and act cautiously.", [("Wang Yi", "China", "Japan to speak and act cautiously", "")]),
    ("The delegates shared a meal in Tokyo.", []),
])
def test_stance_verbs_of_readouts(text, expected):
    assert speaker_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a joint subject with a verb in the present: "both sides recognize ..."
    ("Both sides recognize the importance of regular channels between the two militaries.",
     [("both sides", "both sides", "the importance of regular channels between the two militaries", "")]),
    # a commitment beside a cue is a statement of its own
    ("The two ministers noted the value of the dialogue and committed to holding it every year.",
     [("both sides", "both sides", "the value of the dialogue", ""),
      ("both sides", "both sides", "to holding it every year", "")]),
    # "claims" with a clause and no "that"
    ("Pakistan claims the strike is a violation of its airspace.",
     [("Pakistan", "Pakistan", "the strike is a violation of its airspace", "")]),
    ("Foreign Minister Sikorski mentioned that Warsaw would host the next round.",
     [("Radosław Sikorski", "Poland", "Warsaw would host the next round", "")]),  # the registry's surname
])
def test_joint_present_commitments_and_bare_clauses(text, expected):
    got = speaker_texts(text)
    assert [(t, v) for _, _, t, v in got] == [(t, v) for _, _, t, v in expected]
    assert [sp for sp, _, _, _ in got][:1] == [sp for sp, _, _, _ in expected][:1]


@pytest.mark.parametrize("text", [
    "The U.S. side is committed to keeping channels of communication open.",
    "Foreign students are welcome to study at the university.",
    "The storm claimed the lives of twelve fishermen off the coast.",
    "The minister committed a serious error in his first week.",
])
def test_states_and_objects_are_not_speech(text):
    assert speaker_texts(text) == []


def test_we_in_a_statement_is_its_own_voice_not_a_speaker():
    text = ("Statement on the Border Talks\n\nThe following is attributable to Spokesperson Ana Ruiz:\n\n"
            "The talks were useful. We urge both parties to keep the ceasefire.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Chile")
    assert [(sp, t) for sp, _, t, _ in got] == [("Ana Ruiz", "The talks were useful. We urge both parties to keep the ceasefire.")]


def test_readout_paragraph_goes_on_with_own_country_as_subject():
    text = ("Foreign Minister Jaishankar Meets Foreign Minister Wong\n\n"
            "Jaishankar reiterated India's position on terrorism and emphasized that dialogue must be free of violence. "
            "India welcomes the new working group on maritime security. Both countries gain from open sea lanes.\n\n"
            "Wong said that Australia values the partnership.")
    got = speaker_texts(text, outlet="Ministry of External Affairs of India")
    assert ("Jaishankar", "India", "India welcomes the new working group on maritime security. "
            "Both countries gain from open sea lanes", "") in [(sp.split()[-1], side, t, v) for sp, side, t, v in got]


def test_a_company_sentence_after_its_statement_is_narration():
    text = ("Chip Curbs Weighed\n\nAcme Corp said in a statement that the rules were unclear. "
            "The company's shares fell 3% in trading.")
    assert not any("shares fell" in t for _, _, t, _ in speaker_texts(text))


@pytest.mark.parametrize("text, expected", [
    # a joint subject of its own after ", and"
    ("The two ministers concurred on holding talks at all levels and invited each other for visits, and both sides "
     "decided to consider such visits soon.",
     [("both sides", "on holding talks at all levels"), ("both sides", "to consider such visits soon")]),
    # inside a "that" clause, a cue whose object is the speaker's own starts a statement
    ("Minister Ortega stated that stable relations matter to both countries, and expressed his intention to "
     "visit Lima next year.",
     [("Ortega", "stable relations matter to both countries"), ("Ortega", "his intention to visit Lima next year")]),
    # a source in a lead-in clause
    ("As has been clarified by the Kenyan side, the report does not reflect the government's position.",
     [("Kenyan side", "the report does not reflect the government's position")]),
    ("As you've heard from my colleagues at the Department of Defense, other regions have seen such flights too.",
     [("Pentagon", "other regions have seen such flights too")]),
    # a joint view, and "encouraged" after a verb of its own
    ("Both sides see that a direct channel helps to manage competition.",
     [("both sides", "a direct channel helps to manage competition")]),
    ("The two leaders reviewed and encouraged progress on counternarcotics cooperation.",
     [("both sides", "progress on counternarcotics cooperation")]),
    # a postposed attribution after a comma inside the closing quotation mark
    ('The ministers have "agreed to keep working toward a settlement," the Foreign Office said on Monday.',
     [("Foreign Office", "agreed to keep working toward a settlement,")]),
])
def test_joint_parts_lead_ins_and_views(text, expected):
    got = speaker_texts(text)
    assert [(sp.split()[-1] if sp not in ("both sides",) and " side" not in sp and "Office" not in sp else sp, t)
            for sp, _, t, _ in got] == [(sp.split()[-1] if sp not in ("both sides",) and " side" not in sp and "Office" not in sp else sp, t)
                                        for sp, t in expected]


def test_quotations_in_a_turn_and_a_quoted_paragraph_after_a_colon():
    turn = ("Remarks by the Spokesperson\n\nMR. KIRBY:  If any talks are pursued with Ukraine — as President Biden said, "
            "“Nothing about Ukraine without Ukraine” — then that is fine. The two sides just said, quote, "
            "“The Charter must be observed.”  Well, we agree.")
    got = speaker_texts(turn, outlet="The White House")
    assert ("Joe Biden", "Nothing about Ukraine without Ukraine") in [(sp, t.strip("“”")) for sp, _, t, _ in got]
    assert ("both sides", "The Charter must be observed") in [(sp, t.strip("“”")) for sp, _, t, _ in got]
    article = ("Spokesperson Maria Lindqvist said the drills “show a reckless disregard for the law:”\n\n"
               "“By blocking the vessels, the navy interfered in lawful operations.”\n\n"
               "The dispute continues.")
    got = speaker_texts(article)
    assert ("Maria Lindqvist", "By blocking the vessels, the navy interfered in lawful operations.") in [
        (sp, t) for sp, _, t, _ in got]


def test_sources_named_by_their_statement_or_medium_inside_turns():
    text = ("Regular Press Conference\n\n"
            "QUESTION: According to the Philippine DFA’s statement, the Philippines conducted a resupply mission "
            "this morning. What is your comment?\n\n"
            "MR. OKAFOR: I saw reports in German media that the talks had been overheard. We have no comment.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Nigeria")
    assert ("Philippine Department of Foreign Affairs", "Philippines",
            "the Philippines conducted a resupply mission this morning", "Reporter") in got
    assert ("German media", "unknown", "the talks had been overheard", "Okafor") in got


def test_a_governments_own_official_takes_its_side():
    # named with a role and no country, in a text the government publishes
    text = ("Foreign Ministers' Meeting\n\nOn May 2, Mr. Kenji Sato, Minister for Foreign Affairs, held a meeting with "
            "Ms. Ana Ruiz, Minister of Foreign Affairs of Chile. Minister Sato stated that the two countries share "
            "values. Minister Ruiz said that Chile welcomes closer ties.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Japan")
    assert [(sp.split()[-1], side) for sp, side, _, _ in got] == [("Sato", "Japan"), ("Ruiz", "Chile")]
    # "MR. OKAFOR:" at the publisher's own briefing speaks for it
    brief = ("Press Briefing\n\nQUESTION: Any news on the visit?\n\nMR. OKAFOR: None today.\n\n"
             "QUESTION: And the talks?\n\nMR. OKAFOR: They continue next week.")
    got = speaker_texts(brief, outlet="Ministry of Foreign Affairs of Nigeria")
    assert {(sp, side) for sp, side, _, _ in got} == {("Reporter", "unknown"), ("Okafor", "Nigeria")}


def test_you_in_a_two_person_transcript_is_the_other_speaker():
    text = ("Remarks by President Ruto and Prime Minister Albanese Before Their Meeting\n\n"
            "PRESIDENT RUTO: Welcome. Last year in Nairobi, you said to me, and I quote, “Our two nations share a "
            "long coastline of values.” I agree.\n\n"
            "PRIME MINISTER ALBANESE: Thank you, William.")
    got = predict(text, "", "")
    nested = [p for p in got if p["via"]]
    assert [(p["speaker"].split()[-1], p["kind"], p["text"]) for p in nested] == [
        ("Albanese", "direct", "Our two nations share a long coastline of values")]


@pytest.mark.parametrize("text, expected", [
    ("After the summit, several leaders came up to the Chancellor to say that the trade deal was overdue.",
     [("leaders", "unknown", "the trade deal was overdue", "")]),
    ("The envoy communicated the government's readiness to resume talks.",
     [("envoy", "unknown", "the government's readiness to resume talks", "")]),
    ("The envoy communicated with Ankara through intermediaries.", []),
])
def test_visits_to_say_and_communicated_messages(text, expected):
    assert [(sp.split()[-1], side, t, v) for sp, side, t, v in speaker_texts(text)] == expected


def test_messages_announced_and_coordinated_subjects_in_a_turn():
    text = ("Department Press Briefing\n\nQUESTION: Any news on the calls?\n\n"
            "MR. OKAFOR: Minister Adeyemi phoned her counterpart in Accra with a couple of messages. One was that "
            "the border must stay open to trade. Two days later Minister Adeyemi, while we were in Lagos, called the "
            "foreign minister of Ghana – Ama Owusu – and made clear to her that we expect a ruling soon.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Nigeria")
    nested = [(sp.split()[-1], t) for sp, _, t, v in got if v]
    assert nested == [("Adeyemi", "the border must stay open to trade"), ("Adeyemi", "we expect a ruling soon")]


@pytest.mark.parametrize("text, expected", [
    ("Moscow also said Lavrov called the U.S. rhetoric unacceptable.", [("Lavrov", "the U.S. rhetoric unacceptable")]),
    ("Foreign Minister Penny Wong called the talks candid and useful.", [("Wong", "the talks candid and useful")]),
    ("She called the meeting to order at noon.", []),
    ("The premier called the ambassador late at night.", []),
])
def test_called_as_a_judgement(text, expected):
    assert [(sp.split()[-1], t) for sp, _, t, _ in speaker_texts(text)] == expected


def test_a_reporter_who_names_their_outlet_is_a_reporter():
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
            "Shri Arun Mehta, Official Spokesperson: Good afternoon. I will take questions.\n\n"
            "Kavya: Hi sir, Kavya from Metro Times. Has the ministry raised the matter with Ottawa?\n\n"
            "Shri Arun Mehta, Official Spokesperson: We have raised it.\n\n"
            "Kavya: And the second question?")
    got = speaker_texts(text, outlet="Ministry of External Affairs of India")
    assert [sp for sp, _, _, _ in got] == ["Arun Mehta", "Reporter", "Arun Mehta", "Reporter"]


def test_an_unlabelled_transcript_is_its_headline_speakers():
    text = ("Transcript of the Weekly Media Briefing by the Spokesperson, Thursday, 17 August 2023\n\n"
            "[This is a rush transcript. This copy may not be in its final form]\n\n"
            "Thanks for joining us for the Weekly Briefing.\n\n"
            "We welcome the statement of the rapporteurs and urge restraint.")
    got = speaker_texts(text, outlet="Ministry of Foreign Affairs of Pakistan")
    assert [(sp, side, t) for sp, side, t, _ in got] == [
        ("Spokesperson", "Pakistan", "Thanks for joining us for the Weekly Briefing."),
        ("Spokesperson", "Pakistan", "We welcome the statement of the rapporteurs and urge restraint.")]


def test_an_organisations_own_statement_and_its_unnamed_official():
    text = ("Statement attributable to the Spokesman for the Secretary-General on the situation in Yemen\n\n"
            "The Secretary-General reiterates his grave concern over the fighting. Expansion of militia activities "
            "undercuts the truce. He therefore urges all sides to exercise restraint and appeals to those with "
            "grievances to voice them peacefully.")
    got = speaker_texts(text, outlet="United Nations")
    assert {(sp, side) for sp, side, _, _ in got} == {("Secretary-General", "United Nations")}
    assert "all sides to exercise restraint" in [t for _, _, t, _ in got]
    assert "those with grievances to voice them peacefully" in [t for _, _, t, _ in got]


def test_a_role_in_apposition_names_the_official():
    text = ("Chairperson Expresses Alarm\n\nThe Chairperson of the Commission of the African Union, Amina Diallo, "
            "follows events closely. The Chairperson notes that the build-up of weapons poses a grave threat.")
    got = speaker_texts(text, outlet="African Union Commission")
    assert [(sp, side) for sp, side, _, _ in got] == [("Amina Diallo", "African Union")]


@pytest.mark.parametrize("text, expected", [
    # a news site's own labels are no speakers; 'Quote:' goes on with the last speaker
    ("Kremlin sets conditions\n\nKremlin spokesman Dmitry Peskov said a meeting was possible.\n\n"
     "Quote: \"There has been no change in the position.\"",
     [("Peskov", "a meeting was possible"), ("Peskov", "There has been no change in the position.")]),
    # the head of a phrase comes before its preposition: a call is no speaker
    ("The call for the new government was made at the briefing, expressing serious concerns at the arrests.", []),
    # 'citing' a reason, not a source
    ("The ministry continues to reject the venue, citing EU sanctions among other pretexts.", []),
])
def test_labels_heads_and_reasons_are_not_speakers(text, expected):
    assert [(sp.split()[-1], t) for sp, _, t, _ in speaker_texts(text)] == expected


def test_a_country_named_before_a_role_after_the_name_gives_the_side():
    got = speaker_texts("Nick Thomas-Symonds, the UK minister for European relations, said Britain wanted a deal that "
                        "worked for coastal communities.")
    assert [(sp, side) for sp, side, _, _ in got] == [("Nick Thomas-Symonds", "United Kingdom")]


@pytest.mark.parametrize("text, expected", [
    ("Washington considers the move to be a violation of the agreement.",
     [("United States", "the move to be a violation of the agreement")]),
    ("Foreign Minister Penny Wong considered the vote as a step toward peace.",
     [("Wong", "the vote as a step toward peace")]),
    ("The proposal is considered as a basis for talks.", []),
    ("The committee considered the proposal on Monday.", []),
])
def test_considers_as_a_judgement(text, expected):
    assert [(sp.split()[-1] if sp != "United States" else sp, t) for sp, _, t, _ in speaker_texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a document quoted with "the communique said/read" speaks for the meeting that issued it
    ("\"We expressed our concern over the fighting and urged restraint,\" the communique, released after the "
     "12th Nordic Foreign Ministers' Meeting in Oslo, said.\n\n"
     "\"We will review the plan at the next summit,\" the communique read.",
     [("Nordic Foreign Ministers", "unknown", "We expressed our concern over the fighting and urged restraint,"),
      ("Nordic Foreign Ministers", "unknown", "We will review the plan at the next summit,")]),
    # "X has issued a statement" ... "the statement reads": X's words, in single quotes too
    ("The Ministry of Foreign Affairs of Chile has issued an official statement on the border.\n\n"
     "'The decision ignores the treaty and harms the region. We call for its reversal.', the statement reads.",
     [("Ministry of Foreign Affairs of Chile", "Chile", "The decision ignores the treaty and harms the region. We call for its reversal.")]),
    ("A statement issued by the Kenyan Foreign Ministry welcomed the truce.\n\n"
     "\"The parties must now honour their word,\" the document said.",
     [("Kenyan Foreign Ministry", "Kenya", "the truce"), ("Kenyan Foreign Ministry", "Kenya", "The parties must now honour their word,")]),
    # no author named: no speaker is invented for "the statement"
    ("\"The talks failed,\" the statement said.", []),
    # a single mark inside a paragraph is an apostrophe or a term, not a quotation
    ("'Tis the season, as the minister's aides like to say.", []),
])
def test_documents_speak_for_their_authors(text, expected):
    assert [(sp, side, t) for sp, side, t, _ in speaker_texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an official of a known leader or body takes its side
    ("Keith Kellogg, President Donald Trump's special envoy for Ukraine, said the talks had stalled.",
     [("Keith Kellogg", "United States")]),
    ("Anna Berg, Chancellor Olaf Scholz's foreign policy adviser, said the deal was close.",
     [("Anna Berg", "Germany")]),
    # a possessor that is no official body gives no side
    ("Mark Hill, the company's chief executive, said the deal was close.", [("Mark Hill", "unknown")]),
])
def test_an_officials_side_from_whose_official_they_are(text, expected):
    assert [(sp, side) for sp, side, _, _ in speaker_texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # names with a joined lower-case particle are names ("al-", "el-"), in any spelling of the registry
    ("Saudi Foreign Minister Adel al-Jubeir said the coalition would investigate.",
     [("Adel al-Jubeir", "Saudi Arabia")]),
    ("Sheikh Mohammed bin Abdulrahman al-Thani said talks would resume.",
     [("Mohammed bin Abdulrahman Al Thani", "Qatar")]),
    ("Al-Sisi said the crossing would stay open.", [("Abdel Fattah el-Sisi", "Egypt")]),
    # "Name, the Role,": the name speaks, and the role gives the side
    ("Mariam al-Sadiq al-Mahdi, the Sudanese Foreign Minister, reiterated the need to end the talks.",
     [("Mariam al-Sadiq al-Mahdi", "Sudan")]),
    ("Tomas Berg, the Norwegian envoy, said the talks would go on.", [("Tomas Berg", "Norway")]),
    # a role with lower-case words before the name, and a surname written without its accents
    ("EU Special Envoy for Belgrade-Pristina dialogue, Miroslav Lajčák, says a date is set. "
     "Lajcak added that the talks would follow.",
     [("Miroslav Lajčák", "European Union"), ("Miroslav Lajčák", "European Union")]),
])
def test_names_with_particles_accents_and_roles(text, expected):
    assert [(sp, side) for sp, side, _, _ in speaker_texts(text)] == expected


def test_a_quoted_paragraph_goes_on_with_the_speaker_of_the_paragraph_before():
    got = predict("Ana Ruiz, the Chilean Foreign Minister, reiterated the need to conclude the talks.\n\n"
                  "\"We affirm the need for the regional body to lead the talks.\"")
    assert [(p["speaker"], p["side"], p["kind"]) for p in got] == [
        ("Ana Ruiz", "Chile", "indirect"), ("Ana Ruiz", "Chile", "direct")]
    # not after a paragraph without reported speech
    got = predict("The talks ended on Monday.\n\n\"We affirm the need for the regional body to lead the talks.\"")
    assert got == []


@pytest.mark.parametrize("text, expected", [
    # the speaker after the verb: "..., said Foreign Minister X."
    ("Ukraine wants the talks to move forward quickly, said Ukrainian Foreign Minister Andriy Sybiha.",
     [("Andrii Sybiha", "indirect", "Ukraine wants the talks to move forward quickly")]),
    # not when the subject comes before the verb, nor for a clause after it
    ("Ella Bannister, a researcher at Amnesty International, said the measures came late.",
     [("Ella Bannister", "indirect", "the measures came late")]),
    # "as per a statement by ...": not part of the speaker's name
    ("\"Stable ties are essential,\" said Jaishankar as per a statement by the MEA.",
     [("Subrahmanyam Jaishankar", "direct", "Stable ties are essential,")]),
    # a new quotation in the next paragraph goes on with the same speaker, as its own statement
    ("\"We thank our friends for their work,\" said Putin.\n\n\"The talks were hard, and they succeeded.\"",
     [("Vladimir Putin", "direct", "We thank our friends for their work,"),
      ("Vladimir Putin", "direct", "The talks were hard, and they succeeded.")]),
])
def test_inverted_attribution_and_quoted_paragraphs(text, expected):
    assert [(p["speaker"], p["kind"], p["text"]) for p in predict(text)] == expected


def _with_date(text, date, outlet=""):
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [(st.speaker.name, st.speaker.side) for st in
            extract_statements(text, split_sentences(text, paras), outlet=outlet, date=date)]


def test_an_office_the_text_never_names_is_its_holder_on_the_documents_date():
    text = "Statement\n\nThe Secretary-General stressed that all sides must return to talks."
    assert _with_date(text, "2016-07-14", outlet="United Nations") == [("Ban Ki-moon", "United Nations")]
    assert _with_date(text, "2019-03-01", outlet="United Nations") == [("Antonio Guterres", "United Nations")]
    # without a date the office stays unnamed
    assert _with_date(text, "", outlet="United Nations")[0][0] != "Ban Ki-moon"
    # a bare "the President" of a news story is no one's in particular
    assert _with_date("Talks\n\nThe President said the talks would go on.", "2022-05-01")[0][0] != "Joe Biden"


@pytest.mark.parametrize("text, expected", [
    # the line that names a briefing's one speaker; the paragraphs after it are theirs
    ("Daily Press Briefing by the Office of the Spokesperson\n\n"
     "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the "
     "Secretary-General.\n\nThe Secretary-General is following the talks closely and will travel to Geneva next week.",
     [("Stéphane Dujarric", "The Secretary-General is following the talks closely and will travel to Geneva next week.")]),
    # hosting a visitor and "said this repeatedly" are no statements
    ("On Thursday, the President will welcome the Chairperson of the African Union Commission to the White House.", []),
    ("The minister has said this repeatedly, and we agree.", []),
])
def test_briefing_lines_hosting_and_empty_objects(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text, title=text.split("\n")[0])] == expected


@pytest.mark.parametrize("text, expected", [
    # several parties speaking together are "both sides"; a joint statement speaks for them
    ("In a joint statement, the three countries urged both parties to resume talks.\n\n"
     "The statement stressed the need for a ceasefire agreement.",
     [("both sides", "both parties to resume talks"), ("both sides", "the need for a ceasefire agreement")]),
    # "agreed today to ...", a time phrase between subject and verb
    ("Chile and Peru agreed today to establish a new border commission.",
     [("both sides", "to establish a new border commission")]),
    ("The Presidents of Chile and Peru, Gabriel Boric and Dina Boluarte, on Thursday night agreed that they will not use force.",
     [("both sides", "they will not use force")]),
    # a participle after a dash, and "as they called on"
    ("The ministers expressed concern about the stalled talks — stressing the importance of water security.",
     [("both sides", "concern about the stalled talks"), ("both sides", "the importance of water security")]),
    # list items of a declaration take the speaker of their lead-in
    ("Chile and Peru declared as follows:\n- Agreed that the two countries will not use force against one another.\n"
     "- Committed to the pursuance of good neighbourliness.\n\nThe talks ended at noon.",
     [("both sides", "the two countries will not use force against one another"),
      ("both sides", "the pursuance of good neighbourliness")]),
    # a list without a lead-in that names a speaker is no one's
    ("The agenda:\n- Agreed minutes of the last meeting.\n- Noted apologies from members.", []),
])
def test_joint_statements_of_several_parties_and_lists(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_statement_whose_headline_names_its_author_is_the_authors_paragraph_by_paragraph():
    text = ("G7 Statement on the Situation in the Red Sea\n\nRome, 10 July 2024:\n\n"
            "We condemn the attacks on merchant shipping in the strongest terms.\n\n"
            "As our Foreign Ministers stated in June, we call on all parties to exercise restraint.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text, title=text.split("\n")[0])]
    assert got == [("G7", "G7", "We condemn the attacks on merchant shipping in the strongest terms."),
                   ("G7", "G7", "As our Foreign Ministers stated in June, we call on all parties to exercise restraint.")]
    # a headline whose first word is no side names no author ...
    assert predict("Statement on the Situation\n\nWe condemn the attacks.", title="Statement on the Situation") == []
    # ... but a joint statement speaks for both sides
    assert [p["speaker"] for p in predict("Joint Statement on the Situation\n\nWe condemn the attacks.",
                                            title="Joint Statement on the Situation")] == ["both sides"]


@pytest.mark.parametrize("raw, speaker", [
    # a line under the headline names whose words follow
    ("Joint press statements of the Presidents\n\nStatement by President Recep Tayyip Erdogan\n\n"
     "I am greeting you with the sincerest feelings, respect and love.\n\nWe will continue our support for our brothers.",
     "Recep Tayyip Erdogan"),
    # "Press conference" / "by X following ...": the headline broken over two lines
    ("Press conference\n\nby NATO Secretary General Mark Rutte following the meetings of NATO Ministers\n\n"
     "Good afternoon, and thank you all for coming today.\n\nWe have just concluded two very productive days of meetings.",
     "Mark Rutte"),
    # "X'S WORDS AT ... PRESS CONFERENCE"
    ("Leaders meet in Kyiv\n\nPRIME MINISTER KEIR STARMER'S WORDS AT KYIV PRESS CONFERENCE\n\n"
     "It is a real pleasure to be here in Kyiv with you all today.\n\nThere is no glory in aggression and conquest.",
     "Keir Starmer"),
    # a press statement whose speaker's title stands on a line of its own, the name in brackets
    ("Joint Press Statement of the President of Peru and the Prime Minister of Oman\n\n"
     "President of the Republic of Peru (Ana Roca Salas)\n\n"
     "It is an honour to receive the Prime Minister on his first visit abroad.\n\nWe have agreed to open a trade office.",
     "Ana Roca Salas"),
    # "Media Remarks by ...": a speech without labels is its speaker's, paragraph by paragraph
    ("Media Remarks by Minister Ana Roca Salas at the conclusion of the Bilateral Meeting\n\n"
     "We have just concluded our bilateral discussions, held in a friendly spirit.\n\n"
     "We reviewed a wide range of bilateral and global issues of common interest.",
     "Ana Roca Salas"),
])
def test_a_heading_line_names_the_speaker_of_the_paragraphs_after_it(raw, speaker):
    got = predict(raw)
    assert len(got) == 2 and {p["speaker"] for p in got} == {speaker} and all(p["kind"] == "direct" for p in got)


def test_a_state_news_agency_reports_its_own_officials_by_title():
    # (an invented name: the registry knows the real spokespeople)
    text = ("Iran to continue its policies\n\nForeign Ministry Spokesman Dariush Kamali underlined that any decision on "
            "the deal can only be taken by the joint commission.")
    assert [(p["speaker"], p["side"]) for p in predict(text, outlet="Mehr News Agency (MNA)")] == [("Dariush Kamali", "Iran")]
    # in an ordinary paper the same official has no side of his own
    assert [(p["speaker"], p["side"]) for p in predict(text, outlet="The Daily Planet")] == [("Dariush Kamali", "unknown")]


def test_a_communique_council_and_its_numbered_decisions():
    text = ("COMMUNIQUE\n\nThe Peace and Security Council of the African Union (AU), at its 469th meeting, adopted the "
            "following decision:\n\nCouncil:\n\n1. Takes note of the statement made by the representative of Niger on the "
            "fight against the group;\n\n2. Expresses its outrage at the kidnapping of over 200 young girls.")
    got = [(p["speaker"], p["side"], p["text"][:30]) for p in predict(text)]
    assert got == [("Peace and Security Council of the African Union", "African Union", "the statement made by the repr"),
                   ("Peace and Security Council of the African Union", "African Union", "its outrage at the kidnapping ")]


@pytest.mark.parametrize("text, expected", [
    # "..., X told journalists."
    ("No agreement on a joint press conference has been reached, Kremlin aide Yuri Ushakov told journalists.",
     [("Yuri Ushakov", "No agreement on a joint press conference has been reached")]),
    # hopes with a clause is a statement; hoped to (a plan) or inside another speaker's clause is not
    ("The Secretary-General hopes all parties will engage in peaceful dialogue.",
     [("Secretary-General", "all parties will engage in peaceful dialogue")]),
    ("The minister hoped to visit Lima next year.", []),
    ("Mao Ning said China hoped \"all parties concerned\" would talk.",
     [("Mao Ning", "China hoped \"all parties concerned\" would talk")]),
])
def test_told_journalists_and_hopes(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Secretary-General is deeply concerned by the continuing political uncertainty in Haiti.",
     [("Secretary-General", "the continuing political uncertainty in Haiti")]),
    ("The Chairperson, Moussa Faki Mahamat, is monitoring with deep concern the reports of fighting in El Fasher.",
     [("Moussa Faki Mahamat", "the reports of fighting in El Fasher")]),
    # a concern that is no speaker's stance
    ("Residents were worried about the floods in the valley.", []),
    ("The report is concerned with land rights in the north.", []),
])
def test_concern_formulas_of_statements(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the inner speaker of what a spokesperson reports
    ("Jaiswal said that while in Dhaka, Misri took up the issue of attacks with the leaders of that country and "
     "stressed that it was in the country's own interest to protect minorities.",
     [("Vikram Misri", "Randhir Jaiswal"), ("Vikram Misri", "Randhir Jaiswal")]),
    # but a side's position in a spokesperson's words stays the spokesperson's
    ("Mao Ning said China opposed the sanctions.", [("Mao Ning", "")]),
    # speech named by a noun
    ("The criticism follows Kim Jong Un's call to revise the constitution of the country.", [("Kim Jong Un", "")]),
    ("The ministry's criticism of the plan was sharp.", []),
    # "characterized X as Y", a judgement like "described X as Y"
    ("Fidan characterized his meeting with U.S. Secretary of State Antony Blinken as candid.", [("Hakan Fidan", "")]),
])
def test_inner_speakers_nominal_speech_and_characterizations(text, expected):
    assert [(p["speaker"], p["via"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an ambiguous nationality word takes the one of its countries that the text names
    ("Congolese Foreign Minister Therese Kayikwamba Wagner said Rwanda was stalling the talks in DR Congo.",
     [("Thérèse Kayikwamba Wagner", "DR Congo")]),
    ("Korean Foreign Minister Kim Sung-ho said Seoul wanted talks.", [("Kim Sung-ho", "South Korea")]),
    ("Korean Foreign Minister Kim Sung-ho said talks were possible.", [("Kim Sung-ho", "unknown")]),
    # the head of a delegation speaks for its side; a role "of India's Ministry ..." gives India
    ("Talks between the Ukrainian delegation, headed by Defense Minister Rustem Umerov, and the Russians ended. "
     "Umerov said a meeting was possible.", [("Rustem Umerov", "Ukraine")]),
    ("The spokesperson of India's Ministry of External Affairs, Anurag Srivastava, said the reports were false.",
     [("Anurag Srivastava", "India")]),
])
def test_sides_from_context_delegations_and_ministries(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict(text)] == expected


def test_the_foreign_office_of_the_country_the_text_is_about():
    pk = predict("Pakistan has rejected the remarks.\n\nIn a statement, Foreign Office Spokesperson said this outburst "
                 "is yet another reflection of hubris.")
    assert [(p["speaker"], p["side"]) for p in pk][-1] == ("Foreign Office Spokesperson", "Pakistan")
    uk = predict("Britain has rejected the remarks.\n\nA Foreign Office spokesperson said the decision was wrong.")
    assert uk[-1]["side"] == "United Kingdom"


def test_a_joint_statement_in_the_first_person_is_both_sides_and_led_by_opens_no_speaker():
    text = ("UK-EU Joint Statement on the Windsor Framework\n\nToday we met in London to review the Framework.\n\n"
            "We reaffirmed our commitment to the Framework and to the Good Friday Agreement.\n\n"
            "The Framework entered into force last year.")
    got = [(p["speaker"], p["text"]) for p in predict(text, title=text.split("\n")[0])]
    assert got == [("both sides", "We reaffirmed our commitment to the Framework and to the Good Friday Agreement.")]
    # "Led by X," opens an aside, not a speaker named "Led"
    got = predict("Led by Maros Sefcovic, the European Commission said the agreement was working.")
    assert [p["speaker"] for p in got] == ["European Commission"]


def test_a_briefing_headline_names_its_speaker():
    text = ("Briefing by Foreign Ministry Spokesman Alexander Lukashevich, Moscow, June 19, 2014\n\n"
            "The situation in Ukraine remains tense and we call on all sides to stop the fighting.")
    got = predict(text, outlet="Ministry of Foreign Affairs of the Russian Federation", title=text.split("\n")[0])
    assert [(p["speaker"], p["side"], p["kind"]) for p in got] == [("Alexander Lukashevich", "Russia", "direct")]


@pytest.mark.parametrize("text, expected", [
    # a surname ending in -ly is no adverb; an adverb opening the sentence is no speaker
    ("Mr Cleverly said the islands were British.", [("Cleverly", "the islands were British")]),
    ("Warmly welcoming his counterpart, the Head of State noted the importance of the visit.",
     [("Head of State", "the importance of the visit")]),
    # "informed X about ..." describes; "informed X that ..." reports
    ("The minister informed his counterpart about the decision.", []),
    ("The minister informed his counterpart that the deal was off.", [("minister", "the deal was off")]),
    # "... - Umerov said." after the clause
    ("We are also working on other modalities of this exchange - Umerov said.",
     [("Rustem Umerov", "We are also working on other modalities of this exchange")]),
])
def test_ly_names_informed_and_dash_attribution(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_person_named_after_the_body_they_head():
    got = predict("The UK Prime Minister Sir Keir Starmer and the President of the European Commission Ursula von der "
                  "Leyen said after their meeting that they had agreed a stable relationship.")
    assert [(p["speaker"], p["side"]) for p in got] == [("both sides", "both sides")]


@pytest.mark.parametrize("text, expected", [
    ("Japanese Foreign Minister Yoshimasa Hayashi and his South Korean counterpart, Park Jin, agreed Monday to aim "
     "for an early resolution of the issue.", [("both sides", "to aim for an early resolution of the issue")]),
    ("The Turkish and Greek foreign ministers said they would meet again.", [("both sides", "they would meet again")]),
    ("Egyptian President Abdel Fattah El-Sisi and Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin "
     "Abdulrahman Al Thani stressed the importance of a ceasefire.", [("both sides", "the importance of a ceasefire")]),
    ("The parties stated that they had reached a number of agreements.",
     [("both sides", "they had reached a number of agreements")]),
    # a final "..., X said" reports the whole clause, whatever verbs it holds
    ("Japan and the Philippines agreed Tuesday to expand joint coast guard exercises, Foreign Minister Takeshi Iwaya "
     "said, as both countries face pressure.",
     [("Takeshi Iwaya", "Japan and the Philippines agreed Tuesday to expand joint coast guard exercises")]),
])
def test_joint_subjects_of_two_sides_in_news(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_translation_notes_laws_and_clauses_are_no_speakers_and_following_is_a_transcript():
    text = ("Secretary-General's press encounter on Myanmar\n\nFollowing is a transcript of UN Secretary-General "
            "António Guterres' press encounter in New York today:\n\nI am deeply concerned by the situation in Myanmar.\n\n"
            "Question: What will you do?\n\nSecretary-General: We will keep working.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got[0] == ("Antonio Guterres", "I am deeply concerned by the situation in Myanmar.") and len(got) == 3
    got = predict("Press Conference by Foreign Minister Taro Kono\n\nThis is a provisional translation by an external "
                  "company for reference purpose only.\n\nForeign Minister Kono: Good afternoon, I will begin.\n\n"
                  "Reporter: A question on Korea.")
    assert all("provisional translation" not in p["text"] for p in got)
    assert predict("The Statute of the Council of Europe says that everyone must have equal rights and duties.") == []


def test_a_title_of_a_country_before_the_name_and_the_congos():
    got = predict("Prime Minister of Kosovo Albin Kurti and the President of Serbia Aleksandar Vucic met in Brussels.\n\n"
                  "Kurti said the meeting would focus on the future.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Albin Kurti", "Kosovo")]
    # "Democratic Republic of Congo" names DR Congo, not the Republic of the Congo inside it
    got = predict("The Democratic Republic of Congo has accused Rwanda of stalling the talks.\n\n"
                  "Congolese Foreign Minister Therese Kayikwamba Wagner said Rwanda was to blame.")
    assert [(p["speaker"], p["side"]) for p in got][-1] == ("Thérèse Kayikwamba Wagner", "DR Congo")


@pytest.mark.parametrize("text, expected", [
    # any nationality from countries.yaml opens a title, not only the ones listed as title words
    ("Turkish Foreign Minister Hakan Fidan met Greek Foreign Minister Georgios Gerapetritis.\n\n"
     "It is necessary \"to build on what unites us,\" Gerapetritis said.",
     [("Georgios Gerapetritis", "Greece")]),
    ("Ethiopian Prime Minister Abiy Ahmed signed the deal. Abiy said the sea was vital.", [("Abiy Ahmed", "Ethiopia")]),
    # "told reporters after meeting with X": when he spoke, not what he said
    ("Turkish Foreign Minister Hakan Fidan told reporters after meeting with Greek Foreign Minister Georgios Gerapetritis.", []),
])
def test_nationalities_open_titles_and_circumstances_are_no_statements(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict(text)] == expected


def test_ambiguous_country_words_in_titles_surnames_and_subjects():
    text = ("The Democratic Republic of Congo has accused Rwanda of stalling the talks.\n\n"
            "Congolese Foreign Minister Therese Kayikwamba Wagner said Rwanda was to blame.\n\n"
            "Wagner said both sides must keep their word.\n\n"
            "Congo accuses Rwanda of supporting the rebels.")
    got = [(p["speaker"], p["side"]) for p in predict(text)]
    assert got[1:] == [("Thérèse Kayikwamba Wagner", "DR Congo"), ("Thérèse Kayikwamba Wagner", "DR Congo"),
                       ("Congo", "DR Congo")]


@pytest.mark.parametrize("text, expected", [
    # "X, who claimed that ...": the name before "who" speaks
    ("Wagner's remarks follow accusations from Rwandan Foreign Minister Vincent Biruta, who claimed that Congo had "
     "refused to sign a peace deal.", [("Vincent Biruta", "Congo had refused to sign a peace deal")]),
    # but asking not to be named is no statement
    ("A European diplomat, who asked not to be named, said most countries were uneasy.",
     [("European diplomat", "most countries were uneasy")]),
    # ", while X said that ...": a speaker of its own
    ("The ministers stressed the importance of a ceasefire, while Hamas said that it would study the proposal.",
     [("both sides", "the importance of a ceasefire"), ("Hamas", "it would study the proposal")]),
])
def test_relative_who_and_while_subjects(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # someone who speaks for the owner named before the possessive: never the owner, nor the last person named
    ("Talks\n\nLena Varga, a lawyer, spoke first.\n\nPrime Minister Tomas Brandt's spokesman said the border would stay open.",
     [("Prime Minister Tomas Brandt's spokesman", "the border would stay open")]),
    # a clause of time or reason with a speaker of its own is that speaker's statement
    ("Talks\n\nThe Irish government said the deal was final after Britain said it wanted to reopen the text.",
     [("Irish government", "the deal was final"), ("Britain", "it wanted to reopen the text")]),
    # ", said the Chilean president, Name,": the name in apposition speaks
    ("Talks\n\n\"We will not give up the claim,\" said the Bolivian president, Rodrigo Paz, on Monday.",
     [("Rodrigo Paz", "We will not give up the claim,")]),
    # '"...," the agency reported Name as saying'
    ("Talks\n\n\"Our waters are not for sale,\" the broadcaster reported Minister Ana Roca as saying.",
     [("Ana Roca", "Our waters are not for sale,")]),
    # a paragraph without quotation marks that ends "- X said." is X's words from its first sentence
    ("Talks\n\nThe exchange went well. We are ready for the next round - Olena Marchuk said.",
     [("Olena Marchuk", "The exchange went well. We are ready for the next round")]),
    # "condemned A but also called on B": two statements
    ("Talks\n\nThe ministers condemned the attack on the convoy but also called on both parties to show restraint.",
     [("both sides", "the attack on the convoy"), ("both sides", "both parties to show restraint")]),
])
def test_owned_roles_subordinate_reports_appositions_and_dash_paragraphs(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_quote_then_a_clause_is_no_attribution():
    # '"no doubt" the islands are ours after X said ...': the clause's subject does not take the quotation
    got = predict("Talks\n\nThe envoy said there is \"no doubt\" the islands are ours after the neighbour's president "
                  "said it was time to \"take them back\".")
    assert [p["kind"] for p in got] == ["indirect", "indirect"]


def test_sides_of_bodies_movements_and_leaders():
    got = predict("Talks\n\nThe ASEM Chair said the partners would meet again.\n\n"
                  "Houthi leader Abdul-Malik al-Houthi said the group would go on.\n\n"
                  "Kenyan leader William Ruto said the talks were useful.\n\n"
                  "Venezuelan opposition leader Maria Corina Machado said the vote was stolen.\n\n"
                  "Polish Foreign Minister Radoslaw Sikorski said Europe must act.")
    assert [(p["speaker"], p["side"]) for p in got] == [
        ("ASEM Chair", "ASEM"), ("Abdul-Malik al-Houthi", "Houthis"), ("William Ruto", "Kenya"),
        ("Maria Corina Machado", "unknown"), ("Radosław Sikorski", "Poland")]


def test_a_label_by_surname_is_the_person_an_earlier_label_names_in_full():
    text = ("Leaders meeting\n\nSAMU TAVOLA, PRIME MINISTER OF TUVALU: It is an honour to welcome you.\n\n"
            "JANE ROSS, PRIME MINISTER OF NEW ZEALAND: Thank you, Prime Minister.\n\n"
            "PRIME MINISTER TAVOLA: We will talk about the ocean.\n\nPRIME MINISTER ROSS: Yes, we will.")
    got = [(p["speaker"], p["side"]) for p in predict(text, outlet="New Zealand Government")]
    assert got[2] == ("Samu Tavola", "Tuvalu")


def test_middle_of_an_arabic_name_and_bare_weekdays_and_counterparts():
    text = ("Talks\n\nOmani Foreign Minister Rashid bin Talal Al Mansoori said Thursday that Muscat would host the talks.\n\n"
            "Bin Talal said the parties were serious.\n\n"
            "Japanese Foreign Minister Kenji Sato and his new Indian counterpart, Ravi Menon, met on Friday. "
            "They agreed to deepen cooperation on shipping.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text)]
    assert got == [("Rashid bin Talal Al Mansoori", "Oman", "Muscat would host the talks"),
                   ("Rashid bin Talal Al Mansoori", "Oman", "the parties were serious"),
                   ("both sides", "both sides", "to deepen cooperation on shipping")]


def test_questions_only_labelled_are_answered_by_the_main_speaker():
    text = ("Press remarks by High Representative Josep Borrell after the Foreign Affairs Council\n\n"
            "Good afternoon. We have discussed the situation in the Middle East.\n\n"
            "Question: What about sanctions?\n\nWe will discuss them next month.\n\n"
            "Q. And on the talks?\n\nWe support them.")
    got = [(p["speaker"], p["text"]) for p in predict(text, outlet="European External Action Service")]
    assert got == [("Josep Borrell", "Good afternoon. We have discussed the situation in the Middle East."),
                   ("Reporter", "What about sanctions?"), ("Josep Borrell", "We will discuss them next month."),
                   ("Reporter", "And on the talks?"), ("Josep Borrell", "We support them.")]


def test_a_national_politician_serving_an_organisation_speaks_for_it():
    # the registry files Lajčák under Slovakia (its foreign minister); here he speaks as the EU's envoy
    got = predict("Talks\n\nEU Special Representative Miroslav Lajčák said the dialogue would resume in Brussels.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Miroslav Lajčák", "European Union")]


@pytest.mark.parametrize("text, expected", [
    # '"...," added X.': any cue attributes a quotation it follows
    ('Talks\n\n"We hope the meeting has brought our views closer", added Minister Ana Roca.',
     [("Ana Roca", "We hope the meeting has brought our views closer")]),
    # "..., the two diplomats announced on Monday.": a postposed attribution with a cue that otherwise wants "that"
    ("Talks\n\nThe foreign ministers of Peru and Chile will meet in the coming days, the two diplomats announced on Monday.",
     [("both sides", "The foreign ministers of Peru and Chile will meet in the coming days")]),
    # a name that opens with its particle, as the second of two subjects
    ("Talks\n\nPeruvian Foreign Minister Ana Roca and Omani Foreign Minister Rashid bin Talal Al Mansoori met. "
     "Roca and bin Talal agreed to meet again in May.", [("both sides", "to meet again in May")]),
    # '..., said X, adding that "...": a second statement after its own cue; "calling for" splits too
    ('Talks\n\n"The friendship of peoples must be kept," said Ana Roca, adding that "a split would be a mistake."',
     [("Ana Roca", "The friendship of peoples must be kept,"), ("Ana Roca", "a split would be a mistake.")]),
    ("Talks\n\nForeign Minister Ana Roca condemned the raid on the embassy, calling for an end to the crisis.",
     [("Ana Roca", "the raid on the embassy"), ("Ana Roca", "an end to the crisis")]),
])
def test_added_postposed_announced_particles_and_participle_quotes(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_groups_of_one_organisation_and_the_chair_of_a_chairs_statement():
    text = ("Minsk Group\n\nThe Co-Chairs of the OSCE Minsk Group met the two ministers in Vienna.\n\n"
            "The Co-Chairs called on the sides to respect the ceasefire.\n\n"
            "The BRICS Foreign Ministers on Thursday expressed concern about the fighting.\n\n"
            "The ministers reiterated that the BRICS countries shall keep working together.")
    got = [(p["speaker"], p["side"]) for p in predict(text)]
    assert got == [("OSCE Minsk Group Co-chairs", "OSCE"), ("BRICS Foreign Ministers", "BRICS"),
                   ("BRICS Foreign Ministers", "BRICS")]
    # two ministers of two countries stay both sides
    got = predict("Talks\n\nPeruvian Foreign Minister Ana Roca met her Chilean counterpart Luis Vera. "
                  "The ministers agreed to keep talking.")
    assert [(p["speaker"], p["side"]) for p in got] == [("both sides", "both sides")]
    title = "Chair's Statement of the 14th ASEM Foreign Ministers' Meeting"
    got = predict(title + "\n\n1. The meeting was held in Madrid.\n\n2. The Chair welcomed the participation of all partners.\n\n"
                  "3. Ministers reaffirmed their commitment to multilateralism.", title=title)
    assert [(p["speaker"], p["side"]) for p in got] == [("ASEM Chair", "ASEM"), ("ASEM Foreign Ministers", "ASEM")]


def test_leading_participles_registry_roles_by_side_and_role_appositions():
    got = predict("Talks\n\nWhile emphasizing the historical ties between the two neighbouring countries, and highlighting "
                  "the commitment of their officials to expand trade, the two sides reiterated the importance of closer ties.")
    assert [(p["speaker"], p["text"]) for p in got] == [
        ("both sides", "the historical ties between the two neighbouring countries"),
        ("both sides", "the commitment of their officials to expand trade"),
        ("both sides", "the importance of closer ties")]
    # "the Saudi minister": the registry's Saudi minister the text named, even when the last
    # mention was a joint subject
    got = predict("Talks\n\nHossein Amir Abdollahian spoke with Faisal Bin Farhan on Sunday.\n\n"
                  "Amir Abdollahian and bin Farhan had agreed to meet in Ramadan.\n\n"
                  "The Saudi minister emphasized the need for continuous contacts, the two ministries said following the call.")
    assert [(p["speaker"], p["side"]) for p in got][-1] == ("Faisal bin Farhan", "Saudi Arabia")
    # "the Secretary-General spoke with His Excellency, X, the President of Y": X is no Secretary-General
    got = predict("Noon briefing\n\nThe Secretary-General spoke this morning with His Excellency, Omar Farah, the President "
                  "of the Republic, at his request. The Secretary-General recalled that the Council had affirmed the unity "
                  "of the country.", outlet="United Nations (noon briefing)")
    assert [(p["speaker"], p["side"]) for p in got] == [("Secretary-General", "United Nations")]


def test_coordinated_cues_after_auxiliaries_and_possessive_subjects():
    got = predict("Talks\n\nThe presidents of Peru and Chile met on Monday in Quito and have agreed to reopen the border.")
    assert [(p["speaker"], p["text"]) for p in got] == [("both sides", "to reopen the border")]
    # a possessive is no speaker; the body it owns is
    got = predict("Talks\n\nThe minister's plan to open a port is a source of tension and has raised concerns of a new conflict.\n\n"
                  "Later, Peru's government confirmed the visit and said the minister would attend the inauguration.")
    assert [(p["speaker"], p["side"], p["text"]) for p in got] == [
        ("Peruvian government", "Peru", "the minister would attend the inauguration")]


def test_a_country_role_in_a_lede_is_the_registry_person_named_further_on():
    got = predict("Talks to resume\n\nIran and three European powers will resume nuclear talks on Tuesday, Iran's foreign "
                  "minister said.\n\nAbbas Araghchi spoke after a call with his counterparts.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Abbas Araghchi", "Iran")]


def test_a_greeting_opens_a_press_conference_and_a_home_side_never_moves_a_registry_person():
    text = ("Press conference by NATO Secretary General Jens Stoltenberg following the meeting with President of "
            "Türkiye Recep Tayyip Erdoğan\n\nGood evening.\n\nI have just had a constructive meeting with President "
            "Erdogan.\n\nI am glad to announce that, as a result, President Erdogan has agreed to forward the accession protocol to "
            "the Grand National Assembly.\n\nQUESTION: Will it pass?\n\nJENS STOLTENBERG: I am confident.")
    got = [(p["speaker"], p["side"], p["text"][:20]) for p in predict(text, outlet="NATO")]
    assert got[0] == ("Jens Stoltenberg", "NATO", "Good evening.")
    assert ("Recep Tayyip Erdogan", "Turkey", "to forward the acces") in got


def test_an_inverted_attribution_then_and_added_that():
    got = predict('Talks\n\n"We have to go the peaceful way," said Peruvian Foreign Minister Ana Roca and added that '
                  'the neighbours have to keep talking.')
    assert [(p["speaker"], p["kind"], p["text"]) for p in got] == [
        ("Ana Roca", "direct", "We have to go the peaceful way,"),
        ("Ana Roca", "indirect", "the neighbours have to keep talking")]


@pytest.mark.parametrize("text, expected", [
    ("President of the Republic of Korea Park Min-ho said the alliance was strong.", ("Park Min-ho", "South Korea")),
    ("Minister of Foreign Affairs of Chile Ana van Dijk said talks would go on.", ("Ana van Dijk", "Chile")),
    ("Minister of Foreign Affairs Park Min-ho of the ROK stated that it was regrettable.", ("Park Min-ho", "South Korea")),
    ("Addressing the meeting, Jean Bosco Mugisha, Minister of Foreign Affairs and International Cooperation of Rwanda, "
     "reminded the gathering that the meeting was meant to strengthen cooperation.", ("Jean Bosco Mugisha", "Rwanda")),
])
def test_titles_of_a_country_around_a_name(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict("Talks\n\n" + text)] == [expected]


def test_a_quotation_opened_after_said_and_never_closed_runs_to_its_paragraph_end():
    got = predict('Talks\n\nIn a statement, the envoy Ana Roca said "the Union condemns the escalation along the line. '
                  'We call for the immediate end of hostilities.\n\nThe talks will resume next week.')
    assert [(p["speaker"], p["kind"], p["text"]) for p in got] == [
        ("Ana Roca", "direct", "the Union condemns the escalation along the line. We call for the immediate end of hostilities.")]


def test_a_gerund_opening_a_sentence_is_no_speaker():
    got = predict("Talks\n\nFighting between the two rival generals broke out in April. It killed hundreds.\n\n"
                  "Fighting said the ceasefire would hold.")
    assert all(p["speaker"] != "Fighting" for p in got)
    # a surname that ends in "-ing" is still a name
    got = predict('Forum\n\nMaria Elena Quisumbing, the Philippine ambassador, spoke on Friday.\n\n'
                  '"These patrols are aimed at no country," Quisumbing said.')
    assert [(p["speaker"], p["side"]) for p in got] == [("Maria Elena Quisumbing", "Philippines")]


@pytest.mark.parametrize("text, expected", [
    # "for a warm welcome and underlined ...": "welcome" after an article is a noun, not the cue
    ("Talks\n\nAna Roca thanked Rashid Mansoori for a warm welcome and underlined the importance of the visit.",
     [("Ana Roca", "Rashid Mansoori for a warm welcome"), ("Ana Roca", "the importance of the visit")]),
    # "expressed A and also expressed B": two statements, whatever noun each expression names
    ("Talks\n\nThe foreign ministers expressed strong condemnation of the attack and also expressed "
     "commitment to fight terrorism in all its forms.",
     [("both sides", "strong condemnation of the attack"),
      ("both sides", "commitment to fight terrorism in all its forms")]),
    # "said A, while acknowledging that B": the participle opens a second statement
    ("Talks\n\nForeign Minister Ana Roca said Peru will keep its policy, while acknowledging that the talks had stalled.",
     [("Ana Roca", "Peru will keep its policy"), ("Ana Roca", "the talks had stalled")]),
])
def test_a_noun_after_an_article_expressed_objects_and_while_participles(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a role that runs on before its comma and name gives the name its side
    ("Talks\n\nThe Mexican Deputy Foreign Minister, Ana Roca, said that the talks failed.",
     [("Ana Roca", "Mexico", "the talks failed")]),
    # a hyphenated role ("Vice-Chancellor for Latin America and the Caribbean, ...")
    ("Talks\n\nThe Mexican Vice-Chancellor for Latin America and the Caribbean, Ana Roca, suggested that the "
     "Secretary General step down.", [("Ana Roca", "Mexico", "the Secretary General step down")]),
    # "denounced" is speech; a full stop glued to the next sentence ends the first one
    ("Talks\n\nThe Mexican Foreign Minister Ana Roca denounced the attack on the embassy.He also asked for calm.",
     [("Ana Roca", "Mexico", "the attack on the embassy"), ("Ana Roca", "Mexico", "for calm")]),
])
def test_roles_before_a_comma_hyphenated_roles_and_more_cues(text, expected):
    assert [(p["speaker"], p["side"], p["text"]) for p in predict(text)] == expected


def test_the_role_of_a_possessive_apposition_and_a_capitalised_word_that_is_no_one():
    text = ("Talks\n\nBrazil’s Foreign Minister, Ana Roca, spoke on Wednesday. During a hearing, the Foreign Minister said "
            "that dialogue with Caracas remains normal.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("Ana Roca", "Brazil")]
    # "Talks resumed ...": a capitalised word opening a sentence is no person that a role could name later
    text = ("Talks resume\n\nTalks resumed on Monday in Geneva after a long pause. During a hearing, the Foreign Minister "
            "said that dialogue with Caracas remains normal.")
    assert [p["speaker"] for p in predict(text)] == ["Foreign Minister"]


@pytest.mark.parametrize("text, expected", [
    # a ministry's name inside the title, before the name
    ("Talks\n\nInternational Relations and Cooperation Minister Dr Naledi Pandor said that South Africa is ready.",
     [("Naledi Pandor", "South Africa")]),
    # a word before the title: "Visiting Indian Foreign Secretary X"
    ("Talks\n\nVisiting Indian Foreign Secretary Ravi Menon Kumar held talks. “We had a frank talk,” Kumar said.",
     [("Ravi Menon Kumar", "India")]),
    # an office named in full with its country: the registry's one holder
    ("Talks\n\nThe Minister of Foreign Affairs of the Russian Federation stated that Armenia sabotages the agreement.",
     [("Sergei Lavrov", "Russia")]),
    ("Talks\n\nThe President of France said that the talks failed.", [("President of France", "France")]),
    # the Taliban speak for themselves
    ("Talks\n\nTaliban spokesman Ahmad Karimi said the talks would go on.", [("Ahmad Karimi", "Taliban")]),
])
def test_titles_with_a_ministry_name_offices_of_a_country_and_more_sides(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # present-tense cues of a group, a manner phrase skipped; a question is no statement
    ("Joint statement\n\nThe ministers condemn in the strongest possible terms the use of a nerve agent. Ministers call "
     "upon Russia to open an impartial investigation. What action does Peru call for?",
     [("both sides", "the use of a nerve agent"), ("ministers", "Russia to open an impartial investigation")]),
    # "X reported that Y will express ...": the paper's report of what Y is to say, not Y's statement
    ("Talks\n\nThe Daily Planet reported that Foreign Minister Ana Roca will express her opposition to the plan.",
     [("Daily Planet", "Foreign Minister Ana Roca will express her opposition to the plan")]),
    # "Answer:" after an opening line that names the spokesperson (a text with no headline of its own)
    ("The answer of the MFA Spokesperson Ana Roca to the question of the media:\n\nQuestion: What is your comment?\n\n"
     "Answer: We regret the decision and call for talks.",
     [("Reporter", "What is your comment?"), ("Ana Roca", "We regret the decision and call for talks.")]),
])
def test_group_present_cues_reported_futures_and_answers_after_an_opening_line(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_statement_by_an_office_is_its_holder_on_the_day():
    text = ("Statement by the Commonwealth Secretary-General on Fiji elections\n\n"
            "The election in Fiji has been a welcome turning point.\n\nWe urge all concerned to keep working together.")
    title, body = text.split("\n\n", 1)
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    got = extract_statements(body, split_sentences(body, paras), title=title, date="2014-09-18")
    assert [(st.speaker.name, st.speaker.side) for st in got] == [("Kamalesh Sharma", "Commonwealth")] * 2


def test_royals_by_their_given_name_and_long_arabic_names():
    text = ("Talks\n\nSaudi Foreign Minister Prince Faisal Bin Farhan hoped that the talks will end the war.\n\n"
            "Prince Faisal welcomed the presence of both delegations.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("Faisal bin Farhan", "Saudi Arabia")] * 2
    # an invented spokesperson: the name is whole, "bin" and all
    text = ("Talks\n\nOfficial Spokesperson for the Ministry of Foreign Affairs, Dr. Rashid bin Talal Al Mansoori "
            "emphasized that Oman is monitoring the escalation.")
    assert [p["speaker"] for p in predict(text)] == ["Rashid bin Talal Al Mansoori"]


def test_in_someones_view_and_a_briefing_printed_without_labels():
    text = ("Talks\n\nForeign Minister Ana Roca spoke in Lima.\n\nIn Roca's assessment, the current situation requires "
            "cooperation between Peru and Chile.\n\nIn her view, the talks must go on.\n\nIn the past, the talks failed.")
    assert [(p["speaker"], p["text"]) for p in predict(text)] == [
        ("Ana Roca", "the current situation requires cooperation between Peru and Chile"),
        ("Ana Roca", "the talks must go on")]
    # a ministry's daily briefing without labels: questions are the paragraphs that end with one
    text = ("The Daily Press Briefing\n\nPeru condemns the attacks of recent days.\n\n"
            "Are you going to expel the ambassador?\n\nThe minister summoned the ambassador this afternoon.")
    got = predict(text, outlet="Ministry of Foreign Affairs of Peru")
    assert [(p["speaker"], p["side"]) for p in got] == [("Spokesperson", "Peru"), ("Reporter", "unknown"), ("Spokesperson", "Peru")]


@pytest.mark.parametrize("text, expected", [
    # '"A," said X and added, "B."': a second cue, a second statement; '"A," she said, "and B."' stays one
    ("Talks\n\n“We had a fruitful meeting,” said Ana Roca and added, “We discussed many issues.”\n\n"
     "“A new era has begun,” she said, “and it will last.”",
     [("Ana Roca", "We had a fruitful meeting,"), ("Ana Roca", "We discussed many issues."),
      ("Ana Roca", "A new era has begun, and it will last.")]),
    # ',” adding that': the comma inside the closing mark ends the first statement
    ("Talks\n\nAna Roca said Peru’s future was “tied to the sea,” adding that “we have to find a way.”",
     [("Ana Roca", "Peru’s future was “tied to the sea,”"), ("Ana Roca", "“we have to find a way”")]),
    # "said on Tuesday a pact ...": the day is no part of what was said
    ("Talks\n\nForeign Minister Ana Roca said on Tuesday a pact signed by the region had no legal force.",
     [("Ana Roca", "a pact signed by the region had no legal force")]),
])
def test_second_cues_between_quotations_commas_in_closing_marks_and_days(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Talks\n\nThe Tajik MFA said troops opened fire.", [("Tajik MFA", "Tajikistan")]),
    # "FM", "PM" and "EAM" are titles
    ("Talks\n\nEgypt’s FM Sameh Shoukry stressed the need for calm. FM Shoukry also said the talks would go on.",
     [("Sameh Shoukry", "Egypt")] * 2),
    # "its foreign ministry", "the government": that body of the state in focus
    ("Talks\n\nMali recalled its ambassador. Its foreign affairs ministry said the decision was final.",
     [("Malian foreign affairs ministry", "Mali")]),
    ("Talks\n\nAlgeria recalled its ambassador. The government said the decision was final.",
     [("Algerian government", "Algeria")]),
])
def test_ministry_abbreviations_titles_and_the_bodies_of_a_state_in_focus(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict(text)] == expected


def test_a_counterpart_of_one_side_and_the_minister_of_the_other_in_a_two_country_story():
    # invented ministers of a real pair of countries
    text = ("Belize and Guatemala foreign ministers meet\n\nBelize and Guatemala foreign ministers met late Friday.\n\n"
            "Foreign Minister Ana Roca, who met his Guatemalan counterpart Rafael Mena Soto at the OAS headquarters, later told reporters that "
            "the talks were useful.\n\nThe Guatemalan foreign minister said the meeting is intended to build a new relation.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("Ana Roca", "Belize"), ("Rafael Mena Soto", "Guatemala")]


@pytest.mark.parametrize("text, expected", [
    # a headline that makes one state speak gives its bare-titled officials that side; "He said" and
    # "The spokesperson said" after them are the same spokesperson
    ("Peru rejects Chilean assertions\n\nIn a statement, Foreign Office Spokesperson said the remarks were unfounded. "
     "He said the claims were deplorable.\n\nThe spokesperson said Peru would not change course.",
     [("Foreign Office Spokesperson", "Peru")] * 3),
    # "called on the President": a visit, no appeal
    ("Talks\n\nForeign Minister Ana Roca also called on the President of India.", []),
])
def test_a_headline_state_its_spokesperson_and_visits_that_are_no_appeals(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict(text)] == expected


def test_a_presidency_speaks_for_its_state():
    text = ("Talks\n\nAlgeria has recalled its ambassador to France for consultations, Algeria’s presidency said on Saturday. "
            "The remarks were inadmissible, the presidency said.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("Algerian presidency", "Algeria")] * 2


def test_a_postposed_speaker_with_a_role_in_apposition():
    text = ("Talks\n\nThe European Union is concerned about the recent violence on the border, the spokesman of the "
            "EU External Action Service, Ana Roca, revealed.")
    assert [(p["speaker"], p["side"], p["text"]) for p in predict(text)] == [
        ("Ana Roca", "European Union", "The European Union is concerned about the recent violence on the border")]


@pytest.mark.parametrize("text, expected", [
    # the "and" of a portfolio is no coordination of two speakers
    ("Talks\n\nThe Kyrgyz Vice Premier for Law and Security Ana Roca Salas said that the clash was prepared.",
     [("Ana Roca Salas", "Kyrgyzstan", "the clash was prepared")]),
    # a question in a leading "Asked whether ..." clause is no statement; the answer is
    ("Talks\n\nTurkish President Ali Veli spoke on Monday.\n\nAsked whether he thinks Turkey will provoke a conflict, the "
     "Greek prime minister answered that he could not imagine a military confrontation.",
     [("Greek prime minister", "Greece", "he could not imagine a military confrontation")]),
])
def test_portfolios_with_and_and_questions_in_an_asked_clause(text, expected):
    assert [(p["speaker"], p["side"], p["text"]) for p in predict(text)] == expected


def test_its_ministry_is_the_sentences_state_and_a_national_outlets_bloc_is_no_state_body():
    text = ("Talks\n\nMali recalled its ambassador to Algeria on Friday.\n\nAlgeria in response summoned the envoy, and "
            "its foreign affairs ministry said the meetings fit the peace process.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("Algerian foreign affairs ministry", "Algeria")]
    # in a national outlet, "the bloc" is no body of that outlet's country; "the ministry" is
    got = predict("Talks\n\nThe bloc said it would take all measures necessary.", outlet="Premium Times")
    assert [(p["speaker"], p["side"]) for p in got] == [("bloc", "unknown")]
    got = predict("Talks\n\nThe ministry said it would comply.", outlet="Premium Times")
    assert [(p["speaker"], p["side"]) for p in got] == [("Nigerian ministry", "Nigeria")]


@pytest.mark.parametrize("text, expected", [
    ("Talks\n\nForeign ministers from the European Union (EU) and African Union (AU) on Wednesday vowed to strengthen "
     "cooperation.", [("both sides", "to strengthen cooperation")]),
    ("Talks\n\nOfficials of Peru and Chile said the talks failed.", [("both sides", "the talks failed")]),
    # 'pledged to "improve ..."': a quoted infinitive is what was pledged, not a postposed attribution
    ("Talks\n\nIn the agreement, Peru and Chile pledged to \"improve co-operation on border issues\".",
     [("both sides", "to \"improve co-operation on border issues\"")]),
])
def test_members_of_two_sides_and_quoted_infinitives(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # thanks, congratulations, condolences and tributes carry a judgement: what is thanked or honoured
    ("Talks\n\nAna Roca thanked Peru for its decision to send aid.", [("Ana Roca", "Peru for its decision to send aid")]),
    ("Talks\n\nAna Roca congratulated Rashid Mansoori on his election as president.",
     [("Ana Roca", "Rashid Mansoori on his election as president")]),
    ("Talks\n\nAna Roca conveyed her condolences to the people of Fiji on the loss of life.",
     [("Ana Roca", "the people of Fiji on the loss of life")]),
    ("Talks\n\nAna Roca paid tribute to the courage of the mediators.", [("Ana Roca", "the courage of the mediators")]),
    ("Talks\n\nAna Roca extended her congratulations to Estonia on its election and wished the nation a successful term.",
     [("Ana Roca", "Estonia on its election"), ("Ana Roca", "the nation a successful term")]),
    # ... but not "thanks to", a wish to do something, thanks for nothing named, an offer
    ("Talks\n\nThanks to Peru, the talks resumed. Ana Roca wished to visit Lima. Ana Roca thanked the hosts. "
     "Ana Roca offered a compromise.", []),
    # "for his part": no part of the speaker's name
    ("Talks\n\nThe Estonian Foreign Minister Ana Roca for her part said her country will work with Ethiopia.",
     [("Ana Roca", "her country will work with Ethiopia")]),
])
def test_courtesies_that_carry_a_judgement_and_for_his_part(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_headline_whose_possessive_names_no_one_gives_no_voice():
    # "X gives response to question about Y's statement": the possessive is no speaker's words
    text = ("Armenia FM gives diplomatic response to question about Lavrov's statement\n\nThe relations between the two "
            "countries have a full agenda.\n\n“We continue to work with our colleagues,” Ana Roca said.")
    assert [(p["speaker"], p["text"]) for p in predict(text)] == [("Ana Roca", "We continue to work with our colleagues,")]


def test_a_role_opening_a_sentence_with_its_name_in_apposition_and_a_quoted_judgement():
    # "The president of Mexico, Name, on Wednesday called X an «...»": the name is in focus, "called
    # X an «...»" is a judgement in the speaker's words, and "ruled out that" opens a second statement
    text = ("Talks\n\nThe president of Peru, Ana Roca Villanueva, on Wednesday called the expulsion of the ambassador an "
            "«arbitrary measure», but ruled out that the authorities are planning to break off relations.\n\n"
            "«We care about his family», she said.")
    assert [(p["speaker"], p["side"], p["text"]) for p in predict(text)] == [
        ("Ana Roca Villanueva", "Peru", "the expulsion of the ambassador an «arbitrary measure»"),
        ("Ana Roca Villanueva", "Peru", "the authorities are planning to break off relations"),
        ("Ana Roca Villanueva", "Peru", "We care about his family")]


def test_a_nationality_picks_the_minister_of_that_country_and_honourable_is_a_title():
    text = ("Talks\n\nEgypt’s Minister of Foreign Affairs Ali Hassan Said met with his Jordanian counterpart Omar Al-Khalidi "
            "in Amman on Sunday.\n\nThe Jordanian minister praised the high level of relations between Cairo and Amman, "
            "the statement read.")
    assert [(p["speaker"], p["side"], p["text"]) for p in predict(text)] == [
        ("Omar Al-Khalidi", "Jordan", "the high level of relations between Cairo and Amman")]
    # a government's own readout: its minister, named with an honorific and a title without a country
    text = ("Minister talks with counterpart\n\nThe Honourable Ana Roca Villanueva, Minister of Foreign Affairs and "
            "International Cooperation today held a telephone conversation with her counterpart.\n\n"
            "Minister Villanueva expressed concern over the recent actions of the neighbour.")
    got = predict(text, outlet="Ministry of Foreign Affairs of Guyana")
    assert [(p["speaker"], p["side"]) for p in got] == [("Ana Roca Villanueva", "Guyana")]


def test_a_document_is_no_speaker_but_its_named_author_is():
    # "According to the statement" with no author named anywhere: no "statement" speaking
    got = predict("Talks\n\nThe ministers met on Sunday.\n\nAccording to the statement, the talks covered trade and energy.")
    assert all(p["speaker"] != "statement" for p in got)
    # "X released a report ... According to the report, ...": the report's author
    got = predict("Report\n\nOn Monday, the Virus Response Center released a report on cyber attacks.\n\n"
                  "According to the report, the attacks came from abroad.")
    assert [(p["speaker"], p["text"]) for p in got] == [("Virus Response Center", "the attacks came from abroad")]


def test_a_joint_statement_named_with_its_occasion_speaks_for_both_sides():
    text = ("India, Maldives vow to combat terror\n\n\"Minister Shahid reiterated his government's policy,\" the joint "
            "statement after their meeting said on Monday.")
    assert [(p["speaker"], p["text"]) for p in predict(text)] == [("both sides", "Minister Shahid reiterated his government's policy,")]


@pytest.mark.parametrize("text, expected", [
    # an attribution that points back to the paragraph before it
    ("Talks\n\nThe sovereignty of littoral states over their waters must be respected.\n\nSo said Ana Roca Villanueva, "
     "spokesperson of the Peruvian Foreign Ministry, on Saturday.",
     [("Ana Roca Villanueva", "The sovereignty of littoral states over their waters must be respected")]),
    ("Talks\n\nThe relations between the two countries have a full agenda. This is what Foreign Minister Ana Roca "
     "Villanueva declared in parliament today.",
     [("Ana Roca Villanueva", "The relations between the two countries have a full agenda")]),
])
def test_an_attribution_that_points_back(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_titled_surname_never_named_in_full_is_the_registrys():
    got = predict("Briefing\n\nFirst things first, Minister Sybiha started his tenure on Friday and since then he held "
                  "talks with his counterparts.\n\nAs the Minister underlines, first visits are an indicator of priorities.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Andrii Sybiha", "Ukraine")]


def test_remarks_under_a_labelled_headline_then_one_question():
    # "Ukraine: Press remarks by X": X's paragraphs, and "Q." a reporter's question, though it is the only label
    text = ("Ukraine: Press remarks by High Representative Josep Borrell ahead of the meeting in Kyiv\n\n"
            "Thank you, Dmytro. Thank you for hosting us in Kyiv today.\n\n"
            "Today, the Ministers of the European Union travel to Kyiv to hold this meeting.\n\n"
            "Q. How concerned are you about the support for Ukraine?")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [
        ("Josep Borrell", "European Union"), ("Josep Borrell", "European Union"), ("Reporter", "unknown")]


def test_a_country_of_several_words_before_prime_minister_and_an_organisations_own_chair():
    # "Cook Islands Prime Minister, X," in a Nauruan paper: the Cook Islands', not the paper's country
    got = predict("Forum\n\nCook Islands Prime Minister, Ana Roca Villanueva, has promised to keep the region's unity intact.",
                  outlet="Loop Nauru")
    assert [(p["speaker"], p["side"]) for p in got] == [("Ana Roca Villanueva", "Cook Islands")]
    # the OSCE's own release: its Chairperson-in-Office speaks for it, though the registry has him Swiss
    got = predict("OSCE Chair calls for calm\n\nBERN, 13 April 2014 – OSCE Chairperson-in-Office, Swiss Foreign Minister "
                  "Didier Burkhalter today called upon all sides to move the situation away from confrontation.",
                  outlet="Organization for Security and Co-operation in Europe")
    assert [(p["speaker"], p["side"]) for p in got] == [("Didier Burkhalter", "OSCE")]
    # ... but in a news story he is the Swiss minister the registry knows
    got = predict("Talks\n\nSwiss Foreign Minister Didier Burkhalter called upon all sides to talk.", outlet="Reuters")
    assert [(p["speaker"], p["side"]) for p in got] == [("Didier Burkhalter", "Switzerland")]


def test_an_organisations_bodies_and_members_named_by_a_bare_noun():
    # "The Authority" after "The Authority of Heads of State ... of the Economic Community of West African States (ECOWAS)"
    text = ("ECOWAS suspends Guinea\n\nThe Authority of Heads of State and Government of the Economic Community of West "
            "African States (ECOWAS) has suspended Guinea from all of its governing bodies.\n\n"
            "The Authority expressed deep concern over the political developments in Guinea.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("ECOWAS Authority", "ECOWAS")]
    # "Leaders" of a "Pacific Islands Forum Special Leaders Retreat": the Forum's leaders
    text = ("Forum Communique\n\nThe Pacific Islands Forum Special Leaders Retreat was held in Nadi on 24 February 2023.\n\n"
            "Leaders expressed support and condolences to the people of New Zealand.")
    assert [(p["speaker"], p["side"]) for p in predict(text)] == [("Pacific Islands Forum Leaders", "Pacific Islands Forum")]
    # ... never across the end of a sentence ("... the UN Resident Coordinator. Ministers")
    text = ("Forum Foreign Ministers Meeting outcomes\n\nThe meeting was attended by the United Nations Resident "
            "Coordinator. Ministers expressed their appreciation to the Government of Samoa.")
    assert [p["side"] for p in predict(text)] != ["United Nations"]


@pytest.mark.parametrize("text, expected", [
    # a new named subject after a comma takes its own cue
    ("Talks\n\nWhile Ana Roca thanked Peru for its support, Luis Vera expressed his country's commitment to fight "
     "terrorism.", [("Ana Roca", "Peru for its support"), ("Luis Vera", "his country's commitment to fight terrorism")]),
    # "The three states": several sides together ("states" is a noun here, no cue), and "and say that"
    ("Talks\n\nMinisters met on Monday.\n\nThe three states congratulated Moldova on the start of negotiations and say "
     "that this was possible thanks to reforms.",
     [("both sides", "Moldova on the start of negotiations"), ("both sides", "this was possible thanks to reforms")]),
    ("Talks\n\nMinisters met on Monday.\n\nGermany, Poland and France also pledge to help Moldova.",
     [("both sides", "to help Moldova")]),
    # a participle after the object of a preposition is the sentence subject's
    ("Talks\n\nAna Roca signed a declaration at the Ministerial Conference of the Partnership Platform expressing "
     "her support for Moldova.", [("Ana Roca", "her support for Moldova")]),
    # ... but "with X saying": X speaks
    ("Talks\n\nThe army launched drills on Tuesday, with the Eastern Command saying the exercises were a warning.",
     [("Eastern Command", "the exercises were a warning")]),
    # "reconfirmed" is a cue; "presented" is an action that ends the statement before it
    ("Talks\n\nAna Roca reaffirmed Peru's commitment to the peace process and presented the approaches of her side.",
     [("Ana Roca", "Peru's commitment to the peace process")]),
])
def test_new_subjects_after_a_comma_groups_of_states_and_participles(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_an_agency_dateline_between_slashes_is_cut():
    from analysis.reading.parse import process_document
    from analysis.reading.sources import RawDocument

    text = "Talks\n\nChisinau, Sep 18 /MOLDPRES/- Foreign ministers of three countries signed a declaration."
    body = process_document(RawDocument("case", "case", text, {}))["document"]["text"]
    assert body.startswith("Foreign ministers")


def test_the_prime_minister_of_a_governments_own_readout_and_a_subordinate_call_on():
    # India's own readout: "The Prime Minister" is India's, not Japan's named last
    text = ("Prime Minister meets Japanese PM\n\nPrime Minister Narendra Modi met the Prime Minister of Japan, Mr. Shinzo "
            "Abe, in Bangkok on Monday.\n\nThe Prime Minister congratulated Prime Minister Abe on the recent coronation "
            "of the Emperor of Japan.")
    got = predict(text, outlet="Ministry of External Affairs, India")
    assert [(p["speaker"], p["side"]) for p in got] == [("Narendra Modi", "India")]
    # "... after the G7 foreign ministers called on ...": the G7's words, cut from the first statement
    text = ("Talks\n\nSomalia’s government on Friday ruled out talks with Ethiopia until the deal is cancelled after the "
            "G7 foreign ministers called on the neighbours to keep all channels of dialogue open.")
    assert [(p["speaker"], p["text"]) for p in predict(text)] == [
        ("Somali government", "talks with Ethiopia until the deal is cancelled"),
        ("G7 foreign ministers", "the neighbours to keep all channels of dialogue open")]


@pytest.mark.parametrize("text, expected", [
    # a nickname in quotation marks inside a name
    ("Talks\n\nPresident Ana “Nana” Villanueva Roca mentioned two points.\n\nVillanueva Roca asserted that the consensus "
     "will remain the main mechanism.", [("Ana Villanueva Roca", "the consensus will remain the main mechanism")]),
    # "Mr" without a full stop after a role and a comma; "Prez" is a title
    ("Talks\n\nThe Togolese President, Mr Ana Villanueva Roca, paid a short visit to Accra on Sunday.\n\n"
     "Speaking to the media, Mr Villanueva Roca said the talks were good.", [("Ana Villanueva Roca", "the talks were good")]),
    ("Talks\n\nPrez Akufo-Addo said the talks were good.", [("Nana Akufo-Addo", "the talks were good")]),
    # a portfolio of several words before a registry name
    ("Talks\n\nNo progress was achieved, EU High Representative for Foreign Affairs and Security Policy Josep Borrell "
     "said Wednesday.", [("Josep Borrell", "No progress was achieved")]),
])
def test_nicknames_honorifics_and_long_portfolios_before_a_name(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected
    if "Togolese" in text:
        assert predict(text)[0]["side"] == "Togo"


def test_a_parenthetical_attribution_before_a_named_subjects_own_cue():
    # "On climate change, she said, President X applauded ...": X's words, reported by her
    text = ("Talks\n\nThe talks covered trade, according to a statement issued by spokeswoman Ana Roca.\n\nOn climate "
            "change, she said, President Luis Vera applauded the US for rejoining the Paris Agreement.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert ("Luis Vera", "the US for rejoining the Paris Agreement") in got
    assert all(s != "Ana Roca" or "applauded" not in t for s, t in got)


def test_a_summary_of_a_weekly_briefing_with_bullets_is_the_spokespersons():
    text = ("Summary of Weekly Press Briefing 19 April 2024 at 11.00 hrs.\n\nSummary of Weekly Press Briefing 19 April 2024 "
            "at 11.00 hrs.\n\nBy Director-General of Department of Information/Spokesperson of MFA\n\n"
            "1. Development of situation in Myanmar\n\n  • Thailand has been monitoring developments in Myanmar closely.\n\n"
            "  • We are open to more dialogue.")
    got = predict(text, outlet="Ministry of Foreign Affairs of Thailand")
    assert [(p["speaker"], p["side"], p["text"]) for p in got] == [
        ("Spokesperson", "Thailand", "Thailand has been monitoring developments in Myanmar closely."),
        ("Spokesperson", "Thailand", "We are open to more dialogue.")]


@pytest.mark.parametrize("text, expected", [
    # "He noted that the two sides expressed A and stressed B": both sides' words, through him, two statements
    ("Talks\n\nSpokesman Ana Roca said the meeting went well. He noted that the two sides expressed satisfaction at the "
     "level of coordination and stressed the need to further strengthen economic relations.",
     [("Ana Roca", "the meeting went well"), ("both sides", "satisfaction at the level of coordination"),
      ("both sides", "the need to further strengthen economic relations")]),
    # "reaffirmed A and condemns B": a coordinated cue in another tense
    ("Talks\n\nThe ECOWAS Authority reaffirmed its opposition to any unconstitutional change and condemns, in the "
     "strongest terms, the coup in Guinea.",
     [("ECOWAS Authority", "its opposition to any unconstitutional change"), ("ECOWAS Authority", "the coup in Guinea")]),
])
def test_a_joint_subject_inside_a_report_and_coordinated_cues_of_two_tenses(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


@pytest.mark.parametrize("text", [
    # the narration of a call or a meeting, though a spokesman reports it, is no one's stance
    "Talks\n\nForeign Minister Ana Roca on Sunday made a phone contact with her Chilean counterpart, spokesman Luis Vera "
    "said in a statement.",
    "Talks\n\nSpokesman Luis Vera said the meeting tackled the close relations between the two countries.",
    # declaring independence is an act, not speech
    "Talks\n\nKosovo declared independence in 2008, a move Belgrade does not recognise.",
])
def test_narrations_acts_and_circumstances_are_no_statements(text):
    assert predict(text) == []


def test_said_upon_arrival_is_when_not_what():
    got = predict("Talks\n\nWe are shocked by the decision of the government, President Ana Roca said upon her arrival at "
                  "the summit in Granada.")
    assert [(p["speaker"], p["text"]) for p in got] == [("Ana Roca", "We are shocked by the decision of the government")]


def test_the_statement_of_a_text_that_names_no_author_is_the_speaker_in_focus():
    # '"...," reads the statement': the spokesman whose words the story reports
    text = ("EU appeals to Armenia and Azerbaijan\n\nThe European Union is concerned about the recent violence on the border, "
            "the spokesman of the EEAS, Ana Roca, revealed.\n\n\"The EU urges Armenia and Azerbaijan to exercise utmost "
            "restraint,\" reads the statement.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got[-1] == ("Ana Roca", "The EU urges Armenia and Azerbaijan to exercise utmost restraint,")
    # a speaker is never named with an article before an acronym
    assert all(not p["speaker"].startswith("The ") for p in predict("Talks\n\nThe EU said the talks would resume."))


def test_news_of_a_statement_then_its_numbered_paragraphs_after_reads():
    # a headline that reports a statement is no statement's own headline; the numbered paragraphs
    # after "The statement ... reads:" are the words of those who issued it
    text = ("ASEAN Foreign Ministers Issue Statement on Ukraine Situation\n\nASEAN foreign ministers have issued a joint "
            "statement on the situation in Ukraine.\n\nThe statement, which was released yesterday evening, reads:\n\n"
            "1. The ASEAN Foreign Ministers are deeply concerned over the hostilities in Ukraine.\n\n"
            "2. We believe that there is still room for a peaceful dialogue.\n\n"
            "He was joined by the Malaysian Prime Minister on his visit to Cambodia.")
    got = [(p["side"], p["text"]) for p in predict(text)]
    assert got == [("ASEAN", "The ASEAN Foreign Ministers are deeply concerned over the hostilities in Ukraine."),
                   ("ASEAN", "We believe that there is still room for a peaceful dialogue.")]


def test_the_answerer_named_in_a_headline_in_lower_case_and_a_presenters_questions():
    text = ("The answer of MFA spokesman Ana Roca to a question of a news agency\n\nQuestion: What is your reaction?\n\n"
            "Answer: We deeply deplore the loss of life.")
    assert [(p["speaker"], p["text"]) for p in predict(text)] == [
        ("Reporter", "What is your reaction?"), ("Ana Roca", "We deeply deplore the loss of life.")]
    text = ("Minister Ana Roca's interview on News Tonight\n\nGlenda Chong (presenter): So, what is ASEAN hoping to "
            "achieve?\n\nMinister: Well, tomorrow's meeting is significant.")
    assert [p["speaker"] for p in predict(text)] == ["Reporter", "Ana Roca"]


def test_roles_named_in_apposition_with_long_country_names_and_two_of_them_together():
    text = ("Communique on the meeting\n\nThe Chairperson of the African Union Commission, Moussa Faki Mahamat, was received "
            "this afternoon by the Prime Minister of the Federal Democratic Republic of Ethiopia, Ana Roca Villanueva. "
            "They discussed the situation in Ethiopia.\n\nThe Prime Minister briefed the Chairperson of the Commission on "
            "the situation. He stressed that the current transition would be successfully concluded. The Prime Minister "
            "and the Chairperson of the Commission stressed that the difficulties are inherent in any reform.\n\n"
            "The Chairperson of the Commission welcomed the renewed commitment of the Ethiopian authorities.")
    got = predict(text, outlet="African Union Commission")
    assert [(p["speaker"], p["side"]) for p in got] == [
        ("Ana Roca Villanueva", "Ethiopia"), ("both sides", "both sides"), ("Moussa Faki Mahamat", "African Union")]
    # the chief executive "of one firm" is no one named before
    got = predict("Talks\n\nAna Roca, the EU's commissioner, spoke on Monday.\n\n\"Customers ask first where the wafer was "
                  "made,\" said the chief executive of one mid-sized panel maker.")
    assert got[-1]["speaker"] != "Ana Roca"


@pytest.mark.parametrize("text, expected", [
    # "expressed India's continued support": a state's stance is an object of "expressed" too
    ("Talks\n\nAna Roca congratulated her counterpart on his assumption of office, and expressed Peru's continued support "
     "towards economic recovery.", [("Ana Roca", "her counterpart on his assumption of office"),
                                    ("Ana Roca", "Peru's continued support towards economic recovery")]),
    # "added that ... X emphasized A noting B": X's two statements, through the one who reports them
    ("Talks\n\nSpokesman Luis Vera spoke on Monday.\n\nVera added that during the call, Foreign Minister Ana Roca "
     "emphasized Peru's full rejection of chemical weapons noting Peru's steadfast position.",
     [("Ana Roca", "Peru's full rejection of chemical weapons"), ("Ana Roca", "Peru's steadfast position")]),
])
def test_a_states_stance_as_an_object_and_a_participle_without_a_comma(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_gerund_after_a_verb_is_no_second_clause():
    got = predict("Talks\n\nWang said the U.S. side keeps adding Chinese companies to its sanctions lists.")
    assert [p["text"] for p in got] == ["the U.S. side keeps adding Chinese companies to its sanctions lists"]


def test_according_to_a_rule_is_no_source():
    got = predict("Talks\n\nThe Minister Ana Roca emphasized the need to reach a peaceful resolution according to "
                  "international references under the auspices of the United Nations.")
    assert [(p["speaker"], p["via"]) for p in got] == [("Ana Roca", "")]
    got = predict("Talks\n\nThe talks will resume next week, according to the Peruvian foreign ministry.")
    assert [(p["speaker"], p["text"]) for p in got] == [("Peruvian foreign ministry", "The talks will resume next week")]


@pytest.mark.parametrize("text, expected", [
    # a registry person inside a longer capitalised run, or with a middle name the registry leaves out
    ("Talks\n\nNo progress was achieved, EU High Representative for Foreign Affairs and Security Policy Josep Borrell said "
     "Wednesday.\n\nBorrell said that the Union will continue its efforts.",
     [("Josep Borrell", "European Union"), ("Josep Borrell", "European Union")]),
    ("Talks\n\nPresident Rodrigo Roa Duterte met the President of Vietnam.\n\nDuterte said the talks were good.",
     [("Rodrigo Duterte", "Philippines")]),
    # "Having said that, ...": no one
    ("Talks\n\nHaving said that, I would like to thank the media for joining us.", []),
])
def test_registry_names_inside_longer_runs_and_having_said_that(text, expected):
    assert [(p["speaker"], p["side"]) for p in predict(text)] == expected


def test_portfolios_before_a_name_bodies_named_in_full_and_an_organisations_own_office():
    # "minister for the Americas David Rutley": the region is the portfolio's, not his first name
    got = predict("Talks\n\nForeign Secretary Ana Roca spoke, while minister for the Americas David Rutley said he was "
                  "disappointed.", outlet="Forces News")
    assert [p["speaker"] for p in got] == ["David Rutley"]
    # "the Ministry of Foreign Affairs" in a national paper is that country's
    got = predict("Talks\n\nThe Ministry of Foreign Affairs said the offer was not serious.", outlet="Morocco World News")
    assert [(p["speaker"], p["side"]) for p in got] == [("Ministry of Foreign Affairs", "Morocco")]
    # an office whose outlet names its organisation in brackets: the organisation's spokesperson
    text = ("Full transcript of the Special Envoy's press stakeout\n\nSpokesperson: We are delighted to be joined by our "
            "Envoy.\n\nEnvoy Ana Roca: Good morning everyone, I took up my duties last week.")
    got = predict(text, outlet="Office of the Special Envoy of the Secretary-General for Yemen (OSESGY, United Nations)")
    assert got[0]["side"] == "United Nations"
    # the NB8 is a side of its own
    got = predict("Talks\n\nThe NB8 Foreign Ministers condemned the attack on the opposition leader.")
    assert [p["side"] for p in got] == ["Nordic-Baltic 8"]


def test_a_governments_own_release_in_the_first_person_is_its_statement():
    # invented texts; the outlet says whose release it is
    title = "Press Release Regarding the Latest Developments in the Region"
    text = (title + "\n\nNo: 112, 3 May 2024, Press Release Regarding the Latest Developments in the Region\n\n"
            "We are deeply concerned about the clashes that occurred on the border today.\n\n"
            "The Ministry will summon the ambassador to provide an explanation.\n\n"
            "We call on the parties to renounce the use of force and return to talks.")
    got = [(p["speaker"], p["side"], p["text"][:20]) for p in predict(text, outlet="Ministry of Foreign Affairs of Chile", title=title)]
    assert got == [("Ministry of Foreign Affairs of Chile", "Chile", "We are deeply concer"),
                   ("Ministry of Foreign Affairs of Chile", "Chile", "The Ministry will su"),
                   ("Ministry of Foreign Affairs of Chile", "Chile", "We call on the parti")]
    # the same words in a news story (an outlet of no government) or with a reporting verb are no release
    assert predict(text, outlet="Reuters", title=title) == []
    reported = text.replace("We call on", "The ministry said it called on")
    assert all(p["speaker"] != "Ministry of Foreign Affairs of Chile" or p["text"].startswith("it called")
               for p in predict(reported, outlet="Ministry of Foreign Affairs of Chile", title=title))


def test_a_long_statement_heading_and_a_statement_of_an_office_name_the_voice():
    title = "SADC Congratulates Zambia on Elections"
    text = (title + "\n\nStatement by His Excellency Dr Tumelo Kgosi Rapula, President of the Republic of Botswana and "
            "Chairperson of the SADC Organ on Politics, Defence and Security Co-operation on the August 12, 2021 general "
            "election in the Republic of Zambia\n\nOn 12th August 2021, the people of Zambia voted in large numbers.\n\n"
            "On behalf of SADC, I wish to congratulate the people of Zambia on peaceful elections.")
    got = [(p["speaker"], p["text"][:12]) for p in predict(text, outlet="SADC", title=title)]
    assert got == [("Tumelo Kgosi Rapula", "On 12th Augu"), ("Tumelo Kgosi Rapula", "On behalf of")]
    title = "Venezuela: Statement of the OAS Secretary General on the Declaration of 14 Countries"
    text = (title + "\n\nMarch 24, 2017\n\nI firmly support the Declaration issued yesterday by 14 countries.\n\n"
            "There is no doubt that dialogue is the right path.")
    got = [(p["side"], p["text"][:12]) for p in predict(text, outlet="Organization of American States (OAS)", title=title)]
    assert got == [("OAS", "I firmly sup"), ("OAS", "There is no ")]


@pytest.mark.parametrize("text, speaker, side", [
    # an organisation's name of six words in a body's name
    ("Talks\n\nThe Commission of the Economic Community of West African States said it strongly condemns the coup.",
     "Commission of the Economic Community of West African States", "ECOWAS"),
    # a minister "for" a country is that country's (an envoy "for" one is sent to it: see above)
    ("Talks\n\nSpeaking after the meeting, the foreign affairs minister for Belize, Darnell Orlando Pitts said, “We welcome the reforms.”",
     "Darnell Orlando Pitts", "Belize"),
    # "posted on X that": speech; "posted a video": not
    ("Talks\n\nMinister Darnell Orlando Pitts posted on social media platform X that Belize would attend. "
     "He posted a video of the talks.", "Darnell Orlando Pitts", "unknown"),
])
def test_bodies_and_officials_of_other_diplomacy(text, speaker, side):
    got = predict(text)
    assert [(p["speaker"], p["side"]) for p in got][-1:] == [(speaker, side)]
    assert len(got) == len(set(p["text"] for p in got)) and len(got) <= 2


def test_a_role_in_apposition_after_mr_gives_the_person_its_side():
    from analysis.extraction.statements.actors import load_actors
    from analysis.extraction.statements.resolution import DocumentSpeakers

    text = "Talks\n\nMr Kabelo Mosimane, the Executive Secretary of Sadc, congratulated the member states."
    doc = DocumentSpeakers(text, [(0, 0, 5), (1, 7, len(text))], load_actors(), "Talks", "")
    assert doc.introduced_sides.get("Kabelo Mosimane") == "SADC"


@pytest.mark.parametrize("text, expected", [
    # a participle that judges in quotation marks opens a second statement
    ("Talks\n\nYerevan said there were no Armenian forces in the region, calling what was happening \"an act of aggression\".",
     [("Yerevan", "there were no Armenian forces in the region"), ("Yerevan", 'what was happening "an act of aggression"')]),
    # "in his words," after a connective: the person in focus
    ("Talks\n\nNikol Pashinyan spoke at the forum. However, in his words, Armenia hopes to sign a peace agreement soon.",
     [("Nikol Pashinyan", "Armenia hopes to sign a peace agreement soon")]),
    ("Talks\n\nBoth diplomats laid stress on the cooperation between the two countries. The troops were placed on alert.",
     [("both sides", "the cooperation between the two countries")]),
    ("Talks\n\nQatar and Egypt met in Cairo. The two mediators called on the media to act responsibly.",
     [("both sides", "the media to act responsibly")]),
    # "called X Y's «...»" is a judgement; "which it calls the «Persian Gulf»" is a name
    ("Talks\n\nAnnalena Baerbock called the build-up on Ukraine's borders Europe's \"immediate and urgent challenge\".",
     [("Annalena Baerbock", "the build-up on Ukraine's borders Europe's \"immediate and urgent challenge\"")]),
    ("Talks\n\nThe US may change how it refers to the \"Arabian Gulf\", which it currently calls the \"Persian Gulf\".", []),
])
def test_judgements_emphasis_and_views_of_other_diplomacy(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_statement_headline_over_third_person_reports_is_not_one_voice():
    title = "ASEAN Chairman’s Statement on the Situation in the Region"
    text = (title + "\n\nThe Foreign Ministers of ASEAN expressed concern over the recent developments in the region. "
            "They condemned the attacks on civilians.\n\nDownload the full Statement here.")
    got = [(p["speaker"], p["text"]) for p in predict(text, title=title)]
    assert got == [("Foreign Ministers of ASEAN", "concern over the recent developments in the region"),
                   ("Foreign Ministers of ASEAN", "the attacks on civilians")]


@pytest.mark.parametrize("text, expected", [
    # the place after "in" is no subject: the official who opens the clause speaks
    ("Talks\n\nArgentine Foreign Minister Santiago Cafiero on Monday at the first meeting of the Mercosur summit in Montevideo "
     "said that his country views the approach with concern.",
     [("Santiago Cafiero", "his country views the approach with concern")]),
    # "the joint note" is a noun, not the plural cue "note"
    ("Talks\n\nSantiago Cafiero spoke in Montevideo.\n\nAlluding to the joint note sent to Uruguay last Wednesday, the Argentine "
     "minister said that the loss of consensus is the most relevant aspect.",
     [("Santiago Cafiero", "the loss of consensus is the most relevant aspect")]),
    # a quoted subject of the reported clause keeps the clause; "adding however that" opens the second one
    ("Talks\n\nSantiago Cafiero spoke in Montevideo.\n\nHe said that “bilateral approaches” are “not frightening,” given that "
     "they have been part of the process, adding however that these always came about as “the fruit of consensus.”",
     [("Santiago Cafiero", "“bilateral approaches” are “not frightening,” given that they have been part of the process"),
      ("Santiago Cafiero", "these always came about as “the fruit of consensus”")]),
    # "The official noted" stays a cue ("official" is no adjective of "note" here)
    ("Talks\n\nDeputy Prime Minister Edil Baisalov spoke on Monday. The official noted that the leaders would discuss security.",
     [("Edil Baisalov", "the leaders would discuss security")]),
])
def test_subjects_before_circumstances_and_quoted_subjects(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_the_office_a_headline_names_as_the_voice():
    from analysis.extraction.statements.transcripts import TITLE_OFFICE_RE

    got = TITLE_OFFICE_RE.search("Venezuela: Statement of the OAS Secretary General on the Declaration of 14 Countries")
    assert got.group(1) == "OAS Secretary General"
    # an office named later in the headline is who the statement is about, not its voice
    assert TITLE_OFFICE_RE.search("Statement by the Ministerial Council on the Visit of the President of Peru") is None


@pytest.mark.parametrize("text, expected", [
    # a country whose name is also a person's, beside another side: the two speak together
    ("Talks\n\nThe EU and Jordan reaffirmed their commitment to uphold democratic principles.",
     [("both sides", "their commitment to uphold democratic principles")]),
    # "confirmed" with its stance as object, or with a circumstance before "that"
    ("Talks\n\nThe EU confirmed its continued commitment to assist Jordan in tackling the challenges. "
     "The ministry confirmed his attendance. The spokesman reported on the meeting that was held.",
     [("EU", "its continued commitment to assist Jordan in tackling the challenges")]),
    ("Talks\n\nPalamagamba Kabudi spoke in Dodoma. Kabudi, however, confirmed at the national farewell that they expected the delegation.",
     [("Palamagamba Kabudi", "they expected the delegation")]),
    # two speakers in one sentence, the second with a long title ("PS", a Kenyan principal secretary)
    ("Talks\n\nWhile Tanzania Foreign Affairs Minister Palamagamba Kabudi said it was due to bad weather, Kenya’s Foreign "
     "Affairs PS Macharia Kamau said it was a “mechanical problem with the plane”.",
     [("Palamagamba Kabudi", "it was due to bad weather"), ("Macharia Kamau", "it was a “mechanical problem with the plane”")]),
    # but "the X" after a comma is no new subject of its own
    ("Talks\n\nWhile insisting that it strongly condemns the coup attempt, the ECOWAS Commission stresses that it rejects "
     "all unconstitutional change of government.",
     [("ECOWAS Commission", "it strongly condemns the coup attempt"),
      ("ECOWAS Commission", "it rejects all unconstitutional change of government")]),
    # "its call for X": the subject's call, without "for"
    ("Talks\n\nBangladesh has continued its call for smooth repatriation of the Rohingyas to their place of origin.",
     [("Bangladesh", "smooth repatriation of the Rohingyas to their place of origin")]),
])
def test_sides_listed_together_stances_and_second_speakers(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_points_a_minister_expressed_and_a_ministrys_statement_in_paragraphs():
    text = ("Statement from the Minister of Foreign Affairs\n\nRegarding the controversy of yesterday, the Minister of Foreign "
            "Affairs, Mateo Ruiz Cardona expressed the following on behalf of the National Government:\n\n"
            "1. Colombia has established its position with the members of the Lima Group.\n\n"
            "2. Colombia will continue to act politically and diplomatically.")
    got = [(p["speaker"], p["text"]) for p in predict(text, title="Statement from the Minister of Foreign Affairs")]
    assert got == [("Mateo Ruiz Cardona", "Colombia has established its position with the members of the Lima Group."),
                   ("Mateo Ruiz Cardona", "Colombia will continue to act politically and diplomatically.")]
    title = "Statement of the Ministry of Foreign Affairs of Georgia"
    text = (title + "\n\nThe Ministry of Foreign Affairs of Georgia expresses its deep concern over the installation of a "
            "border sign across the occupation line.\n\nThis is a continuation of the illegal process of borderization.\n\n"
            "Despite repeated calls, the occupying power continues to violate its commitments.")
    got = [(p["speaker"], p["text"][:30]) for p in predict(text, outlet="Ministry of Foreign Affairs of Georgia", title=title)]
    assert got == [("Ministry of Foreign Affairs of Georgia", "its deep concern over the inst"),
                   ("Ministry of Foreign Affairs of Georgia", "This is a continuation of the "),
                   ("Ministry of Foreign Affairs of Georgia", "Despite repeated calls, the oc")]
    # a news story with the same words: the later paragraphs are the reporter's
    got = predict(text.replace(title, "Georgia protests border signs"), outlet="Reuters", title="Georgia protests border signs")
    assert len(got) == 1


def test_a_titled_name_before_a_role_and_participles_of_a_second_statement():
    text = ("GCC summit\n\nPrince Khalid bin Saad bin Abdullah, Minister of Foreign Affairs, in his reply to the journalists, "
            "stated that the agenda was full.\n\nOn the Iranian file, he explained that the threat concerns everyone, indicating "
            "that there is an understanding among the GCC countries.\n\nIn the Lebanese file, he emphasized the interest in "
            "Lebanon’s stability, expressing hope that the Lebanese people will find a way forward.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got == [("Khalid bin Saad bin Abdullah", "the agenda was full"),
                   ("Khalid bin Saad bin Abdullah", "the threat concerns everyone"),
                   ("Khalid bin Saad bin Abdullah", "there is an understanding among the GCC countries"),
                   ("Khalid bin Saad bin Abdullah", "the interest in Lebanon’s stability"),
                   ("Khalid bin Saad bin Abdullah", "the Lebanese people will find a way forward")]
    # a role before the name in apposition stays a role: the name speaks
    got = predict("Talks\n\nFinally, the Permanent Secretary of the Ministry of Foreign Affairs, Ambassador Mohamed Ali Nur, "
                  "stated that Somalia will never accept it.")
    assert [p["speaker"] for p in got] == ["Mohamed Ali Nur"]


def test_a_spokespersons_briefing_and_answers_printed_on_the_questions_line():
    title = "Spokesperson's Press Briefing (January 25, 2018)"
    got = predict(title + "\n\nGood afternoon. Let me start today’s briefing.\n\nToday, I have two announcements to make.",
                  outlet="Ministry of Foreign Affairs of the Republic of Korea", title=title)
    assert [(p["speaker"], p["side"]) for p in got] == [("Spokesperson", "South Korea")] * 2
    title = "Foreign Affairs Council: Remarks by High Representative Kaja Kallas upon arrival"
    text = (title + "\n\nGood morning,\n\nWe have a very long meeting today on the Gulf and on Ukraine.\n\n"
            "Q. Do you think more measures against Belarus are needed?\nMore measures are needed, certainly. "
            "But let us see what the Member States decide.")
    got = [(p["speaker"], p["text"][:20]) for p in predict(text, title=title)]
    assert got == [("Kaja Kallas", "We have a very long "),
                   ("Reporter", "Do you think more me"), ("Kaja Kallas", "More measures are ne")]


def test_a_documents_words_after_a_colon_over_several_paragraphs():
    text = ("Talks\n\nThe minister met his counterpart in Abuja.\n\nA statement from the minister’s spokesman, Kabir Danladi "
            "Musa on Wednesday read: “Today, the Minister held a constructive discussion with the Assistant Secretary.\n\n"
            "“The Minister expressed his hopeful outlook for the region.”\n\nA statement from the ministry read: “We will respond.”")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got == [("Kabir Danladi Musa", "Today, the Minister held a constructive discussion with the Assistant Secretary."),
                   ("Kabir Danladi Musa", "The Minister expressed his hopeful outlook for the region."),
                   ("ministry", "We will respond.")]
    # "lamented that:" opens the words themselves, paragraph by paragraph
    text = ("Talks\n\nOmar Touray spoke in Abuja. Touray lamented that: “Coup d’etat is a tragedy for our regional efforts.\n\n"
            "“Indeed, until three years ago, all leaders in the region were elected.”")
    assert [p["text"] for p in predict(text)] == ["Coup d’etat is a tragedy for our regional efforts.",
                                                   "Indeed, until three years ago, all leaders in the region were elected."]
    # the source named after what was said is not part of it
    got = predict("Talks\n\nCafiero acknowledged the support for Argentina to take up the Presidency, as reported in a "
                  "statement by the ministry.")
    assert [p["text"] for p in got] == ["the support for Argentina to take up the Presidency"]


def test_what_it_was_agreed_and_the_narration_after_a_statement():
    got = predict("Talks\n\nThe two sides reviewed relations. It was also agreed that Pakistan and China will enhance "
                  "high level engagements.\n\nAnnalena Baerbock on Wednesday underlined the importance of trans-Atlantic ties "
                  "as she set off for her first visit to the United States.")
    assert [(p["speaker"], p["text"]) for p in got] == [
        ("both sides", "Pakistan and China will enhance high level engagements"),
        ("Annalena Baerbock", "the importance of trans-Atlantic ties")]


def test_a_group_with_its_members_in_brackets_and_an_ambassador_with_a_role():
    text = ("Minsk Group\n\nThe OSCE Minsk Group Co-Chairs (Igor Lavrentiev of Russia, Paul Visconte of France, and Andrew "
            "Shaw of the United States) appealed to the sides to observe the ceasefire strictly.\n\n"
            "Ambassador Andrzej Kowalczyk, Personal Representative of the OSCE Chairperson-in-Office, announced earlier "
            "Thursday that the mission was suspending all monitoring.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text)]
    assert got == [("OSCE Minsk Group Co-Chairs", "OSCE", "the sides to observe the ceasefire strictly"),
                   ("Andrzej Kowalczyk", "OSCE", "the mission was suspending all monitoring")]


def test_a_call_the_media_tell_of_and_what_its_subject_said_in_it():
    text = ("Talks\n\nQatar’s foreign minister also spoke with his Iranian counterpart via phone call on Sunday, expressing deep "
            "concern over developments in the region and reiterating their commitment to support stability, Qatari state media "
            "reported.\n\nThe minister met his counterpart in Doha on Monday, the agency said.")
    got = [(p["speaker"], p["text"], p["via"]) for p in predict(text)]
    assert got[:2] == [("Qatar's foreign minister", "deep concern over developments in the region", "Qatari state media"),
                       ("Qatar's foreign minister", "their commitment to support stability", "Qatari state media")]
    assert len(got) == 3  # (the meeting itself stays the agency's report, as before)


def test_a_council_named_by_its_members_and_their_they():
    text = ("Security Council Press Statement\n\nThe members of the Security Council expressed their deepest condolences "
            "to the families of the victims. They underlined that attacks targeting peacekeepers may constitute war crimes.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text)]
    assert got == [("UN Security Council", "United Nations", "the families of the victims"),
                   ("UN Security Council", "United Nations", "attacks targeting peacekeepers may constitute war crimes")]
    # "the Security Council" is the UN's only as a whole name, never inside "National Security Council"
    got = predict("Talks\n\nJuan Cruz, a spokesperson for the National Security Council in Manila, said the ship "
                  "had violated international law.")
    assert [p["speaker"] for p in got] == ["Juan Cruz"] and got[0]["side"] != "United Nations"


def test_labels_with_the_role_in_square_brackets():
    text = ("NATO Secretary General's round table with media\n\n"
            "Jens Stoltenberg [NATO Secretary General]: I just had a professional exchange with Minister Lavrov.\n\n"
            "Oana Lungescu [NATO Spokesperson]: And please introduce yourselves.\n\n"
            "Question [Politico]: Secretary General, did you ask him to send a new Ambassador to NATO?\n\n"
            "Jens Stoltenberg [NATO Secretary General]: There is nothing new about that.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text)]
    assert got == [("Jens Stoltenberg", "NATO", "I just had a professional exchange with Minister Lavrov."),
                   ("Oana Lungescu", "NATO", "And please introduce yourselves."),
                   ("Reporter", "unknown", "Secretary General, did you ask him to send a new Ambassador to NATO?"),
                   ("Jens Stoltenberg", "NATO", "There is nothing new about that.")]


@pytest.mark.parametrize("text, expected", [
    # a place that ends a participle's phrase is not the subject
    ("Talks\n\nA senior North Korean diplomat leading a delegation to Kuala Lumpur reiterated that Kim had died of "
     "a heart attack.", [("senior North Korean diplomat", "North Korea", "Kim had died of a heart attack")]),
    ("Talks\n\nDiplomats meeting in Vienna said the deal was close.", [("diplomats", "unknown", "the deal was close")]),
    # "quoted X as saying": the one quoted speaks
    ("Talks\n\nThe RIA report quoted Lavrov as saying Britain’s accusation was irresponsible.",
     [("Sergei Lavrov", "Russia", "Britain’s accusation was irresponsible")]),
    # "... and the Kremlin said ...": a second subject with its own reporting verb
    ("Talks\n\nMoscow denies any involvement and the Kremlin said the claims were absurd.",
     [("Moscow", "Russia", "any involvement"), ("Kremlin", "Russia", "the claims were absurd")]),
    # ... but not the subject of a "that" clause ("said that Japan and the United States agreed that")
    ("Talks\n\nThe Japanese minister said that Japan and the United States agreed that the alliance was strong.",
     [("both sides", "both sides", "the alliance was strong")]),
    # a nationality before the comma is not the role's ("jets to Chinese airlines, Chief Executive X")
    ("Boeing halts deliveries\n\nBoeing has stopped delivering jets to Chinese airlines, Chief Executive Kelly Ortberg "
     "said on Tuesday.", [("Kelly Ortberg", "unknown", "Boeing has stopped delivering jets to Chinese airlines")]),
])
def test_participles_quoted_as_saying_second_subjects_and_roles_within_the_clause(text, expected):
    assert [(p["speaker"], p["side"], p["text"]) for p in predict(text)] == expected


def test_and_added_before_a_quotation_a_participle_after_one_and_a_time_with_as():
    # 'She said A and added, “B”': B is her direct statement, not an indirect ', “B'
    text = ("Talks\n\nEU foreign policy chief Federica Mogherini spoke in Vienna.\n\nShe said the sides are going to strike "
            "a final accord “in the coming days” and added, “So no extension. We all agreed on that.”\n\n"
            "She said the deal was close and added: “We are almost there.”")
    got = [(p["speaker"], p["kind"], p["text"]) for p in predict(text)]
    assert got == [("Federica Mogherini", "indirect", "the sides are going to strike a final accord “in the coming days”"),
                   ("Federica Mogherini", "direct", "So no extension. We all agreed on that."),
                   ("Federica Mogherini", "indirect", "the deal was close"),
                   ("Federica Mogherini", "direct", "We are almost there.")]
    # ', arguing X had ...' after a quotation is no inverted attribution: X does not speak
    got = predict("Talks\n\nPutin called Turkey “accomplices of terrorists,” arguing the Islamic State of Iraq and the "
                  "Levant (ISIL) had the “protection of a nation’s military.”")
    assert all("Islamic State" not in p["speaker"] for p in got)
    # '..., X said Monday as ...': a postposed attribution with a time and a clause after it
    got = predict("Talks\n\nCanada is deeply concerned that Saudi Arabia has expelled its ambassador, Foreign Affairs Minister "
                  "Chrystia Freeland said Monday as the clash reverberated throughout the region.")
    assert [(p["speaker"], p["text"]) for p in got] == [
        ("Chrystia Freeland", "Canada is deeply concerned that Saudi Arabia has expelled its ambassador")]


def test_a_sentence_of_obligation_after_a_statement_goes_on_with_its_speaker():
    text = ("Talks\n\nKenya's Foreign Minister Raychelle Omamo underscored the need to work together on common projects.\n\n"
            "The two countries should exert joint efforts to protect their people from the locust invasion.\n\n"
            "Omamo visited the new railway station on Friday. The line should open next year.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got == [("Raychelle Omamo", "the need to work together on common projects"),
                   ("Raychelle Omamo", "The two countries should exert joint efforts to protect their people from the locust invasion")]
    # a sentence with a verb of its own is not the previous speaker's, even when its subject is unknown
    got = predict("Talks\n\nKenya's Foreign Minister Raychelle Omamo underscored the need to work together. Otieno repeated "
                  "the two sides should avoid miscalculation.")
    assert [p["text"] for p in got] == ["the need to work together"]


def test_quotations_continued_resumed_after_a_long_attribution_and_after_a_paragraph_about_the_speaker():
    # '"...," he continued.' and '"...?" he questioned.' attribute; "The talks continued" does not
    text = ("Talks\n\nThe Qatari premier condemned the blockade of northern Gaza.\n\n"
            "“There is no justification for targeting journalists,” he continued.\n\n"
            "“What kind of Middle East is being redrawn in blood?” he questioned.\n\n"
            "The talks continued on Monday. Despite calls, the Russian Federation continues to violate the law.")
    got = [(p["speaker"], p["kind"], p["text"]) for p in predict(text)]
    assert got == [("Qatari premier", "indirect", "the blockade of northern Gaza"),
                   ("Qatari premier", "direct", "There is no justification for targeting journalists,"),
                   ("Qatari premier", "direct", "What kind of Middle East is being redrawn in blood?")]
    # a new quoted sentence after a long attribution that ends a sentence is a statement of its own
    text = ("Talks\n\n“We have entered a new era,” Turkish Foreign Minister Hakan Fidan told reporters after meeting with "
            "Greek Foreign Minister Georgios Gerapetritis. “We’ve agreed to bring new approaches to solve problems.”")
    assert [p["text"] for p in predict(text)] == ["We have entered a new era,",
                                                  "We’ve agreed to bring new approaches to solve problems."]
    # a quoted paragraph after a paragraph that tells of someone who has spoken goes on with them
    text = ("Talks\n\nThe ambassador must leave the country, Polish Foreign Minister Zbigniew Rau said on Wednesday.\n\n"
            "He made the remark on the sidelines of the regional conference in Lodz.\n\n"
            "\"In international relations the principle of reciprocity is always binding.\"\n\n"
            "The conference ended on Friday.\n\n\"We will see.\"")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got == [("Zbigniew Rau", "The ambassador must leave the country"),
                   ("Zbigniew Rau", "In international relations the principle of reciprocity is always binding.")]


@pytest.mark.parametrize("text, expected", [
    ("Talks\n\nBoth parties also emphasized their support for Somalia's territorial integrity.",
     [("both sides", "their support for Somalia's territorial integrity")]),
    ("Talks\n\nThe two also denounced North Korea's recent escalation.", [("both sides", "North Korea's recent escalation")]),
    ("Talks\n\nThe two countries agreed to reinforce their co-operation in trade. They also re-affirmed their commitment "
     "to the ECOWAS protocols.", [("both sides", "to reinforce their co-operation in trade"),
                                 ("both sides", "their commitment to the ECOWAS protocols")]),
    ("Talks\n\nThe two leaders reflected on the strong state of bilateral relations.",
     [("both sides", "the strong state of bilateral relations")]),
    ("Talks\n\nThe minister reflected the mood of the country.", []),  # "reflected" only with "on"
])
def test_joint_subjects_both_parties_the_two_and_joint_verbs(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_they_after_two_who_met_speak_together():
    got = predict("Talks\n\nForeign Minister Ana Roca held talks with her Chilean counterpart Luis Vera. They agreed to "
                  "reopen the border.\n\nAna Roca met reporters in Lima. They said the border would reopen.")
    assert [(p["speaker"], p["text"]) for p in got] == [("both sides", "to reopen the border")]


@pytest.mark.parametrize("text, expected", [
    # "X, on his part said that": the subject before the aside
    ("Talks\n\nThe Kenyan Cabinet Secretary for Foreign Affairs, on his part said that Ethiopian friendship holds a "
     "special place in Kenya.", [("Kenyan Cabinet Secretary for Foreign Affairs", "Ethiopian friendship holds a special place in Kenya")]),
    # "took the opportunity to express": the subject's speech act ("wants to express" stays none)
    ("Talks\n\nGedu Andargachew also took the opportunity to express his condolences to the people of Kenya. He wants to "
     "express his thanks.", [("Gedu Andargachew", "his condolences to the people of Kenya")]),
    # "..., going on to note that ...": a second statement
    ("Talks\n\nCafiero spoke in Montevideo. We are concerned about the road taken, he emphasized, going on to note that "
     "Mercosur is a key tool.", [("Santiago Cafiero", "We are concerned about the road taken"),
                                 ("Santiago Cafiero", "Mercosur is a key tool")]),
    # a plural speech noun ("Pristina's demands that ..."), up to the main clause's verb
    ("Talks\n\nUnresolved issues, including Pristina's demands that Belgrade hands over the suspects, blocked further progress.",
     [("Pristina", "Belgrade hands over the suspects")]),
])
def test_asides_occasions_going_on_to_note_and_plural_speech_nouns(text, expected):
    assert [(p["speaker"], p["text"]) for p in predict(text)] == expected


def test_a_mixed_quotation_after_a_participle_is_no_direct_statement():
    got = predict("Talks\n\nCafiero spoke in Montevideo.\n\n“It is the unilateralism that concerns us,” he emphasized, going on "
                  "to note that Mercosur is “a key tool” in counteracting the tendency.")
    assert "a key tool" not in [p["text"] for p in got]


def test_a_participle_after_a_quotation_and_its_attribution_is_the_attributed_speakers():
    text = ("Talks\n\n\"The vessel dangerously approached a China Coast Guard ship,\" coast guard spokesperson Gan Yu said in a "
            "statement, adding that the Philippines should \"immediately stop its provocations\" near the shoal.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got[-1] == ("Gan Yu", "the Philippines should \"immediately stop its provocations\" near the shoal")


def test_his_excellency_an_organisations_executive_and_the_auc():
    text = ("GCC Secretary General condemns shooting\n\nHis Excellency Mr. Jassem Mohamed Albudaiwi, Secretary General of the "
            "Gulf Cooperation Council (GCC), strongly condemned the shooting incident in Muscat.\n\nHis Excellency stated "
            "that this heinous criminal act is in complete contradiction with our values.")
    got = [(p["speaker"], p["side"]) for p in predict(text)]
    assert got == [("Jassem Mohamed Albudaiwi", "GCC")] * 2  # never "His Excellency" as a speaker
    # a registry person introduced with a fuller name and an organisation's office speaks for it
    got = predict("Talks\n\nSADC executive secretary Dr Stergomena Lawrence Tax said the troops would deploy.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Stergomena Lawrence Tax", "SADC")]
    got = predict("Talks\n\nIn his address, AUC Chairperson Moussa Faki Mahamat said the tension was a concern.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Moussa Faki Mahamat", "African Union")]


def test_single_quotations_with_long_attributions_inverted_participles_and_clauses_after_but():
    # a single-quoted paragraph whose attribution runs on ("..., said X, who is in Norway, together with ...")
    text = ("Talks\n\nForeign Minister Maria Ángela Holguín spoke in Oslo.\n\n‘Thank you Norway. Your support was crucial "
            "for the entire peace process,’ said Holguín, who is in Norway, together with the head of the rebel movement, "
            "Rodrigo ‘Timoshenko’ Londoño, to attend the Oslo Forum.\n\n‘This is a historic moment,’ said Foreign Minister, "
            "Ola Nordmann when he talked to the two.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got == [("María Ángela Holguín", "Thank you Norway. Your support was crucial for the entire peace process,"),
                   ("Ola Nordmann", "This is a historic moment,")]
    # "..., said X, adding that ...": both X's; a clause after ", but" is no aside holding the speaker
    text = ("Talks\n\nEstonian Foreign Minister Keit Pentus-Rosimannus spoke in Riga.\n\nRussia's aggression is obvious, but "
            "its activities target not just Latvia and Estonia, but the values of the entire West, said Pentus-Rosimannus, "
            "adding that it was important for the Baltic countries to keep a cool head.")
    got = [(p["speaker"], p["text"]) for p in predict(text)]
    assert got == [("Keit Pentus-Rosimannus", "Russia's aggression is obvious, but its activities target not just Latvia and "
                                              "Estonia, but the values of the entire West"),
                   ("Keit Pentus-Rosimannus", "it was important for the Baltic countries to keep a cool head")]


def test_meetings_that_speak_for_their_body_saying_without_a_comma_and_quotations_over_sentences():
    text = ("IGAD ministers meet\n\nA Consultative Meeting of IGAD Council of Ministers was held on 17 March 2017.\n\n"
            "On humanitarian issues, the meeting expressed serious concerns about drought emergencies. It also acknowledged "
            "the likelihood of further deterioration of the situation.\n\nThe Council called for enhanced support.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text)]
    assert got == [("IGAD Council of Ministers", "IGAD", "serious concerns about drought emergencies"),
                   ("IGAD Council of Ministers", "IGAD", "the likelihood of further deterioration of the situation"),
                   ("IGAD Council of Ministers", "IGAD", "enhanced support")]
    # a meeting with no body named before speaks for no one
    assert predict("Talks\n\nThe meeting was held in Vienna. The summit expressed concern about the war.") == []
    # "... saying ..." without a comma opens a second statement (not "quoted X as saying")
    got = predict("Talks\n\nAUC Chairperson Moussa Faki Mahamat spoke.\n\nMahamat called for dialogue in de-escalating the "
                  "tension saying the two countries share a long history of good neighbourliness.")
    assert [p["text"] for p in got] == ["dialogue in de-escalating the tension",
                                        "the two countries share a long history of good neighbourliness"]
    # a quotation of two sentences, then "he said, adding that ...": the participle is outside the quotation
    got = predict("Talks\n\nIn his statement, Haavisto welcomed Nato's open door policy.\n\n\"Cooperation will strengthen the "
                  "region. Cooperation benefits all parties,\" he said, adding that the core principles of European security "
                  "must be respected.")
    assert [(p["speaker"], p["text"]) for p in got][-1] == (
        "Pekka Haavisto", "the core principles of European security must be respected")


def test_names_with_particles_second_surnames_and_highness():
    # "de la" inside a name, and a registry person written with a second (mother's) surname
    got = predict("Talks\n\nForeign Secretary Juan Ramón de la Fuente Ramírez today presented the priorities.\n\n"
                  "\"Mexico is seen as a reliable country,\" he added.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Juan Ramón de la Fuente", "Mexico")]
    got = predict("Talks\n\nPresident Claudia Sheinbaum Pardo said Mexico would respond.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Claudia Sheinbaum", "Mexico")]
    # "HH Sheikh X", "His Highness Sheikh X", then "HH stressed": the person, never "HH"
    got = predict("Talks\n\nHH Sheikh Mohammed bin Abdulrahman Al Thani met the minister. HH stressed that the talks must "
                  "continue.\n\nHis Highness Sheikh Mohammed bin Abdulrahman Al Thani said the war must end.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Mohammed bin Abdulrahman Al Thani", "Qatar")] * 2


def test_captions_former_epithets_and_joint_statements_after_a_meeting():
    # a caption line is no subject that "He" could stand for
    got = predict("Talks\n\nCavusoglu was addressing reporters at the Antalya Diplomacy Forum. Photo: AA Photo.\n\n"
                  "He said: “Greece is now declaring NAVTEX. They should give up these provocations.”")
    assert [(p["speaker"], p["side"]) for p in got] == [("Mevlut Cavusoglu", "Turkey")]
    # "the former ambassador to Senegal said": an epithet of the person in focus
    got = predict("Talks\n\nIbrahim Lamuwa, the permanent secretary of the Ministry of Foreign Affairs, addressed the diplomatic "
                  "corps on Friday.\n\n“The authority welcomes the condemnation of the coup,” the former ambassador to Senegal said.")
    assert [p["speaker"] for p in got] == ["Ibrahim Lamuwa"]
    # "a joint statement issued after the meeting" with no author named: the parties together
    got = predict("Talks\n\nThe foreign ministers of Central Asia met in Cholpon-Ata.\n\n“The sides pointed out that cooperation "
                  "should be enhanced,” a joint statement issued after the meeting said.")
    assert [p["speaker"] for p in got] == ["both sides"]


def test_media_reports_his_post_and_lankan():
    # "did not confirm US media reports that ...": a noun, with no speaker "did not confirm US media"
    got = predict("Talks\n\nUS Secretary of State Antony Blinken called for calm but did not confirm US media reports that "
                  "at least one missile had hit Iran.")
    assert all("media" not in p["speaker"] for p in got)
    # "According to his post": the one "his" stands for, never "his Twitter (X) post"
    got = predict("Talks\n\nForeign Minister Andrii Sybiha arrived in Washington.\n\nAccording to his Twitter (X) post, the "
                  "talks with Blinken were very productive.")
    assert [p["speaker"] for p in got] == ["Andrii Sybiha"]
    # "Lankan" is Sri Lanka's
    got = predict("Talks\n\nThe Lankan Foreign Minister G. L. Peiris said the fisheries issue must be solved.")
    assert [(p["side"]) for p in got] == ["Sri Lanka"]


def test_a_royal_title_and_first_name_is_the_person_named_in_full_before():
    got = predict("Talks\n\nQatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Saturday the talks were "
                  "not very promising.\n\n\"We will always remain optimistic,\" Sheikh Mohammed said in Munich.\n\n"
                  "Prince Faisal said the visit was useful.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Mohammed bin Abdulrahman Al Thani", "Qatar")] * 2 + [("Faisal", "unknown")]


def test_a_statement_by_headline_names_its_author_before_a_guest_with_a_title():
    # "Statement to Media by X, Minister of ... on the Visit of Y, Secretary of State": X's words, not Y's
    title = ("Statement to Media by Rauf Hakeem, Minister of Foreign Affairs on the occasion of the Official Visit of "
             "John Kerry, US Secretary of State")
    got = predict(title + "\n\nIt has been an honour to welcome Secretary Kerry to our Foreign Ministry.\n\n"
                  "This morning we continued a dialogue that began within a month of my appointment as Foreign Minister.")
    assert {p["speaker"] for p in got} == {"Rauf Hakeem"}


def test_an_answer_is_never_a_person_the_question_names():
    # "Q: Defence Minister X said ... A: ...": the answer is the briefing's spokesperson, not X
    got = predict("Extract from the press briefing (4 March 2024)\n\nQ: Defence Minister Ivan Petrov recently called on "
                  "the army to stand ready for war. Do you have any comment?\n\nA: Disputes must be resolved peacefully, in "
                  "accordance with international law.")
    answers = [p for p in got if p["kind"] == "direct" and p["text"].startswith("Disputes")]
    assert [p["speaker"] for p in answers] == ["Spokesperson"]


def test_photo_credit_lines_are_no_speakers():
    # "Foto: Instagram/...": a credit line (German, Serbian, Indonesian ...), never a transcript label
    got = predict("Talks in Brussels\n\nThe two leaders met in Brussels with the EU's envoy.\n\nSource: Tanjug\n"
                  "Foto: Instagram/leaders\nFoto: Instagram/leaders\n\nBefore that meeting, Vucic met the envoy.\n\n"
                  "\"I hope for some kind of solution, although I'm quite skeptical,\" wrote Vucic on his Instagram account.\n\n"
                  "Borrell: I expect the two to be flexible\n\nThe head of diplomacy of the European Union, Josep Borrell, "
                  "said that he expects the two leaders to be open.")
    assert [(p["speaker"], p["kind"]) for p in got] == [("Aleksandar Vučić", "direct"), ("Josep Borrell", "indirect")]


def test_takes_note_offices_of_bodies_spokesmen_for_an_office_and_joint_releases():
    # "The Chilean government takes note of ...": the government, never "Chilean government takes"
    got = predict("Talks\n\nThe Chilean government takes note with surprise of the offensive tone adopted by Bolivian authorities.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Chilean government", "Chile")]
    # "the Acting Foreign Minister of the Interim Government of X": an office, and its holder speaks
    got = predict("Talks\n\nForeign Minister Ishaq Dar received a call from the Acting Foreign Minister of the Interim "
                  "Government of Afghanistan, Amir Khan Muttaqi, on Monday.\n\nThe Acting Foreign Minister of the Interim "
                  "Government of Afghanistan strongly condemned the attack on the embassy.\n\nThe Foreign Minister thanked "
                  "the Afghan side for its solidarity.")
    assert [p["speaker"] for p in got] == ["Amir Khan Muttaqi", "Ishaq Dar"]
    # "X, the official spokesman for the Secretary-General,": a spokesman (his aside is not his words),
    # and a later "The Secretary-General" is the Secretary-General
    got = predict("Talks\n\nThe Secretary-General of the League of Arab States, Ahmed Aboul Gheit, received the envoy of "
                  "Sudan on Monday.\n\nAccording to Hossam Zaki, the official spokesman for the Secretary-General, the envoy "
                  "conveyed a message from Khartoum.\n\nThe Secretary-General stressed the League's commitment to stability "
                  "in Sudan.")
    assert [(p["speaker"], p["text"][:9]) for p in got] == [("Hossam Zaki", "the envoy"), ("Ahmed Aboul Gheit", "the Leagu")]
    # "According to a joint press release between the two sides issued after the talks,": both sides
    got = predict("Talks\n\nTurkish and Egyptian diplomats met in Cairo.\n\nAccording to a joint press release issued after "
                  "the talks, the discussions were frank and in-depth.")
    assert [(p["speaker"], p["text"]) for p in got] == [("both sides", "the discussions were frank and in-depth")]


def test_arabic_names_with_a_fathers_name():
    # "Majed bin Mohammed Al Ansari" is the registry's "Majed Al Ansari", and so is a later "Al Ansari"
    got = predict("Talks\n\nQatar's foreign ministry spokesman Majed bin Mohammed Al Ansari said the talks were useful.\n\n"
                  "During the weekly briefing, Al Ansari underscored that any escalation disrupts the efforts.")
    assert {p["speaker"] for p in got} == {"Majed al-Ansari"}


def test_a_spokesperson_for_the_ministry_on_its_own_site_speaks_for_its_country():
    # "Spokesperson for the Ministry of Foreign Affairs Dr. X" on the ministry's own site: its spokesperson
    got = predict("Doha, May 21\n\nOfficial Spokesperson for the Ministry of Foreign Affairs Dr. Khalid bin Salem Al Harthy "
                  "has emphasized the importance of stopping the war.", "Ministry of Foreign Affairs of Qatar")
    assert [(p["speaker"], p["side"]) for p in got] == [("Khalid bin Salem Al Harthy", "Qatar")]


def test_a_title_joined_by_hyphens_is_no_name_and_a_role_goes_on_past_of():
    # "OSCE Chairperson-in-Office Valtonen": a title joined by hyphens, not part of her name; in the
    # OSCE's own text she speaks for it, and the host's Prime Minister, whose role goes on past "of", does not
    got = predict("OSCE Chairperson-in-Office Valtonen concludes visit to Moldova\n\nThe OSCE Chairperson-in-Office, "
                  "Finland's Minister for Foreign Affairs Elina Valtonen, visited Moldova today.\n\nIn Chisinau, she met "
                  "Prime Minister Dorin Recean, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of "
                  "Moldova Mihai Popsoi.\n\nChairperson Valtonen underlined the need for continued dialogue between the Sides.\n\n"
                  "Prime Minister Recean said that Moldova wants a peaceful settlement.", "OSCE (press release)")
    assert [(p["speaker"], p["side"]) for p in got] == [("Elina Valtonen", "OSCE"), ("Dorin Recean", "Moldova")]


def test_the_bloc_and_the_union_are_the_organisation_named_before():
    # "the bloc said" after "The European Union ...": the EU; "a communique issued by the union":
    # the African Union, never a side taken from the outlet's country
    got = predict("Talks\n\nThe European Union on Thursday called for a ceasefire in Ethiopia.\n\n\"The EU reiterates its "
                  "call for the withdrawal of troops,\" the bloc said.\n\nThe African Union supports the decisions taken "
                  "by ECOWAS, according to a communique issued by the union on Friday.", "Sputnik Africa")
    assert [(p["speaker"], p["side"]) for p in got] == [("European Union", "European Union")] * 2 + [("African Union", "African Union")]


def test_a_registry_person_speaks_for_the_office_held_on_the_documents_date():
    # Tedros was Ethiopia's foreign minister until 2016 and the WHO's head from 2017: the registry's
    # dated offices give the side of the day; an office named by a place ("envoy for Libya") never does
    text = "Talks\n\nTedros Adhanom Ghebreyesus said the dam would benefit the whole region."
    assert _with_date(text, "2014-06-18") == [("Tedros Adhanom Ghebreyesus", "Ethiopia")]
    assert _with_date(text, "2020-03-11") == [("Tedros Adhanom Ghebreyesus", "World Health Organization")]
    assert _with_date(text, "") == [("Tedros Adhanom Ghebreyesus", "World Health Organization")]


def test_other_spellings_of_an_organisations_name():
    # "Shanghai Co-operation Organisation" is the Shanghai Cooperation Organisation
    got = predict("Talks\n\nThe Secretary General of the Shanghai Co-operation Organisation, Zhang Ming, said 22 decisions "
                  "were made.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Zhang Ming", "SCO")]


@pytest.mark.parametrize("text, expected", [
    # "conveyed his appreciation for ...": a stance; "conveyed a message from ...": no statement
    ("The minister also conveyed his appreciation for the support of Ghana.", ["his appreciation for the support of Ghana"]),
    ("The minister conveyed a message from the President to the Prime Minister.", []),
    # "repeated his call for ...", "renewed its demand that ...": a stance; "repeated the exercise": no statement
    ("The minister repeated his call for the two sides to act responsibly.", ["his call for the two sides to act responsibly"]),
    ("The two navies repeated the exercise in the Baltic Sea.", []),
    # "refuted media reports that ...": what is refuted
    ("The ministry has refuted media reports that the attack was xenophobic.", ["media reports that the attack was xenophobic"]),
    # "X follows ..., and once again calls for ...": the sentence's subject; "welcomed A and once again called for B": two
    ("Brazil closely follows the developments in Iraq, including its impact on oil prices, and once again calls for unity "
     "against terrorism.", ["unity against terrorism"]),
    ("The minister welcomed the talks and once again called for unity against terrorism.", ["the talks", "unity against terrorism"]),
])
def test_stances_conveyed_repeated_refuted_and_once_again(text, expected):
    assert [p["text"] for p in predict("Talks\n\n" + text)] == expected


def test_documents_from_a_body_quoted_saying_and_quoted_objects():
    # '"...," a statement from the ministry said': the ministry; '..., a statement from the bloc Sunday'
    got = predict("Talks\n\nThe UAE foreign ministry welcomed the agreement.\n\n“The move represents a significant step towards "
                  "an era of security and prosperity,” a statement from the ministry said.\n\nThe European Union met on Friday. "
                  "It condemned the violence, a statement from the bloc said Sunday.")
    assert [p["speaker"] for p in got] == ["UAE foreign ministry"] * 2 + ["European Union"]
    # '"...," the Khmer Times quoted X saying in a speech': X, with no "as"
    got = predict("Talks\n\nCambodian Prime Minister Hun Manet spoke on Tuesday.\n\n\"We are not playing games. When we engage, "
                  "we do so seriously,\" the Khmer Times on Wednesday quoted Hun Manet saying in a speech on Tuesday.")
    assert [(p["speaker"], p["kind"]) for p in got] == [("Hun Manet", "direct")]


def test_a_quoted_object_of_expressed_and_they_after_meeting_with():
    # 'expressed "concern at ..."': a quotation may open the object; "After meeting with X and Y, they": both sides
    got = predict("Talks\n\nForeign Minister Julie Bishop said the talks went well.\n\nAfter meeting with Foreign Minister "
                  "Retno Marsudi and Defence Minister Ryamizard Ryacudu, they expressed \"concern at the recent developments "
                  "in the South China Sea\".")
    assert [(p["speaker"], p["text"]) for p in got][1:] == [("both sides", "concern at the recent developments in the South China Sea")]
    # 'expressed "X" as Cairo has voiced alarm': the quotation is what was expressed; '“serious concern” over
    # activities that ...': the object goes on past the quotation
    got = predict("Talks\n\nIn his call, Foreign Minister Tedros Adhanom expressed \"commitment to a win-win solution over the "
                  "use of the Nile\" as Cairo has repeatedly voiced alarm over the dam.\n\nThe two nations also expressed "
                  "“serious concern” over activities that were undermining peace and stability in the region.")
    assert [p["text"] for p in got] == ["commitment to a win-win solution over the use of the Nile",
                                        "“serious concern” over activities that were undermining peace and stability in the region"]


def test_bylines_datelines_and_reporters_named_with_their_paper():
    # "By X - Trend:": a byline, never a speaker; "KABUL (Pajhwok): The acting Afghan Foreign Minister X ...": a
    # dateline, then X; "Yeshi Seli, The New Indian Express:": a reporter
    got = predict("OIC on caricatures\n\nBy Nargiz Sadikhova - Trend:\n\nThe General Secretariat of the Organization of "
                  "Islamic Cooperation (OIC) is struck with astonishment at the remarks, Trend reports citing the statement of OIC.")
    assert [(p["speaker"], p["side"], p["via"]) for p in got] == [("OIC", "OIC", "Trend")]
    got = predict("Afghan, Pakistan FMs talk\n\nKABUL (Pajhwok): The acting Afghan Foreign Minister Amir Khan Muttaqi has "
                  "held a telephonic talk with Foreign Minister Ishaq Dar and congratulated him on assuming the charge.")
    assert [p["speaker"] for p in got] == ["Amir Khan Muttaqi"]
    got = predict("Weekly Media Briefing by the Official Spokesperson\n\nShri Randhir Jaiswal, Official Spokesperson: Good "
                  "afternoon. I open the floor for questions.\n\nYeshi Seli, The New Indian Express: Is the President visiting?\n\n"
                  "Shri Randhir Jaiswal, Official Spokesperson: We will announce it in due course.", "Ministry of External Affairs of India")
    assert [p["speaker"] for p in got] == ["Randhir Jaiswal", "Reporter", "Randhir Jaiswal"]


def test_bodies_by_initials_heads_of_government_and_two_nationalities():
    # "the PSC" after "the African Union Peace and Security Council (PSC)": that council, the AU's
    got = predict("AU on Niger\n\nThe African Union Peace and Security Council (PSC) met on Friday.\n\nIn a communique, the "
                  "PSC said it was deeply concerned over the coup.")
    assert [(p["speaker"], p["side"]) for p in got] == [("African Union Peace and Security Council", "African Union")]
    # "The Heads" of a CARICOM text: its Heads of Government, never a person "Heads"
    got = predict("CARICOM on Guyana\n\nCARICOM Heads of Government met in Barbados.\n\nThe Heads also condemned an attack "
                  "on Guyana Defence Force soldiers.")
    assert [(p["speaker"], p["side"]) for p in got] == [("CARICOM Heads of Government", "CARICOM")]
    # "Nigerian and Kenyan Presidents ..., calling on": both sides (not the city named before the comma)
    got = predict("Talks\n\nNigerian and Kenyan Presidents led top officials to talks in Nigeria's capital, Abuja, calling on "
                  "African leaders to never succumb to terrorism.")
    assert [p["speaker"] for p in got] == ["both sides"]
    # "Deputy Prime Minister and Foreign Minister Ayman Safadi": two titles, one person
    got = predict("Talks\n\nDeputy Prime Minister and Foreign Minister Ayman Safadi reiterated the urgency to end the war.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Ayman Safadi", "Jordan")]



def test_doubled_single_marks_according_to_with_a_colon_and_an_honorific_in_apposition():
    # "‘‘...”" (two single marks typed for a double one) is a quotation; "According to X: “...”" is X's
    got = predict("Talks\n\nNigeria's Ambassador to Ethiopia, Victor Adeleke, spoke to the media.\n\nAccording to Ambassador "
                  "Adeleke:‘‘The Ethiopian Prime Minister has always taken Nigeria as one of the pillars in Africa.”\n\n"
                  "He noted that relations between the two countries remain very strong.")
    assert [(p["speaker"], p["kind"]) for p in got] == [("Victor Adeleke", "direct"), ("Victor Adeleke", "indirect")]
    # "The Chairperson of the Commission of the African Union (AU), Dr. X," then "The Chairperson of the Commission": X
    got = predict("Talks\n\nThe Chairperson of the Commission of the African Union (AU), Dr. Nkosazana Dlamini-Zuma, welcomes "
                  "the signing of the agreements.\n\nThe Chairperson of the Commission commends the parties for their spirit "
                  "of compromise.")
    assert [p["speaker"] for p in got] == ["Nkosazana Dlamini-Zuma"] * 2


def test_a_judgement_goes_on_with_the_publishers_own_statement():
    # in a government's own release, "Choosing personal attacks ... is not in line with ..." after its statement is its
    # words; in a news story the same sentence after a statement is the reporter's
    text = ("Statements by Venezuelan Authorities\n\nThe Brazilian government takes note with surprise of the offensive tone "
            "adopted by Venezuelan authorities.\n\nChoosing personal attacks and rhetorical escalation is not in line with the "
            "respectful manner in which the Brazilian government approaches Venezuela.")
    assert [p["text"][:8] for p in predict(text, "Ministry of Foreign Affairs of Brazil")] == ["with sur", "Choosing"]
    assert [p["text"][:8] for p in predict(text, "Reuters")] == ["with sur"]


def test_an_office_of_the_publishing_ministry_and_an_interview_labelled_by_initials():
    # "Foreign ministry secretary general X" in the ministry's own release: its country's
    got = predict("The foreign ministry summoned the ambassador\n\nForeign ministry secretary general Kaarel Tamm met today "
                  "with the Russian ambassador and expressed great disapproval over the situation in Ukraine.",
                  "Ministry of Foreign Affairs of Estonia")
    assert [(p["speaker"], p["side"]) for p in got] == [("Kaarel Tamm", "Estonia")]
    # "GB:" and "DW:" after "GERRY BROWNLEE:" and "DON WISEMAN:": the same two; the one who asks is the reporter
    got = predict("Brownlee on the Forum\n\nTranscript\n\nGERRY BROWNLEE: There will be a number of foreign ministers there.\n\n"
                  "DON WISEMAN: Is there a risk of offending Pacific governments?\n\nGB: Well they're all politicians.\n\n"
                  "DW: Are leaders taking the Forum seriously?\n\nGB: I don't agree with that.")
    assert [p["speaker"] for p in got] == ["Gerry Brownlee", "Reporter", "Gerry Brownlee", "Reporter", "Gerry Brownlee"]


def test_a_bare_and_before_a_speech_verb_ends_a_that_clause():
    # "said A and stressed B": after a clause of its own, the verb is the speaker's again
    got = predict("Visit\n\nThe Kenyan minister pointed out that Kenya could learn much from Ghana's schools and stressed "
                  "the need for closer cooperation.")
    assert [(p["speaker"], p["text"]) for p in got] == [
        ("Kenyan minister", "Kenya could learn much from Ghana's schools"), ("Kenyan minister", "the need for closer cooperation")]
    # a list of the inner subject's own verbs (", and highlighted") stays one statement
    got = predict("Visit\n\nThe minister said that the meeting has reviewed the plan, reiterated its goals, and highlighted "
                  "the value of trade.")
    assert len(got) == 1


def test_sides_of_officials_named_without_their_country():
    # a lower-case role before the name in the headline: the ministry's own spokesperson
    text = ("Briefing of diplomatic correspondents by Ministry of Foreign Affairs spokesperson Eleni Marou\n\n"
            "E. MAROU: Good morning. I will make a few remarks on the talks in Skopje today.\n\n"
            "JOURNALIST: Will the minister travel to Tirana?\n\nE. MAROU: Yes, next week.")
    got = predict(text, outlet="Ministry of Foreign Affairs of Greece")
    assert ("Eleni Marou", "Greece") == (got[0]["speaker"], got[0]["side"])
    # a country's name before a title with no name after it
    got = predict("Talks\n\nKenya Foreign Secretary urged his counterpart to expand trade between the two countries.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Kenya Foreign Secretary", "Kenya")]
    # "his counterpart X" in a story of two states: the other state than the person before
    got = predict("Nepal and Bhutan talks\n\nForeign Secretary Rajan Karki of Nepal met his counterpart Dorji Wangdi in Thimphu.\n\n"
                  "Dorji Wangdi said the two countries would open a new border crossing next year.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Dorji Wangdi", "Bhutan")]
    # the role at the end of a lede is the person the next paragraph makes speak
    got = predict("Sea dialogue\n\nThe two countries have agreed to resume talks on fisheries, the Peruvian deputy foreign minister said.\n\n"
                  "Carla Montes told reporters that the first round would be held in Lima.")
    assert ("Carla Montes", "Peru") in [(p["speaker"], p["side"]) for p in got]
    # a government's own release: its prime minister named by a bare title
    got = predict("Ties strengthened\n\nThe Honourable Prime Minister Tevita Fonua said Tonga was grateful for the visit of the "
                  "Fijian delegation.", outlet="Prime Minister's Office of Tonga")
    assert [(p["speaker"], p["side"]) for p in got] == [("Tevita Fonua", "Tonga")]


def test_a_portfolio_and_a_quotation_mark_are_no_names():
    # "Minister for Europe and Foreign Affairs": a portfolio, so "The Minister" is the person
    text = ("Telephone conversation\n\nAnne Morel, Minister for Europe and Foreign Affairs, spoke on the telephone to "
            "Mr Bakyt Oskonov, Minister of Foreign Affairs of Kyrgyzstan.\n\nThe Minister emphasized the importance we "
            "attach to our relationship with Kyrgyzstan.")
    got = predict(text, outlet="Ministry for Europe and Foreign Affairs of France")
    assert [(p["speaker"], p["side"]) for p in got] == [("Anne Morel", "France")]
    # a paragraph that opens with a quotation mark: the name after it
    got = predict("Visit\n\n'New Zealand welcomes this opportunity for members to discuss our priorities with France.")
    assert [(p["speaker"], p["side"]) for p in got] == [("New Zealand", "New Zealand")]


def test_an_office_of_a_country_in_a_label_and_a_headline():
    text = ("Remarks at the bilateral meeting with the Prime Minister of Samoa\n\n"
            "PRIME MINISTER: Thank you for being such a generous host of the Forum.\n\n"
            "PRIME MINISTER OF SAMOA: I am most grateful for your ongoing contribution.")
    got = [(p["speaker"], p["side"]) for p in predict(text, outlet="Prime Minister of Australia")]
    assert got == [("Prime Minister", "Australia"), ("Prime Minister of Samoa", "Samoa")]


def test_a_declaration_of_several_states_in_the_plural_present():
    text = ("Joint Declaration of Foreign Ministers\n\nMinisters of Foreign Affairs of Estonia and Finland recognize the "
            "historical and cultural links between their nations.\n\nThey also recognize the benefits of closer "
            "cooperation.\n\nThey underline the importance of dialogue and urge all parties to return to negotiations.\n\n"
            "They reconfirm their strong support for the work of the special envoy.")
    got = [(p["speaker"], p["text"][:20]) for p in predict(text)]
    assert got == [("both sides", "the historical and c"), ("both sides", "the benefits of clos"),
                   ("both sides", "the importance of di"), ("both sides", "all parties to retur"),
                   ("both sides", "their strong support")]
    # "both men" after a meeting of two sides
    got = predict("Clash\n\nGreek Foreign Minister Nikos Dendias met Turkish Foreign Minister Mevlut Cavusoglu in Ankara.\n\n"
                  "Both men said the talks had been difficult but useful.")
    assert [(p["speaker"], p["side"]) for p in got] == [("both sides", "both sides")]


def test_states_of_a_region_speaking_together_are_a_joint_voice():
    for subject in ("The Nordic and Baltic countries", "The Gulf states", "The foreign ministers of the Visegrad countries"):
        got = predict(f"Statement\n\n{subject} called for an immediate ceasefire in the region.")
        assert [(p["speaker"], p["side"]) for p in got] == [("both sides", "both sides")], subject
    # a vague group of states is not a joint statement
    got = predict("Statement\n\nWestern countries condemned the strike on the port.")
    assert [p["side"] for p in got] == ["unknown"]


def test_a_quotation_over_several_paragraphs_is_one_statement_per_paragraph():
    text = ("Ties\n\nHon Carmel Sepuloni says both countries share a lot of unique issues.\n\n"
            "“Like Tonga, New Zealand is recovering from a natural disaster and rising costs.\n\n"
            "“We face other shared challenges too, such as jobs and training for our people.\n\n"
            "“It is an increasingly complex world, and small countries rely on a rules-based order.”\n\nThe visit ends on Friday.")
    got = [(p["speaker"], p["text"][:12]) for p in predict(text)]
    assert got == [("Carmel Sepuloni", "both countri"), ("Carmel Sepuloni", "Like Tonga, "),
                   ("Carmel Sepuloni", "We face othe"), ("Carmel Sepuloni", "It is an inc")]
    # in the house style of single marks, with the last paragraph closed
    text = ("Visit\n\n'The Summit brought Pacific countries together for talks with France,' Mr Peters says.\n\n"
            "'New Zealand welcomes this opportunity for members to discuss our priorities with France.\n\n"
            "'France is a long-standing partner in the Pacific, and we value its support in the region.'\n\n"
            "Mr Peters also attended the Ocean Conference.")
    got = [(p["speaker"], p["text"][:12]) for p in predict(text)]
    assert got == [("Winston Peters", "The Summit b"), ("Winston Peters", "New Zealand "), ("Winston Peters", "France is a ")]


def test_readout_sentences_that_go_on_with_the_speaker_and_looking_forward():
    text = ("PM call with the President of Ghana\n\nThe Prime Minister reiterated the UK's support for a lasting "
            "ceasefire in the region. That would require all armed groups to withdraw from the border towns.\n\n"
            "He said the immediate priority was getting more aid to the displaced.\n\n"
            "The UK was pushing for more routes to be opened to bring aid into the region.\n\n"
            "The leaders looked forward to working closely together in the future.")
    got = [(p["speaker"], p["side"], p["text"][:16]) for p in predict(text, outlet="UK Government (Prime Minister's Office)")]
    assert got == [("Prime Minister", "United Kingdom", "the UK's support"), ("Prime Minister", "United Kingdom", "That would requi"),
                   ("Prime Minister", "United Kingdom", "the immediate pr"), ("Prime Minister", "United Kingdom", "The UK was pushi"),
                   ("both sides", "both sides", "working closely ")]
    # looking at something is no statement
    assert predict("Visit\n\nThe minister looked at the options for a new port.") == []


def test_a_joint_statement_headline_with_a_year_and_a_colon():
    title = "Canada-Mexico Summit 2024: Joint Statement"
    text = (title + "\n\nThe Prime Minister of Canada and the President of Mexico met in Ottawa and issued the following "
            "statement:\n\n1. We reaffirm our commitment to an open and fair trading system.\n\n"
            "2. We will deepen our cooperation on energy and the climate.")
    got = {(p["speaker"], p["side"]) for p in predict(text, outlet="Prime Minister of Canada", title=title)}
    assert got == {("both sides", "both sides")}


def test_a_ministrys_unlabelled_q_and_a_and_a_bodys_own_statement():
    title = "Sahel – Q&A from the press briefing (12 May 2021)"
    text = (title + "\n\nWhat is your reaction to the coup in Mali?\n\nFrance condemns the arrest of the President and calls "
            "for his immediate release. The transition must go on.")
    got = [(p["speaker"], p["side"]) for p in predict(text, outlet="Ministry for Europe and Foreign Affairs of France", title=title)]
    assert got[0] == ("Reporter", "unknown") and set(got[1:]) == {("Spokesperson", "France")}
    title = "Statement by the Ministry of Foreign Affairs of Ghana on the closure of its embassy in Lome"
    text = (title + "\n\n1. Ghana has recalled its Ambassador to Togo for urgent consultations.\n\n"
            "2. This decision is a grave affront to the people of Ghana and will not go unanswered.")
    got = [(p["speaker"], p["side"], p["text"][:12]) for p in predict(text, outlet="Ministry of Foreign Affairs of Ghana", title=title)]
    assert got == [("Ministry of Foreign Affairs of Ghana", "Ghana", "Ghana has re"),
                   ("Ministry of Foreign Affairs of Ghana", "Ghana", "This decisio")]


def test_an_acronym_defined_before_of_and_coordinated_cues_before_a_participle():
    text = ("Sudan\n\nAt its meeting on Friday, the Peace and Security Council (PSC) of the African Union (AU) proposed an "
            "extraordinary summit on Sudan, and emphasised the need to protect civilians, calling on the AU Commission to "
            "investigate.\n\nThe PSC demands that the warring parties immediately stop the fighting.")
    got = [(p["speaker"], p["side"], p["text"][:16]) for p in predict(text)]
    body = ("Peace and Security Council of the African Union", "African Union")
    assert got == [(*body, "an extraordinary"), (*body, "the need to prot"), (*body, "the AU Commissio"), (*body, "the warring part")]


def test_an_unattributed_quotation_in_the_first_person_after_a_paragraph_naming_one_official():
    text = ("Minister heads to Fiji\n\nAustralia's Foreign Minister Penny Wong is leaving for Fiji and Tonga this week.\n\n"
            "This was confirmed in a press statement issued by Wong's office.\n\n"
            "“I look forward to listening to leaders in Fiji about how we can best work together.”\n\n"
            "The visit will last three days.")
    got = [(p["speaker"], p["side"], p["text"][:12]) for p in predict(text)]
    assert got == [("Penny Wong", "Australia", "I look forwa")]
    # a quotation in the third person stays unattributed
    assert predict(text.replace("“I look forward to listening to leaders in Fiji about how we can best work together.”",
                                "“The visit is a sign of deep ties between the two countries.”")) == []


def test_an_organisations_chair_in_office_speaks_for_the_organisation():
    text = ("OSCE chair urges talks\n\nVIENNA, April 3. Irish Foreign Minister and OSCE Chairperson-in-Office Simon Coveney "
            "called on both parties to resolve all disputed issues through negotiations.\n\n"
            "Coveney said the organisation stood ready to help.")
    got = [(p["speaker"], p["side"]) for p in predict(text)]
    assert got == [("Simon Coveney", "OSCE"), ("Simon Coveney", "OSCE")]


def test_a_label_with_an_office_of_a_country_then_a_name_and_a_chair_after_an_acronym():
    text = ("Beginning of talks\n\nPresident of Russia Vladimir Putin: Let me welcome you to Moscow.\n\n"
            "President of Mongolia Batbayar Erdene: Thank you for your congratulations, Mr President.")
    got = [(p["speaker"], p["side"]) for p in predict(text, outlet="President of Russia")]
    assert got == [("Vladimir Putin", "Russia"), ("Batbayar Erdene", "Mongolia")]
    got = predict("Karabakh\n\nOrganization for Security and Co-operation in Europe's (OSCE) Chairperson-in-Office Ann Linde "
                  "has called on the parties to resume the ceasefire immediately.")
    assert [(p["speaker"], p["side"]) for p in got] == [("Ann Linde", "OSCE")]


def test_a_pronoun_that_opens_a_said_clause_is_the_speaker_not_a_nested_one():
    text = ("Readout\n\nPrime Minister Modi met Prime Minister Abe in Bangkok.\n\nPrime Minister Modi said that he eagerly "
            "looked forward to welcoming Prime Minister Abe in India next month.")
    got = [(p["speaker"], p["text"][:14]) for p in predict(text)]
    assert got == [("Narendra Modi", "he eagerly loo")]


def test_the_chairperson_is_the_chair_in_office_named_and_a_condolence_conveyed_once_again():
    text = ("OSCE chair urges talks\n\nIrish Foreign Minister and OSCE Chairperson-in-Office Simon Coveney called on both "
            "parties to resolve all disputed issues through negotiations.\n\nThe chairperson also added that the OSCE "
            "hoped to make headway on humanitarian issues.")
    assert [p["speaker"] for p in predict(text)] == ["Simon Coveney", "Simon Coveney"]
    got = predict("Call\n\nMinister Hayashi conveyed once again his message of condolences regarding the tragic event in Seoul.")
    assert [p["speaker"] for p in got] == ["Yoshimasa Hayashi"]


def test_points_of_consensus_listed_by_their_ordinals():
    text = ("Chairman's Statement\n\nOn the situation in the region, the ASEAN Leaders reached three points of consensus:\n\n"
            "First, there shall be an immediate cessation of violence and all parties shall exercise utmost restraint.\n\n"
            "Second, constructive dialogue among all parties concerned shall commence.\n\n"
            "Third, ASEAN shall provide humanitarian assistance.\n\nThe meeting ended at noon.")
    got = [(p["speaker"], p["text"][:8]) for p in predict(text)]
    assert got == [("ASEAN Leaders", "First, t"), ("ASEAN Leaders", "Second, "), ("ASEAN Leaders", "Third, A")]


def test_a_quotation_then_posted_and_the_speaker():
    text = ('Talks\n\n"The most important meeting of the day is with the Secretary of State. The peace summit is on the '
            'agenda," posted Hungarian Foreign Minister Anna Kovacs on social media.')
    got = [(p["speaker"], p["side"], p["text"][:12]) for p in predict(text)]
    assert got == [("Anna Kovacs", "Hungary", "The most imp")]


def test_a_source_named_by_a_document_released_keeps_no_participle():
    text = ("Talks\n\nVIENNA, April 3. Polish Foreign Minister Anna Nowak called on both parties to resolve all disputes "
            "through negotiations, according to the OSCE statement released on Saturday.")
    got = predict(text)
    assert [(p["speaker"], p["via"]) for p in got] == [("Anna Nowak", "OSCE statement")]
