"""A results cache: per-document tables stored as Parquet, keyed by content.

Each document's rows in each table are stored under a key that hashes everything they
depend on: the document's text and metadata, the lexicon files the table uses, the code of
the modules that compute it, and the versions of the scoring packages. So an unchanged
corpus is read back instead of recomputed, a changed article recomputes only that article,
a changed lexicon recomputes only the tables that use it (editing ``topics.yaml`` keeps the
statements), and a stale result is never served: a different input gives a different key.

Files live in ``$ANALYSIS_CACHE_DIR`` (default ``~/.cache/diplomatic-discourse``), one
folder per corpus source, one Parquet file per table. Deleting the folder is always safe.

A stored file is trusted only when it passes two checks on reading, and is recomputed (with
a warning that says how much) when it does not:

- its SHA-256 checksum, kept beside it in ``<table>.parquet.sha256`` and written with it:
  one flipped bit or a truncated file fails it;
- the span rule: every row's ``start``/``end`` lies in its document's text, and that text
  at the span is the row's own (``text[start:end]`` is the sentence, the matched term or
  tone phrase; a statement, whose text is tidied, begins with the span's first word). The
  documents are those of the last ``parse_documents`` table this cache read or wrote; the
  rows of a document that fail are dropped, so only that document is analysed again
  (:func:`assemble` warns about those the corpus still has).
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd

from .._version import __version__
from ..lexicon_files import user_lexicon_path
from ..tables import TABLE_COLUMNS, TABLE_DTYPES, rows_frame, with_table_dtypes

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# table -> (lexicon files, code of the package it is computed by (files or folders, relative
# to the package), tables it builds on)
DEPENDENCIES = {
    "parse": (("boilerplate.yaml", "abbreviations.txt"), ("reading", "tables.py", "lexicon_files.py"), ()),
    "statements": (("actors.yaml", "countries.yaml", "transcript_labels.yaml"), ("extraction/statements", "extraction/scoring.py", "running/pipeline.py"), ("parse",)),
    "topic_mentions": (("topics.yaml",), ("extraction/topic_mentions.py", "extraction/matching.py", "extraction/spans.py"), ("statements",)),
    "tone_phrases": (("tone_phrases.yaml", "atmosphere_adjectives.yaml"), ("extraction/tone_phrases.py", "extraction/matching.py", "extraction/spans.py"), ("statements",)),
}
PACKAGES = ("textblob", "vaderSentiment", "nltk", "pandas")
# string columns whose values rarely repeat (everything else is read back as a dictionary)
FREE_TEXT_COLUMNS = {"text", "statement_id", "matched", "term", "line", "path", "title", "url"}


def default_root() -> Path:
    env = os.environ.get("ANALYSIS_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "diplomatic-discourse"


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def table_fingerprint(table: str) -> str:
    """Hash of what *table* depends on (lexicons, code, package versions), recursively."""
    files, modules, parents = DEPENDENCIES[table]
    parts = [table]
    for name in files:
        path = PACKAGE_DIR / "lexicons" / name
        parts.append(f"{name}:{_mtime_digest(str(path), path.stat().st_mtime_ns if path.exists() else 0)}")
        user = user_lexicon_path(name)  # a project's own lexicon changes the results too
        if user is not None:
            parts.append(f"user {name}:{_mtime_digest(str(user), user.stat().st_mtime_ns)}")
    for code in modules:
        for path in _code_files(code):
            parts.append(f"{path.relative_to(PACKAGE_DIR)}:{_mtime_digest(str(path), path.stat().st_mtime_ns)}")
    parts.extend(_package_versions())
    parts.extend(table_fingerprint(p) for p in parents)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _code_files(code: str) -> list[Path]:
    """The Python files of *code*: one file, or every module of a folder (sorted)."""
    path = PACKAGE_DIR / code
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


@lru_cache(maxsize=256)
def _mtime_digest(path: str, _mtime: int) -> str:
    return _file_digest(Path(path))


@lru_cache(maxsize=1)
def _package_versions() -> tuple:
    out = []
    for pkg in PACKAGES:
        try:
            out.append(f"{pkg}=={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            out.append(f"{pkg}==?")
    out.append(f"analysis=={__version__}")
    return tuple(out)


def document_key(doc_id: str, path: str, raw: str, meta: dict) -> str:
    """Content hash of one input document (text, identity and metadata)."""
    h = hashlib.sha256()
    h.update(json.dumps([doc_id, path, sorted(meta.items())], ensure_ascii=False).encode())
    h.update(b"\0")
    h.update(raw.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def table_key(doc_key: str, table: str, fingerprints: dict) -> str:
    return hashlib.sha256(f"{doc_key}:{fingerprints[table]}".encode()).hexdigest()[:32]


WRITE_TEXT_CHARS = 1_000_000  # about this much text converted to Arrow at a time
WRITE_ROWS = 16_384  # and at most this many rows
UNIQUE_TEXT_COLUMNS = FREE_TEXT_COLUMNS - {"matched", "term"}  # values that seldom repeat


def _write_parquet(df: pd.DataFrame, path) -> None:
    """*df* as a zstd Parquet file (small, and quick to read back); reads back as
    ``df.to_parquet`` would.

    Written a slice of rows at a time (at most ``WRITE_ROWS`` rows and about
    ``WRITE_TEXT_CHARS`` characters of free text), without dictionary pages for the columns
    whose values seldom repeat (texts, titles, statement ids):
    converting a whole table at once held a second copy of the corpus text in Arrow's
    memory, and trying to dictionary-encode the text a third, for a moment.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    # the schema of the columns' dtypes (inferring it from the data would convert the
    # whole table): an object column of a table holds strings (or None)
    schema = pa.Schema.from_pandas(df.iloc[:0], preserve_index=False)
    for i, field in enumerate(schema):
        if pa.types.is_null(field.type) and df[field.name].dtype == object:
            schema = schema.set(i, pa.field(field.name, pa.string()))
    free = [c for c in df.columns if c in UNIQUE_TEXT_COLUMNS and df[c].dtype == object]
    chars = sum(float(df[c].str.len().sum()) for c in free)
    step = WRITE_ROWS
    if chars:  # rows of about WRITE_TEXT_CHARS characters of text
        step = min(step, max(100, int(WRITE_TEXT_CHARS * len(df) / chars)))
    dictionary = [c for c in df.columns if c not in free]
    with pq.ParquetWriter(path, schema, compression="zstd", use_dictionary=dictionary) as writer:
        for start in range(0, max(len(df), 1), step):
            part = pa.Table.from_pandas(df.iloc[start:start + step], schema=schema, preserve_index=False, nthreads=1)
            writer.write_table(part)
            del part
            pa.default_memory_pool().release_unused()


