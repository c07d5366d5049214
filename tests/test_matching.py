"""The phrase-pattern matcher: each rule of the term notation, on small texts."""
import os
import time

import pytest

from analysis.lexicon_files import LexiconError
from analysis.matching import Match, TermError, compile_lexicon, compile_terms, load_matcher


def found(terms, text, excludes=()):
    """[(key, matched text)] for a lexicon given as {key: term or [terms]}."""
    pairs = [(k, t) for k, ts in terms.items() for t in ([ts] if isinstance(ts, str) else ts)]
    m = compile_terms(pairs, [(k, t) for k, t in excludes])
    out = []
    for match in m.finditer(text):
        assert text[match.start:match.end] == match.text
        out.append((match.key, match.text))
    return out


def texts(term, text):
    return [t for _, t in found({"k": term}, text)]


def test_case_insensitive_whole_words_only():
    assert texts("taiwan", "TAIWAN and Taiwan and taiwan") == ["TAIWAN", "Taiwan", "taiwan"]
    assert texts("taiwan", "Taiwanese officials in Taipei") == []
    assert texts("trade", "tradecraft, free-trade, untrade") == ["trade"]  # a hyphen is a boundary
    assert texts("Taiwan", "a pro-Taiwan caucus") == ["Taiwan"]
    assert texts("ban", "urban banking, a ban") == ["ban"]


def test_plural_and_possessive():
    assert texts("tariff", "tariffs, the tariff's, a tariff’s, tariff") == ["tariffs", "tariff's", "tariff’s", "tariff"]
    assert texts("policy", "two policies and one policy") == ["policies", "policy"]
    assert texts("crisis", "crises and a crisis") == ["crises", "crisis"]
    assert texts("tax", "taxes") == ["taxes"]
    # a plural in the middle of a phrase too
    assert texts("(use|launch) [of] nuclear weapon", "the use of nuclear weapons") == ["use of nuclear weapons"]
    assert texts("(China|Chinese) coast guard", "China's coast guard") == ["China's coast guard"]


def test_other_verb_forms_are_not_added():
    assert texts("spy", "he spied; they spy; two spies") == ["spy", "spies"]
    assert texts("trade", "they traded barbs while trading") == []


def test_curly_and_straight_apostrophes_are_the_same():
    assert texts("today's climate", "today’s climate") == ["today’s climate"]
    assert texts("today’s climate", "today's climate") == ["today's climate"]


def test_space_and_hyphen_are_interchangeable():
    term = "military-to-military"
    assert texts(term, "military to military") == ["military to military"]
    assert texts(term, "military-to-military") == ["military-to-military"]
    assert texts(term, "military–to–military") == ["military–to–military"]  # en dash
    assert texts(term, "military to\nmilitary") == ["military to\nmilitary"]  # line break
    assert texts("trade war", "a trade-war truce") == ["trade-war"]
    assert texts("de-risk", "to derisk") == ["derisk"]  # a hyphen in a term may be left out
    assert texts("trade war", "tradewar") == []  # a space may not
    assert texts("one country, two systems", "one country two systems") == ["one country two systems"]


def test_acronyms_match_only_in_capitals():
    assert texts("AI", "Ai Weiwei, ai, AI and AIs") == ["AI", "AIs"]
    assert texts("WHO", "who said the WHO") == ["WHO"]
    assert texts("US (companies|firms)", "told us companies; US firms") == ["US firms"]
    assert texts("A.I.", "the A.I. race") == ["A.I."]
    assert texts("ai", "Ai Weiwei") == ["Ai"]  # a lowercase term is case-insensitive


def test_prefix_glob():
    assert texts("Taiwan*", "Taiwan, Taiwanese, Taiwan’s") == ["Taiwan", "Taiwanese", "Taiwan’s"]
    assert texts("export control*", "export controls; export-controlled") == ["export controls", "export-controlled"]
    assert texts("semiconductor*", "semi conductor") == []


def test_alternatives_single_and_multiword():
    term = "(American|U.S. citizen) held in China"
    assert texts(term, "Americans held in China; U.S. citizens held in China") == [
        "Americans held in China", "U.S. citizens held in China"]
    assert texts("(export|trade) control*", "trade controls and tech controls") == ["trade controls"]


def test_optional_words():
    assert texts("[illegal] fentanyl", "illegal fentanyl and fentanyl") == ["illegal fentanyl", "fentanyl"]
    assert texts("Taiwan Semiconductor [Manufacturing]", "Taiwan Semiconductor Manufacturing Co.") == [
        "Taiwan Semiconductor Manufacturing"]
    assert texts("before [the|a] pandemic", "before a pandemic; before pandemic") == ["before a pandemic", "before pandemic"]


