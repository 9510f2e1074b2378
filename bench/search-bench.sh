#!/usr/bin/env bash
# Search benchmark of issue #5, one command:
#
#   bench/search-bench.sh [--runs 3] [--figures 1000000] [--queries 1000] [--threads 2] [other SearchBench options]
#
# Builds an index of 1,000,000 figures: the corpus articles (extracted once with --date 2020-10-26, cached in the
# work folder) replicated with new ids, scaled values, shifted years and redrawn place and agency names, mixed half
# and half with generated Ministry-style releases (agencies with parents, cities within provinces). Commits every
# 5,000 articles. Then times six query shapes through FactIndex.search on a read-only index (1,000 queries each
# after 300 of warm-up) and prints indexing rate, index size per figure and p50/p99 latency; with --runs N, each
# run and the medians. The generator is seeded (--seed), so runs index the same articles.
#
# Environment: NEWSFACTS_BENCH_WORK (default: ${TMPDIR:-/tmp}/newsfacts-bench) holds the extraction, the classpath
# and the index (about 1 GB); MVN_FLAGS adds Maven flags (e.g. -o offline); BENCH_JAVA_OPTS the JVM's (default -Xmx2g).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
work="${NEWSFACTS_BENCH_WORK:-${TMPDIR:-/tmp}/newsfacts-bench}"
mkdir -p "$work"
cd "$root"

corpus="$work/corpus.jsonl"
if [ ! -s "$corpus" ]; then
    echo "bench: extracting corpus/articles once into $corpus" >&2
    ./newsfacts extract corpus/articles --date 2020-10-26 -o "$corpus.tmp"
    mv "$corpus.tmp" "$corpus"
fi

echo "bench: compiling the indexer and its test sources" >&2
# shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
./mvnw -B -q ${MVN_FLAGS:-} -pl indexer test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test 1>&2

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java ${BENCH_JAVA_OPTS:--Xmx2g} \
    -cp "indexer/target/test-classes:indexer/target/classes:$(cat "$work/classpath.txt")" \
    io.newsfacts.indexer.bench.SearchBench --input "$corpus" --root "$root" --index "$work/index" "$@"
