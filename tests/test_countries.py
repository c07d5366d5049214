"""Sides are countries and organisations: the countries lexicon, and speakers and sides of
diplomacy other than US-China (expected results written by hand)."""
import shutil

import pytest

import analysis.lexicon_files as lexicon_files
from analysis.extraction.statements.actors import load_actors
from analysis.extraction.statements.countries import load_countries
from analysis.extraction.statements.sides import side_from_words
from analysis.lexicon_files import LexiconError
from statement_eval import predict


@pytest.fixture(scope="module")
def countries():
    return load_countries()


@pytest.mark.parametrize("word, side", [
    ("Indian", "India"), ("India's", "India"), ("New Delhi", "India"), ("Pakistani", "Pakistan"),
    ("Islamabad", "Pakistan"), ("Kremlin", "Russia"), ("the Kremlin", "Russia"), ("Downing Street", "United Kingdom"),
    ("British", "United Kingdom"), ("Kyiv", "Ukraine"), ("EU", "European Union"), ("Addis Ababa", "Ethiopia"),
    ("Hong Kong", "China"), ("Beijing’s", "China"), ("Filipino", "Philippines"), ("U.S.", "United States"),
    ("South Korean", "South Korea"), ("Türkiye", "Turkey"),
])
def test_words_that_stand_for_a_side(countries, word, side):
    assert countries.side_of(word) == side


@pytest.mark.parametrize("word", ["Georgia", "Jordan", "who", "Korean", "Chad", "Victoria", "European", "Congo"])
def test_ambiguous_words_give_no_side(countries, word):
    assert countries.side_of(word) is None


def test_every_side_is_named_by_its_own_name_and_no_form_names_two_sides_unless_marked_ambiguous(countries):
    # a side's own name always names it (a comma inside a flow list once made "France" an
    # alias of the E3 too, and so of no side at all)
    assert all(countries.side_of(name) == name for name in countries.names if name.lower() not in countries.ambiguous)
    for form in ("France", "Germany", "Taliban", "GCC", "Gulf Cooperation Council", "Iran's"):
        assert countries.side_of(form) is not None, form


def test_every_un_member_state_and_the_main_organisations(countries):
    states = [c for c in countries.entries if c.kind == "state"]
    assert len(states) >= 193
    for name in ("United Nations", "European Union", "NATO", "African Union", "ASEAN", "Taiwan", "Palestine"):
        assert name in countries.names


@pytest.mark.parametrize("words, side", [
    ("Indian External Affairs Minister".split(), "India"),
    ("South Korean officials".split(), "South Korea"),
    ("US officials".split(), "United States"),
    ("told us".split(), "unknown"),  # the pronoun is no country
    ("a senior official".split(), "unknown"),
])
def test_side_from_words(words, side):
    assert side_from_words(words) == side


@pytest.mark.parametrize("outlet, side", [
    ("Ministry of Foreign Affairs of Japan (readout)", "Japan"),
    ("The White House", "United States"),
    ("U.S. Department of State", "United States"),
    ("Ministry of External Affairs, Government of India", "India"),
    ("Reuters", None),
    ("", None),
    # an organisation's body opens the outlet's name; a state news agency
    ("UN Security Council press statement (press.un.org)", "United Nations"),
    ("AGERPRES", "Romania"),
    ("Hong Kong Free Press", None),
    ("EU Reporter", None),
])
def test_the_side_that_publishes(countries, outlet, side):
    assert countries.home_side(outlet) == side


def test_every_registry_side_is_a_country_or_organisation(countries):
    for actor in load_actors().actors:
        assert actor.side in countries.names or actor.side in ("unknown", "both sides"), actor.name