def test_gap_of_up_to_three_words_within_a_sentence():
    term = "bear ... consequences"
    assert texts(term, "must bear consequences") == ["bear consequences"]
    assert texts(term, "will bear all the consequences") == ["bear all the consequences"]
    assert texts(term, "bear one two three consequences") == ["bear one two three consequences"]
    assert texts(term, "bear one two three four consequences") == []
    assert texts(term, "they bear it. Consequences follow") == []  # not across a sentence end


def test_longest_match_wins_across_keys():
    lex = {"scs": "South China Sea", "china": "China", "sea": "sea"}
    assert found(lex, "in the South China Sea, China") == [("scs", "South China Sea"), ("china", "China")]
    # the more specific topic claims the phrase
    lex = {"taiwan": "Taiwan*", "tech": "Taiwan Semiconductor [Manufacturing]"}
    assert found(lex, "Taiwan Semiconductor Manufacturing and Taiwan") == [
        ("tech", "Taiwan Semiconductor Manufacturing"), ("taiwan", "Taiwan")]
    # longest regardless of the order of terms or of alternatives
    assert found({"a": "(human|human rights) abuse", "b": "human rights"}, "human rights abuses") == [
        ("a", "human rights abuses")]
    assert found({"b": "human rights", "a": "human rights abuse"}, "human rights abuses") == [
        ("a", "human rights abuses")]
    # a term written longer can match a shorter text: the match length decides, not the term's
    lex = {"a": "(bear|withstand the full weight of)", "b": "bear ... consequences"}
    assert found(lex, "bear the consequences") == [("b", "bear the consequences")]


def test_leftmost_match_wins_over_a_later_overlapping_one():
    lex = {"hr": "human rights", "abuse": "rights abuse"}
    assert found(lex, "human rights abuse") == [("hr", "human rights")]
    assert found(lex, "rights abuse") == [("abuse", "rights abuse")]


def test_same_span_in_two_keys_counts_for_both():
    assert found({"x": "hotline", "y": "hotline"}, "a hotline") == [("x", "hotline"), ("y", "hotline")]


def test_exclude_wins_and_is_dropped():
    lex = {"trade": "trade", "climate": "climate"}
    excl = [("trade", "trade-off"), ("climate", "political climate")]
    assert found(lex, "a trade-off in the political climate; trade and climate", excl) == [
        ("trade", "trade"), ("climate", "climate")]
    m = compile_terms([("trade", "trade")], [("trade", "trade-off")])
    assert [x.key for x in m.finditer("a trade-off", keep_excluded=True)] == ["trade:exclude"]


def test_match_tuple_and_spans():
    m = compile_terms([("trade", "tariff")])
    text = "New tariffs."
    assert m.find(text) == [Match(4, 11, "trade", "tariffs")]
    start, end, key, matched = m.find(text)[0]
    assert (start, end, key, matched) == (4, 11, "trade", "tariffs")


@pytest.mark.parametrize("term, problem", [
    ("(export|trade control*", "unbalanced ("),
    ("export|trade) control", "may only be used inside"),
    ("[illegal fentanyl", "unbalanced ["),
    ("semi*conductor", "'*' may only end a word"),
    ("((a|b)|c) d", "nested"),
    ("(a|) d", "empty alternative"),
    ("... consequences", "cannot start with '...'"),
    ("bear ...", "cannot end with '...'"),
    ("[a]", "not optional"),
    ("word(s)", "space between"),
    ("", "empty term"),
])
def test_malformed_terms_raise_a_clear_error(term, problem):
    with pytest.raises(ValueError) as err:
        compile_terms([("trade", term)], source="topics.yaml")
    message = str(err.value)
    assert "topics.yaml" in message and "'trade'" in message and problem in message


def test_non_text_term_from_yaml():
    with pytest.raises(TermError, match="put the term in quotes"):
        compile_lexicon({"trade": {"terms": [True]}}, source="topics.yaml")


def test_malformed_lexicon_file_names_file_entry_and_problem(tmp_path):
    path = tmp_path / "lex.yaml"
    path.write_text("trade:\n  terms:\n    - tariff\n    - (export|trade control\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_matcher(path)
    assert str(path) in str(err.value) and "'trade'" in str(err.value) and "(export|trade control" in str(err.value)
    path.write_text("trade:\n  label: Trade\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing 'terms:'"):
        load_matcher(path)


def test_matcher_is_cached_until_the_file_changes(tmp_path):
    path = tmp_path / "lex.yaml"
    path.write_text("trade:\n  terms:\n    - tariff\n", encoding="utf-8")
    first = load_matcher(path)
    assert load_matcher(path) is first
    path.write_text("trade:\n  terms:\n    - tariff\n    - soybean\n", encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))
    second = load_matcher(path)
    assert second is not first
    assert [m.text for m in second.find("tariffs on soybeans")] == ["tariffs", "soybeans"]


def test_whole_lexicon_is_compiled_into_a_few_regexes():
    m = load_matcher("topics.yaml")
    assert len(m.entries) > 500
    # one finder, plus one resolver per possible first character (not one per term)
    assert len(m._resolvers) <= 40
