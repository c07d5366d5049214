"""Sentiment by speaker: counts, means, bootstrap intervals, grouping."""
import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.sentiment import bootstrap_ci, sentiment_by_speaker, side_shares, statement_counts


def test_counts_per_speaker_match_the_seed_gold(seeds):
    counts = statement_counts(seeds).set_index("speaker")
    # hand count from tests/data/seed_statements.yaml
    assert counts.loc["Antony Blinken", ["direct", "indirect", "total"]].tolist() == [2, 9, 11]
    assert counts.loc["Wang Yi", ["direct", "indirect", "total"]].tolist() == [2, 5, 7]
    assert counts.loc["Xi Jinping", "total"] == 2
    assert counts.loc["Wang Yi", "side"] == "China"
    assert list(counts.index[:2]) == ["Antony Blinken", "Wang Yi"]  # most statements first


def test_sentiment_means_and_intervals(seeds):
    table = sentiment_by_speaker(seeds)
    st = seeds.statements
    wang = table.set_index("speaker").loc["Wang Yi"]
    assert wang["n"] == 7
    assert wang["polarity_mean"] == pytest.approx(st[st.speaker == "Wang Yi"].polarity.mean(), abs=1e-6)
    with_interval = table[table.n >= 5]
    for m in ("polarity", "vader_compound"):
        assert (with_interval[f"{m}_lo"] <= with_interval[f"{m}_mean"] + 1e-9).all()
        assert (with_interval[f"{m}_hi"] >= with_interval[f"{m}_mean"] - 1e-9).all()
    one = table[table.n == 1].iloc[0]
    assert pd.isna(one["polarity_lo"]) and pd.isna(one["polarity_hi"])  # one value: no interval


def test_bootstrap_is_reproducible_and_sensible():
    values = [0.1, 0.5, -0.2, 0.3, 0.0, 0.4]
    assert bootstrap_ci(values) == bootstrap_ci(values)
    lo, hi = bootstrap_ci(values)
    assert lo < sum(values) / len(values) < hi
    assert min(values) <= lo and hi <= max(values)


@pytest.mark.parametrize("distinct", [4, 40, 4000])
def test_bootstrap_interval_matches_the_normal_theory_interval_of_a_large_sample(distinct):
    """Few distinct values (resampled as multinomial counts) and many (resampled as
    indices) give the same kind of interval: for 4,000 values the percentile interval of
    the mean is close to mean +- 1.96 standard errors."""
    from analysis import sentiment

    rng = np.random.default_rng(7)
    levels = np.linspace(-1, 1, distinct)
    x = rng.choice(levels, size=4000) if distinct < 4000 else rng.uniform(-1, 1, 4000)
    counts_path = len(np.unique(x)) < sentiment.MULTINOMIAL_MAX_SHARE * len(x)
    assert counts_path == (distinct < 4000)  # both ways of resampling are exercised
    lo, hi = bootstrap_ci(x)
    se = x.std(ddof=1) / np.sqrt(len(x))
    assert abs((lo + hi) / 2 - x.mean()) < 0.15 * se
    assert abs((hi - lo) / (2 * 1.96 * se) - 1) < 0.08
    assert bootstrap_ci(x) == (lo, hi)


def test_bootstrap_cache_returns_the_computed_interval_and_never_a_stale_one(tmp_path, monkeypatch):
    from analysis import sentiment
    from analysis.sentiment import BootstrapCache

    values = [0.1, 0.5, -0.2, 0.3, 0.0, 0.4, 0.9]
    cache = BootstrapCache(tmp_path / "b.sqlite")
    first = bootstrap_ci(values, cache=cache)
    cache.flush()
    assert first == bootstrap_ci(values)  # the same interval as without a cache
    calls = []
    real = sentiment.np.random.default_rng
    monkeypatch.setattr(sentiment.np.random, "default_rng", lambda *a: calls.append(a) or real(*a))
    again = BootstrapCache(tmp_path / "b.sqlite")  # a new session reads the file
    assert bootstrap_ci(values, cache=again) == first
    assert calls == []  # read back, not resampled
    changed = values[:-1] + [0.8]
    assert bootstrap_ci(changed, cache=again) == bootstrap_ci(changed)  # other values: computed
    assert len(calls) == 2
    assert bootstrap_ci(values, n_boot=500, cache=again) == bootstrap_ci(values, n_boot=500)  # other settings too


