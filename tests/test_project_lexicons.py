"""A project's own lexicons: a lexicons/ folder beside the articles adds topics, actors and tone
phrases to the packaged ones, or replaces them, without touching the package."""
import pytest

import analysis
from analysis.lexicon_files import LexiconError, use_user_lexicons

ARTICLE = ("India and Pakistan resume water talks\n\n"
           "External Affairs Minister S. Jaishankar said the Indus Waters Treaty would stay in abeyance. "
           "Ayesha Raza, Pakistan's water commissioner, said the talks were \"a chance worth taking\". "
           "Both sides agreed to meet again in Lahore.")


@pytest.fixture(autouse=True)
def packaged_lexicons_after():
    yield
    use_user_lexicons(None)  # no test leaves its lexicons in use


def corpus_with(tmp_path, files: dict):
    folder = tmp_path / "corpus"
    (folder / "lexicons").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for name, text in files.items():
        (folder / "lexicons" / name).write_text(text, encoding="utf-8")
    return folder


def test_own_topics_add_to_the_packaged_ones(tmp_path):
    folder = corpus_with(tmp_path, {"topics.yaml": "water:\n  label: Water sharing\n  terms: [Indus Waters Treaty, water talks]\n"})
    corpus = analysis.load_corpus(folder, cache=False)
    assert corpus.lexicons == (folder / "lexicons").resolve()
    assert "lexicons" not in " ".join(map(str, corpus.skipped))  # the folder is no input
    topics = set(corpus.topic_mentions.topic.astype(str))
    assert "water" in topics
    assert "Water sharing" in set(analysis.topics.load_topics().label)
    assert "trade" in set(analysis.topics.load_topics().topic)  # packaged topics still there


def test_replace_true_uses_only_the_projects_topics(tmp_path):
    folder = corpus_with(tmp_path, {"topics.yaml": "replace: true\nwater:\n  label: Water\n  terms: [water]\n"})
    analysis.load_corpus(folder, cache=False)
    assert list(analysis.topics.load_topics().topic) == ["water"]


def test_own_actor_replaces_the_packaged_one_and_adds_a_new_one(tmp_path):
    # the same name replaces the packaged entry (here: a project that counts him as speaking
    # for no side); a new name is added
    actors = ("- name: Ayesha Raza\n  side: Pakistan\n  kind: person\n  pronoun: she\n  surname: Raza\n"
              "- name: Subrahmanyam Jaishankar\n  side: unknown\n  aliases: [S. Jaishankar]\n")
    folder = corpus_with(tmp_path, {"actors.yaml": actors})
    st = analysis.load_corpus(folder, cache=False).statements
    got = set(zip(st.speaker.astype(str), st.side.astype(str)))
    assert ("Subrahmanyam Jaishankar", "unknown") in got
    assert ("Ayesha Raza", "Pakistan") in got


def test_own_tone_phrases(tmp_path):
    folder = corpus_with(tmp_path, {"tone_phrases.yaml": "phrases:\n  - {phrase: a chance worth taking, category: constructive}\n"})
    tp = analysis.load_corpus(folder, cache=False).tone_phrases
    assert "a chance worth taking" in set(tp.phrase.astype(str))


def test_errors_name_the_projects_file(tmp_path):
    folder = corpus_with(tmp_path, {"actors.yaml": "- name: Someone\n  side: Atlantis\n"})
    with pytest.raises(LexiconError, match=r"lexicons/actors\.yaml: actor 'Someone' has side 'Atlantis'"):
        analysis.load_corpus(folder, cache=False).statements


def test_the_cache_keys_include_the_projects_lexicons(tmp_path):
    folder = corpus_with(tmp_path, {"topics.yaml": "water:\n  label: Water\n  terms: [Indus Waters Treaty]\n"})
    first = analysis.load_corpus(folder, cache=tmp_path / "cache").topic_mentions
    (folder / "lexicons" / "topics.yaml").write_text("water:\n  label: Water\n  terms: [abeyance]\n", encoding="utf-8")
    second = analysis.load_corpus(folder, cache=tmp_path / "cache").topic_mentions
    assert set(first[first.topic == "water"].term.astype(str)) == {"Indus Waters Treaty"}
    assert set(second[second.topic == "water"].term.astype(str)) == {"abeyance"}


def test_a_missing_lexicon_folder_is_a_clear_error(tmp_path):
    folder = corpus_with(tmp_path, {})
    with pytest.raises(FileNotFoundError, match="Lexicon folder not found"):
        analysis.load_corpus(folder, cache=False, lexicons=tmp_path / "nowhere")


def test_without_a_lexicons_folder_the_packaged_ones_are_used(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = analysis.load_corpus(folder, cache=False)
    assert corpus.lexicons is None
    assert "water" not in set(analysis.topics.load_topics().topic)


def test_a_lexicon_edited_after_loading_is_keyed_as_used(tmp_path):
    # load, edit the project's topics, then read the table: the result uses the edited file and
    # is stored under its key, so a later run with the first version never gets it
    folder = corpus_with(tmp_path, {"topics.yaml": "water:\n  label: Water\n  terms: [Indus Waters Treaty]\n"})
    corpus = analysis.load_corpus(folder, cache=tmp_path / "cache")
    (folder / "lexicons" / "topics.yaml").write_text("water:\n  label: Water\n  terms: [abeyance]\n", encoding="utf-8")
    edited = corpus.topic_mentions
    assert set(edited[edited.topic == "water"].term.astype(str)) == {"abeyance"}
    (folder / "lexicons" / "topics.yaml").write_text("water:\n  label: Water\n  terms: [Indus Waters Treaty]\n", encoding="utf-8")
    again = analysis.load_corpus(folder, cache=tmp_path / "cache").topic_mentions
    assert set(again[again.topic == "water"].term.astype(str)) == {"Indus Waters Treaty"}


def test_each_corpus_keeps_its_own_lexicons(tmp_path):
    a = corpus_with(tmp_path / "a", {"topics.yaml": "water:\n  label: Water\n  terms: [abeyance]\n"})
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = analysis.load_corpus(a, cache=False)
    analysis.load_corpus(plain, cache=False)  # a second corpus, without lexicons, loaded since
    assert "water" in set(first.topic_mentions.topic.astype(str))
