"""The per-document analysis, and running it over many documents: in parallel, cached.

Every table of a corpus is built from per-document results, and each document's results
are a pure function of its text (and metadata) and of the lexicon files. So the work maps
over documents:

- :func:`parse_document` (clean, sentences) and :func:`analyze_parsed` (statements with
  sentiment, topic mentions, tone phrases) do one document;
- :func:`iter_map_documents` (and :func:`iter_analyze` for the analysis) maps a stage
  over many documents, in chunks, in a pool of worker processes when there are enough
  documents to pay for it, yielding each chunk's results in input order (identical to a
  serial run, row for row), with a progress bar on long runs. :class:`analysis.Corpus`
  turns the chunks into tables as they come, and reuses the
  :class:`~analysis.running.cache.ResultCache` so that unchanged documents are not analysed twice;
- :func:`analyze_partition` is the same analysis for one pandas partition, for Dask.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import time
from collections import defaultdict
from functools import partial

from ..extraction.scoring import score_sentiment
from ..extraction.statements import add_sentiment, statement_rows
from ..extraction.tone_phrases import load_tone_lexicon, tone_rows_for_document
from ..extraction.topic_mentions import document_topic_mentions, topic_matcher
from ..reading.parse import process_document
from ..reading.sources import META_COLUMNS, RawDocument
from ..tables import rows_frame

ANALYSIS_TABLES = ("statements", "topic_mentions", "tone_phrases")
PROGRESS_MIN_DOCS = 200  # show a progress bar from this many documents on
LONG_DOCUMENT_CHARS = 200_000  # ... or when one document is this long (seconds of work on its own)
PARALLEL_MIN_DOCS = 200  # use worker processes from this many documents on
CHUNK_MAX = 250  # documents per chunk handed to a worker, at most


class StageTimer:
    """Accumulates seconds per stage (used by the benchmark)."""

    def __init__(self):
        self.seconds = defaultdict(float)

    def __call__(self, stage: str):
        timer = self

        class _Ctx:
            def __enter__(self):
                self.t = time.perf_counter()

            def __exit__(self, *exc):
                timer.seconds[stage] += time.perf_counter() - self.t

        return _Ctx()



def parse_document(raw: RawDocument, timer: StageTimer | None = None) -> dict:
    """Stage 1 for one document: cleaning and sentences (see :func:`analysis.reading.parse.process_document`)."""
    if timer is None:
        return process_document(raw)
    with timer("load_and_sentences"):
        return process_document(raw)


def analyze_parsed(parsed: dict, timer: StageTimer | None = None, tables=ANALYSIS_TABLES, done: dict | None = None) -> dict:
    """Stage 2 for one parsed document: statements (with sentiment), topics, tone phrases.

    *tables* limits the work to some tables; *done* supplies tables already known (e.g.
    cached statements, which topics and tone need for their speaker column).
    """
    doc = parsed["document"]
    doc_id, text = doc["doc_id"], doc["text"]
    if "sentences" in parsed:
        sents = parsed["sentences"]
    else:  # sentence spans as arrays (see Corpus.parsed_documents)
        paras, starts, ends = (a.tolist() for a in parsed["spans"])
        sents = [(doc_id, i, p, s, e, None) for i, (p, s, e) in enumerate(zip(paras, starts, ends))]
    out = dict(done or {})
    t = timer or _no_timer
    if "statements" not in out:
        with t("statements"):
            rows = statement_rows(doc_id, text, sents, doc["title"], doc.get("outlet") or "", _iso_day(doc.get("date")))
        with t("sentiment"):
            out["statements"] = add_sentiment(rows)
    spans = [(r[9], r[10], r[3]) for r in out["statements"]]
    if "topic_mentions" in tables and "topic_mentions" not in out:
        with t("topics"):
            out["topic_mentions"] = document_topic_mentions(doc_id, text, [(s[3], s[4]) for s in sents], spans)
    if "tone_phrases" in tables and "tone_phrases" not in out:
        with t("tone"):
            out["tone_phrases"] = tone_rows_for_document(doc_id, text, [s[3] for s in sents], spans)
    return {k: out[k] for k in ANALYSIS_TABLES if k in out}


def _iso_day(value) -> str:
    """A document's date as "YYYY-MM-DD" ("" when it has none)."""
    if value is None or value != value:  # None or NaN/NaT
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text[:10] if len(text) >= 10 and text[4] == "-" else ""


class _NoTimer:
    def __call__(self, stage):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_no_timer = _NoTimer()


# -- running over many documents ------------------------------------------------------------

def default_workers(n_docs: int) -> int:
    """Worker processes for *n_docs* documents: ``$ANALYSIS_WORKERS`` if set, else one per
    core from PARALLEL_MIN_DOCS documents on, else 1."""
    env = os.environ.get("ANALYSIS_WORKERS")
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            raise ValueError(f"ANALYSIS_WORKERS must be a whole number, got {env!r}") from None
    if n_docs < PARALLEL_MIN_DOCS:
        return 1
    return max(1, min(os.cpu_count() or 1, 16))


def _warm_up() -> None:
    """Compile the lexicons before forking, so that workers inherit them."""
    topic_matcher()
    load_tone_lexicon()
    score_sentiment("warm up")


_LIBC: list = []