CHECKSUM_SUFFIX = ".sha256"


def checksum_path(path: Path) -> Path:
    """Where the checksum of the cache file *path* is kept."""
    return path.with_name(path.name + CHECKSUM_SUFFIX)


def write_with_checksum(tmp: str, path: Path) -> None:
    """Move the written file *tmp* to *path*, with its checksum beside it (both atomic)."""
    digest = hashlib.sha256(Path(tmp).read_bytes()).hexdigest()
    fd, side = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(digest + "\n")
        os.replace(tmp, path)
        os.replace(side, checksum_path(path))
    finally:
        if os.path.exists(side):
            os.unlink(side)


def checked_bytes(path: Path) -> tuple[bytes | None, str]:
    """The bytes of the cache file *path* if they match their checksum: ``(data, "")``;
    else ``(None, why)``: ``"absent"`` (no file, or a file without a checksum, as an older
    version wrote them) or ``"damaged"`` (the checksum does not match)."""
    try:
        data = path.read_bytes()
        expected = checksum_path(path).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None, "absent"
    if hashlib.sha256(data).hexdigest() != expected:
        return None, "damaged"
    return data, ""


def _warn(message: str) -> None:
    warnings.warn(f"results cache: {message}", stacklevel=3)


# the column that must equal the document's text at the row's span, per table
SPAN_TEXT = {"sentences": "text", "topic_mentions": "term", "tone_phrases": "matched", "statements": "text"}


