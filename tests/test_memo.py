"""Slow corpus-wide results cached by content: reused when nothing changed, never stale."""
import shutil

import pandas as pd
import pytest

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


class _RunsCode:
    """A pickle that, when loaded, creates a file: what a planted pickle could do."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        import pathlib

        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_a_planted_pickle_is_never_loaded_even_under_a_results_name(tmp_path):
    """Results were once pickles read with pd.read_pickle: a file planted in a shared cache
    folder ran code. Now a pickle under the old name is ignored, and one under the new name,
    even with a matching checksum, is not a table: recomputed, never unpickled."""
    import pickle

    from analysis.running.cache import write_with_checksum

    titles, calls = counting()
    corpus = analysis.load_corpus(SEEDS, cache=tmp_path / "cache")
    first = titles(corpus)
    results = tmp_path / "cache" / "results"
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_RunsCode(marker))
    pickle.loads(payload)  # the payload works: loading it runs code
    assert marker.exists()
    marker.unlink()
    for f in list(results.glob("*.parquet")):
        f.with_suffix(".pkl").write_bytes(payload)
        planted = tmp_path / "planted.tmp"
        planted.write_bytes(payload)
        write_with_checksum(str(planted), f)
    with pytest.warns(UserWarning, match="cannot be read as a table"):
        again = titles(corpus)
    pd.testing.assert_frame_equal(again, first)
    assert len(calls) == 2 and not marker.exists()


def test_a_flipped_bit_in_a_result_is_recomputed_with_a_warning(tmp_path):
    titles, calls = counting()
    corpus = analysis.load_corpus(SEEDS, cache=tmp_path / "cache")
    first = titles(corpus)
    (stored,) = (tmp_path / "cache" / "results").glob("*.parquet")
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x10
    stored.write_bytes(bytes(data))
    with pytest.warns(UserWarning, match="does not match its checksum"):
        pd.testing.assert_frame_equal(titles(corpus), first)
    assert len(calls) == 2
    pd.testing.assert_frame_equal(titles(corpus), first)  # stored again, good
    assert len(calls) == 2
