"""The :class:`Corpus`: documents and sentences as tidy pandas tables.

``load_corpus(source)`` reads a folder or table of articles and returns a Corpus whose
tables are computed lazily, the first time they are asked for, like TextBlob's
properties. Every row of every span table carries ``doc_id`` and a character span
``start``/``end`` into ``documents.text``.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections import Counter
from functools import cached_property
from pathlib import Path

import pandas as pd

from .lexicon_files import STARTUP_LEXICONS, USER_FOLDER, use_user_lexicons
from .reading.parse import DATE_FROM_TEXT
from .reading.sources import KINDS_READ, InputError, Skipped, plain_text, read_source
from .running.build import analysis_tables, parse_tables, parsed_inputs
from .running import cache as result_cache
from .running.pipeline import ANALYSIS_TABLES, default_workers
from .reading.parse import process_document  # noqa: F401 (its old place)
from .tables import (  # noqa: F401 (names that lived here before; old imports keep working)
    DOCUMENT_COLUMNS, MENTION_COLUMNS, REMOVED_COLUMNS, SENTENCE_COLUMNS, SKIPPED_COLUMNS, STATEMENT_COLUMNS,
    TABLE_COLUMNS, TABLE_DTYPES, TONE_COLUMNS, join_documents, rows_frame, with_table_dtypes,
)


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
        self.lexicons = None  # the folder of the project's own lexicons, if any

    @classmethod
    def from_parsed(cls, parsed: list[dict], skipped=(), name: str = "corpus", analyzed: list[dict] | None = None,
                    workers: int = 1) -> "Corpus":
        """A corpus from per-document results of :func:`process_document` (and, optionally,
        of :func:`analysis.running.pipeline.analyze_parsed`), without cache."""
        corpus = cls(_parse_frames(parsed), list(skipped), name=name, workers=workers)
        if analyzed is not None:
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

    @property
    def notes(self) -> pd.DataFrame:
        """What was done to read the inputs, one row per note (``path``, ``note``): bytes
        repaired, an encoding detected, a file read by what it holds, common column names
        recognised, metadata rows without a file, files without a row, names matched
        ignoring case, dates taken from the text. Each was also a warning."""
        return pd.DataFrame(getattr(self, "_notes", []), columns=["path", "note"])

    def parsed_documents(self, positions=None, sentence_text: bool = True):
        """Per-document inputs of the analysis, rebuilt from the tables (see
        :func:`analysis.running.build.parsed_inputs`)."""
        return parsed_inputs(self.documents, self.sentences, positions, sentence_text)

    # Span tables of the analysis stage (statements, topics, tone), computed together.

    @cached_property
    def _analysis(self) -> dict:
        # the lexicons of this corpus (another corpus loaded since may have others), and the
        # cache keys of what is used now: a lexicon edited after load_corpus is analysed and
        # stored under its own key, never under the one taken at load time
        use_user_lexicons(self.lexicons)
        fingerprints = self._fingerprints
        if self._store is not None:
            fingerprints = {t: result_cache.table_fingerprint(t) for t in result_cache.DEPENDENCIES}
        return analysis_tables(self.documents, self.sentences, self._store, self._doc_keys, fingerprints, self.workers)

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
        return plain_text(p.stem if p.is_file() else p.name)
    return "corpus"


def project_lexicons(source, lexicons=None) -> Path | None:
    """The folder of a project's own lexicons for *source*: *lexicons* when given, else a
    ``lexicons/`` folder inside a source folder (or beside a source file), else the folder
    ``$ANALYSIS_LEXICONS`` named when Python started (``make figures LEXICONS=...``)."""
    if lexicons is not None:
        return Path(lexicons)
    if isinstance(source, (str, Path)):
        src = Path(source)
        folder = (src if src.is_dir() else src.parent) / USER_FOLDER
        if folder.is_dir():
            return folder
    return Path(STARTUP_LEXICONS) if STARTUP_LEXICONS else None


def _source_for_cache(source):
    """What the results cache is found by: the path(s), or for a DataFrame a name made of
    its rows' identities (each document's rows are keyed by its content besides)."""
    if isinstance(source, pd.DataFrame):
        digest = hashlib.sha256(pd.util.hash_pandas_object(source.astype(str), index=True).to_numpy().tobytes())
        return [f"DataFrame-{digest.hexdigest()[:16]}"]
    return source


def _reading_key(record) -> dict:
    """The metadata of *record* with what its reader removed and how it is laid out: the
    cache key of its parse must change with them."""
    extra = {}
    if record.removed:
        extra["_removed"] = json.dumps(record.removed, ensure_ascii=False)
    if record.layout != "page":
        extra["_layout"] = record.layout
    return {**record.meta, **extra} if extra else record.meta


def _columns_default(source, columns):
    """*columns*, or ``$ANALYSIS_COLUMNS`` for a table source (``make figures COLUMNS=...``)."""
    if columns is not None:
        return columns
    env = os.environ.get("ANALYSIS_COLUMNS", "")
    return env or None


def read_checked(source, *, columns=None, dayfirst=None, date_format=None):
    """Read *source* as :func:`load_corpus` does, without cleaning or analysing it:
    ``(records, skipped, notes)``. Raises what :func:`load_corpus` raises for the source
    (a missing path, a table without a text column, unreadable dates, duplicate doc_ids,
    no readable article)."""
    notes: list = []
    records, skipped = read_source(source, columns=_columns_default(source, columns), dayfirst=dayfirst,
                                   date_format=date_format, notes=notes)
    counts = Counter(r.doc_id for r in records)
    dups = sorted(d for d, n in counts.items() if n > 1)
    if dups:
        where = {d: [r.path for r in records if r.doc_id == d] for d in dups}
        detail = "; ".join(f"{d!r} ({', '.join(where[d])})" for d in dups)
        raise InputError(f"Duplicate doc_id values: {detail}")
    if not records:
        _no_article(source, skipped)
    return records, skipped, notes


def _no_article(source, skipped):
    found = Counter(s.reason.split(" (")[0].split(":")[0] for s in skipped)
    summary = ", ".join(f"{n} {reason}" for reason, n in sorted(found.items())) or "no article files or tables"
    if 0 < len(skipped) <= 5:  # a few files: each by name, with its reason and next step
        summary = "; ".join(f"{s.path}: {s.reason}" for s in skipped)
    where = "the DataFrame" if isinstance(source, pd.DataFrame) else source
    raise InputError(f"No readable article in {where}: found {summary}. ({KINDS_READ}.)")


def _warn_notes(notes) -> None:
    """One warning per note; the same note on many files is one warning naming them."""
    by_note: dict = {}
    for path, note in notes:
        by_note.setdefault(note, []).append(path)
    for note, paths in by_note.items():
        if len(paths) == 1:
            warnings.warn(f"{paths[0]}: {note}", stacklevel=3)
        else:
            more = f" and {len(paths) - 10} more" if len(paths) > 10 else ""
            warnings.warn(f"{len(paths)} inputs: {note} ({', '.join(paths[:10])}{more})", stacklevel=3)


def load_corpus(source, name: str | None = None, workers: int | None = None, cache=True, lexicons=None, *,
                columns=None, dayfirst: bool | None = None, date_format: str | None = None) -> Corpus:
    """Load articles into a :class:`Corpus`.

    *source*: a folder (its ``.txt``, ``.md``, ``.html``, ``.pdf`` and ``.docx`` files,
    sorted by name; a ``metadata.csv`` beside them with columns ``file, title, outlet, date,
    url`` is merged by file name), one such file, a list of paths, or a table of articles: a
    ``.csv`` / ``.jsonl`` / ``.parquet`` file or a pandas DataFrame with a ``text`` column
    (optional ``title``, ``outlet``, ``date``, ``url``, ``doc_id``).

    *columns*: a table's own column names, ``{"body": "text", "headline": "title",
    "published_at": "date", ...}`` (or ``"body=text,headline=title"``; default
    ``$ANALYSIS_COLUMNS``); without it, common names (body, content, headline, published,
    source, link, ...) are recognised with a note. *dayfirst* (True/False) or *date_format*
    (e.g. ``"%d/%m/%Y"``) settle dates such as 03/04/2023 that a column does not settle by
    itself. What was done to read the inputs is in ``corpus.notes`` and said in warnings.

    *workers*: processes for the analysis (default: one per core from 200 documents on,
    or ``$ANALYSIS_WORKERS``). *cache*: ``True`` (default) keeps per-document results in
    ``$ANALYSIS_CACHE_DIR`` (default ``~/.cache/diplomatic-discourse``) so that re-runs on
    an unchanged corpus are fast; ``False`` turns it off; a path puts it there.

    *lexicons*: a folder of the project's own ``topics.yaml``, ``actors.yaml`` and
    ``tone_phrases.yaml`` (entries add to the packaged ones, the same id or name replaces
    one, ``replace: true`` uses only the project's); default: a ``lexicons/`` folder inside
    the source folder. They stay in use for the measures and charts of this corpus
    (``corpus.lexicons`` names the folder).

    Raises FileNotFoundError for a missing path, and ValueError when no readable article is
    found, a table has no ``text`` column, or two documents share a ``doc_id``. Inputs that
    are empty, binary or unreadable are listed in ``corpus.skipped`` and reported with a
    warning.
    """
    chosen = use_user_lexicons(project_lexicons(source, lexicons))
    records, skipped, notes = read_checked(source, columns=columns, dayfirst=dayfirst, date_format=date_format)
    workers = default_workers(len(records)) if workers is None else max(1, int(workers))
    store = None
    fingerprints = {}
    doc_keys = []
    if cache is not False:
        store = result_cache.ResultCache.for_source(_source_for_cache(source), root=None if cache is True else cache)
        fingerprints = {t: result_cache.table_fingerprint(t) for t in result_cache.DEPENDENCIES}
        doc_keys = [result_cache.document_key(r.doc_id, r.path, r.raw, _reading_key(r)) for r in records]
    tables = parse_tables(records, store, fingerprints, doc_keys, workers)
    del records  # the raw texts are not needed any more
    # A file whose every line was boilerplate did not become a document either.
    docs = tables["documents"]
    empty = docs["text"].str.strip() == ""
    if empty.any():
        gone = set(docs.loc[empty, "doc_id"])
        skipped.extend(Skipped(path, "no article text left after removing boilerplate") for path in docs.loc[empty, "path"])
        if doc_keys:
            doc_keys = [k for k, e in zip(doc_keys, empty.to_numpy()) if not e]
        tables = {t: df[~df["doc_id"].isin(gone)].reset_index(drop=True) for t, df in tables.items()}
    if tables["documents"].empty:
        _no_article(source, skipped)
    dated = tables["removed"].loc[tables["removed"]["reason"] == DATE_FROM_TEXT, "doc_id"]
    if len(dated):
        paths = tables["documents"].loc[tables["documents"]["doc_id"].isin(set(dated)), "path"]
        notes.extend((path, "no date in the metadata: the date stamp in the text is taken as the date")
                     for path in paths)
    _warn_notes(notes)
    if skipped:
        listing = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:10])
        more = f" (and {len(skipped) - 10} more)" if len(skipped) > 10 else ""
        warnings.warn(f"Skipped {len(skipped)} input(s): {listing}{more}", stacklevel=2)
    corpus = Corpus(tables, skipped, name=name or _corpus_name(source), store=store, doc_keys=doc_keys,
                    fingerprints=fingerprints, workers=workers)
    corpus.lexicons = chosen
    corpus._notes = list(notes)
    return corpus
