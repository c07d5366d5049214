from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds():
    import analysis

    return analysis.load_corpus(SEEDS)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the results cache of the test run out of the user's home."""
    import os

    old = os.environ.get("ANALYSIS_CACHE_DIR")
    os.environ["ANALYSIS_CACHE_DIR"] = str(tmp_path_factory.mktemp("analysis-cache"))
    yield
    if old is None:
        os.environ.pop("ANALYSIS_CACHE_DIR", None)
    else:
        os.environ["ANALYSIS_CACHE_DIR"] = old
