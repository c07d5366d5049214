"""Results of slow corpus-wide functions, cached by the content they were computed from.

Some questions scan every text of the corpus again (distinctive terms of each article,
candidate tone phrases, topic co-occurrence): tens of seconds on 10,000 articles, in
every run of a notebook. :func:`memoized` keeps their results in the results cache, keyed
by a hash of everything they read:

- the content of the corpus tables they use (hashed with
  ``pandas.util.hash_pandas_object``: a tenth of a second for 10,000 articles, so an
  edited or filtered table, even one changed in place, gives another key);
- the arguments of the call;
- the code of the ``analysis`` package, every lexicon file (a project's own too) and the
  versions of the scoring packages.

So a result is reused only when it would come out the same, and never served stale. The
cache is used only for a corpus loaded with the cache on (``load_corpus(..., cache=True)``,
the default); files live in ``<cache folder>/results/`` and can be deleted at any time.

Results are tables, stored as Parquet: a format that holds data only, so a file planted in
a shared cache folder can at worst give a wrong table, never run code. Each file has its
SHA-256 checksum beside it (``<key>.parquet.sha256``); a file that does not match it (a
flipped bit, a truncated write) is recomputed with a warning, never trusted. A result that
is not a table is computed every time, not stored.
"""
from __future__ import annotations

import functools
import hashlib
import io
import os
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from ..lexicon_files import USER_FILES, user_lexicon_path
from .cache import PACKAGE_DIR, _mtime_digest, _package_versions, checked_bytes, checksum_path, write_with_checksum

KEEP_FILES = 500  # results kept per cache folder; the oldest are removed beyond that


def _code_and_lexicons() -> str:
    """A digest of every module of the package and every lexicon file."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".yaml", ".yml", ".txt"} and path.is_file():
            h.update(f"{path.relative_to(PACKAGE_DIR)}:{_mtime_digest(str(path), path.stat().st_mtime_ns)}\n".encode())
    for name in USER_FILES:  # a project's own lexicons, when a corpus uses them
        user = user_lexicon_path(name)
        if user is not None:
            h.update(f"user {name}:{_mtime_digest(str(user), user.stat().st_mtime_ns)}\n".encode())
    h.update("\n".join(_package_versions()).encode())
    return h.hexdigest()


def _table_digest(df: pd.DataFrame) -> bytes:
    h = hashlib.sha256(repr([(str(c), str(t)) for c, t in df.dtypes.items()]).encode())
    h.update(pd.util.hash_pandas_object(df, index=True).to_numpy().tobytes())
    return h.digest()


def result_key(func, corpus, tables, args, kwargs) -> str:
    """The cache key of ``func(corpus, *args, **kwargs)`` reading *tables* of *corpus*."""
    h = hashlib.sha256(f"{func.__module__}.{func.__qualname__}|{args!r}|{sorted(kwargs.items())!r}|".encode())
    h.update(_code_and_lexicons().encode())
    for name in tables:
        h.update(name.encode())
        h.update(_table_digest(getattr(corpus, name)))
    return h.hexdigest()


def _folder(corpus) -> Path | None:
    store = getattr(corpus, "_store", None)
    return None if store is None else store.folder.parent / "results"


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime)
    for path in files[:-KEEP_FILES]:
        path.unlink(missing_ok=True)
        checksum_path(path).unlink(missing_ok=True)


def _stored(path: Path) -> pd.DataFrame | None:
    """The table stored at *path* when it matches its checksum and reads as a table."""
    data, why = checked_bytes(path)
    if data is None:
        if why == "damaged":
            warnings.warn(f"results cache: {path} does not match its checksum (damaged); recomputed", stacklevel=3)
        return None
    try:
        return pd.read_parquet(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - an unreadable file is recomputed, never trusted
        warnings.warn(f"results cache: {path} cannot be read as a table; recomputed", stacklevel=3)
        return None


def memoized(*tables: str):
    """Cache the results of a function of a corpus (see the module doc). *tables* names
    every corpus table the function reads."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(corpus, *args, **kwargs):
            folder = _folder(corpus)
            if folder is None:
                return func(corpus, *args, **kwargs)
            key = result_key(func, corpus, tables, args, kwargs)
            path = folder / f"{key}.parquet"
            stored = _stored(path)
            if stored is not None:
                return stored
            out = func(corpus, *args, **kwargs)
            if not isinstance(out, pd.DataFrame):
                return out
            try:
                folder.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
                os.close(fd)
                try:
                    out.to_parquet(tmp)
                    if not pd.read_parquet(tmp).equals(out):
                        return out  # a table Parquet cannot hold exactly is not stored
                    write_with_checksum(tmp, path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
                _prune(folder)
            except OSError:
                pass  # a cache that cannot be written only means computing again
            return out

        wrapper.uncached = func
        return wrapper

    return decorate
