"""Measure the statement extractor against the hand-made gold set.

Run ``.venv/bin/python tests/statement_eval.py [-v]`` for the figures (and, with -v, every
miss). ``test_statements.py`` asserts the thresholds.

A predicted statement matches a gold statement of the same case when their texts share at
least half of their words (lower-cased); each gold statement matches at most one
prediction. Finding F1 counts matches regardless of speaker; speaker accuracy is the share
of matched statements whose speaker is exactly the gold speaker.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from analysis.reading.parse import process_document
from analysis.reading.sources import RawDocument
from analysis.extraction.statements import statements_for_document

GOLD = Path(__file__).resolve().parent / "data" / "statements_gold.yaml"
# Written later by someone who never saw the code, and never used to tune it: the honest figure.
HELDOUT = Path(__file__).resolve().parent / "data" / "statements_heldout.yaml"
# Written after the fixes the development set guided, by someone who saw neither the code nor
# that set; measured, never tuned on.
HELDOUT2 = Path(__file__).resolve().parent / "data" / "statements_heldout2.yaml"
# Also written without reference to the code, with the side of every statement; used to find
# and fix errors, so no longer a held-out figure once a fix was guided by it.
DEV = Path(__file__).resolve().parent / "data" / "statements_dev.yaml"
# Invented texts in the published formats of transcripts (White House, State Department, joint
# press conferences, background calls, Chinese, Japanese and Indian ministries), readouts and
# wire news of several diplomacies; written without the code, with sides and categories.
FORMATS = Path(__file__).resolve().parent / "data" / "statements_formats.yaml"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _sim(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    common = 0
    pool = list(wb)
    for w in wa:
        if w in pool:
            pool.remove(w)
            common += 1
    return common / max(len(wa), len(wb))


def predict(text: str, outlet: str = "", title: str = "") -> list[dict]:
    meta = {k: v for k, v in (("outlet", outlet), ("title", title)) if v}
    res = process_document(RawDocument("case", "case", text, meta))
    doc = res["document"]
    rows = statements_for_document("case", doc["text"], res["sentences"], doc["title"], doc.get("outlet") or "")
    return [{"speaker": r[3], "side": r[4], "kind": r[5], "text": r[8], "via": r[7]} for r in rows]


def match(gold: list[dict], pred: list[dict]):
    pairs = sorted(
        ((_sim(g["text"], p["text"]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for sim, gi, pi in pairs:
        if sim < 0.5 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def continuation_runs(case: dict) -> list[dict]:
    """The case's gold statements with runs of readout continuations joined.

    The written sets mark each sentence that goes on reporting a speaker ("Wang Yi said that
    A. B. C.") as a statement of its own; the real-text annotation rule (and the extractor)
    makes the sentences after the opener one statement per run ("B. C"). A run is two or
    more indirect statements of the opener's speaker, each a whole sentence that follows the
    previous one directly in the same paragraph."""
    text, sts = case["text"], list(case.get("statements") or [])
    pos = [text.find(st["text"]) for st in sts]

    def follows(k: int) -> bool:
        a, b = sts[k - 1], sts[k]
        if a["speaker"] != b["speaker"] or a["kind"] != "indirect" or b["kind"] != "indirect" or min(pos[k - 1], pos[k]) < 0:
            return False
        gap = text[pos[k - 1] + len(a["text"]):pos[k]]
        return bool(re.fullmatch(r"[.!?][\"”]?[ \t]+", gap)) and b["text"][:1].isupper()

    out, i = [], 0
    while i < len(sts):
        j = i + 1
        while j < len(sts) and follows(j):
            j += 1
        out.append(sts[i])
        if j - (i + 1) >= 2:  # sts[i] opens; sts[i+1 .. j-1] are one run
            run = dict(sts[i + 1])
            run["text"] = text[pos[i + 1]:pos[j - 1] + len(sts[j - 1]["text"])]
            out.append(run)
        else:
            out.extend(sts[i + 1:j])
        i = j
    return out


def evaluate(path=GOLD, verbose=False) -> dict:
    cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    tp = fp = fn = speaker_ok = kind_ok = side_ok = side_n = 0
    misses = []
    for case in cases:
        gold = continuation_runs(case)
        pred = predict(case["text"], case.get("outlet", ""), case.get("title", ""))
        pairs = match(gold, pred)
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g["speaker"] == p["speaker"]:
                speaker_ok += 1
            else:
                misses.append((case["id"], "speaker", f"gold {g['speaker']!r} got {p['speaker']!r}: {g['text'][:70]}"))
            if g["kind"] == p["kind"]:
                kind_ok += 1
            if "side" in g:
                side_n += 1
                if g["side"] == p["side"]:
                    side_ok += 1
                else:
                    misses.append((case["id"], "side", f"gold {g['side']!r} got {p['side']!r} ({p['speaker']}): {g['text'][:60]}"))
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in mg:
                misses.append((case["id"], "missed", f"{g['speaker']}: {g['text'][:90]}"))
        for pi, p in enumerate(pred):
            if pi not in mp:
                misses.append((case["id"], "extra", f"{p['speaker']}: {p['text'][:90]}"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "cases": len(cases), "gold": tp + fn, "predicted": tp + fp, "precision": precision,
        "recall": recall, "f1": f1, "speaker_accuracy": speaker_ok / tp if tp else 0.0,
        "kind_accuracy": kind_ok / tp if tp else 0.0,
    }
    if side_n:
        result["side_accuracy"] = side_ok / side_n
    if verbose:
        for m in misses:
            print(*m, sep=" | ")
    return result


if __name__ == "__main__":
    for path in (GOLD, HELDOUT, DEV, HELDOUT2, FORMATS):
        print(f"== {path.name}")
        res = evaluate(path, verbose="-v" in sys.argv)
        for k, v in res.items():
            print(f"{k:>18}: {v:.3f}" if isinstance(v, float) else f"{k:>18}: {v}")
