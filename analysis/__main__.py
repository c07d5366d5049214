"""Command line: ``python -m analysis export SOURCE --out DIR``."""
from __future__ import annotations

import argparse
import sys
import warnings

from .corpus import load_corpus
from .export import export_tables


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every table of a corpus as CSV")
    exp.add_argument("source", help="folder of .txt/.md articles, a text file, or a .csv/.jsonl table")
    exp.add_argument("--out", required=True, help="folder to write the CSV files to")
    exp.add_argument("--name", default=None, help="corpus name used in captions")
    exp.add_argument("--lexicons", default=None,
                     help="folder of the project's own topics.yaml, actors.yaml, tone_phrases.yaml "
                          "(default: a lexicons/ folder inside the source folder)")
    args = parser.parse_args(argv)

    if args.command == "export":
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                corpus = load_corpus(args.source, name=args.name, lexicons=args.lexicons)
            for w in caught:
                print(f"warning: {w.message}", file=sys.stderr)
            paths = export_tables(corpus, args.out)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"{corpus!r}")
        for path in paths:
            print(f"wrote {path}")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
