"""Time the statement stage alone on synthetic benchmark articles (parsing first, untimed).

    .venv/bin/python bench/statement_stage.py [N]    # default 1000 articles; best of 3 runs

Used to check that who-said-what work keeps the stage within its budget (+25% of its cost
before the real-text work: 2.54 s on 1,000 articles on the development machine); run it at
two commits in the same minute, since the machine's speed drifts.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as synthetic  # noqa: E402 (bench/corpus.py)

from analysis.extraction.statements import statement_rows  # noqa: E402
from analysis.reading.parse import process_document  # noqa: E402
from analysis.reading.sources import RawDocument  # noqa: E402


def main(n: int) -> float:
    docs = []
    for i in range(n):
        text, meta = synthetic.article(7, i)
        res = process_document(RawDocument(f"d{i}", f"d{i}", text, meta))
        docs.append((res["document"], res["sentences"]))
    best, found = None, 0
    for _ in range(3):
        start = time.perf_counter()
        found = sum(len(statement_rows(d["doc_id"], d["text"], s, d["title"], d.get("outlet") or "")) for d, s in docs)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    print(f"{n} articles: {found} statements; statement stage, best of 3: {best:.2f} s")
    return best


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
