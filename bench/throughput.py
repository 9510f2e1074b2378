#!/usr/bin/env python3
"""Throughput side by side: newsfacts vs CoreNLP's default English pipeline on the same articles, same machine,
same run, both on all cores. Reports wall time, tokens/s, peak RSS and cold start to the first JSON line, and the
median of the runs.

    python3 bench/throughput.py [--corpus ../shared/data/bbc-news] [--limit N] [--runs 3] [--threads T]

Tokens are counted once by newsfacts' tokenizer (its --profile line) and used for both pipelines, so the
tokens/s ratio is the inverse ratio of wall times. --limit takes the first N files per category folder
(sorted), for a quicker estimate. newsfacts runs with the launcher's own heap (-Xmx1500m); CoreNLP's default
pipeline gets --corenlp-heap (8g: it wants about 6 GB on this corpus, and a small heap would slow it with garbage
collection). Standard library only.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def subset(corpus, limit):
    if not limit:
        return corpus, None
    tmp = tempfile.mkdtemp(prefix="nf-bench-")
    for cat in sorted(os.listdir(corpus)):
        src = os.path.join(corpus, cat)
        if not os.path.isdir(src):
            continue
        os.makedirs(os.path.join(tmp, cat))
        for name in sorted(f for f in os.listdir(src) if f.endswith(".txt"))[:limit]:
            os.symlink(os.path.abspath(os.path.join(src, name)), os.path.join(tmp, cat, name))
    return tmp, tmp


def run(pipeline, corpus, threads, corenlp_heap):
    cmd = [os.path.join(ROOT, "newsfacts"), "extract", "--pipeline", pipeline, "--threads", str(threads),
           "--profile", corpus]
    env = dict(os.environ, NEWSFACTS_SKIP_BUILD="1")
    if pipeline == "corenlp_default":
        env["NEWSFACTS_JAVA_OPTS"] = (env.get("NEWSFACTS_JAVA_OPTS", "") + " -Xmx" + corenlp_heap).strip()
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = None
    lines = 0
    for _ in p.stdout:
        if first is None:
            first = time.monotonic() - start
        lines += 1
    err = p.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.stderr.write(err)
        raise SystemExit(f"{pipeline} failed with status {status}")
    m = re.search(r"(\d+) tokens", err)
    return {"wall": wall, "first_line": first, "articles": lines, "rss_mb": usage.ru_maxrss / 1024,
            "tokens": int(m.group(1)) if m and pipeline == "newsfacts" else None}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "data", "bbc-news"))
    ap.add_argument("--limit", type=int, default=0, help="first N files per category (0: all)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--corenlp-heap", default="8g", help="-Xmx of the CoreNLP default runs (default 8g)")
    a = ap.parse_args()
    subprocess.run([os.path.join(ROOT, "newsfacts"), "--version"], check=True, stdout=subprocess.DEVNULL)
    corpus, tmp = subset(a.corpus, a.limit)
    try:
        results = {"newsfacts": [], "corenlp_default": []}
        for i in range(a.runs):
            for pipeline in results:  # interleaved, so both see the same machine load
                r = run(pipeline, corpus, a.threads, a.corenlp_heap)
                results[pipeline].append(r)
                print(f"run {i + 1} {pipeline:16s} wall {r['wall']:8.1f} s  first line {r['first_line'] or 0:6.1f} s"
                      f"  peak RSS {r['rss_mb']:7.0f} MB  articles {r['articles']}", flush=True)
        tokens = statistics.median(r["tokens"] for r in results["newsfacts"])
        print(f"\n{tokens:.0f} tokens (newsfacts' tokenizer), {a.threads} threads, CoreNLP heap -Xmx{a.corenlp_heap},"
              f" medians of {a.runs} runs:")
        med = {}
        for pipeline, rs in results.items():
            wall = statistics.median(r["wall"] for r in rs)
            med[pipeline] = wall
            print(f"  {pipeline:16s} wall {wall:8.1f} s  {tokens / wall:9.0f} tokens/s"
                  f"  peak RSS {statistics.median(r['rss_mb'] for r in rs):7.0f} MB"
                  f"  first line {statistics.median(r['first_line'] or 0 for r in rs):5.1f} s")
        print(f"  speed-up: {med['corenlp_default'] / med['newsfacts']:.1f}x")
    finally:
        if tmp:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
