#!/usr/bin/env bash
# Measurement (not a test): soát on the field corpus against its reviewers' expectations, visible set and
# holdout. Prints the share of ERROR/WARNING findings judged wrong and of real defects found, next to the goals.
# Usage: bench/field-corpus.sh [FOLDER...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.soat.bench.FieldCorpus "$@"