def span_failures(table: str, df: pd.DataFrame, texts: dict, by: str = "doc_id") -> set:
    """The ``_key`` values of *df* (a keyed frame of *table*) with a row that breaks the span
    rule against *texts*: the documents' texts by ``doc_id`` (or by ``_key`` with
    ``by="_key"``); rows of a document not in *texts* are not checked."""
    column = SPAN_TEXT.get(table)
    if column is None or not len(df) or not texts:
        return set()
    real = df["_n"].to_numpy() >= 0  # not the blank row of a document without rows
    rows = df if real.all() else df[real]
    keys = rows["_key"].tolist()
    ids = keys if by == "_key" else rows["doc_id"].tolist()
    columns = (ids, rows["start"].tolist(), rows["end"].tolist(), rows[column].tolist())
    get = texts.get
    try:  # one pass over plain lists (a few hundredths of a second per 100,000 rows)
        if table == "statements":  # the text starts as the span does: its first word (or 16 characters of it)
            failed = [i for i, (d, s, e, v) in enumerate(zip(*columns)) if (t := get(d)) is not None
                      and not (0 <= s <= e <= len(t) and t.startswith((v[:16].split() or ["\0"])[0], s))]
        else:
            failed = [i for i, (d, s, e, v) in enumerate(zip(*columns)) if (t := get(d)) is not None
                      and not (t[s:e] == v and 0 <= s <= e <= len(t))]
    except TypeError:  # a missing or non-numeric span, a value that is not text: row by row
        failed = [i for i, (d, s, e, v) in enumerate(zip(*columns))
                  if get(d) is not None and not _row_holds(table, get(d), s, e, v)]
    return {keys[i] for i in failed}


