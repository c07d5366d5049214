"""Running: the per-document analysis over many documents.

``pipeline`` (one document's stages, the parallel map, progress), ``build`` (a corpus's
tables from per-document results), ``cache`` (per-document results as Parquet, keyed by
content) and ``memo`` (results of slow corpus-wide measures, keyed by what they read).
"""
