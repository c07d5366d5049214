"""The results cache: reused when nothing changed, recomputed exactly where something did."""
import shutil
import warnings

import pandas as pd
import pytest

import analysis
from analysis.running import cache as cache_mod
from analysis.running import pipeline
from analysis.tables import TABLE_COLUMNS
from conftest import SEEDS

TABLES = ["documents", "sentences", "removed", "statements", "topic_mentions", "tone_phrases"]


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "third.txt").write_text("Wang Yi said that China firmly opposes the sanctions. "
                                      "The talks were candid and constructive.", encoding="utf-8")
    return folder


def load(folder, root):
    c = analysis.load_corpus(folder, cache=root, workers=1)
    return c, {t: getattr(c, t) for t in TABLES}


def count_calls(monkeypatch):
    calls = {"parse": 0, "analyze": 0}
    real_parse, real_analyze = pipeline.parse_chunk, pipeline.iter_analyze

    def parse_chunk(raws):
        calls["parse"] += len(raws)
        return real_parse(raws)

    def iter_analyze(parsed, done=None, tables=pipeline.ANALYSIS_TABLES, workers=1):
        calls["analyze"] += len(parsed)
        return real_analyze(parsed, done, tables, workers)

    monkeypatch.setattr(pipeline, "parse_chunk", parse_chunk)
    monkeypatch.setattr(pipeline, "iter_analyze", iter_analyze)
    return calls


def test_warm_run_reuses_everything_and_gives_identical_tables(corpus_dir, tmp_path, monkeypatch):
    root = tmp_path / "cache"
    _, cold = load(corpus_dir, root)
    calls = count_calls(monkeypatch)
    _, warm = load(corpus_dir, root)
    assert calls == {"parse": 0, "analyze": 0}
    for t in TABLES:
        pd.testing.assert_frame_equal(cold[t], warm[t])
    _, fresh = load(corpus_dir, False)  # no cache at all
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], warm[t])


def test_changed_article_recomputes_only_that_article(corpus_dir, tmp_path, monkeypatch):
    root = tmp_path / "cache"
    load(corpus_dir, root)
    (corpus_dir / "third.txt").write_text("Blinken said the talks were useful and that he urged restraint.",
                                          encoding="utf-8")
    calls = count_calls(monkeypatch)
    c, tables = load(corpus_dir, root)
    assert calls == {"parse": 1, "analyze": 1}
    st = tables["statements"]
    assert st[st.doc_id == "third"].speaker.tolist() == ["Antony Blinken"]  # never the stale Wang Yi
    fresh_corpus, fresh = load(corpus_dir, False)
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], tables[t])
    pd.testing.assert_frame_equal(analysis.sentiment_by_speaker(c), analysis.sentiment_by_speaker(fresh_corpus))
    pd.testing.assert_frame_equal(analysis.distinctive_terms(c), analysis.distinctive_terms(fresh_corpus))


def test_lexicon_change_recomputes_only_the_tables_that_use_it(corpus_dir, tmp_path, monkeypatch):
    root = tmp_path / "cache"
    load(corpus_dir, root)
    real = cache_mod.table_fingerprint

    def edited(table):  # as if one entry of topics.yaml had been edited
        return real(table) + ("-edited" if table == "topic_mentions" else "")

    monkeypatch.setattr(cache_mod, "table_fingerprint", edited)
    seen = []
    real_analyze = pipeline.analyze_parsed

    def analyze_parsed(parsed, timer=None, tables=pipeline.ANALYSIS_TABLES, done=None):
        seen.append(sorted(done or {}))
        return real_analyze(parsed, timer, tables, done)

    monkeypatch.setattr(pipeline, "analyze_parsed", analyze_parsed)
    load(corpus_dir, root)
    # every document recomputed its topics, with its cached statements and tone phrases
    assert seen == [["statements", "tone_phrases"]] * 3


def test_damaged_cache_file_is_recomputed(corpus_dir, tmp_path):
    root = tmp_path / "cache"
    _, cold = load(corpus_dir, root)
    for f in root.rglob("*.parquet"):
        f.write_bytes(b"not parquet")
    _, again = load(corpus_dir, root)
    for t in TABLES:
        pd.testing.assert_frame_equal(cold[t], again[t])


def test_parallel_run_equals_serial(tmp_path):
    import yaml

    from conftest import DATA

    cases = yaml.safe_load((DATA / "statements_gold.yaml").read_text(encoding="utf-8"))[:60]
    folder = tmp_path / "many"
    folder.mkdir()
    for i, case in enumerate(cases):
        (folder / f"{i:03d}.txt").write_text(case["text"], encoding="utf-8")
    serial = analysis.load_corpus(folder, workers=1, cache=False)
    parallel = analysis.load_corpus(folder, workers=2, cache=False)
    for t in TABLES:
        pd.testing.assert_frame_equal(getattr(serial, t), getattr(parallel, t))


