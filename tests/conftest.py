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


def varied_documents(folder, synthetic: int) -> list[str]:
    """Texts of many shapes for checking a fast path against its reference: the seeds, the
    hand-written documents of the gold sets, and *synthetic* articles of the benchmark's
    generator (many templates), written into *folder*."""
    import sys

    import yaml

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    write_corpus(folder, synthetic)
    docs = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs += [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    for name in ("statements_heldout.yaml", "statements_gold.yaml", "tone_heldout.yaml"):
        docs += [d["text"] for d in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    return docs
