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
    "statements": {"sent_id": "int64", "start": "int64", "end": "int64"},
    "topic_mentions": {"sent_id": "int64", "start": "int64", "end": "int64"},
    "tone_phrases": {"sent_id": "int64", "start": "int64", "end": "int64"},
}


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

    Tables (pandas DataFrames, computed on first access):

    - ``documents``: one row per article.
    - ``sentences``: one row per sentence, with its span in the article's text.
    - ``removed``: lines dropped as boilerplate, with the reason.
    - ``skipped``: input files that did not become documents, with the reason.
    - ``statements``, ``topic_mentions``, ``tone_phrases``: the analysis; the first of them
      asked for runs it for all three (in parallel on large corpora, read from the cache
      when nothing changed).
    """

    def __init__(self, results: list[dict], skipped: list, name: str = "corpus", *, store=None,
                 doc_keys=None, fingerprints=None, workers: int = 1):
        self.name = name
        self._results = results
        self._skipped = skipped
        self._store = store
        self._doc_keys = doc_keys or []
        self._fingerprints = fingerprints or {}
        self.workers = workers

    def __repr__(self) -> str:
        return f"<Corpus {self.name!r}: {len(self._results)} documents, {len(self._skipped)} skipped>"

    def __len__(self) -> int:
        return len(self._results)

    @cached_property
    def documents(self) -> pd.DataFrame:
        df = pd.DataFrame([r["document"] for r in self._results], columns=DOCUMENT_COLUMNS)
        df["date"] = pd.to_datetime(df["date"])
        return df.astype({"n_words": "int64", "n_sentences": "int64"})

    @cached_property
    def sentences(self) -> pd.DataFrame:
        rows = [s for r in self._results for s in r["sentences"]]
        return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
            {"sent_id": "int64", "paragraph": "int64", "start": "int64", "end": "int64"}
        )

    @cached_property
    def removed(self) -> pd.DataFrame:
        rows = [s for r in self._results for s in r["removed"]]
        return pd.DataFrame(rows, columns=REMOVED_COLUMNS).astype({"line_no": "int64"})

    @cached_property
    def skipped(self) -> pd.DataFrame:
        return pd.DataFrame([(s.path, s.reason) for s in self._skipped], columns=SKIPPED_COLUMNS)

    # Span tables of the analysis stage (statements, topics, tone), computed together.

    @cached_property
    def _analysis(self) -> list[dict]:
        from .cache import table_key
        from .pipeline import ANALYSIS_TABLES, analyze_all

        n = len(self._results)
        done = [{} for _ in range(n)]
        keys = {}
        cached = {}
        if self._store is not None:
            for t in ANALYSIS_TABLES:
                keys[t] = [table_key(k, t, self._fingerprints) for k in self._doc_keys]
                cached[t] = self._store.load(t, TABLE_COLUMNS[t])
                for i, k in enumerate(keys[t]):
                    if k in cached[t]:
                        done[i][t] = cached[t][k]
            # topics and tone need the statements they were computed with
            for i in range(n):
                if "statements" not in done[i]:
                    done[i] = {}
        need = [i for i in range(n) if len(done[i]) < len(ANALYSIS_TABLES)]
        if need:
            fresh = analyze_all([self._results[i] for i in need], [done[i] for i in need], workers=self.workers)
            for i, res in zip(need, fresh):
                done[i] = res
        if self._store is not None:
            for t in ANALYSIS_TABLES:
                if need or set(keys[t]) != set(cached[t]):
                    self._store.save(t, TABLE_COLUMNS[t], [(keys[t][i], done[i][t]) for i in range(n)], TABLE_DTYPES.get(t))
        return done

    @cached_property
    def statements(self) -> pd.DataFrame:
        """Who said what: direct quotes and reported speech with speaker and sentiment."""
        from .pipeline import frame

        return frame("statements", [row for d in self._analysis for row in d["statements"]])

    @cached_property
    def topic_mentions(self) -> pd.DataFrame:
        """Every mention of a topic of ``lexicons/topics.yaml``, with its span."""
        from .pipeline import frame

        return frame("topic_mentions", [row for d in self._analysis for row in d["topic_mentions"]])

    @cached_property
    def tone_phrases(self) -> pd.DataFrame:
        """Every diplomatic tone phrase of ``lexicons/tone_phrases.yaml``, with its span."""
        from .pipeline import frame

        return frame("tone_phrases", [row for d in self._analysis for row in d["tone_phrases"]])

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


def _corpus_name(source) -> str:
    if isinstance(source, (str, Path)):
        p = Path(source).resolve()
        return p.stem if p.is_file() else p.name
    return "corpus"


def _parse_with_cache(records, store, fingerprints, doc_keys, workers) -> list[dict]:
    """Stage 1 (cleaning, sentences) for every record, reusing cached results."""
    from .cache import table_key
    from .pipeline import parse_all

    n = len(records)
    results: list = [None] * n
    if store is not None:
        pkeys = [table_key(k, "parse", fingerprints) for k in doc_keys]
        cached = {t: store.load(f"parse_{t}", TABLE_COLUMNS[t]) for t in ("documents", "sentences", "removed")}
        for i, k in enumerate(pkeys):
            if all(k in cached[t] for t in cached) and len(cached["documents"][k]) == 1:
                doc = dict(zip(DOCUMENT_COLUMNS, cached["documents"][k][0]))
                if doc["date"] is None:
                    doc["date"] = pd.NaT
                results[i] = {"document": doc, "sentences": cached["sentences"][k], "removed": cached["removed"][k]}
    need = [i for i in range(n) if results[i] is None]
    if need:
        for i, res in zip(need, parse_all([records[i] for i in need], workers=workers)):
            results[i] = res
    if store is not None and (need or set(pkeys) != set(cached["documents"])):
        store.save("parse_documents", DOCUMENT_COLUMNS,
                   [(pkeys[i], [tuple(results[i]["document"][c] for c in DOCUMENT_COLUMNS)]) for i in range(n)],
                   {"n_words": "int64", "n_sentences": "int64"})
        store.save("parse_sentences", SENTENCE_COLUMNS, [(pkeys[i], results[i]["sentences"]) for i in range(n)],
                   {"sent_id": "int64", "paragraph": "int64", "start": "int64", "end": "int64"})
        store.save("parse_removed", REMOVED_COLUMNS, [(pkeys[i], results[i]["removed"]) for i in range(n)],
                   {"line_no": "int64"})
    return results


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
    results = _parse_with_cache(records, store, fingerprints, doc_keys, workers)
    # A file whose every line was boilerplate did not become a document either.
    kept, kept_keys = [], []
    for i, (rec, res) in enumerate(zip(records, results)):
        if res["document"]["text"].strip():
            kept.append(res)
            if doc_keys:
                kept_keys.append(doc_keys[i])
        else:
            from .sources import Skipped

            skipped.append(Skipped(rec.path, "no article text left after removing boilerplate"))
    if not kept:
        found = Counter(s.reason.split(" (")[0].split(":")[0] for s in skipped)
        summary = ", ".join(f"{n} {reason}" for reason, n in sorted(found.items())) or "no .txt, .md, .csv or .jsonl files"
        raise InputError(f"No readable article in {source}: found {summary}.")
    if skipped:
        listing = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:10])
        more = f" (and {len(skipped) - 10} more)" if len(skipped) > 10 else ""
        warnings.warn(f"Skipped {len(skipped)} input(s): {listing}{more}", stacklevel=2)
    return Corpus(kept, skipped, name=name or _corpus_name(source), store=store, doc_keys=kept_keys,
                  fingerprints=fingerprints, workers=workers)
