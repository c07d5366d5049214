"""The phrase-pattern matcher: each rule of the term notation, on small texts."""
import os
import time

import pytest

from analysis.lexicon_files import LexiconError
from analysis.extraction.matching import Match, TermError, compile_lexicon, compile_terms, load_matcher


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


def test_finder_tries_terms_only_where_their_first_letters_are():
    from analysis.extraction.matching import Matcher

    m = Matcher(list(load_matcher("topics.yaml").entries))  # a fresh one: nothing compiled yet
    assert len(m.entries) > 500
    # No word of this text starts like a term: the finder never stops, nothing is compiled.
    assert m.find("Zzyzx qqq zzz.") == []
    assert m._resolvers == {}
    # One resolver per set of terms met (tariff, soybean, chip, Taiwan), compiled once.
    m.find("Tariffs on soybeans and chips; Taiwan.")
    assert len(m._resolvers) == 4
    m.find("A tariff again, and Taiwan's chips.")
    assert len(m._resolvers) == 4


@pytest.mark.parametrize("term, text, found", [
    ("policy", "two policies", "policies"),            # the plural rewrites the last letter
    ("crisis", "several crises", "crises"),
    ("[the] South China Sea", "in South China Sea waters", "South China Sea"),  # optional first word
    ("[the] South China Sea", "in the South China Sea", "the South China Sea"),
    ("(trade|economic) war", "an economic war", "economic war"),  # alternatives at the start
    ("de-risk*", "derisking", "derisking"),
    ("U.S.", "the U.S. side", "U.S."),
    ("o'brien", "O’Brien said", "O’Brien"),     # apostrophe inside the first word
    ("'tis", "’tis true", "’tis"),             # a term starting with an apostrophe
    ("ai", "AI chips", "AI"),
])
def test_every_form_of_a_first_word_is_found(term, text, found):
    assert [x.text for x in compile_terms([("k", term)]).find(text)] == [found]


def test_finder_agrees_with_each_term_tried_everywhere():
    """Cross-check against a brute force: every term's regex tried at every word start."""
    m = load_matcher("topics.yaml")
    text = ("China's Ministry of Commerce said U.S. export controls on advanced chips and the "
            "de-risking agenda hurt trade; Taiwan Strait tensions, human-rights concerns, fentanyl "
            "precursors, and the South China Sea were raised. Military-to-military channels reopened.")
    import re as _re
    starts = [i for i in range(len(text)) if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum())]
    regexes = [_re.compile(e.regex, _re.IGNORECASE) for e in m.entries]
    expected, pos = [], 0
    for i in starts:
        if i < pos:
            continue
        ends = [(r.end(), e) for rx, e in zip(regexes, m.entries) if (r := rx.match(text, i)) and r.end() > i]
        if not ends:
            continue
        best = max(end for end, _ in ends)
        winners = [e for end, e in ends if end == best]
        if not any(e.exclude for e in winners):
            expected += sorted({(i, best, e.key) for e in winners}, key=lambda t: m.keys.index(t[2]))
        pos = best
    assert len(expected) >= 8
    assert [(x.start, x.end, x.key) for x in m.find(text)] == expected


def _brute_force(matcher, regexes, text):
    """Leftmost-longest matches found without the finder: every term's regex tried at every
    word start where the text has the first letter of one of the term's leads, then the
    same choice rules."""
    import re as _re

    starts: dict = {}
    for i, ch in enumerate(text):
        if (ch.isalnum() or ch in "'\u2019") and (i == 0 or not text[i - 1].isalnum()):
            starts.setdefault("'" if ch in "'\u2019" else ch.lower(), []).append(i)
    at: dict = {}
    for e, rx in zip(matcher.entries, regexes):
        for i in sorted({i for lead in e.leads for i in starts.get(lead[0], ())}):
            r = rx.match(text, i)
            if r and r.end() > i:
                at.setdefault(i, []).append((r.end(), e))
    keys = matcher.keys
    expected, pos = [], 0
    for i in sorted(at):
        if i < pos:
            continue
        best = max(end for end, _ in at[i])
        winners = [e for end, e in at[i] if end == best]
        if not any(e.exclude for e in winners):
            expected += sorted({(i, best, e.key) for e in winners}, key=lambda t: keys.index(t[2]))
        pos = best
    return expected


@pytest.mark.parametrize("lexicon", ["topics.yaml", "tone_phrases.yaml"])
def test_both_shipped_lexicons_find_what_a_brute_force_finds_on_varied_articles(lexicon, tmp_path):
    """The finder (a trie of the first word and the start of the second) only decides
    where to look: on the seeds, the hand-written test documents and 60 synthetic
    articles, the matches are exactly those of trying every term everywhere."""
    from conftest import varied_documents

    docs = varied_documents(tmp_path, 60)
    if lexicon == "tone_phrases.yaml":
        from analysis.tone import load_tone_lexicon

        m = load_tone_lexicon().matcher
    else:
        m = load_matcher(lexicon)
    import re as _re

    regexes = [_re.compile(e.regex, _re.IGNORECASE) for e in m.entries]
    total = 0
    for text in docs:
        expected = _brute_force(m, regexes, text)
        assert [(x.start, x.end, x.key) for x in m.find(text)] == expected
        total += len(expected)
    assert total > 500