def release_freed_memory() -> None:
    """Hand memory that Python and pandas have freed back to the operating system.

    glibc's ``malloc`` keeps freed heap memory for reuse instead of returning it, so the
    resident size of a long run keeps the high-water mark of every chunk's temporary rows and
    frames (on 10,000 articles, about 140 MB of the process's memory was free heap). Called
    between chunks and after the tables are built; where ``malloc_trim`` does not exist (not
    glibc), it does nothing. It changes no result, only when memory goes back.
    """
    if not _LIBC:
        try:
            import ctypes

            libc = ctypes.CDLL(None)
            _LIBC.append(libc.malloc_trim if hasattr(libc, "malloc_trim") else None)
        except Exception:  # noqa: BLE001 - no C library to ask (e.g. Windows): nothing to do
            _LIBC.append(None)
    if _LIBC[0] is not None:
        _LIBC[0](0)
    if "pyarrow" in sys.modules:  # Arrow's own pool (Parquet reads and writes) keeps freed memory too
        sys.modules["pyarrow"].default_memory_pool().release_unused()


def _chunks(items: list, n_chunks: int) -> list[list]:
    size = max(1, -(-len(items) // n_chunks))
    return [items[i:i + size] for i in range(0, len(items), size)]


def parse_chunk(raws):
    return [process_document(r) for r in raws]


def _analyze_chunk(args):
    items, tables = args
    return [analyze_parsed(parsed, tables=tables, done=done) for parsed, done in items]


def _progress(total: int, desc: str, long_document: bool = False):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=total < PROGRESS_MIN_DOCS and not long_document,
                dynamic_ncols=True, mininterval=0.5)


def _has_long_document(items: list) -> bool:
    """True when one of *items* (``(parsed, done)`` pairs, or parsed documents) has a text of
    LONG_DOCUMENT_CHARS or more: its analysis takes seconds, so the run shows its progress."""
    for item in items:
        parsed = item[0] if isinstance(item, tuple) else item
        doc = parsed.get("document") if isinstance(parsed, dict) else None
        if isinstance(doc, dict) and len(doc.get("text") or "") >= LONG_DOCUMENT_CHARS:
            return True
    return False


def iter_map_documents(func_chunk, items: list, workers: int, desc: str):
    """Apply *func_chunk* (a function of a list) to *items* in chunks; yield each chunk's
    results, in order, as they come (so a caller can turn them into tables chunk by chunk
    instead of holding every document's rows at once)."""
    if not items:
        return
    bar = _progress(len(items), desc, _has_long_document(items))
    try:
        if workers <= 1 or len(items) < 2:
            for chunk in _chunks(items, max(1, len(items) // 50)):
                yield func_chunk(chunk)
                release_freed_memory()  # the caller has made the chunk's rows into frames
                bar.update(len(chunk))
            return
        _warm_up()
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        # at least 8 chunks per worker (balance), at most CHUNK_MAX documents per chunk
        # (the main process holds a few chunks' rows at a time, not a sixteenth of the corpus)
        chunks = _chunks(items, max(workers * 8, -(-len(items) // CHUNK_MAX)))
        with ctx.Pool(workers) as pool:
            for res, chunk in zip(pool.imap(func_chunk, chunks), chunks):
                yield res
                del res
                release_freed_memory()
                bar.update(len(chunk))
    finally:
        bar.close()


def iter_analyze(parsed: list[dict], done: list[dict] | None = None, tables=ANALYSIS_TABLES, workers: int = 1):
    """Stage 2 over many parsed documents, one chunk of results at a time: for each chunk,
    a list of :func:`analyze_parsed` results. *done* gives per-document tables already
    known (e.g. cached statements)."""
    done = done or [{} for _ in parsed]
    items = list(zip(parsed, done))
    yield from iter_map_documents(partial(_with_tables, tables=tables), items, workers, "analysing articles")


def _with_tables(items, tables):
    return _analyze_chunk((items, tables))


# -- Dask -----------------------------------------------------------------------------------

def analyze_partition(partition, table: str = "statements"):
    """Analyse one pandas partition of articles and return one table for it.

    *partition* has a ``text`` column and optionally ``doc_id``, ``title``, ``outlet``,
    ``date``, ``url`` (like a CSV corpus); without ``doc_id``, a document is named after a
    hash of its text (``doc_3f2a...``), the same in whatever partition it lands. *table* is ``"documents"``, ``"sentences"``,
    ``"statements"``, ``"topic_mentions"`` or ``"tone_phrases"``. Use it with
    ``dask.dataframe.map_partitions(analyze_partition, table=..., meta=empty_table(table))``
    or ``dask.bag``; the result equals the same rows of a single-process run.
    """
    if "text" not in partition.columns:
        raise ValueError(f"analyze_partition needs a 'text' column; found columns: {', '.join(map(str, partition.columns))}")
    rows = []
    # without a doc_id column, a document is named after a hash of its text: the same in
    # whatever partition it lands (index labels restart in every file that dd.read_csv reads)
    for rec in partition.to_dict("records"):
        if rec.get("text") is None or rec.get("text") != rec.get("text") or not str(rec["text"]).strip():
            continue  # empty texts are skipped, as load_corpus skips them
        digest = hashlib.sha1(str(rec["text"]).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        doc_id = str(rec.get("doc_id") or f"doc_{digest}")
        meta = {k: "" if rec.get(k) is None or rec.get(k) != rec.get(k) else str(rec.get(k)) for k in META_COLUMNS}
        # a table's text column is the body alone, as load_corpus reads it (layout "body")
        parsed = process_document(RawDocument(doc_id, str(rec.get("path", doc_id)), str(rec["text"]), meta,
                                              layout="body"))
        if table == "documents":
            rows.append(parsed["document"])
        elif table == "sentences":
            rows.extend(parsed["sentences"])
        else:
            rows.extend(analyze_parsed(parsed, tables=(table,))[table])
    return frame(table, rows)


def frame(table: str, rows):
    """Rows of a table as a DataFrame with its columns and dtypes (see :func:`analysis.tables.rows_frame`)."""
    return rows_frame(table, rows)


def empty_table(table: str):
    """An empty DataFrame with the columns and dtypes of *table* (Dask ``meta``)."""
    return frame(table, [])
