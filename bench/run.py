"""Benchmark of the analysis pipeline on a synthetic corpus (``make bench``).

    .venv/bin/python bench/run.py                  # 10,000 articles -> bench/results.json
    .venv/bin/python bench/run.py --articles 300   # smoke run (< 1 min) -> build/bench/results-300.json
    .venv/bin/python bench/run.py --articles 1000 --profile   # cProfile of the one-core pipeline

What it does, in one run (see BENCHMARKS.md for the reading of the figures):

1. writes (or reuses) a deterministic synthetic corpus (``bench/corpus.py``) in ``--out``;
2. one core, cache off, in a fresh process: each stage timed separately with
   :class:`analysis.running.pipeline.StageTimer` (reading files, cleaning and sentences, statements,
   sentiment, topics, tone, building the tables, aggregation);
3. one core, cache off, in a fresh process: the whole pipeline end to end
   (``load_corpus(dir, workers=1, cache=False)``, the three analysis tables, aggregations),
   imports and lexicon compilation included; its peak memory (max RSS);
4. the baseline in a fresh process, run just before and just after step 3 (the ratio uses the
   mean of the two, so a drift in the machine's speed does not fall on one side only): TextBlob
   polarity alone (``PatternAnalyzer``) over the same sentences (``corpus.sentences.text``),
   import and lexicon loading included;
5. the whole pipeline with ``workers=os.cpu_count()`` (cache off) in a fresh process: the
   speed-up, and whether its tables equal the one-core tables row for row;
6. the results cache (``ANALYSIS_CACHE_DIR=build/bench/cache``, emptied first): cold run,
   warm run, and a run after one article was changed (on a copy of the corpus): its time,
   that the changed article's rows were recomputed and all other rows are identical;
7. the memory of a 20-article run (the fixed base: interpreter, libraries, lexicons);

and writes a JSON summary (keys sorted) and prints a table. Every measured process is a new
interpreter started by this script (``--child``), so nothing is pre-warmed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"
DEFAULT_ARTICLES = 10_000
SEED = 20240101
STAGES = ("read_files", "load_and_sentences", "statements", "sentiment", "topics", "tone", "tables", "aggregation")
TABLES = ("documents", "sentences", "statements", "topic_mentions", "tone_phrases")
ANALYSIS_TABLES = ("statements", "topic_mentions", "tone_phrases")
MARKER = "cache benchmark marker"
TARGETS = {
    "pipeline_vs_baseline": "<= 1.25",
    "parallel_speedup": ">= 1.7 (2 cores)",
    "warm_vs_cold": "<= 0.05",
    "peak_rss_mb": "< 3 x text_mb + base_rss_mb",
}


# =============================================================================================
# Child processes: each measurement runs in a fresh interpreter.
# =============================================================================================

def _aggregate(corpus) -> dict:
    """The aggregations a report runs (over-time paths included)."""
    import analysis

    return {
        "topic_frequency_doc": analysis.topic_frequency(corpus, by="doc_id", normalize="per_1000_words"),
        "topic_frequency_month": analysis.topic_frequency(corpus, by="date", normalize="per_1000_words"),
        "topic_frequency_outlet": analysis.topic_frequency(corpus, by="outlet", normalize="share"),
        "sentiment_speaker": analysis.sentiment_by_speaker(corpus, by="speaker"),
        "sentiment_side": analysis.sentiment_by_speaker(corpus, by="side"),
        "sentiment_month": analysis.sentiment_by_speaker(corpus, by="month"),
        "tone_speaker": analysis.tone_index(corpus, by="speaker"),
        "tone_side": analysis.tone_index(corpus, by="side"),
    }


def _frame_hash(df) -> str:
    import hashlib

    import pandas as pd

    h = hashlib.sha256()
    h.update(repr([(c, str(t)) for c, t in df.dtypes.items()]).encode())
    h.update(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
    return h.hexdigest()


def _cpu_seconds() -> dict:
    """CPU time (user + system) of this process and of its finished children (pool workers)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"self": round(me.ru_utime + me.ru_stime, 3), "children": round(kids.ru_utime + kids.ru_stime, 3)}


