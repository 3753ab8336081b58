#!/usr/bin/env bash
# Rebuilds the part-of-speech tagger and the dependency parser exactly as committed under
# src/main/resources/org/newsgraph/nlp/syntax/. Needs the third-party treebanks in ../shared
# (never committed). Deterministic: the same treebanks give the same files, byte for byte.
# The tagger's and parser's features read the word clusters of the name model
# (src/main/resources/org/newsgraph/nlp/ner/clusters.tsv): retrain after rebuilding those.
#
#   scripts/train-parser.sh [SHARED_DIR]      (default: ../shared next to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"
RES=src/main/resources/org/newsgraph/nlp/syntax
mvn -B -q -DskipTests package
JAR=target/newsgraph.jar

# UD English-EWT train + the GUM subset's train documents (never EWT dev: it is the yardstick);
# 10 jack-knife folds for the parser's training tags.
java -Xmx3g -jar "$JAR" train-parser \
  --train "$SHARED/train/pos/ud_english_ewt/en_ewt-ud-train.conllu" "$SHARED/train/ner/gum_subset/train" \
  --tagger-iterations 10 --parser-iterations 12 --folds 10 --seed 1 --min-weight 2.0 \
  --output "$RES" --dev "$SHARED/train/pos/ud_english_ewt/en_ewt-ud-dev.conllu"
