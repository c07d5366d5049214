"""Slow corpus-wide results cached by content: reused when nothing changed, never stale."""
import shutil

import pandas as pd

import analysis
from analysis.running.memo import memoized
from conftest import SEEDS


def counting():
    calls = []

    @memoized("documents")
    def titles(corpus, suffix=""):
        calls.append(suffix)
        return pd.DataFrame({"title": [t + suffix for t in corpus.documents["title"]]})

    return titles, calls


def test_result_is_reused_until_its_input_or_arguments_change(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    titles, calls = counting()
    corpus = analysis.load_corpus(folder, cache=tmp_path / "cache")
    first = titles(corpus)
    pd.testing.assert_frame_equal(titles(corpus), first)
    assert len(calls) == 1  # the second call was read back
    again = analysis.load_corpus(folder, cache=tmp_path / "cache")  # a new session
    pd.testing.assert_frame_equal(titles(again), first)
    assert len(calls) == 1
    titles(again, suffix="!")  # other arguments: computed
    assert len(calls) == 2
    again.documents.loc[0, "title"] = "Edited in place"  # the table changed: never stale
    assert titles(again)["title"].iloc[0] == "Edited in place"
    assert len(calls) == 3


def test_no_cache_means_no_files_and_the_same_results(tmp_path):
    titles, calls = counting()
    corpus = analysis.load_corpus(SEEDS, cache=False)
    titles(corpus)
    titles(corpus)
    assert len(calls) == 2
    assert not list(tmp_path.rglob("*.parquet"))


def test_cached_distinctive_terms_and_discovery_equal_uncached(tmp_path):
    corpus = analysis.load_corpus(SEEDS, cache=tmp_path / "cache")
    for _ in range(2):  # computed, then read back
        pd.testing.assert_frame_equal(analysis.distinctive_terms(corpus, n=5),
                                      analysis.distinctive_terms.uncached(corpus, n=5))
        pd.testing.assert_frame_equal(analysis.discover_tone_phrases(corpus),
                                      analysis.discover_tone_phrases.uncached(corpus))
    assert len(list((tmp_path / "cache" / "results").glob("*.parquet"))) == 2


def test_damaged_result_file_is_recomputed(tmp_path):
    titles, calls = counting()
    corpus = analysis.load_corpus(SEEDS, cache=tmp_path / "cache")
    first = titles(corpus)
    for f in (tmp_path / "cache" / "results").glob("*.parquet"):
        f.write_bytes(b"not a parquet file")
    pd.testing.assert_frame_equal(titles(corpus), first)
    assert len(calls) == 2


def test_no_pickle_is_ever_read_from_the_cache(tmp_path):
    # a planted pickle in the results folder is never loaded (it could run code)
    import pickle

    titles, calls = counting()
    corpus = analysis.load_corpus(SEEDS, cache=tmp_path / "cache")
    first = titles(corpus)
    results = tmp_path / "cache" / "results"
    for f in results.glob("*.parquet"):
        f.with_suffix(".pkl").write_bytes(pickle.dumps({"planted": True}))
        f.unlink()
    pd.testing.assert_frame_equal(titles(corpus), first)
    assert len(calls) == 2  # computed again, the pickle ignored
