#!/usr/bin/env bash
# Rebuilds the name model and its word lists exactly as committed under
# src/main/resources/org/newsgraph/nlp/ner/. Needs the third-party corpora in ../shared
# (never committed). Deterministic: the same corpora give the same files.
#
#   scripts/train-ner.sh [SHARED_DIR]      (default: ../shared next to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"
RES=src/main/resources/org/newsgraph/nlp/ner
mvn -B -q -DskipTests package
JAR=target/newsgraph.jar

# 1. word lists from the gazetteers, word clusters and lower-case words from unlabelled news text
java -Xmx4g -jar "$JAR" train-ner --resources "$RES" \
  --gazetteers "$SHARED/train/gazetteers" \
  --cluster-text "$SHARED/corpus/polnear-train"

# 2. the model: gold corpora (UNER EWT + PUD, BTC, GUM subset) + the PolNeAR silver set
#    (never the evaluation sets in $SHARED/eval). The silver labels are cleaned by majority vote
#    per name string (--vote).
java -Xmx10g -jar "$JAR" train-ner --resources "$RES" \
  --corpus "$SHARED/train/ner" --vote "$SHARED/train/silver/polnear-train.corenlp.conll" \
  --seed 1 --iterations 80 --cutoff 1 \
  --output "$RES/en-ner-newsgraph.bin"
