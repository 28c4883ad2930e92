#!/usr/bin/env bash
# Builds and runs the JMH benchmarks, then prints the ratio table of the README.
#
#   benchmarks/run.sh            full run: 2 forks, 4+5 iterations of 2 s (about 45 minutes)
#   benchmarks/run.sh --short    one fork, few iterations: the ratios in about 6 minutes
#
# Any further arguments go to JMH (a benchmark regex, -p size=2MB, ...). Results are written
# to benchmarks/results/<mode>-<UTC time>.json with a .summary.json beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
jmh_args=()
if [[ "${1:-}" == "--short" ]]; then
  mode=short
  jmh_args=(-f 1 -wi 3 -w 2s -i 3 -r 1s)
  shift
fi

./mvnw -q -B -ntp package -DskipTests -pl benchmarks -am
mkdir -p benchmarks/results
out="benchmarks/results/${mode}-$(date -u +%Y%m%dT%H%M%SZ).json"
java -jar benchmarks/target/benchmarks.jar "${jmh_args[@]}" -prof gc -rf json -rff "$out" "$@"
java -cp benchmarks/target/benchmarks.jar org.justicekit.benchmarks.BenchmarkReport "$out"