def test_cache_folder_that_cannot_be_written_only_warns(corpus_dir, tmp_path):
    root = tmp_path / "cache"
    root.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.warns(UserWarning, match="results cache not written"):
        c, tables = load(corpus_dir, root)
    fresh_corpus, fresh = load(corpus_dir, False)
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], tables[t])
    pd.testing.assert_frame_equal(analysis.sentiment_by_speaker(c), analysis.sentiment_by_speaker(fresh_corpus))
    pd.testing.assert_frame_equal(analysis.distinctive_terms(c), analysis.distinctive_terms(fresh_corpus))


def test_documents_without_rows_keep_their_place_so_tables_need_no_sorting():
    """A chunk's blank rows (documents without tone phrases) sit where their document is,
    so the assembled table is already in document order and is not sorted as a copy."""
    row = ("d", 0, "candid", "candid", "warm", 1.0, "gloss", "", 0, 6)
    keyed = cache_mod.keyed_frame("tone_phrases", {"a": [row], "b": [], "c": [row, row], "d": []})
    assert list(keyed["_key"]) == ["a", "b", "c", "c", "d"]
    assert list(keyed["_n"]) == [0, -1, 0, 1, -1]
    assert cache_mod._in_order(keyed, ["a", "b", "c", "d"])
    body, _ = cache_mod.assemble("tone_phrases", None, ["a", "b", "c", "d"], keyed, keep=False)
    assert len(body) == 3 and list(body.index) == [0, 1, 2]
    assert body["start"].dtype == "int64" and list(body.columns) == list(TABLE_COLUMNS["tone_phrases"])


def test_repeated_strings_of_the_span_tables_are_shared_not_copied(tmp_path):
    """Matched terms, tone phrases, speakers and cues repeat thousands of times in a large
    corpus; each distinct value is one string object (memory), on a run without cache."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(
            "Wang Yi said that the talks on trade were candid and constructive. "
            "Blinken said the trade talks were candid and constructive too.", encoding="utf-8")
    c = analysis.load_corpus(folder, cache=False, workers=1)
    for table, col in [("topic_mentions", "term"), ("tone_phrases", "matched"), ("statements", "cue"),
                       ("statements", "speaker"), ("tone_phrases", "speaker")]:
        values = getattr(c, table)[col]
        assert len(values) > values.nunique(), (table, col)
        assert len({id(v) for v in values}) == values.nunique(), (table, col)


def test_parquet_written_in_slices_reads_back_as_one_write(tmp_path, monkeypatch):
    """Tables are written a few rows at a time, with the schema taken from the dtypes;
    they must read back exactly as a one-piece ``to_parquet`` does: blank rows (nullable
    integers), a column that is None in a whole slice, non-ASCII text."""
    row = ("d1", 0, "candid", "Candid", "warm", 1.5, "gloss", None, 0, 6)
    rows = {f"k{i}": ([row[:7] + (("Wang Yi" if i % 3 else None),) + row[8:]] * (i % 4)) for i in range(40)}
    rows["k7"] = [("d7", 2, "downward spiral", "downward spiral — “again”", "hostile", -2.0, "g", "", 5, 20)]
    keyed = cache_mod.keyed_frame("tone_phrases", rows)
    keyed.loc[:9, "speaker"] = None  # a whole first slice without a speaker
    monkeypatch.setattr(cache_mod, "WRITE_ROWS", 7)
    sliced, whole = cache_mod.ResultCache(tmp_path / "a"), cache_mod.ResultCache(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    sliced.save_frame("tone_phrases", keyed)
    one_piece = tmp_path / "b" / "one_piece.tmp"
    keyed.to_parquet(one_piece, index=False)
    cache_mod.write_with_checksum(str(one_piece), whole.path("tone_phrases"))  # as the cache stores it
    got = sliced.load_frame("tone_phrases", TABLE_COLUMNS["tone_phrases"])
    assert got is not None and len(got) == len(keyed)
    pd.testing.assert_frame_equal(got, whole.load_frame("tone_phrases", TABLE_COLUMNS["tone_phrases"]))


def test_releasing_freed_memory_is_harmless_without_malloc_trim(monkeypatch):
    """Where the C library has no malloc_trim (macOS, Windows), releasing memory does
    nothing and raises nothing; the pipeline's results do not depend on it."""
    monkeypatch.setattr(pipeline, "_LIBC", [None])
    assert pipeline.release_freed_memory() is None
    monkeypatch.setattr(pipeline, "_LIBC", [])
    import ctypes

    def no_library(*args, **kwargs):
        raise TypeError("no C library here")

    monkeypatch.setattr(ctypes, "CDLL", no_library)
    pipeline.release_freed_memory()
    assert pipeline._LIBC == [None]


# -- damaged files: a checksum per file, the span rule per row -----------------------------

def _fresh_tables(folder):
    return load(folder, False)[1]


