"""Accuracy of "who said what" on real published texts with hand-made gold.

    .venv/bin/python tests/real_eval.py [FOLDER ...] [--verbose] [--json FILE]

FOLDER holds ``articles/`` (the texts, with ``metadata.csv``) and ``gold/<slug>.json`` (one
annotation per text, the schema of ``shared/realdev``). Without FOLDER: the public-domain
texts copied into ``tests/data/real`` and, when it exists, ``../shared/realdev``. ``make
accuracy`` runs this. Printed: statements found (precision, recall, F1), speaker and side
accuracy of the found ones, end-to-end recall (found with the right speaker) overall, per
kind of statement and per file; with ``--verbose`` every miss.

How a prediction counts (the annotation README's rules): a predicted statement matches a gold
statement of the same document when their word multisets share at least half the words of
the longer one, one to one, best overlap first. A speaker is right when its last word (a
person's surname) or its body name equals the gold speaker's or one of its
``alt_speakers``; sides are compared after folding common aliases ("U.S." is "United
States").
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import warnings
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
COPIED = HERE / "data" / "real"
SHARED = HERE.parent.parent / "shared" / "realdev"
KINDS = ("transcript", "question", "indirect", "joint", "continuation", "quote_in_text")

# Names of bodies that several spellings stand for (compared after lower-casing)
BODY_FORMS = {
    "both sides": {"both sides", "the two sides", "two leaders", "the two leaders", "both leaders", "joint", "both"},
    "reporter": {"reporter", "reporters", "question", "q", "questioner", "journalist", "a reporter"},
    "chinese side": {"chinese side", "the chinese side", "china", "chinese government", "beijing"},
    "u.s. state department": {"state department", "u.s. state department", "department of state", "us state department"},
    "u.s. department of defense": {"pentagon", "department of defense", "defense department", "dod"},
    "u.s. treasury department": {"treasury", "treasury department", "department of the treasury"},
}
SIDE_FORMS = {
    "united states": {"us", "u.s.", "usa", "america", "united states of america"},
    "china": {"prc", "people's republic of china"},
    "united kingdom": {"uk", "u.k.", "britain", "great britain"},
    "south korea": {"republic of korea", "rok"},
    "north korea": {"dprk"},
    "european union": {"eu"},
    "united nations": {"un", "u.n."},
    "unknown": {"", "none", "nan", "independent"},
}


def words(text) -> list[str]:
    text = unicodedata.normalize("NFKC", str(text)).lower().replace("’", "'").replace("‘", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def overlap(a, b) -> float:
    ca, cb = Counter(words(a)), Counter(words(b))
    return sum((ca & cb).values()) / max(sum(ca.values()), sum(cb.values()), 1)


def speaker_key(name) -> str:
    n = " ".join(str(name or "").lower().split()).replace("united states", "u.s.")
    for key, forms in BODY_FORMS.items():
        if n == key or n in forms:
            return key
    toks = re.findall(r"[a-z]+", n)
    return toks[-1] if toks else ""


def side_key(side) -> str:
    n = re.sub(r"^the ", "", " ".join(str(side or "").lower().split()))
    for key, forms in SIDE_FORMS.items():
        if n == key or n in forms:
            return key
    return n


def kind_of(g: dict) -> str:
    if g.get("question"):
        return "question"
    if g.get("transcript"):
        return "transcript"
    if g.get("joint"):
        return "joint"
    if g.get("continuation"):
        return "continuation"
    return "quote_in_text" if g.get("kind") == "direct" else "indirect"


def predictions(articles: Path) -> dict[str, list[dict]]:
    """The extractor's statements of every text in *articles*, by doc_id (no cache)."""
    from analysis import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(articles, cache=False, workers=1)
    out: dict[str, list[dict]] = defaultdict(list)
    for row in corpus.statements[["doc_id", "speaker", "side", "text"]].itertuples(index=False):
        out[str(row.doc_id)].append({"speaker": row.speaker, "side": row.side, "text": row.text})
    return out


