"""A results cache: per-document tables stored as Parquet, keyed by content.

Each document's rows in each table are stored under a key that hashes everything they
depend on: the document's text and metadata, the lexicon files the table uses, the code of
the modules that compute it, and the versions of the scoring packages. So an unchanged
corpus is read back instead of recomputed, a changed article recomputes only that article,
a changed lexicon recomputes only the tables that use it (editing ``topics.yaml`` keeps the
statements), and a stale result is never served: a different input gives a different key.

Files live in ``$ANALYSIS_CACHE_DIR`` (default ``~/.cache/diplomatic-discourse``), one
folder per corpus source, one Parquet file per table. Deleting the folder is always safe.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import pandas as pd

PACKAGE_DIR = Path(__file__).resolve().parent

# table -> (lexicon files, analysis modules, tables it builds on)
DEPENDENCIES = {
    "parse": (("boilerplate.yaml", "abbreviations.txt"), ("cleaning", "sentences", "corpus", "sources", "lexicon_files"), ()),
    "statements": (("actors.yaml",), ("statements", "cues", "actors", "pipeline"), ("parse",)),
    "topic_mentions": (("topics.yaml",), ("topics", "matching"), ("statements",)),
    "tone_phrases": (("tone_phrases.yaml",), ("tone", "matching", "topics"), ("statements",)),
}
PACKAGES = ("textblob", "vaderSentiment", "nltk", "pandas")


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
    for mod in modules:
        path = PACKAGE_DIR / f"{mod}.py"
        parts.append(f"{mod}:{_mtime_digest(str(path), path.stat().st_mtime_ns if path.exists() else 0)}")
    parts.extend(_package_versions())
    parts.extend(table_fingerprint(p) for p in parents)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@lru_cache(maxsize=64)
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
    from . import __version__

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


class ResultCache:
    """Per-document rows of each table in ``<folder>/<table>.parquet``.

    Besides the table's columns the file has ``_key`` (the document's key for this table)
    and ``_n`` (the row's number within the document, or -1 for a document without rows),
    so one atomic file write keeps keys and rows consistent.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

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

    def load(self, table: str, columns: list[str]) -> dict[str, list[tuple]]:
        """Rows per key of *table* (empty when absent, damaged or of another layout)."""
        path = self.path(table)
        if not path.exists():
            return {}
        try:
            df = pd.read_parquet(path)
        except Exception:  # a damaged cache file is recomputed, never trusted
            return {}
        if list(df.columns) != ["_key", "_n", *columns]:
            return {}
        keys = df["_key"].to_numpy()
        ns = df["_n"].to_numpy()
        body = df[columns].astype(object)
        values = body.where(body.notna(), None).to_numpy()
        out: dict[str, list[tuple]] = {}
        for i, key in enumerate(keys):
            rows = out.setdefault(key, [])
            if ns[i] >= 0:
                rows.append(tuple(values[i]))
        return out

    def save(self, table: str, columns: list[str], keyed_rows, dtypes: dict | None = None) -> None:
        """Replace *table* with these ``(key, rows)`` pairs, atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        keys, ns, flat = [], [], []
        blank = (None,) * len(columns)
        for key, rows in keyed_rows:
            if not rows:
                keys.append(key)
                ns.append(-1)
                flat.append(blank)
            for n, row in enumerate(rows):
                keys.append(key)
                ns.append(n)
                flat.append(row)
        df = pd.DataFrame(flat, columns=columns)
        for col, dtype in (dtypes or {}).items():
            if col in df.columns:
                df[col] = df[col].astype("Int64" if dtype == "int64" else dtype)
        df.insert(0, "_n", pd.array(ns, dtype="int64"))
        df.insert(0, "_key", keys)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{table}.", suffix=".tmp")
        os.close(fd)
        try:
            df.to_parquet(tmp, index=False)
            os.replace(tmp, self.path(table))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
