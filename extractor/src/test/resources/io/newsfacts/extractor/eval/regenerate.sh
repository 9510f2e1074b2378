#!/usr/bin/env bash
# Regenerates the scorer fixtures with the reference scorer: the crafted gold, imperfect.jsonl and textmatch.json
# (fixtures.py), perfect.jsonl (score.py --gold-to-pred) and what score.py says about each prediction file
# (expected/NAME.json with --json --verbose, expected/NAME.txt with --verbose; the gold folder's path written GOLD).
# extractor.jsonl is real extractor output and is kept; pass --extract to make it again with ./newsfacts.
# Usage: regenerate.sh [--extract] [path/to/score.py]   (default: ../shared/bench/score.py beside the project)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../../../../../../../.." && pwd -P)"
extract=0
if [ "${1:-}" = --extract ]; then extract=1; shift; fi
score="${1:-$root/../shared/bench/score.py}"
cd "$here"
python3 fixtures.py "$score"
python3 "$score" --gold "$here/gold" --gold-to-pred > perfect.jsonl
if [ "$extract" = 1 ]; then
    "$root/newsfacts" extract gold > extractor.jsonl
fi
mkdir -p expected
for name in perfect imperfect extractor; do
    python3 "$score" --gold "$here/gold" --pred "$name.jsonl" --json --verbose 2>/dev/null \
        | sed "s|$here/gold|GOLD|g" > "expected/$name.json"
    python3 "$score" --gold "$here/gold" --pred "$name.jsonl" --verbose | sed "s|$here/gold|GOLD|g" > "expected/$name.txt"
done
