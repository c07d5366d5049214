"""Writing a corpus's tables as CSV files (for R, Excel or a report)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

# Tables written by `python -m analysis export`, in this order. Each name is a Corpus
# attribute and becomes <name>.csv.
EXPORT_TABLES = ["documents", "sentences", "removed", "skipped", "notes", "statements", "topic_mentions", "tone_phrases"]


# A cell a spreadsheet would read as a formula ("=HYPERLINK(...)", "+1", "-cmd", "@SUM(...)",
# or one starting with a tab or carriage return) gets a leading apostrophe in the CSV files
# (the OWASP rule): Excel shows the text and runs nothing. The tables in Python and the
# results cache keep the values as they are.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """*df* with every text cell that starts like a formula prefixed with an apostrophe."""
    out = None
    for col in df.columns:
        values = df[col]
        if values.dtype == object or isinstance(values.dtype, (pd.CategoricalDtype, pd.StringDtype)):
            text = values.astype(object)
            risky = text.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START))
            if risky.any():
                out = df.copy() if out is None else out
                out[col] = text.where(~risky, "'" + text.astype(str))
    return df if out is None else out


def export_tables(corpus, out_dir, tables=None) -> list[Path]:
    """Write each table of *corpus* to ``<out_dir>/<table>.csv`` (UTF-8), safe to open in a
    spreadsheet (see ``spreadsheet_safe``); return the paths."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"Output path exists and is not a folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tables or EXPORT_TABLES:
        df = spreadsheet_safe(getattr(corpus, name))
        path = out / f"{name}.csv"
        df.to_csv(path, index=False, encoding="utf-8", date_format="%Y-%m-%d", lineterminator="\n")
        written.append(path)
    return written


# -- the tables behind the charts ----------------------------------------------------------

def summary_tables(corpus) -> dict:
    """``{name: table}``: every summary table the notebooks chart, computed as they compute
    it (the name is the figure's, without its notebook number), so that a report can be
    rebuilt in R or Excel. The tables over time are empty (with their columns) when no
    document has a date; ``two_accounts`` compares the first two documents (notebook 05's
    default pair)."""
    from . import compare, keyness, sentiment, stats, tone, topics

    cooccurrence = topics.topic_cooccurrence(corpus, unit="sentence")
    cooccurrence = cooccurrence.rename_axis(index="topic", columns=None).reset_index()

    def dated(table, column):
        return table[table[column].notna()].reset_index(drop=True) if column in table.columns else table

    return {
        "document_lengths": stats.document_lengths(corpus),
        "topic_frequency": topics.topic_frequency(corpus, by="doc_id", normalize="per_1000_words"),
        "topic_frequency_by_outlet": topics.topic_frequency(corpus, by="outlet", normalize="per_1000_words"),
        "topics_by_speaker": topics.topic_frequency(corpus, by="speaker"),
        "topics_over_time": dated(topics.topic_frequency(corpus, by="date", normalize="per_1000_words"), "date"),
        "topic_cooccurrence": cooccurrence,
        "distinctive_terms": keyness.distinctive_terms(corpus, group="doc_id", n=10),
        "statement_counts": sentiment.statement_counts(corpus),
        "statement_counts_by_side": sentiment.statement_counts(corpus, by="side"),
        "sentiment_by_speaker": sentiment.sentiment_by_speaker(corpus),
        "sentiment_by_side": sentiment.sentiment_by_speaker(corpus, by="side"),
        "sentiment_over_time": dated(sentiment.sentiment_by_speaker(corpus, by=["month", "side"]), "month"),
        "side_shares": sentiment.side_shares(corpus),
        "tone_categories": tone.tone_category_counts(corpus),
        "tone_index_by_speaker": tone.tone_index(corpus, by="speaker"),
        "tone_index_by_side": tone.tone_index(corpus, by="side"),
        "tone_over_time": dated(tone.tone_index(corpus, by=["month", "side"]), "month"),
        "tone_vs_sentiment": tone.tone_vs_sentiment(corpus, by="speaker"),
        # notebook 05: the accounts (articles and outlets), and the two accounts side by side
        "side_shares_by_outlet": sentiment.side_shares(corpus, by="outlet"),
        "tone_index_by_article": tone.tone_index(corpus, by="doc_id"),
        "tone_index_by_outlet": tone.tone_index(corpus, by="outlet"),
        "two_accounts": compare.account_differences(corpus, *pair) if (pair := compare.default_pair(corpus))
        else pd.DataFrame(columns=["aspect", "item", "a", "b", "difference"]),
    }


def export_summaries(corpus, out_dir) -> list[Path]:
    """Write each of :func:`summary_tables` to ``<out_dir>/summaries/<name>.csv`` (UTF-8,
    spreadsheet-safe like the other tables); return the paths."""
    out = Path(out_dir) / "summaries"
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"Output path exists and is not a folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in summary_tables(corpus).items():
        path = out / f"{name}.csv"
        spreadsheet_safe(table).to_csv(path, index=False, encoding="utf-8", date_format="%Y-%m-%d", lineterminator="\n")
        written.append(path)
    return written
