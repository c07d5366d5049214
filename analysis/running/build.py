"""Building a corpus's tables from per-document results, reusing the results cache.

- :func:`parse_tables`: stage 1 (cleaning, sentences) for every raw document: the
  documents, sentences and removed tables;
- :func:`analysis_tables`: stage 2 (statements, topic mentions, tone phrases) for every
  parsed document;
- :func:`parsed_inputs`: the per-document inputs of stage 2, rebuilt from the tables.

Only documents whose keys are not in the cache are computed (in parallel on large
corpora); rows become frames chunk by chunk, never every document's rows at once.
"""
from __future__ import annotations

import pandas as pd

from ..tables import PARSE_TABLES, TABLE_COLUMNS, row_bounds
from . import pipeline
from .cache import assemble, keyed_frame, rows_by_key, table_key
from .pipeline import ANALYSIS_TABLES


def parsed_inputs(docs: pd.DataFrame, sents: pd.DataFrame, positions=None, sentence_text: bool = True):
    """Per-document inputs of the analysis, rebuilt from the tables: for each document
    (or those at *positions*), a dict with its ``document`` row (a dict) and its
    ``sentences`` as ``(doc_id, sent_id, paragraph, start, end, text)`` tuples.

    Without *sentence_text*, the sentences come as ``spans``: three NumPy arrays
    (paragraph, start, end) that are views of the sentence table, which
    :func:`analysis.running.pipeline.analyze_parsed` accepts too: far less memory than tuples
    when every document of a large corpus is queued for the workers at once."""
    bounds = row_bounds(sents["doc_id"].to_numpy(), docs["doc_id"].to_numpy())
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


def analysis_tables(docs: pd.DataFrame, sents: pd.DataFrame, store, doc_keys, fingerprints, workers: int) -> dict:
    """The statements, topic_mentions and tone_phrases tables of the documents in *docs*
    (with their *sents*), from the cache *store* where their keys are there."""
    n = len(docs)
    keys = {t: [table_key(k, t, fingerprints) for k in doc_keys] if store else doc_keys
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
            for t in ANALYSIS_TABLES:
                wanted = {keys[t][need[j]] for j in partial} & present[t]
                if not wanted:
                    continue
                by_key = rows_by_key(t, cached[t], wanted)
                for j in partial:
                    if keys[t][need[j]] in by_key:
                        done[j][t] = by_key[keys[t][need[j]]]
        # rows become frames chunk by chunk: never every document's rows at once
        parts: dict = {t: [] for t in ANALYSIS_TABLES}
        inputs = list(parsed_inputs(docs, sents, need, sentence_text=False))
        pos = 0
        for chunk in pipeline.iter_analyze(inputs, done, workers=workers):
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


def parse_tables(records, store, fingerprints, doc_keys, workers) -> dict:
    """Stage 1 (cleaning, sentences) for every record, reusing cached results: the
    documents, sentences and removed tables, in record order. Rows become frames chunk by
    chunk, never all documents' rows at once."""
    n = len(records)
    pkeys = [table_key(k, "parse", fingerprints) for k in doc_keys] if store is not None else [str(i) for i in range(n)]
    cached = {t: store.load_frame(f"parse_{t}", TABLE_COLUMNS[t]) if store is not None else None for t in PARSE_TABLES}
    present = [set(cached[t]["_key"].unique()) if cached[t] is not None else set() for t in PARSE_TABLES]
    need = [i for i in range(n) if not all(pkeys[i] in p for p in present)]
    parts: dict = {t: [] for t in PARSE_TABLES}
    pos = 0
    for chunk in pipeline.iter_map_documents(pipeline.parse_chunk, [records[i] for i in need], workers, "reading articles"):
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
