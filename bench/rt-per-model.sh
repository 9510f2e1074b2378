#!/usr/bin/env bash
# Recognizers-Text English cases: end-to-end value accuracy per model (currency, number, percent) and in total.
# accuracy = figures.attributes.value.correct / (detection.micro.tp + detection.micro.fn) of the shared scorer.
# Usage: bench/rt-per-model.sh [PRED.jsonl]   (without PRED, extracts the cases with ./newsfacts first)
# CASES (default ../shared/data/recognizers-text/cases.jsonl) and SCORER (../shared/bench/score.py) override.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
shared="$root/../shared"
cases="${CASES:-$shared/data/recognizers-text/cases.jsonl}"
scorer="${SCORER:-$shared/bench/score.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$shared/bench/cases2gold.py" "$cases" "$work/rt" 2>/dev/null
if [ $# -gt 0 ]; then
    pred="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    pred="$work/rt.jsonl"
    ./newsfacts extract "$work/rt/articles" > "$pred"
fi
accuracy() { # NAME GOLD_DIR
    python3 "$scorer" --pred "$pred" --gold "$2" --only figures --json | python3 -c '
import json, sys
r = json.load(sys.stdin)["figures"]
m = r["detection"]["micro"]
n = m["tp"] + m["fn"]
c = r["attributes"]["value"]["correct"]
print(f"{sys.argv[1]:<10} {c:>4}/{n:<4} {c / n if n else 0:.3f}")' "$1"
}
for model in Currency Number Percent; do
    mkdir -p "$work/$model"
    cp "$work/rt/gold/${model}Model"*.gold.json "$work/$model/"
    # the gold files name their article relative to themselves
    sed -i "s#\"\\.\\./articles/#\"$work/rt/articles/#" "$work/$model/"*.gold.json
    accuracy "$(echo "$model" | tr 'A-Z' 'a-z')" "$work/$model"
done
accuracy total "$work/rt/gold"