def test_a_flipped_bit_in_any_cache_file_is_caught_and_recomputed(corpus_dir, tmp_path):
    """One flipped bit in a stored table once changed speakers, spans and statement texts
    (or crashed the load); now every file is checked against its SHA-256 on reading."""
    root = tmp_path / "cache"
    load(corpus_dir, root)
    files = sorted(root.rglob("*.parquet"))
    assert {f.name for f in files} >= {"statements.parquet", "parse_sentences.parquet"}
    for i, f in enumerate(files):  # a different bit of each file, in its middle
        data = bytearray(f.read_bytes())
        data[len(data) // 2] ^= 1 << (i % 8)
        f.write_bytes(bytes(data))
    with pytest.warns(UserWarning, match="does not match its checksum") as caught:
        _, again = load(corpus_dir, root)
    assert len([w for w in caught if "checksum" in str(w.message)]) == len(files)
    fresh = _fresh_tables(corpus_dir)
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], again[t])
    calls = None  # the repaired cache is used again, quietly
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _, third = load(corpus_dir, root)
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], third[t])
    assert calls is None


def test_a_truncated_cache_file_is_recomputed(corpus_dir, tmp_path):
    root = tmp_path / "cache"
    load(corpus_dir, root)
    for f in root.rglob("*.parquet"):
        f.write_bytes(f.read_bytes()[: f.stat().st_size // 3])
    with pytest.warns(UserWarning, match="does not match its checksum"):
        _, again = load(corpus_dir, root)
    fresh = _fresh_tables(corpus_dir)
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], again[t])


def test_a_file_without_its_checksum_is_not_trusted(corpus_dir, tmp_path, monkeypatch):
    """A table file whose checksum is missing (an older cache, or one copied without it) is
    computed again, not read."""
    root = tmp_path / "cache"
    load(corpus_dir, root)
    for f in root.rglob("*.sha256"):
        f.unlink()
    calls = count_calls(monkeypatch)
    load(corpus_dir, root)
    assert calls == {"parse": 3, "analyze": 3}


def test_rows_that_break_the_span_rule_are_analysed_again(corpus_dir, tmp_path, monkeypatch):
    """A stored file with a valid checksum but a row whose span does not hold its text
    (written by a faulty version, or edited by hand): only that document is analysed again."""
    root = tmp_path / "cache"
    corpus, _ = load(corpus_dir, root)
    store = corpus._store
    keyed = store.load_frame("statements", TABLE_COLUMNS["statements"]).copy()
    first_doc = keyed.loc[keyed["_n"] >= 0, "doc_id"].iloc[0]
    rows = keyed.index[(keyed["doc_id"] == first_doc) & (keyed["_n"] == 0)]
    keyed.loc[rows, "start"] += 1  # the span now starts inside the statement's first word
    store.save_frame("statements", keyed)
    sents = store.load_frame("parse_sentences", TABLE_COLUMNS["sentences"]).copy()
    sents.loc[sents.index[sents["doc_id"] == "third"][0], "text"] = "Kamila Harris said so."
    store.save_frame("parse_sentences", sents)
    calls = count_calls(monkeypatch)
    with pytest.warns(UserWarning, match="broke the span rule") as caught:
        _, again = load(corpus_dir, root)
    assert sorted(str(w.message).split(" in /")[0] for w in caught if "span rule" in str(w.message)) == [
        "results cache: 1 document(s)", "results cache: 1 document(s)"]
    # 'third' is read again (its analysis, keyed by its unchanged text, is still good); the
    # document with the broken statement is analysed again; nothing else
    assert calls == {"parse": 1, "analyze": 1}
    fresh = _fresh_tables(corpus_dir)
    for t in TABLES:
        pd.testing.assert_frame_equal(fresh[t], again[t])


def test_every_table_computed_afresh_passes_the_span_rule(tmp_path):
    """The check never condemns a correct row (else the cache would recompute forever):
    over texts of many shapes, every row of every span table passes it."""
    from conftest import varied_documents

    folder = tmp_path / "many"
    folder.mkdir()
    texts = varied_documents(tmp_path / "synthetic", 30)
    for i, text in enumerate(texts):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    c = analysis.load_corpus(folder, cache=False, workers=1)
    by_doc = dict(zip(c.documents["doc_id"], c.documents["text"]))
    for t in ("sentences", "statements", "topic_mentions", "tone_phrases"):
        df = getattr(c, t)
        assert len(df) > 20, t
        keyed = df.assign(_key=df["doc_id"], _n=0)
        assert cache_mod.span_failures(t, keyed, by_doc) == set(), t
        broken = keyed.copy()
        broken.loc[broken.index[0], "end"] = len(by_doc[broken["doc_id"].iloc[0]]) + 1  # past the text
        assert cache_mod.span_failures(t, broken, by_doc) == {broken["doc_id"].iloc[0]}
        broken["start"] = broken["start"].astype(object)
        broken.loc[broken.index[0], "start"] = None  # not a number at all
        assert cache_mod.span_failures(t, broken, by_doc) == {broken["doc_id"].iloc[0]}