def test_a_registry_side_that_is_no_country_is_a_clear_error(tmp_path, monkeypatch):
    for f in lexicon_files.LEXICON_DIR.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    (tmp_path / "actors.yaml").write_text("- name: Someone\n  side: Atlantis\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_files, "LEXICON_DIR", tmp_path)
    with pytest.raises(LexiconError, match=r"actors\.yaml.*'Atlantis'.*countries\.yaml"):
        load_actors()


def speaker_sides(text, outlet=""):
    return [(p["speaker"], p["side"], p["text"]) for p in predict(text, outlet)]


@pytest.mark.parametrize("text, expected", [
    # a ministry named by its city is that country's, never China's
    ("India must stop its provocations, the foreign ministry in Islamabad said on Monday.",
     [("Pakistani Foreign Office", "Pakistan", "India must stop its provocations")]),
    ("Indian External Affairs Minister S. Jaishankar said terrorism could not be tolerated.",
     [("Subrahmanyam Jaishankar", "India", "terrorism could not be tolerated")]),
    ("Kremlin spokesman Dmitry Peskov said Moscow saw no basis for a ceasefire.",
     [("Dmitry Peskov", "Russia", "Moscow saw no basis for a ceasefire")]),
    ("Moscow rejected the proposal as unacceptable, saying it ignored the realities on the ground.",
     [("Moscow", "Russia", "the proposal as unacceptable"), ("Moscow", "Russia", "it ignored the realities on the ground")]),
    ("European Commission President Ursula von der Leyen said the deal showed Europe and Britain stood together.",
     [("Ursula von der Leyen", "European Union", "the deal showed Europe and Britain stood together")]),
    ("Brazilian President Luiz Inácio Lula da Silva said Brazil would not take sides.",
     [("Luiz Inácio Lula da Silva", "Brazil", "Brazil would not take sides")]),
])
def test_speakers_and_sides_beyond_us_china(text, expected):
    assert speaker_sides(text) == expected


def test_a_body_named_by_a_bare_noun_carries_its_country():
    # and a dateline naming two cities is cut from the text
    got = predict("Talks stall\n\nISLAMABAD/NEW DELHI, May 14 (Reuters) - Pakistan's army said two of its "
                  "soldiers had been killed in cross-border firing.")
    assert [(p["speaker"], p["side"], p["text"]) for p in got] == [
        ("Pakistani army", "Pakistan", "two of its soldiers had been killed in cross-border firing")]


def test_no_side_is_invented_in_other_diplomacy():
    text = ("India and Pakistan trade accusations\n\n"
            "The foreign ministry in Islamabad said India had violated the ceasefire. "
            "New Delhi rejected the claim, the Ministry of External Affairs said in a statement.\n\n"
            "\"We will respond to any aggression,\" Pakistani Foreign Minister Ishaq Dar told reporters.\n\n"
            "Analysts said the two sides were unlikely to talk soon.")
    sides = {p["side"] for p in predict(text)}
    assert sides <= {"India", "Pakistan", "unknown", "both sides"}
    assert "China" not in sides and "United States" not in sides


@pytest.mark.parametrize("dateline", ["Tokyo, July 29 (Jiji Press)--", "Lima, Apr. 19, (dpa/EFE) – ", "Geneva (UN News) - ",
                                      "Male, March 18 (IANS) ", "Montevideo, Dec 5 (EFE).- "])
def test_datelines_with_an_agency_in_brackets_are_cut(dateline):
    from analysis.reading.parse import process_document
    from analysis.reading.sources import RawDocument

    text = ("Talks\n\n" + dateline + "Peruvian Foreign Minister Elmer Schialer and his new Chilean counterpart, Luis Vera, "
            "met on Tuesday. They agreed to keep the border open.")
    body = process_document(RawDocument("case", "case", text, {}))["document"]["text"]
    assert body.startswith("Peruvian Foreign Minister")
    # the city of the dateline is no subject: "They" are the two ministers
    assert [(p["speaker"], p["text"]) for p in predict(text)] == [("both sides", "to keep the border open")]


@pytest.mark.parametrize("outlet, side", [
    ("Dawn", "Pakistan"), ("Tehran Times", "Iran"), ("Fana Broadcasting Corporate (FBC)", "Ethiopia"),
    ("The Jordan Times", "Jordan"),  # names its country: no entry needed
    ("Interfax-Ukraine", "Ukraine"), ("Interfax", "Russia"),
    ("Reuters", None), ("Al Jazeera", None), ("The Star", None), ("Massis Post", None),
])
def test_the_state_of_a_national_outlet(countries, outlet, side):
    assert countries.outlet_side(outlet) == side


def test_a_national_outlets_official_named_by_a_bare_title_is_that_countrys():
    # an invented minister: the registry does not know him
    text = ("Talks\n\nForeign Minister Abebe Kebede Tessema held a phone conversation with his Estonian counterpart. "
            "Abebe said the talks were useful.")
    assert [(p["speaker"], p["side"]) for p in predict(text, outlet="Fana Broadcasting Corporate")] == [
        ("Abebe Kebede Tessema", "Ethiopia")]
    # in a wire story the same words give no side
    assert [(p["speaker"], p["side"]) for p in predict(text, outlet="Reuters")] == [("Abebe Kebede Tessema", "unknown")]


@pytest.mark.parametrize("text, side", [
    # an organisation's side goes by the name English news gives it most often
    ("Talks\n\nThe Gulf Cooperation Council said the statements were unacceptable.", "GCC"),
    ("Talks\n\nThe Organization of American States said the election was flawed.", "OAS"),
    ("Talks\n\nThe African Union said the election was flawed.", "African Union"),
])
def test_organisations_are_sides_under_their_usual_english_names(text, side):
    assert [p["side"] for p in predict(text)] == [side]


def test_officials_of_movements_and_armed_groups_speak_for_them():
    # invented people: the registry knows none of them
    text = ("Talks in Jeddah\n\n"
            "The Rapid Support Forces (RSF) Commander, Hamid Osman Tahir “Abu Tahir”, arrived on Friday.\n\n"
            "RSF Commander Abu Tahir stated on the “X” platform that his talks with the mediators were constructive.\n\n"
            "The RSF commander welcomed on Saturday the joint statement of the mediators.\n\n"
            "“We want peace among all parties,” Karim Nasser Wali, a Doha-based spokesperson for the Taliban, told reporters.\n\n"
            "The special envoy for Yemen, Lars Eriksen Holm, said the truce was holding.")
    got = [(p["speaker"], p["side"], p["text"]) for p in predict(text)]
    assert got[:3] == [
        ("Hamid Osman Tahir", "Rapid Support Forces", "his talks with the mediators were constructive"),
        ("Hamid Osman Tahir", "Rapid Support Forces", "the joint statement of the mediators"),
        ("Karim Nasser Wali", "Taliban", "We want peace among all parties,")]
    # an envoy "for" a state is sent to it, not its official
    assert got[3][:2] == ("Lars Eriksen Holm", "unknown")