def _cpu_since(before: dict) -> dict:
    now = _cpu_seconds()
    return {k: round(now[k] - before[k], 3) for k in now}


def _proc_status_mb(field: str) -> float | None:
    """VmHWM (peak) or VmRSS (now) of this process in MB, from /proc (Linux), else None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _rss_mb() -> dict:
    """Peak resident memory of this process and of its largest finished child (a pool worker).

    On Linux the peak is VmHWM of this process: ``ru_maxrss`` of a freshly started process
    also counts the memory of the parent that spawned it (it is inherited over fork/exec),
    which would charge the benchmark's own memory to the measured run.
    """
    import resource

    # ru_maxrss is in KiB on Linux, in bytes on macOS
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 2**20
    hwm = _proc_status_mb("VmHWM")
    return {
        "self": hwm if hwm is not None else round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale, 1),
        "children": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale, 1),
    }


def _save_tables(corpus, folder: str | None) -> None:
    if not folder:
        return
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        getattr(corpus, t).to_parquet(out / f"{t}.parquet", index=False)


def child_stages(spec: dict) -> dict:
    """One core, each stage timed separately; writes the sentences for the baseline."""
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    from analysis.corpus import Corpus
    from analysis.running.pipeline import StageTimer, analyze_parsed, parse_document
    from analysis.reading.sources import read_source

    timer = StageTimer()
    timer.seconds["import"] = time.perf_counter() - t0
    with timer("read_files"):
        records, skipped = read_source(spec["corpus"])
    parsed = [parse_document(r, timer) for r in records]
    analyzed = [analyze_parsed(p, timer) for p in parsed]
    with timer("tables"):
        corpus = Corpus.from_parsed(parsed, skipped, name="bench", analyzed=analyzed)
    del parsed, analyzed
    with timer("aggregation"):
        aggs = _aggregate(corpus)
    total = time.perf_counter() - t0
    cpu = _cpu_since(cpu0)
    sentences = corpus.sentences
    Path(spec["sentences_out"]).write_text(json.dumps(sentences["text"].tolist(), ensure_ascii=False))
    return {
        "seconds": dict(timer.seconds), "total_seconds": total, "rss_mb": _rss_mb(), "cpu_seconds": cpu,
        "hashes": {t: _frame_hash(getattr(corpus, t)) for t in TABLES} | {k: _frame_hash(v) for k, v in aggs.items()},
        "counts": {"articles": len(corpus), "words": int(corpus.documents["n_words"].sum()),
                   "sentences": len(sentences)} | {t: len(getattr(corpus, t)) for t in ANALYSIS_TABLES},
    }


def _count_calls() -> dict:
    """Count documents parsed and analysed in this process (warm / changed runs)."""
    import analysis.running.pipeline as pl

    counts = {"parsed": 0, "analysed": 0}
    parse, analyze = pl.process_document, pl.analyze_parsed

    def counting_parse(raw):
        counts["parsed"] += 1
        return parse(raw)

    def counting_analyze(*a, **k):
        counts["analysed"] += 1
        return analyze(*a, **k)

    pl.process_document, pl.analyze_parsed = counting_parse, counting_analyze
    return counts


def child_pipeline(spec: dict) -> dict:
    """The whole pipeline end to end, as a user runs it."""
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    import analysis

    t_import = time.perf_counter()
    counts = _count_calls() if spec.get("count_calls") else None
    memory = {"after_import": _proc_status_mb("VmRSS")}
    corpus = analysis.load_corpus(spec["corpus"], workers=spec["workers"], cache=spec["cache"])
    t_load = time.perf_counter()
    memory["after_load"] = _proc_status_mb("VmRSS")
    corpus.documents
    for t in ANALYSIS_TABLES:
        getattr(corpus, t)
    t_analysis = time.perf_counter()
    memory["after_analysis"] = _proc_status_mb("VmRSS")
    memory["peak_before_aggregation"] = _proc_status_mb("VmHWM")
    aggs = _aggregate(corpus) if spec.get("aggregate", True) else {}
    t_end = time.perf_counter()
    cpu = _cpu_since(cpu0)
    rss = _rss_mb()
    memory["after_aggregation"] = _proc_status_mb("VmRSS")
    _save_tables(corpus, spec.get("save"))
    out = {
        "seconds": {"import": t_import - t0, "load": t_load - t_import, "analysis": t_analysis - t_load,
                    "aggregation": t_end - t_analysis},
        "total_seconds": t_end - t0, "rss_mb": rss, "workers": corpus.workers, "cpu_seconds": cpu,
        "memory_mb": memory,
        "hashes": {t: _frame_hash(getattr(corpus, t)) for t in TABLES} | {k: _frame_hash(v) for k, v in aggs.items()},
    }
    if counts is not None:
        out["documents_recomputed"] = counts
    return out


def child_baseline(spec: dict) -> dict:
    """TextBlob polarity alone over the same sentences, one core."""
    sentences = json.loads(Path(spec["sentences"]).read_text())
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    from textblob.en.sentiments import PatternAnalyzer

    analyzer = PatternAnalyzer()
    total = 0.0
    for s in sentences:
        total += analyzer.analyze(s).polarity
    return {"total_seconds": time.perf_counter() - t0, "cpu_seconds": _cpu_since(cpu0), "rss_mb": _rss_mb(),
            "sentences": len(sentences),
            "polarity_sum": round(total, 6)}


def _mean_run(a: dict, b: dict) -> dict:
    """One baseline from two runs of it: mean wall and CPU seconds, larger peak memory."""
    if a["polarity_sum"] != b["polarity_sum"]:
        raise SystemExit("error: the two baseline runs scored the sentences differently")
    return dict(a, total_seconds=(a["total_seconds"] + b["total_seconds"]) / 2,
                cpu_seconds={k: (a["cpu_seconds"][k] + b["cpu_seconds"][k]) / 2 for k in a["cpu_seconds"]},
                rss_mb={k: max(a["rss_mb"][k], b["rss_mb"][k]) for k in a["rss_mb"]},
                runs_seconds=[a["total_seconds"], b["total_seconds"]],
                load_average=a["load_average"] + b["load_average"])


def child_profile(spec: dict) -> dict:
    """cProfile of the one-core pipeline (imports excluded, lexicon compilation included)."""
    import cProfile
    import io
    import pstats

    import analysis

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    corpus = analysis.load_corpus(spec["corpus"], workers=1, cache=False)
    for t in ("documents", *ANALYSIS_TABLES):
        getattr(corpus, t)
    _aggregate(corpus)
    prof.disable()
    seconds = time.perf_counter() - t0
    prof.dump_stats(spec["stats_out"])
    buf = io.StringIO()
    buf.write(f"# cProfile of the one-core pipeline on {spec['corpus']}: {seconds:.1f} s "
              f"(profiled; about 1.5-2x the unprofiled time)\n\n")
    for key in ("cumulative", "tottime"):
        buf.write(f"## top functions by {key}\n\n")
        st = pstats.Stats(prof, stream=buf)
        st.strip_dirs().sort_stats(key).print_stats(int(spec.get("top", 40)))
    Path(spec["text_out"]).write_text(buf.getvalue())
    return {"total_seconds": seconds}


CHILDREN = {"stages": child_stages, "pipeline": child_pipeline, "baseline": child_baseline, "profile": child_profile}


def child_main(spec_json: str) -> None:
    spec = json.loads(spec_json)
    sys.path.insert(0, str(ROOT))
    load_before = os.getloadavg()[0]
    result = CHILDREN[spec["mode"]](spec)
    result.setdefault("cpu_seconds", _cpu_seconds())
    result["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    Path(spec["result"]).write_text(json.dumps(result, indent=2, sort_keys=True, default=str))


# =============================================================================================
# The orchestrating process.
# =============================================================================================

def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_child(label: str, spec: dict, env_extra: dict | None = None) -> dict:
    out = BUILD / "child" / f"{label}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    spec = dict(spec, result=str(out))
    env = {k: v for k, v in os.environ.items() if k not in ("ANALYSIS_WORKERS", "ANALYSIS_CACHE_DIR")}
    env.update(env_extra or {})
    env.setdefault("PYTHONHASHSEED", "0")
    log(f"{label} ...")
    t = time.perf_counter()
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)],
                   check=True, env=env, cwd=ROOT)
    res = json.loads(out.read_text())
    res["wall_seconds"] = time.perf_counter() - t
    log(f"{label}: {res.get('total_seconds', 0):.1f} s (cpu {sum(res['cpu_seconds'].values()):.1f} s, "
        f"load average {res['load_average'][0]} -> {res['load_average'][1]})")
    return res


def text_megabytes(folder: Path) -> float:
    return sum(len(p.read_text(encoding="utf-8").encode("utf-8")) for p in folder.glob("*.txt")) / 1e6


def folder_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def change_one_article(folder: Path, name: str) -> None:
    """Insert a paragraph with a new quote in the middle of one article."""
    path = folder / name
    paras = path.read_text(encoding="utf-8").split("\n\n")
    mid = max(1, len(paras) // 2)
    paras.insert(mid, f"\u201cThis is the {MARKER},\u201d said Wang Yi, China's top diplomat.")
    path.write_text("\n\n".join(paras), encoding="utf-8")


def compare_tables(a: Path, b: Path, tables=TABLES, ignore=()) -> dict:
    """{table: None if equal row for row, else the first difference}; *ignore*: columns left out."""
    import pandas as pd

    out = {}
    for t in tables:
        x, y = pd.read_parquet(a / f"{t}.parquet"), pd.read_parquet(b / f"{t}.parquet")
        x, y = x.drop(columns=[c for c in ignore if c in x]), y.drop(columns=[c for c in ignore if c in y])
        try:
            pd.testing.assert_frame_equal(x, y, check_exact=True)
            out[t] = None
        except AssertionError as exc:
            out[t] = str(exc)[:500]
    return out


def check_changed(warm: Path, changed: Path, doc_id: str) -> dict:
    """The changed article's rows differ and carry the new quote; all other rows are equal."""
    import pandas as pd

    report = {"doc_id": doc_id}
    ok = True
    for t in TABLES:
        x, y = pd.read_parquet(warm / f"{t}.parquet"), pd.read_parquet(changed / f"{t}.parquet")
        xo = x[x["doc_id"] != doc_id].reset_index(drop=True)
        yo = y[y["doc_id"] != doc_id].reset_index(drop=True)
        try:
            pd.testing.assert_frame_equal(xo, yo, check_exact=True)
            same_others = True
        except AssertionError:
            same_others = False
        xd, yd = x[x["doc_id"] == doc_id], y[y["doc_id"] == doc_id]
        differs = not xd.reset_index(drop=True).equals(yd.reset_index(drop=True))
        report[t] = {"others_identical": same_others, "changed_article_differs": differs}
        ok = ok and same_others and (differs or t in ("topic_mentions", "tone_phrases"))
    st = pd.read_parquet(changed / "statements.parquet")
    mine = st[st["doc_id"] == doc_id]
    report["new_statement_found"] = bool(mine["text"].str.contains(MARKER).any())
    report["new_statement_speaker"] = ", ".join(sorted(set(mine.loc[mine["text"].str.contains(MARKER), "speaker"])))
    report["ok"] = bool(ok and report["new_statement_found"])
    return report


