"""Tone phrases: lexicon, detection rules, tone index, discovery."""
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


def test_lexicon_is_complete():
    table = tone.tone_lexicon_table()
    assert len(table) >= 80
    scale = tone.tone_scale()
    assert list(scale["category"]) == ["cordial", "constructive", "process", "candid", "difficult", "firm", "protest"]
    assert scale["score"].is_monotonic_decreasing
    assert set(table["category"]) <= set(scale["category"])
    assert table["gloss"].str.len().gt(10).all()


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


def test_seed_phrases_carry_speakers(seeds):
    tp = seeds.tone_phrases.set_index("matched")
    assert tp.loc["candid and constructive", "speaker"] == "Antony Blinken"
    assert tp.loc["no room to compromise or concede", "speaker"] == "Wang Yi"
    assert tp.loc["downward spiral", "speaker"] == "Wang Yi"
    assert tp.loc["candid and constructive", "category"] == "candid"


@pytest.mark.parametrize("text", [
    "The talks were candid and constructive.",
    "The talks were constructive and candid.",
    "They held candid, constructive talks.",
    "It was a frank, candid and constructive exchange.",
    "Talks were Candid And Constructive, officials said.",
])
def test_coordinated_any_order(text):
    assert "candid and constructive" in phrases(text)


def test_coordinated_wins_over_overlapping_pattern():
    got = found("The talks were candid and constructive.")
    assert [p for p, m in got if "constructive" in m] == ["candid and constructive"]


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


def test_tone_index(seeds):
    idx = tone.tone_index(seeds).set_index("speaker")
    tp = seeds.tone_phrases
    wang = tp[tp.speaker == "Wang Yi"]
    assert idx.loc["Wang Yi", "n"] == len(wang)
    assert idx.loc["Wang Yi", "mean_score"] == pytest.approx(wang.score.mean(), abs=1e-4)
    assert idx.loc["Wang Yi", "mean_score"] < 0 < idx.loc["Antony Blinken", "mean_score"]
    cats = tone.load_tone_lexicon().categories
    assert (idx[cats].sum(axis=1) == idx["n"]).all()
    with pytest.raises(ValueError, match="Cannot group"):
        tone.tone_index(seeds, by="colour")


def test_tone_index_by_category(seeds):
    idx = tone.tone_index(seeds, by="category").set_index("category")
    counts = seeds.tone_phrases["category"].value_counts()
    assert idx["n"].to_dict() == counts.to_dict()
    for cat, n in counts.items():  # each category's own column holds all its phrases
        assert idx.loc[cat, cat] == n
        assert idx.loc[cat, tone.load_tone_lexicon().categories].sum() == n


def test_discovery_finds_new_phrases(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The talks were positive and pragmatic, the minister said. He bluntly warned against meddling.", encoding="utf-8")
    cands = tone.discover_tone_phrases(analysis.load_corpus(tmp_path))
    got = dict(zip(cands["candidate"], cands["kind"]))
    assert got.get("positive and pragmatic") == "coordinated adjectives"
    assert got.get("bluntly warned") == "adverb + verb"
    row = cands[cands.candidate == "positive and pragmatic"].iloc[0]
    assert row.example == "The talks were positive and pragmatic, the minister said."


def test_bad_lexicon_names_the_file(tmp_path, monkeypatch):
    # a project's own tone phrases with a category the scale does not have
    bad = tmp_path / "tone_phrases.yaml"
    bad.write_text("phrases:\n  - {phrase: x y, category: lukewarm}\n", encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_LEXICONS", str(tmp_path))
    with pytest.raises(LexiconError, match=rf"{re.escape(str(bad))}: phrase 'x y' has category 'lukewarm'"):
        tone_phrases.load_tone_lexicon()


def test_heldout_recall_and_precision():
    """30 documents marked by someone who never saw the lexicon (214 phrases); the
    project's targets are 0.6 for both (first measurement: recall 0.855, precision 0.776)."""
    from tone_eval import evaluate

    res = evaluate()
    assert res["gold"] == 214
    assert res["recall"] >= 0.6
    assert res["precision"] >= 0.6
