"""Tone phrases: lexicon, layers, frames, detection rules, tone index, discovery."""
import math
import re

import pytest

import analysis
from analysis import tone
from analysis.extraction import tone_phrases
from analysis.lexicon_files import LexiconError


def found(text):
    lex = tone.load_tone_lexicon()
    return [(lex.entries[i].phrase, text[a:b]) for a, b, i in tone.find_tone_phrases(text, lex)]


def phrases(text):
    return [p for p, _ in found(text)]


def matches(text):
    """(matched text, category, score) of every match, frames included."""
    return [(text[m.start:m.end], m.category, m.score) for m in tone.find_tone_matches(text)]


def corpus_of(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return analysis.load_corpus(tmp_path, cache=False, workers=1)


def test_lexicon_is_complete():
    table = tone.tone_lexicon_table()
    assert len(table) >= 400
    scale = tone.tone_scale()
    assert list(scale["category"]) == ["cordial", "constructive", "steady", "candid", "difficult", "hostile"]
    assert scale["score"].is_monotonic_decreasing
    layers = tone.tone_layer_table()
    assert dict(zip(layers["category"], layers["layer"]))["stance"] == "stance"
    assert dict(zip(layers["category"], layers["layer"]))["protest"] == "concern"
    assert set(table["category"]) <= set(layers["category"]) | {"(adjectives)"}
    assert table["gloss"].str.len().gt(10).all()
    # only the atmosphere is scored
    assert table[table.layer != "atmosphere"]["score"].isna().all()
    assert table[(table.layer == "atmosphere") & (table.category != "(adjectives)")]["score"].notna().all()


def test_tone_index_range_is_the_scale():
    assert tone.tone_index_range() == (-3.0, 3.0)


@pytest.mark.parametrize("phrase, layer", [
    ("One China principle", "stance"), ("core interests", "stance"), ("the Taiwan question", "stance"),
    ("one China policy", "stance"), ("open channels of communication", "process"),
    ("stern representations", "concern"), ("deeply concerned", "concern"),
    ("candid and constructive", "atmosphere"), ("downward spiral", "atmosphere"),
])
def test_positions_are_not_atmosphere(phrase, layer):
    table = tone.tone_lexicon_table().set_index("phrase")
    assert table.loc[phrase, "layer"] == layer


@pytest.mark.parametrize("phrase, matched", [
    ("candid and constructive", "candid and constructive"),
    ("no room to compromise", "no room to compromise or concede"),
    ("downward spiral", "downward spiral"),
    ("responsibly manage the competition", "responsibly managing the competition"),
    ("open channels of communication", "open channels of communication"),
    ("dialogue or confrontation", "dialogue or confrontation"),
    ("better lines of communication", "better lines of communication"),
])
def test_seed_detections(seeds, phrase, matched):
    tp = seeds.tone_phrases
    hit = tp[(tp.phrase == phrase) & (tp.matched == matched)]
    assert len(hit) == 1
    row = hit.iloc[0]
    text = seeds.text_of(row.doc_id)
    assert text[row.start:row.end] == matched


def test_seed_spans_are_exact(seeds):
    tp = seeds.tone_phrases
    assert len(tp) > 20
    for row in tp.itertuples():
        assert seeds.text_of(row.doc_id)[row.start:row.end] == row.matched


def test_seed_phrases_carry_speakers(seeds):
    tp = seeds.tone_phrases.set_index("matched")
    assert tp.loc["candid and constructive", "speaker"] == "Antony Blinken"
    assert tp.loc["no room to compromise or concede", "speaker"] == "Wang Yi"
    assert tp.loc["downward spiral", "speaker"] == "Wang Yi"
    assert tp.loc["candid and constructive", "category"] == "candid"
    assert tp.loc["One China principle", "category"] == "stance"
    assert math.isnan(tp.loc["One China principle", "score"])


@pytest.mark.parametrize("text", [
    "The talks were candid and constructive.",
    "The talks were constructive and candid.",
    "They held candid, constructive talks.",
    "It was a frank, candid and constructive exchange.",
    "Talks were Candid And Constructive, officials said.",
])
def test_coordinated_any_order(text):
    assert any(category == "candid" for _, category, _ in matches(text))


def test_coordinated_wins_over_overlapping_pattern():
    got = found("The talks were candid and constructive.")
    assert [p for p, m in got if "constructive" in m] == ["candid and constructive"]


# -- frames: an adjective chain whatever its words, scored by its coolest listed adjective --

@pytest.mark.parametrize("text, matched, category, score", [
    # 'held ... talks': the chain; 'straightforward' (-1) is the coolest word
    ("They held sincere, businesslike and straightforward talks.", "sincere, businesslike and straightforward talks",
     "candid", -1.0),
    # an unlisted word ('long') may stand in the chain; cordial (+3) and businesslike (+1): +1
    ("The two ministers had a cordial, long and businesslike conversation.",
     "cordial, long and businesslike conversation", "steady", 1.0),
    ("Relations remain fragile and complicated.", "fragile and complicated", "difficult", -2.0),
    ("Both described the relationship as tense.", "described the relationship as tense", "difficult", -2.0),
    ("It was a hostile conversation.", "hostile conversation", "hostile", -3.0),
    ("Relations should become more mature and healthier.", "more mature and healthier", "constructive", 1.5),
    # nouns are not adjectives of the chain: the characterisation is 'good relations'
    ("They spoke of peace, stability and good relations.", "good relations", "constructive", 2.0),
])
def test_characterisation_frames(text, matched, category, score):
    assert (matched, category, score) in matches(text)


def test_a_listed_phrase_inside_a_frame_keeps_its_cooler_reading():
    # 'full and frank' is listed as difficult (a row); the frame alone would read two candid words
    assert matches("They had a full and frank exchange.") == [("full and frank exchange", "difficult", -2.0)]


@pytest.mark.parametrize("text", [
    "We had direct talks with the rebels.",  # 'direct' counts only inside a chain
    "They held long talks.",  # no listed adjective
    "The shop had friendly staff.",  # not a talks or relations noun
    "The committee held the talks and the meeting.",  # small words are not adjectives
])
def test_frames_stay_quiet(text):
    assert matches(text) == []


@pytest.mark.parametrize("text, matched, category", [
    ("Japan expressed grave concern over the launch.", "expressed grave concern", "concern"),
    ("He said he was gravely concerned.", "gravely concerned", "concern"),
    ("The ministry resolutely rejects the claims.", "resolutely rejects", "protest"),
    ("The United States strongly deplores the attack.", "strongly deplores", "protest"),
    ("Tokyo lodged solemn representations with Beijing.", "lodged solemn representations", "protest"),
    ("Japan can in no way accept the measure.", "can in no way accept", "protest"),
])
def test_concern_and_protest_frames(text, matched, category):
    got = [(m, c) for m, c, s in matches(text) if math.isnan(s)]
    assert (matched, category) in got


@pytest.mark.parametrize("text, phrase", [
    ("Both sides agreed to keep channels of communication open.", "open channels of communication"),
    ("He called for better lines of communication.", "better lines of communication"),
    ("Relations are in a downward-spiral.", "downward spiral"),
    ("China lodged stern representations with the US side.", "stern representations"),
    ("The US will bear all the consequences.", "bear all the consequences"),
])
def test_variants(text, phrase):
    assert phrase in phrases(text)


def test_no_match_in_ordinary_prose():
    assert phrases("The shop was open on Sunday and the staff were friendly.") == []


def test_detection_is_deterministic():
    text = ("Wang Yi held candid, in-depth and constructive talks with Blinken. China firmly opposes "
            "the sale and lodged stern representations; relations remain tense and difficult.")
    assert tone.find_tone_matches(text) == tone.find_tone_matches(text)


# -- layers: stance, process and concern are counted, not scored -------------------------------

def test_stance_formulas_do_not_move_the_index(tmp_path):
    c = corpus_of(tmp_path, {"a": (
        "Wang Yi said that the One China principle and China's core interests brook no interference. "
        "Wang Yi said that the talks were candid.")})
    idx = tone.tone_index(c).set_index("speaker")
    assert idx.loc["Wang Yi", "n"] == 1  # only 'candid' is atmosphere
    assert idx.loc["Wang Yi", "mean_score"] == -1.0
    assert idx.loc["Wang Yi", "stance"] >= 2
    layers = tone.tone_layers(c).set_index("speaker")
    assert layers.loc["Wang Yi", "atmosphere"] == 1
    assert layers.loc["Wang Yi", "stance"] == idx.loc["Wang Yi", "stance"]
    assert idx.attrs["score_range"] == (-3.0, 3.0)


def test_tone_index(seeds):
    idx = tone.tone_index(seeds).set_index("speaker")
    tp = seeds.tone_phrases
    lex = tone.load_tone_lexicon()
    wang = tp[(tp.speaker == "Wang Yi") & tp.category.isin(lex.categories)]
    assert idx.loc["Wang Yi", "n"] == len(wang)
    assert idx.loc["Wang Yi", "mean_score"] == pytest.approx(wang.score.mean(), abs=1e-4)
    assert idx.loc["Wang Yi", "mean_score"] < 0 < idx.loc["Antony Blinken", "mean_score"]
    assert (idx[lex.categories].sum(axis=1) == idx["n"]).all()
    with pytest.raises(ValueError, match="Cannot group"):
        tone.tone_index(seeds, by="colour")


def test_seed_atmosphere_is_driven_by_characterisations(seeds):
    """Wang Yi's and Blinken's atmosphere comes from how they characterise talks and
    relations ('downward spiral', 'candid and constructive'), not from their stance formulas."""
    tp = seeds.tone_phrases
    lex = tone.load_tone_lexicon()
    for speaker in ("Wang Yi", "Antony Blinken"):
        own = tp[tp.speaker == speaker]
        atmosphere = own[own.category.isin(lex.categories)]
        assert len(atmosphere) >= 1
        assert not atmosphere.phrase.isin(["One China principle", "core interests", "Taiwan independence",
                                           "sovereignty and territorial integrity", "the Taiwan question"]).any()
    wang = tp[tp.speaker == "Wang Yi"]
    assert "downward spiral" in set(wang[wang.category.isin(lex.categories)].phrase)
    assert set(wang[wang.category == "stance"].phrase) >= {"One China principle", "no room to compromise"}


def test_tone_index_by_category(seeds):
    idx = tone.tone_index(seeds, by="category").set_index("category")
    lex = tone.load_tone_lexicon()
    tp = seeds.tone_phrases
    counts = tp[tp.category.isin(lex.categories)]["category"].value_counts()
    assert idx["n"].to_dict() == counts.to_dict()
    for cat, n in counts.items():  # each category's own column holds all its phrases
        assert idx.loc[cat, cat] == n


def test_layer_counts_and_phrases(seeds):
    counts = tone.tone_layer_counts(seeds)
    tp = seeds.tone_phrases
    assert counts["n"].sum() == len(tp)
    assert counts.set_index("category").loc["stance", "n"] == (tp.category == "stance").sum()
    stance = tone.layer_phrases(seeds, "stance").set_index("phrase")
    assert "Wang Yi" in stance.loc["One China principle", "speakers"]
    with pytest.raises(ValueError, match="Unknown tone layer"):
        tone.layer_phrases(seeds, "warmth")


# -- discovery -----------------------------------------------------------------------------------

def test_discovery_finds_new_phrases(tmp_path):
    text = "The talks were lively and cheerful, the minister said. He bluntly warned against meddling."
    c = corpus_of(tmp_path, {"a": text})
    cands = tone.discover_tone_phrases(c)
    got = dict(zip(cands["candidate"], cands["kind"]))
    assert got.get("lively and cheerful") == "characterisation"
    assert got.get("bluntly warned") == "adverb + verb"
    row = cands[cands.candidate == "bluntly warned"].iloc[0]
    assert row.example == "He bluntly warned against meddling."
    assert text[row.start:row.end] == "bluntly warned" and row.doc_id == "a"


def test_discovery_proposes_characterisations_and_protests(tmp_path):
    c = corpus_of(tmp_path, {
        "a": "The ministers held direct talks in Hanoi. Beijing voiced deep indignation at the move.",
        "b": "The leaders held spirited talks again. Relations were described in detail.",
    })
    cands = tone.discover_tone_phrases(c).set_index(["candidate", "kind"])
    row = cands.loc[("spirited talks", "characterisation")]
    assert row["count"] == 1 and row["n_documents"] == 1
    # 'direct' is listed as candid, but counts only in a chain: proposed, with its step
    assert cands.loc[("direct talks", "characterisation"), "suggested_category"] == "candid"
    protest = cands.loc[("voiced deep indignation", "concern or protest")]
    assert protest["suggested_category"] == "protest" and protest["doc_id"] == "a"
    # characterisations rank before protests and verbs of equal count
    assert tone.discover_tone_phrases(c).iloc[0]["kind"] == "characterisation"


def test_discovery_proposes_verbs_on_relations_not_topic_words(tmp_path):
    c = corpus_of(tmp_path, {"a": "The envoys want to cement ties. Economic cooperation and the first meeting went ahead."})
    cands = tone.discover_tone_phrases(c)
    got = dict(zip(cands["candidate"], cands["kind"]))
    assert got.get("cement ties") == "verb + relations"
    assert "economic cooperation" not in got and "first meeting" not in got  # descriptive, not register
    pd_equal = tone.discover_tone_phrases.uncached(c)
    assert cands.equals(pd_equal)  # the same corpus gives the same table


def test_discovery_returns_rows_on_the_seeds(seeds):
    cands = tone.discover_tone_phrases(seeds)
    assert len(cands) >= 3
    assert cands["kind"].nunique() >= 3
    for row in cands.itertuples():
        assert seeds.text_of(row.doc_id)[row.start:row.end].lower().split() == row.candidate.split() \
            or row.kind in ("coordinated adjectives", "characterisation")


# -- the lexicon files -------------------------------------------------------------------------

def test_bad_lexicon_names_the_file(tmp_path, monkeypatch):
    # a project's own tone phrases with a category the scale does not have
    bad = tmp_path / "tone_phrases.yaml"
    bad.write_text("phrases:\n  - {phrase: x y, category: lukewarm}\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_LEXICONS", str(tmp_path))
    with pytest.raises(LexiconError, match=rf"{re.escape(str(bad))}: phrase 'x y' has category 'lukewarm'"):
        tone_phrases.load_tone_lexicon()


def test_an_unquoted_comma_is_an_error_naming_the_file(tmp_path, monkeypatch):
    # {phrase: partner, competitor and rival} reads 'competitor and rival' as a field of its own
    bad = tmp_path / "tone_phrases.yaml"
    bad.write_text("phrases:\n  - {phrase: partner, competitor and rival, category: stance}\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_LEXICONS", str(tmp_path))
    with pytest.raises(LexiconError, match=rf"{re.escape(str(bad))}: phrase 'partner' has unknown field\(s\) "
                                           r"'competitor and rival'.*in quotes"):
        tone_phrases.load_tone_lexicon()


def test_bad_frame_names_the_file(tmp_path, monkeypatch):
    bad = tmp_path / "tone_phrases.yaml"
    bad.write_text("frames:\n  - {frame: 'held {ATMOSPHERE} and {ATMOSPHERE} talks'}\nphrases: []\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_LEXICONS", str(tmp_path))
    with pytest.raises(LexiconError, match=re.escape(str(bad))):
        tone_phrases.load_tone_lexicon()


def test_old_category_names_still_work(tmp_path, monkeypatch):
    own = tmp_path / "tone_phrases.yaml"
    own.write_text("phrases:\n  - {phrase: befitting reply, category: firm, gloss: a threat of retaliation}\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_LEXICONS", str(tmp_path))
    got = matches("India will give a befitting reply.")
    assert got == [("befitting reply", "stance", got[0][2])] and math.isnan(got[0][2])


def test_own_frame_in_a_project_lexicon(tmp_path, monkeypatch):
    own = tmp_path / "tone_phrases.yaml"
    own.write_text("frames:\n  - frame: 'parleys (were|was) {ATMOSPHERE}'\n    span: chain\n"
                   "    gloss: how parleys went\nphrases: []\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_LEXICONS", str(tmp_path))
    assert matches("The parleys were cordial and frank.") == [("cordial and frank", "candid", -1.0)]


def test_heldout_recall_and_precision():
    """30 documents marked by someone who never saw the lexicon (214 phrases); the
    project's targets are 0.6 for both (first measurement: recall 0.855, precision 0.776)."""
    from tone_eval import evaluate

    res = evaluate()
    assert res["gold"] == 214
    assert res["recall"] >= 0.6
    assert res["precision"] >= 0.6
