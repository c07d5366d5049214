"""How the time to analyse one document grows with its length, on hostile texts.

    .venv/bin/python bench/scaling.py            # every case at two sizes, with the time ratio
    .venv/bin/python bench/scaling.py --check    # exit 1 when a ratio is over MAX_RATIO

Each case is a document made of one pattern repeated *n* times, as a hostile or broken
input would be: one paragraph of ``"said "`` over and over, a hundred thousand lines of
quotation marks, one long sentence of unbalanced quotation marks... The whole per-document
analysis runs on it (cleaning, sentences, statements with sentiment, topic mentions, tone
phrases), at *n* and at *2n* repeats; the CPU time of this process (``time.process_time``,
best of a few runs) is compared. Linear work gives a ratio of about 2, quadratic work about
4. The ratio, not the seconds, is what is checked, so the figures hold on a slow or busy
machine. ``tests/test_hostile.py`` runs the same cases at smaller sizes.

``NOT_YET_LINEAR`` names cases whose ratio is shown but not checked (none today: an ordinary
article repeated hundreds of times in one document was one, until speaker resolution stopped
looking back over every earlier mention).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.reading.parse import process_document  # noqa: E402
from analysis.reading.sources import RawDocument  # noqa: E402
from analysis.running.pipeline import analyze_parsed  # noqa: E402

HEADLINE = "Talks in Geneva\n\n"
_SEED = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
MAX_RATIO = 2.6  # doubling the length may at most about double the time

# name -> (what it is, the document of n repeats, n for this benchmark)
CASES = {
    "said_words": ("one paragraph of 'said ' repeated (no sentence end)",
                   lambda n: HEADLINE + "said " * n, 4_000),
    "quote_lines": ("lines holding a short quotation each",
                    lambda n: HEADLINE + "“No.”\n" * n, 20_000),
    "quote_marks_only": ("lines holding only a quotation mark (one quotation over every line)",
                         lambda n: HEADLINE + '"\n' * n, 40_000),
    "quote_said_lines": ("short quotations with a pronoun attribution, one per line",
                         lambda n: HEADLINE + '"Yes," he said.\n' * n, 8_000),
    "unbalanced_quotes": ("one long sentence of attributions opening quotations that never close",
                          lambda n: HEADLINE + 'he said: " and ' * n + ".", 2_000),
    "opening_marks": ("one long sentence of opening marks after a named speaker",
                      lambda n: HEADLINE + "Wang said " + "Wang said “no " * n + ".", 4_000),
    "named_quotes": ("quotations attributed to a named speaker, one per line",
                     lambda n: HEADLINE + '"We will talk," Wang Yi said.\n' * n, 4_000),
    "one_long_word": ("a run of letters without a space",
                      lambda n: HEADLINE + "a" * n, 1_000_000),
    "repeated_article": ("the first seed article's body repeated (ordinary prose, one document)",
                         lambda n: _SEED + ("\n\n" + _SEED.split("\n\n", 1)[1]) * n, 200),
}
# cases whose ratio is shown but not checked, and why
NOT_YET_LINEAR: dict[str, str] = {}


def analyse(text: str) -> dict:
    """The whole per-document analysis of *text*: its table rows."""
    parsed = process_document(RawDocument("doc", "doc", text, {}))
    return analyze_parsed(parsed)


def seconds(text: str, repeats: int = 2) -> float:
    """CPU seconds to analyse *text* (the best of *repeats* runs)."""
    best = None
    for _ in range(repeats):
        start = time.process_time()
        analyse(text)
        took = time.process_time() - start
        best = took if best is None else min(best, took)
    return best


def ratio(case: str, n: int, repeats: int = 2) -> tuple[float, float, float]:
    """``(seconds at n, seconds at 2n, their ratio)`` for *case*."""
    make = CASES[case][1]
    analyse(make(10))  # lexicons loaded and compiled before timing
    small = seconds(make(n), repeats)
    large = seconds(make(2 * n), repeats)
    return small, large, large / max(small, 1e-9)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help=f"exit 1 when a ratio is over {MAX_RATIO}")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every case's n by this")
    args = parser.parse_args(argv)
    worst = 0.0
    print(f"{'case':20} {'n':>9} {'s at n':>8} {'s at 2n':>8} {'ratio':>6}  what")
    for case, (what, _, n) in CASES.items():
        n = max(1, int(n * args.scale))
        small, large, r = ratio(case, n)
        if case not in NOT_YET_LINEAR:
            worst = max(worst, r)
        else:
            what += f" [not checked: {NOT_YET_LINEAR[case]}]"
        print(f"{case:20} {n:9,d} {small:8.2f} {large:8.2f} {r:6.2f}  {what}", flush=True)
    print(f"worst ratio {worst:.2f} (linear: about 2; quadratic: about 4; limit {MAX_RATIO})")
    return 1 if args.check and worst > MAX_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
