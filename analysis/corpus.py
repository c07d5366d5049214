"""The :class:`Corpus`: documents and sentences as tidy pandas tables.

``load_corpus(source)`` reads a folder or table of articles and returns a Corpus whose
tables are computed lazily, the first time they are asked for, like TextBlob's
properties. Every row of every span table carries ``doc_id`` and a character span
``start``/``end`` into ``documents.text``.
"""
from __future__ import annotations

import warnings
from collections import Counter
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from .cleaning import clean_text, n_words
from .sentences import split_sentences
from .sources import InputError, RawDocument, read_source

DOCUMENT_COLUMNS = ["doc_id", "path", "title", "outlet", "date", "url", "text", "n_words", "n_sentences"]
SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph", "start", "end", "text"]
REMOVED_COLUMNS = ["doc_id", "line_no", "line", "reason"]
SKIPPED_COLUMNS = ["path", "reason"]
STATEMENT_COLUMNS = [
    "doc_id", "statement_id", "sent_id", "speaker", "side", "kind", "cue", "via", "text",
    "start", "end", "polarity", "subjectivity", "vader_compound",
]
MENTION_COLUMNS = ["doc_id", "sent_id", "topic", "term", "start", "end", "speaker"]
TONE_COLUMNS = ["doc_id", "sent_id", "phrase", "matched", "category", "score", "gloss", "speaker", "start", "end"]
TABLE_COLUMNS = {
    "documents": DOCUMENT_COLUMNS, "sentences": SENTENCE_COLUMNS, "removed": REMOVED_COLUMNS,
    "statements": STATEMENT_COLUMNS, "topic_mentions": MENTION_COLUMNS, "tone_phrases": TONE_COLUMNS,
}
TABLE_DTYPES = {
    "documents": {"n_words": "int64", "n_sentences": "int64"},
    "sentences": {"sent_id": "int64", "paragraph": "int64", "start": "int64", "end": "int64"},
    "removed": {"line_no": "int64"},
    "statements": {"sent_id": "int64", "start": "int64", "end": "int64",
                   "polarity": "float64", "subjectivity": "float64", "vader_compound": "float64"},
    "topic_mentions": {"sent_id": "int64", "start": "int64", "end": "int64"},
    "tone_phrases": {"sent_id": "int64", "start": "int64", "end": "int64", "score": "float64"},
}
PARSE_TABLES = ("documents", "sentences", "removed")


def rows_frame(table: str, rows) -> pd.DataFrame:
    """Rows of *table* (tuples in its column order; dicts for ``documents``) as a DataFrame
    with the table's columns and dtypes."""
    if table not in TABLE_COLUMNS:
        raise ValueError(f"Unknown table {table!r}; use one of {', '.join(TABLE_COLUMNS)}")
    df = pd.DataFrame(rows, columns=TABLE_COLUMNS[table])
    return with_table_dtypes(table, df)


