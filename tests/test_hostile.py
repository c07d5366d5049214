"""The promises the tool keeps when its inputs are hostile or broken.

Each test builds the input that once broke a promise (found by an adversarial review, as a
user with odd files would meet them), then checks the promise. Read as a list:

1. No code runs from data: nothing in the package unpickles, evals or execs, and a pickle
   planted in the cache folder is never loaded (it once ran code as the next user).
2. Exported CSV files are safe to open in a spreadsheet: a cell that would start a formula
   gets a leading apostrophe; the tables in Python and the cache keep the raw value.
3. A cached result is never stale: a lexicon edited between ``load_corpus`` and the first
   table is stored under the key of what was used.
4. A damaged cache file is never trusted: a flipped bit or a truncated file gives the
   tables of a fresh run (and a warning), never a wrong table or a crash.
5. A lexicon file cannot exhaust memory or time: YAML aliases (a "billion laughs"), deep
   nesting and huge files are a clear error naming the file.
6. The time to analyse a document grows linearly with its length, whatever the text (a
   ratio of times at two sizes, as in ``bench/scaling.py``; never a wall-clock limit).
7. A document too large to analyse sensibly is skipped with that reason.

Reading files (encodings, symbolic links, pipes, file names, separators, dates) has its
promises in ``tests/test_corpus.py`` and the reading tests; charts in the chart tests.
"""
from __future__ import annotations

import ast
import csv
import pickle
import shutil
import sys
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.lexicon_files import LexiconError, use_user_lexicons
from conftest import ROOT, SEEDS

TABLES = ["documents", "sentences", "removed", "statements", "topic_mentions", "tone_phrases"]


@pytest.fixture(autouse=True)
def packaged_lexicons_after():
    yield
    use_user_lexicons(None)


def tables_of(corpus) -> dict:
    return {t: getattr(corpus, t) for t in TABLES}


# -- 1. no code runs from data ------------------------------------------------------------

