"""Running the analysis on a Dask cluster gives the same tables as a single-process run.

A two-worker ``dask.distributed.LocalCluster`` (separate processes, one thread each, on the
loopback interface, no dashboard) maps :func:`analysis.running.pipeline.analyze_partition` over a
three-partition Dask DataFrame of a small corpus: the two seed articles and a few texts of
``tests/data/statements_gold.yaml`` (news, readouts, a transcript, a post). Each analysis
table must equal, row for row, the table of ``analysis.load_corpus(<the same corpus as a
CSV>, workers=1, cache=False)``. The cluster is started once for the module and always closed.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest
import yaml

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import analysis  # noqa: E402
from analysis.running.pipeline import ANALYSIS_TABLES, analyze_partition, empty_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "statements_gold.yaml"

# gold cases of every genre, chosen for many statements, topics and tone phrases
GOLD_PER_GENRE = {"news": 4, "readout_us": 1, "readout_cn": 1, "transcript": 1, "social": 1}


def _corpus_frame() -> pd.DataFrame:
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        rows.append({"doc_id": path.stem, "text": path.read_text(encoding="utf-8"), "outlet": "seed", "date": "2023-06-19"})
    cases = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    for genre, n in GOLD_PER_GENRE.items():
        picked = sorted((c for c in cases if c["genre"] == genre), key=lambda c: (-len(c["statements"]), c["id"]))[:n]
        for c in picked:
            rows.append({"doc_id": c["id"], "text": c["text"], "outlet": genre, "date": ""})
    return pd.DataFrame(rows, columns=["doc_id", "text", "outlet", "date"])


@pytest.fixture(scope="module")
def corpus_frame() -> pd.DataFrame:
    return _corpus_frame()


@pytest.fixture(scope="module")
def reference(corpus_frame, tmp_path_factory):
    """The single-process tables of the same corpus, read from a CSV."""
    path = tmp_path_factory.mktemp("dask-corpus") / "corpus.csv"
    corpus_frame.to_csv(path, index=False)
    corpus = analysis.load_corpus(path, workers=1, cache=False)
    assert list(corpus.documents["doc_id"]) == list(corpus_frame["doc_id"])
    return corpus


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                           host="127.0.0.1", silence_logs=logging.ERROR)
    try:
        with Client(cluster) as c:
            yield c
    finally:
        cluster.close()


def _in_corpus_order(df: pd.DataFrame, doc_order: list[str]) -> pd.DataFrame:
    rank = {d: i for i, d in enumerate(doc_order)}
    key = df["doc_id"].map(rank)
    return (df.assign(_rank=key).sort_values(["_rank", "start", "end"], kind="mergesort")
            .drop(columns="_rank").reset_index(drop=True))


def test_corpus_is_not_trivial(reference, corpus_frame):
    assert len(reference.documents) == len(corpus_frame) >= 10
    assert len(reference.statements) >= 30
    assert len(reference.topic_mentions) >= 20
    assert len(reference.tone_phrases) >= 20


@pytest.mark.parametrize("table", ANALYSIS_TABLES)
def test_map_partitions_equals_single_process(client, corpus_frame, reference, table):
    ddf = dd.from_pandas(corpus_frame, npartitions=3)
    assert ddf.npartitions == 3
    lazy = ddf.map_partitions(analyze_partition, table=table, meta=empty_table(table))
    got = lazy.compute()
    order = list(corpus_frame["doc_id"])
    want = getattr(reference, table)
    assert list(got.columns) == list(want.columns)
    assert (got.dtypes == want.dtypes).all(), f"dtypes differ:\n{got.dtypes}\n{want.dtypes}"
    pd.testing.assert_frame_equal(_in_corpus_order(got, order), _in_corpus_order(want, order), check_exact=True)
    # the rows come back in partition order, which is corpus order
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True), check_exact=True)


def test_partitions_ran_on_the_cluster(client, corpus_frame):
    """Each partition is analysed on a worker process, not in this process."""
    import os

    def where(partition):
        return pd.DataFrame({"pid": [os.getpid()] * len(partition)})

    ddf = dd.from_pandas(corpus_frame, npartitions=3)
    pids = set(ddf.map_partitions(where, meta={"pid": "int64"}).compute()["pid"])
    workers = set(client.run(os.getpid).values())
    assert pids and pids <= workers and os.getpid() not in pids


def _bag_partition(records, table):
    """dask.bag partition (an iterable of dicts) -> list of row dicts of *table*."""
    frame = analyze_partition(pd.DataFrame(list(records)), table=table)
    return frame.to_dict("records")


def test_dask_bag_equals_single_process(client, corpus_frame, reference):
    bag = db.from_sequence(corpus_frame.to_dict("records"), npartitions=3)
    got = pd.DataFrame(bag.map_partitions(_bag_partition, table="statements").compute())
    want = reference.statements
    got = got.astype(want.dtypes.to_dict())[list(want.columns)]
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True), check_exact=True)


def test_missing_doc_id_stays_unique_across_partitions(corpus_frame):
    """Without a doc_id column, documents are named after a hash of their text, so the
    names do not depend on how the rows are partitioned."""
    no_ids = corpus_frame.drop(columns="doc_id")
    parts = [no_ids.iloc[:4], no_ids.iloc[4:8], no_ids.iloc[8:]]
    ids = [i for p in parts for i in analyze_partition(p, table="documents")["doc_id"]]
    assert len(set(ids)) == len(ids) == len(no_ids)
    assert ids == list(analyze_partition(no_ids, table="documents")["doc_id"])


def test_missing_doc_id_stays_unique_across_csv_files(corpus_frame, tmp_path):
    no_ids = corpus_frame.drop(columns="doc_id")
    for k, part in enumerate((no_ids.iloc[:5], no_ids.iloc[5:])):
        part.to_csv(tmp_path / f"articles-{k}.csv", index=False)
    ddf = dd.read_csv(str(tmp_path / "articles-*.csv"), blocksize=None, dtype=str, keep_default_na=False)
    assert ddf.npartitions == 2
    st = ddf.map_partitions(analyze_partition, table="statements", meta=empty_table("statements"))
    assert st.compute(scheduler="synchronous")["statement_id"].is_unique


def test_empty_texts_are_skipped_and_every_table_has_a_meta():
    import pandas as pd

    from analysis.running.pipeline import empty_table

    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["Wang said the talks were useful.", "   ", None]})
    docs = analyze_partition(frame, table="documents")
    assert list(docs["doc_id"]) == ["a"]
    for table in ("documents", "sentences", "statements", "topic_mentions", "tone_phrases"):
        assert list(empty_table(table).columns) == list(analyze_partition(frame, table=table).columns)