def code_state() -> dict:
    """Which code is measured: the git commit, uncommitted files under analysis/, and a hash
    of analysis/ (its modules and lexicons), to detect edits made while the benchmark ran."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted((ROOT / "analysis").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yaml", ".yml", ".txt"} and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    state = {"analysis_sha256": h.hexdigest()[:16]}
    try:
        git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        state["commit"] = git("rev-parse", "--short", "HEAD").strip()
        state["uncommitted_in_analysis"] = sorted(line[3:] for line in git("status", "--porcelain", "--", "analysis").splitlines())
    except (OSError, subprocess.CalledProcessError):
        state["commit"] = None
    return state


def r3(x: float) -> float:
    return round(float(x), 3)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="articles in the synthetic corpus (default 10000)")
    ap.add_argument("--out", type=Path, default=BUILD / "corpus", help="corpus folder (default build/bench/corpus; reused when it holds the same articles)")
    ap.add_argument("--results", type=Path, default=None,
                    help="JSON summary (default bench/results.json for 10,000 articles, else build/bench/results-N.json)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers of the parallel run (default: os.cpu_count())")
    ap.add_argument("--profile", action="store_true", help="only profile the one-core pipeline (build/bench/profile.txt)")
    ap.add_argument("--pipeline-only", action="store_true",
                    help="only the end-to-end run with --workers, cache off: time and peak memory (for 100,000 articles)")
    ap.add_argument("--no-aggregation", action="store_true",
                    help="with --pipeline-only: leave out the aggregations")
    ap.add_argument("--keep", action="store_true", help="keep the tables each run wrote (build/bench/tables)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child_main(args.child)
        return 0

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import GENERATOR_VERSION, file_name, write_corpus

    started = time.perf_counter()
    code_at_start = code_state()
    try:
        exe_shown = str(Path(sys.executable).relative_to(ROOT))
    except ValueError:
        exe_shown = sys.executable
    command = " ".join([exe_shown, "bench/run.py", *(argv if argv is not None else sys.argv[1:])])
    BUILD.mkdir(parents=True, exist_ok=True)
    corpus_dir = args.out.resolve()
    log(f"corpus: {args.articles} articles in {corpus_dir}")
    man = write_corpus(corpus_dir, args.articles, SEED)
    log("corpus reused" if man["reused"] else "corpus written")

    if args.profile:
        res = run_child("profile", {"mode": "profile", "corpus": str(corpus_dir),
                                    "stats_out": str(BUILD / "profile.pstats"), "text_out": str(BUILD / "profile.txt")})
        print((BUILD / "profile.txt").read_text())
        log(f"profile written to {BUILD / 'profile.txt'} and {BUILD / 'profile.pstats'} ({res['total_seconds']:.1f} s)")
        return 0

    cores = os.cpu_count() or 1
    text_mb = text_megabytes(corpus_dir)
    results_path = args.results or (ROOT / "bench" / "results.json" if args.articles == DEFAULT_ARTICLES
                                    and not args.pipeline_only else BUILD / f"results-{args.articles}.json")
    results_path.parent.mkdir(parents=True, exist_ok=True)
    if args.pipeline_only:
        res = run_child(f"pipeline_{args.workers}_workers", {"mode": "pipeline", "corpus": str(corpus_dir),
                                                             "workers": args.workers, "cache": False,
                                                             "aggregate": not args.no_aggregation})
        summary = {"articles": args.articles, "cores": cores, "workers": res["workers"], "text_mb": r3(text_mb),
                   "seconds": r3(res["total_seconds"]), "breakdown": {k: r3(v) for k, v in res["seconds"].items()},
                   "peak_rss_mb": {"parent": res["rss_mb"]["self"], "largest_worker": res["rss_mb"]["children"]},
                   "memory_mb": res["memory_mb"], "aggregations": not args.no_aggregation,
                   "cpu_seconds": res["cpu_seconds"], "load_average": res["load_average"],
                   "command": command, "generator_version": GENERATOR_VERSION, "seed": SEED}
        results_path.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
        print(json.dumps(summary, indent=2, sort_keys=True))
        return 0
    tables_dir = BUILD / "tables"
    shutil.rmtree(tables_dir, ignore_errors=True)

    # -- one core: stages, whole pipeline, baseline --------------------------------------------
    sentences_file = BUILD / "sentences.json"
    stages = run_child("stages", {"mode": "stages", "corpus": str(corpus_dir), "sentences_out": str(sentences_file)})
    # The baseline runs just before and just after the one-core pipeline, and the ratio uses their
    # mean: this machine's speed drifts by 10-30% within minutes, and one baseline run taken in a
    # fast (or slow) minute moved the ratio by as much as any change to the code did.
    baseline_before = run_child("baseline_textblob_before", {"mode": "baseline", "sentences": str(sentences_file)})
    serial = run_child("pipeline_1_core", {"mode": "pipeline", "corpus": str(corpus_dir), "workers": 1, "cache": False,
                                           "save": str(tables_dir / "serial")})
    baseline_after = run_child("baseline_textblob_after", {"mode": "baseline", "sentences": str(sentences_file)})
    baseline = _mean_run(baseline_before, baseline_after)

    # -- parallel ----------------------------------------------------------------------------
    parallel = run_child(f"pipeline_{args.workers}_workers", {"mode": "pipeline", "corpus": str(corpus_dir),
                                                                "workers": args.workers, "cache": False,
                                                                "save": str(tables_dir / "parallel")})
    diff_parallel = compare_tables(tables_dir / "serial", tables_dir / "parallel")
    identical_parallel = all(v is None for v in diff_parallel.values()) and parallel["hashes"] == serial["hashes"]
    identical_stages = all(stages["hashes"][k] == serial["hashes"][k] for k in stages["hashes"])

    # -- cache -------------------------------------------------------------------------------
    cache_corpus = BUILD / "cache_corpus"
    cache_dir = BUILD / "cache"
    shutil.rmtree(cache_corpus, ignore_errors=True)
    shutil.rmtree(cache_dir, ignore_errors=True)
    shutil.copytree(corpus_dir, cache_corpus)
    env = {"ANALYSIS_CACHE_DIR": str(cache_dir)}
    base_spec = {"mode": "pipeline", "corpus": str(cache_corpus), "workers": args.workers, "cache": True}
    cold = run_child("cache_cold", dict(base_spec, save=str(tables_dir / "cold")), env)
    cache_mb = folder_megabytes(cache_dir)
    warm = run_child("cache_warm", dict(base_spec, save=str(tables_dir / "warm"), count_calls=True), env)
    # the cache runs read a copy of the corpus, so only `path` may differ from the one-core run
    diff_warm = compare_tables(tables_dir / "cold", tables_dir / "warm")
    diff_warm.update({f"cold_vs_one_core.{t}": d for t, d in
                      compare_tables(tables_dir / "serial", tables_dir / "cold", ignore=("path",)).items()})
    identical_warm = all(v is None for v in diff_warm.values())
    changed_name = file_name(args.articles // 2)
    change_one_article(cache_corpus, changed_name)
    changed = run_child("cache_one_article_changed", dict(base_spec, save=str(tables_dir / "changed"), count_calls=True), env)
    changed_check = check_changed(tables_dir / "warm", tables_dir / "changed", Path(changed_name).stem)

    # -- memory base ---------------------------------------------------------------------------
    base_corpus = BUILD / "base_corpus"
    write_corpus(base_corpus, 20, SEED)
    base = run_child("memory_base_20_articles", {"mode": "pipeline", "corpus": str(base_corpus), "workers": 1, "cache": False})

    # -- summary -----------------------------------------------------------------------------
    runs = {"stages": stages, "pipeline_one_core": serial, "baseline_textblob": baseline, "pipeline_parallel": parallel,
            "cache_cold": cold, "cache_warm": warm, "one_article_changed": changed, "memory_base": base}
    counts = stages["counts"]
    words = counts["words"]
    seconds = {k: r3(stages["seconds"].get(k, 0.0)) for k in ("import", *STAGES)}
    seconds.update({
        "stages_total": r3(stages["total_seconds"]),
        "pipeline_one_core": r3(serial["total_seconds"]),
        "pipeline_parallel": r3(parallel["total_seconds"]),
        "baseline_textblob": r3(baseline["total_seconds"]),
        "cache_cold": r3(cold["total_seconds"]),
        "cache_warm": r3(warm["total_seconds"]),
        "one_article_changed": r3(changed["total_seconds"]),
    })
    pipeline_breakdown = {k: r3(v) for k, v in serial["seconds"].items()}
    wps = {k: round(words / stages["seconds"][k]) for k in STAGES if stages["seconds"].get(k)}
    wps["pipeline"] = round(words / serial["total_seconds"])
    wps["pipeline_parallel"] = round(words / parallel["total_seconds"])
    wps["baseline"] = round(words / baseline["total_seconds"])
    peak = serial["rss_mb"]["self"]
    base_rss = base["rss_mb"]["self"]
    per_text_mb = (peak - base_rss) / text_mb if text_mb else 0.0
    budget = 3 * text_mb + base_rss
    pvb = serial["total_seconds"] / baseline["total_seconds"]
    speedup = serial["total_seconds"] / parallel["total_seconds"]
    wvc = warm["total_seconds"] / cold["total_seconds"]
    scale = 100_000 / args.articles
    results = {
        "articles": counts["articles"],
        "words": words,
        "sentences": counts["sentences"],
        "rows": {t: counts[t] for t in ANALYSIS_TABLES},
        "cores": cores,
        "parallel_workers": parallel["workers"],
        "text_mb": r3(text_mb),
        "seconds": seconds,
        "pipeline_one_core_breakdown": pipeline_breakdown,
        "cpu_seconds": {k: round(sum(v["cpu_seconds"].values()), 3) for k, v in runs.items()},
        "load_average": {k: v["load_average"] for k, v in runs.items()},
        "pipeline_vs_baseline_cpu": r3(sum(serial["cpu_seconds"].values()) / sum(baseline["cpu_seconds"].values())),
        "pipeline_vs_baseline": r3(pvb),
        "baseline_runs_seconds": {"before_pipeline": r3(baseline["runs_seconds"][0]),
                                  "after_pipeline": r3(baseline["runs_seconds"][1])},
        "parallel_speedup": r3(speedup),
        "warm_vs_cold": r3(wvc),
        "warm_vs_one_core": r3(warm["total_seconds"] / serial["total_seconds"]),
        "one_article_changed_seconds": r3(changed["total_seconds"]),
        "one_article_changed": changed_check,
        "documents_recomputed": {"warm": warm.get("documents_recomputed"), "one_article_changed": changed.get("documents_recomputed")},
        "cache_mb": r3(cache_mb),
        "identical_parallel": bool(identical_parallel),
        "identical_stages_vs_pipeline": bool(identical_stages),
        "identical_warm_cache": bool(identical_warm),
        "differences": {k: v for k, v in {**{f"parallel.{t}": d for t, d in diff_parallel.items()},
                                          **{f"warm.{t}": d for t, d in diff_warm.items()}}.items() if v},
        "peak_rss_mb": round(peak, 1),
        "peak_rss_parallel_mb": {"parent": parallel["rss_mb"]["self"], "largest_worker": parallel["rss_mb"]["children"]},
        "memory_one_core_mb": serial.get("memory_mb"),
        "peak_rss_before_aggregation_mb": (serial.get("memory_mb") or {}).get("peak_before_aggregation"),
        "peak_rss_baseline_mb": baseline["rss_mb"]["self"],
        "base_rss_mb": round(base_rss, 1),
        "rss_per_text_mb": r3(per_text_mb),
        "rss_budget_mb": round(budget, 1),
        "words_per_second": wps,
        "projected_100k_articles": {
            "peak_rss_mb": round(base_rss + per_text_mb * text_mb * scale),
            "text_mb": round(text_mb * scale, 1),
            "one_core_minutes": round(serial["total_seconds"] * scale / 60, 1),
            "parallel_minutes": round(parallel["total_seconds"] * scale / 60, 1),
            "cache_mb": round(cache_mb * scale),
        },
        "targets": {
            "pipeline_vs_baseline": {"target": TARGETS["pipeline_vs_baseline"], "value": r3(pvb), "met": pvb <= 1.25},
            "parallel_speedup": {"target": TARGETS["parallel_speedup"], "value": r3(speedup), "met": speedup >= 1.7,
                                 "workers": parallel["workers"]},
            "warm_vs_cold": {"target": TARGETS["warm_vs_cold"], "value": r3(wvc), "met": wvc <= 0.05},
            "peak_rss_mb": {"target": TARGETS["peak_rss_mb"], "value": round(peak, 1), "budget": round(budget, 1),
                            "met": peak < budget},
        },
        "generator_version": GENERATOR_VERSION,
        "seed": SEED,
        "code": dict(code_at_start, changed_during_run=code_state()["analysis_sha256"] != code_at_start["analysis_sha256"]),
        "command": command,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "bench_seconds": round(time.perf_counter() - started, 1),
    }
    results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    if not args.keep:
        shutil.rmtree(tables_dir, ignore_errors=True)
    print(summary_table(results))
    print(f"\nwritten: {results_path}")
    problems = []
    if not identical_parallel:
        problems.append("parallel tables differ from the one-core tables")
    if not identical_stages:
        problems.append("stage-by-stage tables differ from the pipeline tables")
    if not identical_warm:
        problems.append("warm-cache tables differ from the one-core tables")
    if not changed_check["ok"]:
        problems.append("one-article-changed check failed")
    if results["code"]["changed_during_run"]:
        print("WARNING: files under analysis/ changed while the benchmark ran; the runs may have measured "
              "different code (and the cache runs may have missed)", file=sys.stderr)
    for p in problems:
        print(f"PROBLEM: {p}", file=sys.stderr)
    return 1 if problems else 0


def summary_table(r: dict) -> str:
    s, w = r["seconds"], r["words_per_second"]
    lines = [
        f"{r['articles']:,} articles, {r['words']:,} words, {r['sentences']:,} sentences, "
        f"{r['text_mb']:.1f} MB of text; {r['cores']} cores",
        "",
        f"{'one core, stage by stage':<34}{'seconds':>10}{'words/s':>12}",
    ]
    for k in ("import", *STAGES):
        lines.append(f"  {k:<32}{s[k]:>10.2f}{format(w[k], ',') if k in w else '':>12}")
    lines.append(f"  {'(sum, with timer overhead)':<32}{s['stages_total']:>10.2f}")
    b = r["baseline_runs_seconds"]
    lines += [
        "",
        f"{'end to end (fresh process)':<34}{'seconds':>10}{'words/s':>12}",
        f"  {'pipeline, 1 core':<32}{s['pipeline_one_core']:>10.2f}{w['pipeline']:>12,}",
        f"  {'pipeline, %d workers' % r['parallel_workers']:<32}{s['pipeline_parallel']:>10.2f}{w['pipeline_parallel']:>12,}",
        f"  {'baseline: TextBlob polarity':<32}{s['baseline_textblob']:>10.2f}{w['baseline']:>12,}"
        f"  (mean of {b['before_pipeline']:.2f} before and {b['after_pipeline']:.2f} after the 1-core run)",
        f"  {'cache cold':<32}{s['cache_cold']:>10.2f}",
        f"  {'cache warm':<32}{s['cache_warm']:>10.2f}",
        f"  {'one article changed':<32}{s['one_article_changed']:>10.2f}",
        "",
        f"{'target':<34}{'value':>10}  target",
    ]
    t = r["targets"]
    for k, label in (("pipeline_vs_baseline", "pipeline / baseline"), ("parallel_speedup", "parallel speed-up"),
                     ("warm_vs_cold", "warm / cold")):
        lines.append(f"  {label:<32}{t[k]['value']:>10.3f}  {t[k]['target']:<22}{'met' if t[k]['met'] else 'MISSED'}")
    lines.append(f"  {'peak RSS (MB)':<32}{r['peak_rss_mb']:>10.0f}  < {t['peak_rss_mb']['budget']:.0f} "
                 f"(3 x {r['text_mb']:.0f} + {r['base_rss_mb']:.0f}){'':<4}{'met' if t['peak_rss_mb']['met'] else 'MISSED'}")
    lines.append("")
    lines.append(f"identical tables: parallel {r['identical_parallel']}, stages {r['identical_stages_vs_pipeline']}, "
                 f"warm cache {r['identical_warm_cache']}; one article changed ok: {r['one_article_changed']['ok']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