class _Payload:
    """Unpickling this creates a file: the harmless stand-in for ``os.system``."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        import pathlib

        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_no_module_of_the_package_can_run_code_from_data():
    """No unpickling, marshal, shelve, eval or exec anywhere in the package, and YAML is only
    read with the safe loader."""
    unsafe_modules = {"pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "joblib"}
    found = []
    for path in sorted((ROOT / "analysis").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
                found += [f"{path.name}: import {n}" for n in names if n.split(".")[0] in unsafe_modules]
            elif isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in {"eval", "exec", "read_pickle", "unsafe_load", "full_load"}:
                    found.append(f"{path.name}:{node.lineno}: {name}()")
                if name == "load" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "yaml":
                    loader = [k.value for k in node.keywords if k.arg == "Loader"]
                    if not loader or "Safe" not in ast.unparse(loader[0]):
                        found.append(f"{path.name}:{node.lineno}: yaml.load without a safe loader")
    assert found == []


def test_a_pickle_planted_in_the_cache_folder_never_runs(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    root = tmp_path / "cache"
    corpus = analysis.load_corpus(folder, cache=root, workers=1)
    first = tables_of(corpus)
    terms = analysis.distinctive_terms(corpus, n=5)  # a memoized result in <cache>/results
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Payload(marker))
    pickle.loads(payload)
    assert marker.exists()  # the payload does run code when unpickled
    marker.unlink()
    from analysis.running.cache import write_with_checksum

    stored = sorted(root.rglob("*.parquet"))
    assert any(p.parent.name == "results" for p in stored)
    for path in stored:  # every stored file replaced by the payload, with a valid checksum
        path.with_suffix(".pkl").write_bytes(payload)  # and under the old results name
        planted = tmp_path / "planted.tmp"
        planted.write_bytes(payload)
        write_with_checksum(str(planted), path)
    with pytest.warns(UserWarning, match="cannot be read as a table"):
        again = analysis.load_corpus(folder, cache=root, workers=1)
        tables = tables_of(again)
        terms_again = analysis.distinctive_terms(again, n=5)
    assert not marker.exists()
    for t in TABLES:
        pd.testing.assert_frame_equal(first[t], tables[t])
    pd.testing.assert_frame_equal(terms, terms_again)


# -- 2. exports safe in a spreadsheet -----------------------------------------------------

def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_exported_csv_cells_never_start_a_formula_and_the_cache_keeps_raw_values(tmp_path):
    import pyarrow.parquet as pq

    from analysis.export import export_tables

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "=cmd.txt").write_text("=HYPERLINK(\"http://x\",\"talks\")\n\n"
                                     "Wang Yi said that @SUM(A1:A9) was the answer.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,title,outlet,date,url\n=cmd.txt,+1 Talks,-Outlet,,\n", encoding="utf-8")
    corpus = analysis.load_corpus(folder, cache=tmp_path / "cache", workers=1)
    assert corpus.documents["doc_id"].iloc[0] == "=cmd"
    risky = 0
    for path in export_tables(corpus, tmp_path / "out"):
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    # a number such as -0.25 is read as a number, never as a formula
                    assert _is_number(cell) or not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, cell)
                    risky += cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@")
    assert risky >= 3  # doc_id, title, outlet at least: neutralised, not dropped
    with open(tmp_path / "out" / "documents.csv", newline="", encoding="utf-8") as fh:
        doc = next(csv.DictReader(fh))
    assert (doc["doc_id"], doc["title"], doc["outlet"]) == ("'=cmd", "'+1 Talks", "'-Outlet")
    # the Parquet files of the cache hold the values as they are
    (stored,) = (tmp_path / "cache").rglob("parse_documents.parquet")
    cached = pq.read_table(stored).to_pandas()
    assert set(cached["doc_id"]) == {"=cmd"} and set(cached["title"]) == {"+1 Talks"}


# -- 3. never a stale cached result -------------------------------------------------------

def test_a_lexicon_edited_between_load_and_first_table_is_keyed_as_used(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "lexicons").mkdir(parents=True)
    (folder / "a.txt").write_text("Water talks\n\nThe Indus Waters Treaty stays in abeyance, the minister said.",
                                  encoding="utf-8")
    topics = folder / "lexicons" / "topics.yaml"
    topics.write_text("water:\n  label: Water\n  terms: [Indus Waters Treaty]\n", encoding="utf-8")
    corpus = analysis.load_corpus(folder, cache=tmp_path / "cache")  # the "load" cell
    topics.write_text("water:\n  label: Water\n  terms: [abeyance]\n", encoding="utf-8")  # edited in Lab
    used = corpus.topic_mentions  # the next cell
    assert set(used[used.topic == "water"].term.astype(str)) == {"abeyance"}
    topics.write_text("water:\n  label: Water\n  terms: [Indus Waters Treaty]\n", encoding="utf-8")
    later = analysis.load_corpus(folder, cache=tmp_path / "cache").topic_mentions
    assert set(later[later.topic == "water"].term.astype(str)) == {"Indus Waters Treaty"}


# -- 4. a damaged cache file is never trusted ---------------------------------------------

def test_a_flipped_bit_in_a_cached_table_gives_the_tables_of_a_fresh_run(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    root = tmp_path / "cache"
    analysis.load_corpus(folder, cache=root, workers=1).statements
    fresh = tables_of(analysis.load_corpus(folder, cache=False, workers=1))
    (stored,) = root.rglob("statements.parquet")
    pristine = stored.read_bytes()
    for trial in range(5):  # bits all over the file: data pages, their headers, the footer
        data = bytearray(pristine)
        at = (trial * 2 + 1) * len(data) // 11
        data[at] ^= 1 << trial
        stored.write_bytes(bytes(data))
        with pytest.warns(UserWarning, match="does not match its checksum"):
            got = tables_of(analysis.load_corpus(folder, cache=root, workers=1))
        for t in TABLES:
            pd.testing.assert_frame_equal(fresh[t], got[t])
        stored.write_bytes(pristine)


# -- 5. lexicon files cannot exhaust memory or time ---------------------------------------

def _project(tmp_path, tone_yaml: str | bytes) -> Path:
    folder = tmp_path / "corpus"
    (folder / "lexicons").mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text("Talks\n\nWang Yi said the talks were candid.", encoding="utf-8")
    path = folder / "lexicons" / "tone_phrases.yaml"
    if isinstance(tone_yaml, bytes):
        path.write_bytes(tone_yaml)
    else:
        path.write_text(tone_yaml, encoding="utf-8")
    return folder


def _load_tone(folder):
    return analysis.load_corpus(folder, cache=False, workers=1).tone_phrases


def test_a_yaml_alias_bomb_in_a_lexicon_is_a_clear_error_without_expanding_it(tmp_path):
    """Nine levels of aliases, each repeating the one before nine times, in one gloss: it
    took 95 s and 5.6 GB, then MemoryError. Now the aliases are refused on reading."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    lines += ["phrases:", "  - phrase: candid", "    category: cordial", "    gloss: *a9"]
    folder = _project(tmp_path, "\n".join(lines) + "\n")
    tracemalloc.start()
    try:
        with pytest.raises(LexiconError, match=r"tone_phrases\.yaml, line 1: YAML anchors and aliases"):
            _load_tone(folder)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2**20  # nothing was expanded (the bomb holds 387 million strings)


