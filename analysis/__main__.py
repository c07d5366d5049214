"""Command line: ``python -m analysis export SOURCE --out DIR`` and ``python -m analysis check SOURCE``."""
from __future__ import annotations

import argparse
import sys
import warnings

from .corpus import load_corpus
from .export import export_summaries, export_tables


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every table of a corpus as CSV")
    exp.add_argument("source", help="folder of articles (.txt, .md, .html, .pdf, .docx), one such file, "
                                    "or a .csv/.jsonl/.parquet table")
    exp.add_argument("--out", required=True, help="folder to write the CSV files to")
    exp.add_argument("--name", default=None, help="corpus name used in captions")
    exp.add_argument("--lexicons", default=None,
                     help="folder of the project's own topics.yaml, actors.yaml, tone_phrases.yaml "
                          "(default: a lexicons/ folder inside the source folder)")
    exp.add_argument("--summaries", action="store_true",
                     help="also write the tables behind every chart to OUT/summaries/ (topic frequency, "
                          "sentiment by speaker and side, tone index, statement counts...)")
    chk = sub.add_parser("check", help="read a corpus and say what is wrong with it, before any analysis")
    chk.add_argument("source", help="folder of articles, an article file, or a .csv/.jsonl/.parquet table")
    for command in (exp, chk):
        _reading_options(command)
    args = parser.parse_args(argv)

    if args.command == "check":
        return _check(args)
    if args.command == "export":
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                corpus = load_corpus(args.source, name=args.name, lexicons=args.lexicons, **_reading(args))
            for w in caught:
                print(f"warning: {w.message}", file=sys.stderr)
            paths = export_tables(corpus, args.out)
            if args.summaries:
                paths += export_summaries(corpus, args.out)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"{corpus!r}")
        for path in paths:
            print(f"wrote {path}")
        return 0
    return 1


def _reading_options(command) -> None:
    command.add_argument("--columns", default=None,
                         help="a table's own column names, THEIRS=OURS separated by commas "
                              "(e.g. body=text,headline=title,published_at=date,source=outlet,link=url)")
    command.add_argument("--dayfirst", action="store_true", default=None,
                         help="read dates such as 03/04/2023 day first (3 April)")
    command.add_argument("--monthfirst", dest="dayfirst", action="store_false",
                         help="read dates such as 03/04/2023 month first (March 4)")
    command.add_argument("--date-format", default=None, help="the dates' format, e.g. %%d/%%m/%%Y")


def _reading(args) -> dict:
    return {"columns": args.columns, "dayfirst": args.dayfirst, "date_format": args.date_format}


def _check(args) -> int:
    """Read the corpus as load_corpus would (no analysis): its notes as warnings, then
    either one line saying what was found, or the one error that stops it (exit code 2)."""
    from .corpus import read_checked

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            records, skipped, notes = read_checked(args.source, **_reading(args))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path, note in notes:
        print(f"warning: {path}: {note}", file=sys.stderr)
    for item in skipped:
        print(f"skipped: {item.path}: {item.reason}", file=sys.stderr)
    print(f"ok: {len(records)} article(s) in {args.source}" + (f", {len(skipped)} input(s) skipped" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