def test_bootstrap_cache_file_problems_only_mean_computing_again(tmp_path):
    from analysis.sentiment import BootstrapCache

    bad = tmp_path / "b.sqlite"
    bad.write_bytes(b"this is not a database")
    values = [0.2, 0.4, 0.1]
    cache = BootstrapCache(bad)
    assert bootstrap_ci(values, cache=cache) == bootstrap_ci(values)
    cache.flush()  # no error


def test_cached_corpus_aggregates_equal_uncached(tmp_path):
    from conftest import SEEDS

    cold = analysis.load_corpus(SEEDS, cache=tmp_path / "c")
    first = sentiment_by_speaker(cold, by="side")
    warm = analysis.load_corpus(SEEDS, cache=tmp_path / "c")
    assert (tmp_path / "c" / "bootstrap.sqlite").exists()
    pd.testing.assert_frame_equal(sentiment_by_speaker(warm, by="side"), first)
    pd.testing.assert_frame_equal(sentiment_by_speaker(analysis.load_corpus(SEEDS, cache=False), by="side"), first)


def test_by_side_and_lists(seeds):
    sides = sentiment_by_speaker(seeds, by="side").set_index("side")
    assert sides.loc["United States", "n"] == 12 and sides.loc["China", "n"] == 9
    per_doc = sentiment_by_speaker(seeds, by=["doc_id", "speaker"])
    assert per_doc["n"].sum() == len(seeds.statements)
    shares = side_shares(seeds)
    assert ((shares.groupby("doc_id")["share"].sum() - 1).abs() < 1e-5).all()


def test_bad_grouping_is_a_clear_error(seeds):
    with pytest.raises(ValueError, match="Cannot group by.*speaker, side"):
        sentiment_by_speaker(seeds, by="colour")


def test_no_statements_gives_empty_tables(tmp_path):
    (tmp_path / "a.txt").write_text("Trade talks resumed in Geneva on Monday.", encoding="utf-8")
    corpus = analysis.load_corpus(tmp_path)
    assert sentiment_by_speaker(corpus).empty
    assert statement_counts(corpus).empty
    assert isinstance(side_shares(corpus), pd.DataFrame)


def test_threaded_intervals_equal_one_thread(monkeypatch):
    import numpy as np

    from analysis import sentiment

    rng = np.random.default_rng(3)
    samples = [rng.normal(size=n).round(4) for n in (50, 400, 7, 1, 120)]
    one = [bootstrap_ci(x) for x in samples]
    monkeypatch.setattr(sentiment, "PARALLEL_MIN_DRAWS", 0)  # thread even this little work
    assert sentiment.bootstrap_many(samples, workers=2) == one
    assert sentiment.bootstrap_many(samples, workers=1) == one


def test_no_interval_for_fewer_than_five_statements(seeds):
    from analysis.sentiment import MIN_N_INTERVAL, sentiment_by_speaker

    table = sentiment_by_speaker(seeds)
    few, many = table[table["n"] < MIN_N_INTERVAL], table[table["n"] >= MIN_N_INTERVAL]
    assert len(few) and len(many)  # the seeds have both
    assert few[["polarity_lo", "polarity_hi", "vader_compound_lo", "vader_compound_hi"]].isna().all().all()
    assert many[["polarity_lo", "polarity_hi"]].notna().all().all()
    assert (many["polarity_lo"] <= many["polarity_mean"]).all() and (many["polarity_mean"] <= many["polarity_hi"]).all()
