#!/usr/bin/env bash
# The slowest test classes of each surefire pass of the last `./mvnw verify`, from the
# reports it wrote (target/surefire-reports: H2 pass; target/surefire-reports-postgresql:
# PostgreSQL pass). Usage: bench/test-times.sh [how many, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-15}
for dir in target/surefire-reports target/surefire-reports-postgresql; do
  [ -d "$dir" ] || continue
  files=("$dir"/TEST-*.xml)
  [ -e "${files[0]}" ] || continue
  # the first line holding <testsuite …> of each report: its class, test count and time
  rows=$(for f in "${files[@]}"; do
    grep -m1 -o '<testsuite [^>]*>' "$f" | sed -E 's/.* name="([^"]+)".* time="([^"]+)".* tests="([0-9]+)".*/\2 \3 \1/'
  done)
  total=$(awk '{s += $1; n += $2} END {printf "%d classes, %d tests, %.0f s of class time", NR, n, s}' <<<"$rows")
  printf '\n%s: %s\n' "$dir" "$total"
  sort -rn <<<"$rows" | head -n "$count" | awk '{sub("org.synergies.", "", $3); printf "%8.1f s %6d  %s\n", $1, $2, $3}'
done
