"""Sentiment by speaker: statement counts and mean scores with bootstrap intervals.

Compute only (tables); :mod:`analysis.charts` draws them. The scores themselves are
computed per statement in :mod:`analysis.extraction.statements` (TextBlob polarity and subjectivity,
VADER compound). Intervals come from a percentile bootstrap with a fixed seed, so reruns
give identical numbers.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .tables import join_documents

MEASURES = ("polarity", "vader_compound", "subjectivity")
DOC_COLUMNS = ("outlet", "date", "title")


def _with_document_columns(corpus, table: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Add document columns (outlet, month of date) that *by* asks for."""
    need = [c for c in by if c in DOC_COLUMNS or c == "month"]
    if not need:
        return table
    docs = corpus.documents[["doc_id", "outlet", "date", "title"]].copy()
    docs["month"] = docs["date"].dt.to_period("M").dt.start_time
    return join_documents(table, docs, need)


def _check_by(by, allowed) -> list[str]:
    cols = [by] if isinstance(by, str) else list(by)
    bad = [c for c in cols if c not in allowed]
    if bad or not cols:
        raise ValueError(f"Cannot group by {bad or by!r}; use one or more of: {', '.join(allowed)}")
    return cols


BOOTSTRAP_VERSION = 2  # bump when the resampling changes, so that cached intervals are not reused


