#!/usr/bin/env bash
# Runs one Jazzer fuzz test in fuzzing mode for a while (README: Fuzzing).
#
#   fuzz/run.sh CLASS[#METHOD] [DURATION]     e.g. fuzz/run.sh PlatformScorerFuzzTest#score_anyHtml_resultOrInputRejected 10m
#
# DURATION is a Jazzer duration (30s, 10m, 1h; default 10m). Without #METHOD the class must have
# one @FuzzTest method (Jazzer fuzzes one method per run). New coverage-increasing inputs go to
# the module's .cifuzz-corpus/ (not committed); a finding is written as crash-<sha1> into the
# test's ...Inputs/<method>/ resource directory, where plain ./mvnw verify replays it from then on.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: fuzz/run.sh CLASS[#METHOD] [DURATION]" >&2
  exit 2
fi
target=$1
duration=${2:-10m}
root=$(cd "$(dirname "$0")/.." && pwd)
class=${target%%#*}
source=$(find "$root" -path '*/src/test/java/*' -name "$class.java" -not -path '*/target/*' | head -n 1)
if [[ -z $source ]]; then
  echo "fuzz/run.sh: no test class $class under */src/test/java" >&2
  exit 2
fi
module=${source#"$root"/}
module=${module%%/src/test/java/*}
cd "$root"
JAZZER_FUZZ=1 exec ./mvnw -B -ntp -o -pl "$module" -am test \
  -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true -Djazzer.max_duration="$duration" -Djazzer.max_executions=0 \
  -DtrimStackTrace=false -DredirectTestOutputToFile=false
