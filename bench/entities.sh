#!/usr/bin/env bash
# Entities side by side: newsfacts and CoreNLP's default English pipeline (tokenize,ssplit,pos,lemma,ner, default
# properties) on the same articles, scored by the same scorer. Usage: bench/entities.sh [GOLD_DIR...]
# (default: ../shared/data/gum-news and ../shared/data/seed). Needs python3 and the shared scorer.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scorer="${SCORER:-$root/../shared/bench/score.py}"
[ $# -gt 0 ] || set -- ../shared/data/gum-news ../shared/data/seed
out="$(mktemp -d)"
for gold in "$@"; do
    name="$(basename "$gold")"
    for pipeline in newsfacts corenlp_default; do
        ./newsfacts extract --pipeline "$pipeline" "$gold" > "$out/$name.$pipeline.jsonl" 2> "$out/$name.$pipeline.err"
        printf '== %s: %s (%s)\n' "$name" "$pipeline" "$(tail -1 "$out/$name.$pipeline.err")"
        python3 "$scorer" --pred "$out/$name.$pipeline.jsonl" --gold "$gold" --only entities \
            | grep -E '^  (PERSON|ORGANIZATION|PLACE|micro|lenient|subtype)'
    done
done
echo "outputs in $out"
