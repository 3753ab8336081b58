#!/usr/bin/env bash
# Checks that training the name model is deterministic: trains it twice from the same corpora and
# seed and compares the two model files. An OpenNLP model is a zip whose manifest records the
# training time (a "Timestamp" property and a date comment) and whose entries carry file times;
# those are left out of the comparison, everything else (the weights in nameFinder.model, the
# feature descriptor, the rest of the manifest) must be byte-identical.
#
#   scripts/check-ner-determinism.sh [SHARED_DIR] [--quick]
#
# Full: the exact recipe of scripts/train-ner.sh step 2 (gold + silver, 80 iterations), twice;
# about twice the time of one training (~30 min each on a quiet 2-core machine).
# --quick: UNER English-PUD + the BTC dev part, 20 iterations (a few minutes); same code path.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
QUICK=0
for a in "$@"; do
  case "$a" in
    --quick) QUICK=1 ;;
    *) SHARED="$a" ;;
  esac
done
RES=src/main/resources/org/newsgraph/nlp/ner
JAR=target/newsgraph.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ "$QUICK" = 1 ]; then
  ARGS=(--corpus "$SHARED/train/ner/uner_english_pud" "$SHARED/train/ner/btc/btc.dev"
        --seed 1 --iterations 20 --cutoff 1)
else
  ARGS=(--corpus "$SHARED/train/ner" --vote "$SHARED/train/silver/polnear-train.corenlp.conll"
        --seed 1 --iterations 80 --cutoff 1)
fi
for run in a b; do
  java -Xmx10g -jar "$JAR" train-ner --resources "$RES" "${ARGS[@]}" --output "$WORK/$run.bin" \
    > "$WORK/$run.log"
  mkdir "$WORK/$run"
  (cd "$WORK/$run" && unzip -q "../$run.bin")
  # the training time is the only thing allowed to differ
  grep -v -e '^Timestamp=' -e '^#' "$WORK/$run/manifest.properties" | sort > "$WORK/$run/manifest.stable"
  rm "$WORK/$run/manifest.properties"
done
echo "model a: $(sha256sum < "$WORK/a/nameFinder.model" | cut -c1-16) ($(stat -c %s "$WORK/a.bin") bytes)"
echo "model b: $(sha256sum < "$WORK/b/nameFinder.model" | cut -c1-16) ($(stat -c %s "$WORK/b.bin") bytes)"
if diff -r "$WORK/a" "$WORK/b" > "$WORK/diff.txt"; then
  echo "deterministic: the two trainings gave identical models (apart from OpenNLP's training time stamp)"
else
  cat "$WORK/diff.txt" | head -20
  echo "NOT deterministic: the two models differ" >&2
  exit 1
fi