def _row_holds(table: str, text: str, start, end, value) -> bool:
    if not (isinstance(value, str) and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return False
    if table == "statements":
        return text.startswith((value[:16].split() or ["\0"])[0], start)
    return text[start:end] == value


class ResultCache:
    """Per-document rows of each table in ``<folder>/<table>.parquet``, each file with its
    checksum in ``<table>.parquet.sha256``.

    Besides the table's columns the file has ``_key`` (the document's key for this table)
    and ``_n`` (the row's number within the document, or -1 for a document without rows),
    so one atomic file write keeps keys and rows consistent.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        # the documents' texts, from the last parse_documents table read or written, for
        # the span rule: by the document's parse key, and by doc_id
        self._text_by_key: dict = {}
        self._text_by_doc: dict = {}

    def _remember_texts(self, keyed: pd.DataFrame) -> None:
        rows = keyed[keyed["_n"] >= 0]
        self._text_by_key = dict(zip(rows["_key"].tolist(), rows["text"].tolist()))
        self._text_by_doc = dict(zip(rows["doc_id"].tolist(), rows["text"].tolist()))


    @classmethod
    def for_source(cls, source, root=None) -> "ResultCache":
        if isinstance(source, (str, os.PathLike)):
            ident = str(Path(source).resolve())
        else:
            ident = "\n".join(str(Path(p).resolve()) for p in source)
        folder = Path(root or default_root()) / hashlib.sha1(ident.encode()).hexdigest()[:16]
        return cls(folder)

    def path(self, table: str) -> Path:
        return self.folder / f"{table}.parquet"

    def load_frame(self, table: str, columns: list[str]) -> pd.DataFrame | None:
        """The stored rows of *table* with their ``_key`` and ``_n`` columns (None when
        absent, damaged or of another layout)."""
        path = self.path(table)
        data, why = checked_bytes(path)
        if data is None:
            if why == "damaged":
                _warn(f"{path} does not match its checksum (damaged); its table is recomputed")
            return None
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pq.read_schema(pa.BufferReader(data))
            if schema.names != ["_key", "_n", *columns]:
                return None
            # Columns of repeated values (keys, doc_id, speaker, topic...) are read as
            # dictionaries: one Python string per distinct value, not one per row.
            repeated = [f.name for f in schema if f.name not in FREE_TEXT_COLUMNS
                        and (pa.types.is_string(f.type) or pa.types.is_large_string(f.type))]
            arrow = pq.read_table(pa.BufferReader(data), read_dictionary=repeated)
            del data
            df = arrow.to_pandas(self_destruct=True, split_blocks=True)
            del arrow
            pa.default_memory_pool().release_unused()  # give Arrow's buffers back
        except Exception:  # an unreadable cache file is recomputed, never trusted
            _warn(f"{path} cannot be read as a table; its table is recomputed")
            return None
        for col in repeated:
            if col != "_key" and isinstance(df[col].dtype, pd.CategoricalDtype):
                cat = df[col].array
                names = np.append(np.asarray(cat.categories, dtype=object), None)  # code -1 (missing) -> None
                df[col] = names[cat.codes]
        if table == "parse_documents":
            self._remember_texts(df)
        if table == "parse_sentences":  # the same parse keys as the documents
            bad = span_failures("sentences", df, self._text_by_key, by="_key")
        else:
            bad = span_failures(table, df, self._text_by_doc)
        if bad:  # dropped, so that they are computed again; assemble() warns about those in use
            df = df[~df["_key"].isin(bad)].reset_index(drop=True)
        df.attrs["broken_keys"] = (str(path), bad)
        return df

    def save_frame(self, table: str, df: pd.DataFrame) -> None:
        """Replace *table* with *df* (``_key``, ``_n`` and the table's columns), atomically.

        A cache folder that cannot be written only costs speed: a warning, not an error."""
        if table == "parse_documents":
            self._remember_texts(df)
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{table}.", suffix=".tmp")
            os.close(fd)
            _write_parquet(df, tmp)
            write_with_checksum(tmp, self.path(table))
        except OSError as exc:
            warnings.warn(f"results cache not written ({self.folder}: {exc.strerror or exc}); "
                          "the next run will compute again", stacklevel=2)
        finally:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)


def keyed_frame(table: str, keyed_rows: dict) -> pd.DataFrame:
    """``{key: rows}`` as a frame with ``_key`` and ``_n`` (-1 and empty columns for a
    document without rows, so that it counts as done)."""
    keys, ns, flat = [], [], []
    for key, rows in keyed_rows.items():
        for n, row in enumerate(rows):
            keys.append(key)
            ns.append(n)
            flat.append(row)
    body = rows_frame(table, flat)
    body.insert(0, "_n", pd.array(ns, dtype="int64"))
    body.insert(0, "_key", pd.array(keys, dtype=object))
    blanks = [k for k, rows in keyed_rows.items() if not rows]
    if not blanks:
        return body
    ints = {c: "Int64" for c, d in TABLE_DTYPES[table].items() if d == "int64"}
    blank = pd.DataFrame({"_key": pd.array(blanks, dtype=object), "_n": pd.array([-1] * len(blanks), dtype="int64")})
    for col in TABLE_COLUMNS[table]:
        blank[col] = pd.Series([None] * len(blanks), dtype=body[col].dtype if col not in ints else "Int64")
    keyed = pd.concat([body.astype(ints), blank], ignore_index=True)
    # each blank row in its document's place, so that a chunk (and a table made of chunks)
    # is in document order and :func:`assemble` need not sort a copy of the whole table
    position = {k: i for i, k in enumerate(keyed_rows)}
    order = np.argsort(keyed["_key"].map(position).to_numpy(), kind="stable")
    return keyed.iloc[order].reset_index(drop=True)


def _body(table: str, keyed: pd.DataFrame, own: bool = False) -> pd.DataFrame:
    """The table's rows of a keyed frame (without the blank rows and key columns).
    With *own*, *keyed* is not used elsewhere and is emptied of its key columns in place."""
    ns = keyed["_n"].to_numpy()
    if (ns < 0).any() or not own:
        body = keyed.loc[ns >= 0, TABLE_COLUMNS[table]]
        body.index = pd.RangeIndex(len(body))  # as reset_index(drop=True), without a copy
    else:
        body = keyed
        del body["_key"], body["_n"]
    return with_table_dtypes(table, body)


def _key_codes(keys: pd.Series) -> tuple:
    """Integer codes of a key column and the key of each code (a categorical's own)."""
    if isinstance(keys.dtype, pd.CategoricalDtype):
        return keys.cat.codes.to_numpy(), np.asarray(keys.cat.categories, dtype=object)
    codes, names = pd.factorize(keys)
    return codes, np.asarray(names, dtype=object)


def _in_order(keyed: pd.DataFrame, keys: list[str]) -> bool:
    """Whether *keyed* holds exactly the documents *keys*, in that order."""
    codes, names = _key_codes(keyed["_key"])
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else codes
    return len(starts) == len(keys) and list(names[codes[starts]]) == keys


def assemble(table: str, cached: pd.DataFrame | None, keys: list[str], fresh, keep: bool = True) -> tuple:
    """The rows of *table* for the documents *keys*, in that order: from *cached* (a
    frame of :meth:`ResultCache.load_frame`) except those in *fresh* (``{key: rows}``, or
    a frame of :func:`keyed_frame`; None or empty when nothing was recomputed).

    Returns ``(table, keyed)``: *keyed* is what the cache should now hold, or None when
    it holds exactly that already (or, without *keep*, when there is no cache to write).
    """
    if isinstance(fresh, dict):
        fresh = keyed_frame(table, fresh) if fresh else None
    if cached is not None and cached.attrs.get("broken_keys"):
        where, broken = cached.attrs["broken_keys"]
        n_used = len(broken.intersection(keys))  # rows of documents no longer in the corpus do not count
        if n_used:
            _warn(f"{n_used} document(s) in {where} broke the span rule (text[start:end]); they were analysed again")
    if cached is not None and fresh is None and keys and _in_order(cached, keys):
        return _body(table, cached, own=True), None  # an unchanged corpus
    if cached is None and fresh is not None and keys and _in_order(fresh, keys):
        # all computed now, in document order (always so without a cache): no reordering
        return _body(table, fresh, own=not keep), (fresh if keep else None)
    parts = []
    if cached is not None:
        wanted = set(keys) - (set(fresh["_key"].unique()) if fresh is not None else set())
        parts.append(cached[cached["_key"].isin(wanted)])
    if fresh is not None:
        parts.append(fresh)
    if not parts:
        parts.append(keyed_frame(table, {}))
    keyed = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    position = {k: i for i, k in enumerate(keys)}
    order = np.lexsort((keyed["_n"].to_numpy(), keyed["_key"].astype(object).map(position).to_numpy()))
    keyed = keyed.iloc[order].reset_index(drop=True)
    return _body(table, keyed), keyed


def rows_by_key(table: str, cached: pd.DataFrame, keys: set) -> dict:
    """``{key: rows}`` (tuples in the table's column order) of the *keys* stored in *cached*."""
    out = {k: [] for k in keys}
    sub = cached[cached["_key"].isin(keys) & (cached["_n"] >= 0)]
    body = with_table_dtypes(table, sub[TABLE_COLUMNS[table]].copy())
    for key, row in zip(sub["_key"], body.itertuples(index=False, name=None)):
        out[key].append(row)
    return out