def score_document(gold: list[dict], pred: list[dict]) -> dict:
    """Counts for one document, and its misses as lines."""
    def ov(p, g):  # a quotation split by its attribution may be given whole or by its first part
        return max(overlap(p["text"], g["text"]), overlap(p["text"], " ".join(g.get("text_parts") or [g["text"]])))

    pairs = sorted(((ov(p, g), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True)
    res = {"gold": len(gold), "pred": len(pred), "found": 0, "speaker": 0, "side_n": 0, "side": 0,
           "kinds": {k: [0, 0, 0] for k in KINDS}, "misses": []}
    used_g, used_p = set(), set()
    for o, gi, pi in pairs:
        if o < 0.5:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], pred[pi]
        ok = speaker_key(p["speaker"]) in {speaker_key(s) for s in [g["speaker"], *g.get("alt_speakers", [])]} \
            and speaker_key(p["speaker"]) != ""
        res["found"] += 1
        res["speaker"] += ok
        res["kinds"][kind_of(g)][1] += 1
        res["kinds"][kind_of(g)][2] += ok
        if not ok:
            res["misses"].append(f"speaker {p['speaker']!r} != {g['speaker']!r}: {g['text'][:60]!r}")
        if "side" in g:
            side_ok = side_key(p["side"]) == side_key(g["side"])
            res["side_n"] += 1
            res["side"] += side_ok
            if not side_ok:
                res["misses"].append(f"side {p['side']!r} != {g['side']!r} ({g['speaker']}): {g['text'][:50]!r}")
    for gi, g in enumerate(gold):
        res["kinds"][kind_of(g)][0] += 1
        if gi not in used_g:
            res["misses"].append(f"missed [{g['speaker']}] {g['text'][:70]!r}")
    for pi, p in enumerate(pred):
        if pi not in used_p:
            res["misses"].append(f"extra [{p['speaker']}] {str(p['text'])[:70]!r}")
    return res


def evaluate(folder: Path) -> dict:
    """Figures for one folder of texts with gold, overall, per kind and per file."""
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "gold").glob("*.json"))}
    pred = predictions(folder / "articles")
    tot = Counter()
    kinds = {k: [0, 0, 0] for k in KINDS}
    files, misses = {}, {}
    for slug, g in gold.items():
        statements = [s for s in g["statements"] if not s.get("implicit")]
        r = score_document(statements, pred.get(slug, []))
        for key in ("gold", "pred", "found", "speaker", "side_n", "side"):
            tot[key] += r[key]
        for k, v in r["kinds"].items():
            kinds[k] = [a + b for a, b in zip(kinds[k], v)]
        files[slug] = r
        misses[slug] = r["misses"]
    p = tot["found"] / tot["pred"] if tot["pred"] else 0.0
    rec = tot["found"] / tot["gold"] if tot["gold"] else 0.0
    return {
        "folder": str(folder), "documents": len(gold), "gold": tot["gold"], "predicted": tot["pred"],
        "precision": round(p, 3), "recall": round(rec, 3), "f1": round(2 * p * rec / (p + rec), 3) if p + rec else 0.0,
        "speaker_accuracy": round(tot["speaker"] / tot["found"], 3) if tot["found"] else 0.0,
        "side_accuracy": round(tot["side"] / tot["side_n"], 3) if tot["side_n"] else 0.0,
        "end_to_end_recall": round(tot["speaker"] / tot["gold"], 3) if tot["gold"] else 0.0,
        "kind_recall": {k: round(v[2] / v[0], 3) for k, v in kinds.items() if v[0]},
        "kinds": {k: f"{v[2]}/{v[1]}/{v[0]}" for k, v in kinds.items() if v[0]},
        "files": {s: {"gold": r["gold"], "pred": r["pred"], "found": r["found"], "right": r["speaker"],
                      "side_ok": r["side"]} for s, r in files.items()},
        "misses": misses,
    }


def report(res: dict, verbose: bool = False) -> str:
    lines = [f"== {res['folder']} ({res['documents']} texts, {res['gold']} gold statements)",
             f"statements: precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}",
             f"speaker accuracy {res['speaker_accuracy']:.3f}  side accuracy {res['side_accuracy']:.3f}  "
             f"end-to-end recall {res['end_to_end_recall']:.3f}",
             "end-to-end recall by kind (right speaker / found / gold):"]
    for k, v in res["kinds"].items():
        lines.append(f"  {k:14s} {res['kind_recall'][k]:.3f}  ({v})")
    lines.append("per file: gold  predicted  found  right speaker  right side")
    for slug, f in res["files"].items():
        lines.append(f"  {slug[:60]:60s} {f['gold']:4d} {f['pred']:4d} {f['found']:4d} {f['right']:4d} {f['side_ok']:4d}")
    if verbose:
        for slug, ms in res["misses"].items():
            lines.extend(f"  {slug}: {m}" for m in ms)
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures (without misses) to this file")
    args = ap.parse_args(argv)
    folders = args.folders or [f for f in (COPIED, SHARED) if (f / "gold").is_dir()]
    results = []
    for folder in folders:
        if not (folder / "gold").is_dir() or not (folder / "articles").is_dir():
            print(f"error: {folder} has no articles/ and gold/ folders", file=sys.stderr)
            return 2
        res = evaluate(folder)
        results.append(res)
        print(report(res, args.verbose))
    if args.json:
        args.json.write_text(json.dumps([{k: v for k, v in r.items() if k != "misses"} for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