def test_a_deeply_nested_lexicon_is_a_clear_error(tmp_path):
    """Thousands of levels of brackets: the YAML parser nests by recursion (100,000 levels
    crashed the process); the depth is checked on the parser's events first."""
    folder = _project(tmp_path, "phrases: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(LexiconError, match=r"tone_phrases\.yaml, line 1: nested more than 32 levels"):
        _load_tone(folder)


def test_a_huge_lexicon_file_is_a_clear_error_before_it_is_read(tmp_path):
    from analysis import lexicon_files

    body = "phrases:\n" + "  - phrase: candid talks\n    category: cordial\n" * 400_000
    assert len(body) > lexicon_files.MAX_LEXICON_BYTES
    folder = _project(tmp_path, body)
    with pytest.raises(LexiconError, match=r"tone_phrases\.yaml: too large for a lexicon file"):
        _load_tone(folder)


def test_a_lexicon_that_is_not_utf8_is_a_clear_error(tmp_path):
    folder = _project(tmp_path, b"phrases:\n  - phrase: caf\xe9 talks\n    category: cordial\n")
    with pytest.raises(LexiconError, match=r"tone_phrases\.yaml: not UTF-8 text"):
        _load_tone(folder)


# -- 6. linear time -----------------------------------------------------------------------

sys.path.insert(0, str(ROOT / "bench"))
import scaling  # noqa: E402  (bench/scaling.py)

MAX_TEST_RATIO = 3.0  # linear work gives about 2, quadratic about 4: generous for a busy machine
# name -> n for the test (smaller than the benchmark's, large enough for the work per
# repeat to outweigh the fixed cost of a document)
# ("named_quotes", thousands of attributed quotations, is left to the benchmark: its quadratic
# part, every claimed span scanned for each cue, shows only from about 4,000 of them)
TEST_SIZES = {"said_words": 1_200, "quote_lines": 6_000, "quote_said_lines": 3_000, "unbalanced_quotes": 800,
              "one_long_word": 400_000, "quote_marks_only": 10_000, "opening_marks": 4_000,
              "repeated_article": 100}


@pytest.mark.parametrize("case", list(TEST_SIZES))
def test_twice_the_text_takes_about_twice_the_time(case):
    """'said ' * 5,000 in one paragraph took 34.6 s (5.1 s at 2,000): quadratic. 16,000 lines
    of quotation marks 11.1 s; 3,000 unbalanced quotes in one sentence over 60 s; a run of
    400,000 letters without a space never finished splitting into sentences; an ordinary
    article repeated 400 and 800 times took 10.2 s and 32.9 s (speaker resolution looked back
    over every earlier mention). (The quotation-mark and opening-mark cases were linear already:
    they guard against a change that would make them quadratic.)"""
    small, large, ratio = scaling.ratio(case, TEST_SIZES[case], repeats=2)
    assert ratio < MAX_TEST_RATIO, f"{case}: {small:.2f} s at n, {large:.2f} s at 2n"


def test_no_sentence_is_longer_than_the_bound_and_spans_stay_exact():
    from analysis.reading.sentences import MAX_SENTENCE_CHARS, split_sentences

    text = "said " * 3000 + "x" * 5000 + " end."
    sents = split_sentences(text, [(0, len(text))])
    assert max(e - s for _, s, e in sents) <= MAX_SENTENCE_CHARS
    assert "".join(text[s:e] for _, s, e in sents).replace(" ", "") == text.replace(" ", "")  # nothing lost


# -- 7. too large to analyse: skipped with the reason --------------------------------------

def test_a_document_too_large_to_analyse_is_skipped_with_that_reason(tmp_path, monkeypatch):
    from analysis.reading import sources

    monkeypatch.setattr(sources, "MAX_DOCUMENT_CHARS", 5_000)  # the real limit is a million characters
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "book.txt").write_text("A book\n\n" + "Wang Yi said the talks went on. " * 200, encoding="utf-8")
    (folder / "news.txt").write_text("Talks\n\nWang Yi said the talks were candid.", encoding="utf-8")
    corpus = analysis.load_corpus(folder, cache=False, workers=1)
    assert list(corpus.documents["doc_id"]) == ["news"]
    skipped = corpus.skipped
    assert len(skipped) == 1 and skipped["path"].iloc[0].endswith("book.txt")
    assert "too large to analyse" in skipped["reason"].iloc[0]


def test_a_long_single_document_shows_progress(tmp_path, monkeypatch, capsys):
    from analysis.running import pipeline

    monkeypatch.setattr(pipeline, "LONG_DOCUMENT_CHARS", 2_000)  # the real threshold is 200,000 characters
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "short.txt").write_text("Talks\n\nWang Yi said the talks were candid.", encoding="utf-8")
    analysis.load_corpus(folder, cache=False, workers=1).statements
    assert "analysing articles" not in capsys.readouterr().err  # a short corpus runs quietly
    (folder / "long.txt").write_text("Long talks\n\n" + "Wang Yi said the talks went on. " * 100, encoding="utf-8")
    analysis.load_corpus(folder, cache=False, workers=1).statements
    assert "analysing articles" in capsys.readouterr().err