def with_table_dtypes(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """*df* with the dtypes of *table* (converting only the columns that differ)."""
    if table == "documents" and df["date"].dtype != "datetime64[ns]":
        df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    wrong = {c: d for c, d in TABLE_DTYPES[table].items() if df[c].dtype != d}
    # copy=False: only the converted columns are new; every caller passes a frame it owns
    return df.astype(wrong, copy=False) if wrong else df


def _parse_date(value: str, where: str):
    if not value:
        return pd.NaT
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(f"{where}: cannot read date {value!r} (use a form such as 2023-06-19)") from None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts


def process_document(raw: RawDocument) -> dict:
    """Clean and sentence-split one raw document.

    A pure function of the document (and the lexicon files): returns a dict with the
    document row, its sentence rows and its removed-line rows.
    """
    meta = raw.meta
    cleaned = clean_text(raw.raw, title_hint=meta.get("title", ""))
    text = cleaned.text
    sents = split_sentences(text, cleaned.paragraphs)
    sentences = [
        (raw.doc_id, i, para, s, e, text[s:e]) for i, (para, s, e) in enumerate(sents)
    ]
    doc = {
        "doc_id": raw.doc_id,
        "path": raw.path,
        "title": cleaned.title,
        "outlet": meta.get("outlet", ""),
        "date": _parse_date(meta.get("date", ""), raw.path),
        "url": meta.get("url", ""),
        "text": text,
        "n_words": n_words(text),
        "n_sentences": len(sentences),
    }
    removed = [(raw.doc_id, no, line, reason) for no, line, reason in cleaned.removed]
    return {"document": doc, "sentences": sentences, "removed": removed}


class Corpus:
    """A collection of articles and the tables computed from them.

    Tables (pandas DataFrames; the analysis tables are computed on first access):

    - ``documents``: one row per article.
    - ``sentences``: one row per sentence, with its span in the article's text.
    - ``removed``: lines dropped as boilerplate, with the reason.
    - ``skipped``: input files that did not become documents, with the reason.
    - ``statements``, ``topic_mentions``, ``tone_phrases``: the analysis; the first of them
      asked for runs it for all three (in parallel on large corpora, read from the cache
      when nothing changed).

    The corpus keeps one copy of each table and nothing per document besides.
    """

    def __init__(self, tables: dict, skipped: list, name: str = "corpus", *, store=None,
                 doc_keys=None, fingerprints=None, workers: int = 1):
        self.name = name
        self.documents: pd.DataFrame = tables["documents"]
        self.sentences: pd.DataFrame = tables["sentences"]
        self.removed: pd.DataFrame = tables["removed"]
        self._skipped = skipped
        self._store = store
        self._doc_keys = doc_keys or [str(i) for i in range(len(self.documents))]
        self._fingerprints = fingerprints or {}
        self.workers = workers

    @classmethod
    def from_parsed(cls, parsed: list[dict], skipped=(), name: str = "corpus", analyzed: list[dict] | None = None,
                    workers: int = 1) -> "Corpus":
        """A corpus from per-document results of :func:`process_document` (and, optionally,
        of :func:`analysis.pipeline.analyze_parsed`), without cache."""
        corpus = cls(_parse_frames(parsed), list(skipped), name=name, workers=workers)
        if analyzed is not None:
            from .pipeline import ANALYSIS_TABLES

            corpus.__dict__["_analysis"] = {
                t: rows_frame(t, [row for a in analyzed for row in a[t]]) for t in ANALYSIS_TABLES}
        return corpus

    def __repr__(self) -> str:
        return f"<Corpus {self.name!r}: {len(self)} documents, {len(self._skipped)} skipped>"

    def __len__(self) -> int:
        return len(self.documents)

    @cached_property
    def skipped(self) -> pd.DataFrame:
        return pd.DataFrame([(s.path, s.reason) for s in self._skipped], columns=SKIPPED_COLUMNS)

    def parsed_documents(self, positions=None, sentence_text: bool = True):
        """Per-document inputs of the analysis, rebuilt from the tables: for each document
        (or those at *positions*), a dict with its ``document`` row (a dict) and its
        ``sentences`` as ``(doc_id, sent_id, paragraph, start, end, text)`` tuples.

        Without *sentence_text*, the sentences come as ``spans``: three NumPy arrays
        (paragraph, start, end) that are views of the sentence table, which
        :func:`analysis.pipeline.analyze_parsed` accepts too: far less memory than tuples
        when every document of a large corpus is queued for the workers at once."""
        docs = self.documents
        sents = self.sentences
        bounds = _row_bounds(sents["doc_id"].to_numpy(), docs["doc_id"].to_numpy())
        paras, starts, ends = (sents[c].to_numpy() for c in ("paragraph", "start", "end"))
        texts = sents["text"].to_numpy() if sentence_text else None
        records = docs.to_dict("records") if positions is None else docs.iloc[list(positions)].to_dict("records")
        for pos, doc in zip(range(len(docs)) if positions is None else positions, records):
            a, b = bounds[pos], bounds[pos + 1]
            if not sentence_text:
                yield {"document": doc, "spans": (paras[a:b], starts[a:b], ends[a:b])}
                continue
            doc_id = doc["doc_id"]
            yield {"document": doc, "sentences": [
                (doc_id, i, int(p), int(s), int(e), t)
                for i, (p, s, e, t) in enumerate(zip(paras[a:b], starts[a:b], ends[a:b], texts[a:b]))]}

    # Span tables of the analysis stage (statements, topics, tone), computed together.

    @cached_property
    def _analysis(self) -> dict:
        from . import pipeline
        from .cache import assemble, table_key
        from .pipeline import ANALYSIS_TABLES

        n = len(self.documents)
        store = self._store
        keys = {t: [table_key(k, t, self._fingerprints) for k in self._doc_keys] if store else self._doc_keys
                for t in ANALYSIS_TABLES}
        cached = {t: store.load_frame(t, TABLE_COLUMNS[t]) if store else None for t in ANALYSIS_TABLES}
        present = {t: set(cached[t]["_key"].unique()) if cached[t] is not None else set() for t in ANALYSIS_TABLES}
        # topics and tone need the statements they were computed with: without cached
        # statements, a document is analysed afresh
        need = [i for i in range(n) if any(keys[t][i] not in present[t] for t in ANALYSIS_TABLES)]
        fresh: dict = {t: None for t in ANALYSIS_TABLES}
        if need:
            done = [{} for _ in need]
            partial = [j for j, i in enumerate(need) if keys["statements"][i] in present["statements"]]
            if partial:  # statements cached: reuse them, and whatever else is cached
                from .cache import rows_by_key

                for t in ANALYSIS_TABLES:
                    wanted = {keys[t][need[j]] for j in partial} & present[t]
                    if not wanted:
                        continue
                    by_key = rows_by_key(t, cached[t], wanted)
                    for j in partial:
                        if keys[t][need[j]] in by_key:
                            done[j][t] = by_key[keys[t][need[j]]]
            # rows become frames chunk by chunk: never every document's rows at once
            from .cache import keyed_frame

            parts: dict = {t: [] for t in ANALYSIS_TABLES}
            inputs = list(self.parsed_documents(need, sentence_text=False))
            pos = 0
            for chunk in pipeline.iter_analyze(inputs, done, workers=self.workers):
                for t in ANALYSIS_TABLES:
                    rows = {keys[t][need[j]]: res[t] for j, res in enumerate(chunk, start=pos) if t not in done[j]}
                    if rows:
                        parts[t].append(keyed_frame(t, rows))
                pos += len(chunk)
            del inputs
            for t in ANALYSIS_TABLES:
                if parts[t]:
                    fresh[t] = pd.concat(parts[t], ignore_index=True) if len(parts[t]) > 1 else parts[t][0]
                    parts[t] = None
                    pipeline.release_freed_memory()
        out = {}
        for t in ANALYSIS_TABLES:
            # one table at a time, its inputs dropped as soon as it is built: the copies
            # that assembling makes are never all alive together
            body, to_save = assemble(t, cached.pop(t), keys[t], fresh.pop(t), keep=store is not None)
            if store is not None and to_save is not None:
                store.save_frame(t, to_save)
            del to_save
            out[t] = body
            pipeline.release_freed_memory()
        return out

    @property
    def statements(self) -> pd.DataFrame:
        """Who said what: direct quotes and reported speech with speaker and sentiment."""
        return self._analysis["statements"]

    @property
    def topic_mentions(self) -> pd.DataFrame:
        """Every mention of a topic of ``lexicons/topics.yaml``, with its span."""
        return self._analysis["topic_mentions"]

    @property
    def tone_phrases(self) -> pd.DataFrame:
        """Every diplomatic tone phrase of ``lexicons/tone_phrases.yaml``, with its span."""
        return self._analysis["tone_phrases"]

    # A table can be replaced (e.g. by a filtered copy) for the functions that read it.
    @statements.setter
    def statements(self, df: pd.DataFrame) -> None:
        self._analysis["statements"] = df

    @topic_mentions.setter
    def topic_mentions(self, df: pd.DataFrame) -> None:
        self._analysis["topic_mentions"] = df

    @tone_phrases.setter
    def tone_phrases(self, df: pd.DataFrame) -> None:
        self._analysis["tone_phrases"] = df

    def text_of(self, doc_id: str) -> str:
        """The cleaned text of one document."""
        match = self.documents.loc[self.documents["doc_id"] == doc_id, "text"]
        if match.empty:
            raise KeyError(f"No document with doc_id {doc_id!r}")
        return match.iloc[0]

    def source_line(self) -> str:
        """A caption for charts, e.g. ``"Source: 2 articles (seeds)"``."""
        n = len(self)
        return f"Source: {n} article{'s' if n != 1 else ''} ({self.name})"


def join_documents(table: pd.DataFrame, docs: pd.DataFrame, columns) -> pd.DataFrame:
    """*table* with the *columns* of each row's document (from *docs*, one row per
    ``doc_id``) added: what ``table.merge(docs[["doc_id", *columns]], on="doc_id",
    how="left")`` returns (a new frame, numbered from 0; a row whose document is not in
    *docs* gets NaN/NaT), without hashing every row: the rows of a span table come in runs
    of one document, so only the first row of each run is looked up."""
    columns = [c for c in columns if c != "doc_id"]
    row_ids = table["doc_id"].to_numpy()
    n = len(row_ids)
    if n:
        run_starts = np.r_[0, np.flatnonzero(row_ids[1:] != row_ids[:-1]) + 1]
        where = {d: i for i, d in enumerate(docs["doc_id"].tolist())}
        run_pos = np.fromiter((where.get(d, -1) for d in row_ids[run_starts].tolist()), dtype=np.intp,
                              count=len(run_starts))
        pos = np.repeat(run_pos, np.diff(np.r_[run_starts, n]))
    else:
        pos = np.empty(0, dtype=np.intp)
    out = table.reset_index(drop=True)
    for c in columns:
        out[c] = docs[c].array.take(pos, allow_fill=True)
    return out


def _row_bounds(row_doc_ids, doc_ids) -> list[int]:
    """Start of each document's rows in a table sorted by document (plus the end)."""
    import numpy as np

    bounds = [0] * (len(doc_ids) + 1)
    if len(row_doc_ids):
        change = np.flatnonzero(row_doc_ids[1:] != row_doc_ids[:-1]) + 1
        starts = dict(zip(row_doc_ids[np.r_[0, change]], np.r_[0, change].tolist()))
        ends = dict(zip(row_doc_ids[np.r_[change - 1, len(row_doc_ids) - 1]], np.r_[change, len(row_doc_ids)].tolist()))
    else:
        starts, ends = {}, {}
    pos = 0
    for i, d in enumerate(doc_ids):
        bounds[i] = starts.get(d, pos)
        pos = ends.get(d, bounds[i])
    bounds[len(doc_ids)] = pos
    return bounds


def _parse_frames(parsed: list[dict]) -> dict:
    """The documents, sentences and removed tables of per-document parse results."""
    return {
        "documents": rows_frame("documents", [r["document"] for r in parsed]),
        "sentences": rows_frame("sentences", [row for r in parsed for row in r["sentences"]]),
        "removed": rows_frame("removed", [row for r in parsed for row in r["removed"]]),
    }


def _corpus_name(source) -> str:
    if isinstance(source, (str, Path)):
        p = Path(source).resolve()
        return p.stem if p.is_file() else p.name
    return "corpus"


def _parse_with_cache(records, store, fingerprints, doc_keys, workers) -> dict:
    """Stage 1 (cleaning, sentences) for every record, reusing cached results: the
    documents, sentences and removed tables, in record order. Rows become frames chunk by
    chunk, never all documents' rows at once."""
    from . import pipeline
    from .cache import assemble, keyed_frame, table_key

    n = len(records)
    pkeys = [table_key(k, "parse", fingerprints) for k in doc_keys] if store is not None else [str(i) for i in range(n)]
    cached = {t: store.load_frame(f"parse_{t}", TABLE_COLUMNS[t]) if store is not None else None for t in PARSE_TABLES}
    present = [set(cached[t]["_key"].unique()) if cached[t] is not None else set() for t in PARSE_TABLES]
    need = [i for i in range(n) if not all(pkeys[i] in p for p in present)]
    parts: dict = {t: [] for t in PARSE_TABLES}
    pos = 0
    for chunk in pipeline.iter_map_documents(pipeline._parse_chunk, [records[i] for i in need], workers, "reading articles"):
        keys = [pkeys[need[j]] for j in range(pos, pos + len(chunk))]
        parts["documents"].append(keyed_frame("documents", {k: [r["document"]] for k, r in zip(keys, chunk)}))
        parts["sentences"].append(keyed_frame("sentences", {k: r["sentences"] for k, r in zip(keys, chunk)}))
        parts["removed"].append(keyed_frame("removed", {k: r["removed"] for k, r in zip(keys, chunk)}))
        pos += len(chunk)
    tables = {}
    for t in PARSE_TABLES:
        fresh = (pd.concat(parts[t], ignore_index=True) if len(parts[t]) > 1 else parts[t][0]) if parts[t] else None
        parts[t] = None
        pipeline.release_freed_memory()
        body, to_save = assemble(t, cached[t], pkeys, fresh, keep=store is not None)
        if store is not None and to_save is not None:
            store.save_frame(f"parse_{t}", to_save)
        tables[t] = body
    return tables


def load_corpus(source, name: str | None = None, workers: int | None = None, cache=True) -> Corpus:
    """Load articles into a :class:`Corpus`.

    *source*: a folder (its ``.txt`` and ``.md`` files, sorted by name; a ``metadata.csv``
    beside them with columns ``file, title, outlet, date, url`` is merged by file name),
    one text file, a list of paths, or a ``.csv`` / ``.jsonl`` file with a ``text`` column
    (optional ``title``, ``outlet``, ``date``, ``url``, ``doc_id``).

    *workers*: processes for the analysis (default: one per core from 200 documents on,
    or ``$ANALYSIS_WORKERS``). *cache*: ``True`` (default) keeps per-document results in
    ``$ANALYSIS_CACHE_DIR`` (default ``~/.cache/diplomatic-discourse``) so that re-runs on
    an unchanged corpus are fast; ``False`` turns it off; a path puts it there.

    Raises FileNotFoundError for a missing path, and ValueError when no readable article is
    found, a table has no ``text`` column, or two documents share a ``doc_id``. Inputs that
    are empty, binary or unreadable are listed in ``corpus.skipped`` and reported with a
    warning.
    """
    from .cache import DEPENDENCIES, ResultCache, document_key, table_fingerprint
    from .pipeline import default_workers

    records, skipped = read_source(source)
    counts = Counter(r.doc_id for r in records)
    dups = sorted(d for d, n in counts.items() if n > 1)
    if dups:
        where = {d: [r.path for r in records if r.doc_id == d] for d in dups}
        detail = "; ".join(f"{d!r} ({', '.join(where[d])})" for d in dups)
        raise InputError(f"Duplicate doc_id values: {detail}")
    workers = default_workers(len(records)) if workers is None else max(1, int(workers))
    store = None
    fingerprints = {}
    doc_keys = []
    if cache is not False:
        store = ResultCache.for_source(source, root=None if cache is True else cache)
        fingerprints = {t: table_fingerprint(t) for t in DEPENDENCIES}
        doc_keys = [document_key(r.doc_id, r.path, r.raw, r.meta) for r in records]
    tables = _parse_with_cache(records, store, fingerprints, doc_keys, workers)
    del records  # the raw texts are not needed any more
    # A file whose every line was boilerplate did not become a document either.
    docs = tables["documents"]
    empty = docs["text"].str.strip() == ""
    if empty.any():
        from .sources import Skipped

        gone = set(docs.loc[empty, "doc_id"])
        skipped.extend(Skipped(path, "no article text left after removing boilerplate") for path in docs.loc[empty, "path"])
        if doc_keys:
            doc_keys = [k for k, e in zip(doc_keys, empty.to_numpy()) if not e]
        tables = {t: df[~df["doc_id"].isin(gone)].reset_index(drop=True) for t, df in tables.items()}
    if tables["documents"].empty:
        found = Counter(s.reason.split(" (")[0].split(":")[0] for s in skipped)
        summary = ", ".join(f"{n} {reason}" for reason, n in sorted(found.items())) or "no .txt, .md, .csv or .jsonl files"
        raise InputError(f"No readable article in {source}: found {summary}.")
    if skipped:
        listing = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:10])
        more = f" (and {len(skipped) - 10} more)" if len(skipped) > 10 else ""
        warnings.warn(f"Skipped {len(skipped)} input(s): {listing}{more}", stacklevel=2)
    return Corpus(tables, skipped, name=name or _corpus_name(source), store=store, doc_keys=doc_keys,
                  fingerprints=fingerprints, workers=workers)