def bootstrap_ci(values, n_boot: int = 2000, level: float = 0.95, seed: int = 20230618,
                 cache: "BootstrapCache | None" = None) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of *values* (fixed seed: reproducible).

    With a *cache*, an interval already computed for exactly these values and settings
    is read back instead of resampled again.
    """
    x = np.asarray(values, dtype=float)
    if len(x) == 0:
        return (float("nan"), float("nan"))
    if len(x) == 1:
        return (float(x[0]), float(x[0]))
    key = None
    if cache is not None:
        key = cache.key(x, n_boot, level, seed)
        hit = cache.get(key)
        if hit is not None:
            return hit
    means = _resample_means(x, n_boot, np.random.default_rng(seed))
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    out = (round(float(lo), 6), round(float(hi), 6))
    if cache is not None:
        cache.put(key, out)
    return out


# A resample of n values drawn from k distinct ones is a multinomial count of each distinct
# value; drawing those k counts costs about 5 times as much per value as drawing an index,
# so counts are drawn when k < n / 5 (sentiment scores repeat a lot: most statements of a
# large group share a few hundred values).
MULTINOMIAL_MAX_SHARE = 0.2


def _resample_means(x: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Means of *n_boot* resamples (with replacement) of *x*, drawn from *rng*.

    Either as counts of each distinct value (multinomial) or as indices, whichever is
    cheaper for these values; both are the same resampling distribution, and the choice
    depends only on the values, so the result is reproducible. Drawn in chunks of about
    4 million numbers, so a large group needs no n_boot x n matrix.
    """
    n = len(x)
    values, counts = np.unique(x, return_counts=True)
    if len(values) < MULTINOMIAL_MAX_SHARE * n:
        rows = max(1, 4_000_000 // len(values))
        p = counts / n
        return np.concatenate([
            (rng.multinomial(n, p, size=min(rows, n_boot - i)) * values).sum(axis=1) / n
            for i in range(0, n_boot, rows)
        ])
    # 32-bit indices give the same stream as 64-bit ones, faster.
    rows = max(1, 4_000_000 // n)
    dtype = np.int32 if n < 2**31 else np.int64
    return np.concatenate([
        x[rng.integers(0, n, size=(min(rows, n_boot - i), n), dtype=dtype)].mean(axis=1)
        for i in range(0, n_boot, rows)
    ])


PARALLEL_MIN_DRAWS = 20_000_000  # resampling below this many draws stays in one thread


def bootstrap_many(samples, n_boot: int = 2000, level: float = 0.95, seed: int = 20230618,
                   cache: "BootstrapCache | None" = None, workers: int = 1) -> list[tuple[float, float]]:
    """:func:`bootstrap_ci` of each of *samples*, in order; with *workers* > 1 and enough
    work, resampled in that many threads (NumPy releases the GIL while drawing and
    averaging). Each interval has its own fixed-seed stream, so the results are the same
    in any number of threads. Cached intervals are looked up and stored in the calling
    thread."""
    out: list = [None] * len(samples)
    todo = []
    for i, values in enumerate(samples):
        x = np.asarray(values, dtype=float)
        if len(x) < 2 or cache is None:
            todo.append((i, x, None))
            continue
        key = cache.key(x, n_boot, level, seed)
        hit = cache.get(key)
        if hit is None:
            todo.append((i, x, key))
        else:
            out[i] = hit

    def one(x):
        return bootstrap_ci(x, n_boot=n_boot, level=level, seed=seed)

    draws = sum(len(x) for _, x, _ in todo) * n_boot
    if workers > 1 and len(todo) > 1 and draws >= PARALLEL_MIN_DRAWS:
        from concurrent.futures import ThreadPoolExecutor

        # largest first, so that the threads finish together
        order = sorted(range(len(todo)), key=lambda j: -len(todo[j][1]))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = dict(zip(order, pool.map(one, [todo[j][1] for j in order])))
    else:
        results = {j: one(x) for j, (_, x, _) in enumerate(todo)}
    for j, (i, _, key) in enumerate(todo):
        out[i] = results[j]
        if key is not None:
            cache.put(key, results[j])
    if cache is not None:
        cache.flush()
    return out


class BootstrapCache:
    """Bootstrap intervals already computed, keyed by a hash of the values and settings.

    A pure function's results, so they are never stale: other values give another key.
    Kept in one SQLite file beside the results cache (``$ANALYSIS_CACHE_DIR/bootstrap.sqlite``);
    any problem with the file only means computing again.
    """

    def __init__(self, path):
        self.path = str(path)
        self._new: dict = {}
        self._con = None

    @staticmethod
    def key(x: np.ndarray, n_boot: int, level: float, seed: int) -> str:
        import hashlib

        h = hashlib.sha256(np.ascontiguousarray(x, dtype="<f8").tobytes())
        h.update(f"|{n_boot}|{level!r}|{seed}|v{BOOTSTRAP_VERSION}".encode())
        return h.hexdigest()

    def _connect(self):
        import sqlite3

        con = sqlite3.connect(self.path, timeout=30)
        con.execute("CREATE TABLE IF NOT EXISTS ci (key TEXT PRIMARY KEY, lo REAL, hi REAL)")
        return con

    def get(self, key: str):
        if key in self._new:
            return self._new[key]
        try:
            if self._con is None:
                self._con = self._connect()
            row = self._con.execute("SELECT lo, hi FROM ci WHERE key = ?", (key,)).fetchone()
        except Exception:
            return None
        return None if row is None else (row[0], row[1])

    def put(self, key: str, value: tuple) -> None:
        self._new[key] = value

    def flush(self) -> None:
        """Write the intervals computed since the last flush, and close the file."""
        try:
            if self._new:
                if self._con is None:
                    self._con = self._connect()
                with self._con:
                    self._con.executemany("INSERT OR REPLACE INTO ci VALUES (?, ?, ?)",
                                          [(k, lo, hi) for k, (lo, hi) in self._new.items()])
        except Exception:
            pass
        finally:
            if self._con is not None:
                self._con.close()
                self._con = None
        self._new = {}


def bootstrap_cache(corpus) -> BootstrapCache | None:
    """The bootstrap cache of a corpus loaded with the results cache on (else None)."""
    store = getattr(corpus, "_store", None)
    if store is None:
        return None
    cache = corpus.__dict__.get("_bootstrap_cache")
    if cache is None:
        try:
            store.folder.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None  # a cache folder that cannot be made: compute, as without a cache
        cache = corpus.__dict__["_bootstrap_cache"] = BootstrapCache(store.folder.parent / "bootstrap.sqlite")
    return cache


# Fewer statements than this in a group: no bootstrap interval (``_lo``/``_hi`` are NaN)
MIN_N_INTERVAL = 5


def sentiment_by_speaker(corpus, by="speaker", n_boot: int = 2000, seed: int = 20230618) -> pd.DataFrame:
    """Mean sentiment of statements per speaker (or side, document, kind, outlet, month).

    Returns one row per group with ``n`` (statements), ``side`` (when grouping by speaker),
    ``polarity_mean`` with ``polarity_lo``/``polarity_hi`` (95% bootstrap interval; NaN for
    fewer than ``MIN_N_INTERVAL`` statements),
    the same for ``vader_compound``, and ``subjectivity_mean``; sorted by ``n`` then name.
    *by* is a column name or a list, e.g. ``["doc_id", "speaker"]``.
    """
    allowed = ["speaker", "side", "doc_id", "kind", "cue", "outlet", "month"]
    cols = _check_by(by, allowed)
    # only the columns used: grouping copies the table it splits, texts included
    statements = corpus.statements
    used = [c for c in dict.fromkeys(["doc_id", *cols, "side", *MEASURES]) if c in statements.columns]
    st = _with_document_columns(corpus, statements[used], cols)
    out_cols = cols + (["side"] if cols == ["speaker"] else []) + ["n"]
    for m in ("polarity", "vader_compound"):
        out_cols += [f"{m}_mean", f"{m}_lo", f"{m}_hi"]
    out_cols.append("subjectivity_mean")
    if st.empty:
        return pd.DataFrame(columns=out_cols)
    rows = []
    tasks = []  # (row, measure, values) whose interval is to be filled in
    for key, group in st.groupby(cols, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        row = dict(zip(cols, key))
        if cols == ["speaker"]:
            row["side"] = group["side"].mode().iloc[0]
        row["n"] = len(group)
        for m in ("polarity", "vader_compound"):
            row[f"{m}_mean"] = round(float(group[m].mean()), 6)
            if len(group) >= MIN_N_INTERVAL:
                tasks.append((row, m, group[m].to_numpy(dtype=float)))
            else:  # a handful of values gives no interval worth the name (the charts draw none)
                row[f"{m}_lo"] = row[f"{m}_hi"] = float("nan")
        row["subjectivity_mean"] = round(float(group["subjectivity"].mean()), 6)
        rows.append(row)
    intervals = bootstrap_many([v for _, _, v in tasks], n_boot=n_boot, seed=seed, cache=bootstrap_cache(corpus),
                               workers=getattr(corpus, "workers", 1))
    for (row, m, _), (lo, hi) in zip(tasks, intervals):
        row[f"{m}_lo"], row[f"{m}_hi"] = lo, hi
    out = pd.DataFrame(rows, columns=out_cols)
    return out.sort_values(["n"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort").reset_index(drop=True)


def statement_counts(corpus, by="speaker") -> pd.DataFrame:
    """Statements per speaker (or side, document): ``direct``, ``indirect`` and ``total``."""
    cols = _check_by(by, ["speaker", "side", "doc_id", "outlet", "month"])
    st = _with_document_columns(corpus, corpus.statements, cols)
    out_cols = cols + (["side"] if cols == ["speaker"] else []) + ["direct", "indirect", "total"]
    if st.empty:
        return pd.DataFrame(columns=out_cols)
    counts = st.pivot_table(index=cols, columns="kind", values="statement_id", aggfunc="count", fill_value=0)
    for k in ("direct", "indirect"):
        if k not in counts:
            counts[k] = 0
    counts = counts[["direct", "indirect"]].astype("int64").reset_index()
    counts.columns.name = None
    counts["total"] = counts["direct"] + counts["indirect"]
    if cols == ["speaker"]:
        sides = st.groupby("speaker")["side"].agg(lambda s: s.mode().iloc[0])
        counts.insert(1, "side", counts["speaker"].map(sides))
    counts = counts.sort_values(["total"] + cols, ascending=[False] + [True] * len(cols), kind="mergesort")
    return counts.reset_index(drop=True)[out_cols]


def side_shares(corpus, by="doc_id") -> pd.DataFrame:
    """Share of statements by side within each document (or outlet): whose voices are heard."""
    cols = _check_by(by, ["doc_id", "outlet", "month"])
    st = _with_document_columns(corpus, corpus.statements, cols)
    if st.empty:
        return pd.DataFrame(columns=cols + ["side", "n", "share"])
    n = st.groupby(cols + ["side"]).size().rename("n").reset_index()
    n["share"] = (n["n"] / n.groupby(cols)["n"].transform("sum")).round(6)
    return n.sort_values(cols + ["side"]).reset_index(drop=True)
