#!/usr/bin/env bash
# Run every fuzz target for SECONDS each, one after the other (one core at a time).
#
#   fuzz/run.sh 2100            # 35 minutes per target
#   nice -n 19 fuzz/run.sh 60   # a quick smoke run
#
# Corpora are seeded from corpora/ sentences into fuzz/work/ (kept between runs, ignored by
# git).  Findings: fuzz/crashes/<target>-<sha>.bin (+ .txt with the traceback) for Python
# exceptions and broken invariants, libFuzzer artifacts (timeout-*, oom-*, crash-*) for hangs,
# memory blow-ups and hard crashes.  A hang or OOM ends libFuzzer; the target is restarted
# for the rest of its time.  The summary goes to fuzz/RESULTS.md.
set -uo pipefail
SECONDS_PER_TARGET=${1:?usage: fuzz/run.sh SECONDS [target ...]}
shift
TARGETS=("${@:-extract readers paths}")
TARGETS=(${TARGETS[@]})
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
WORK="$HERE/work"
CRASHES="$HERE/crashes"
TIMEOUT=${FUZZ_TIMEOUT:-30}      # seconds one input may take before it counts as a hang
RSS=${FUZZ_RSS_MB:-3072}          # memory limit of the fuzzing process
mkdir -p "$WORK/logs" "$CRASHES"
"$PY" "$HERE/seed.py" "$WORK"

declare -A EXECS RESTARTS ARTIFACTS SPENT
started_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
for t in "${TARGETS[@]}"; do
  case $t in
    extract) maxlen=4096 ;;
    readers) maxlen=65536 ;;
    paths) maxlen=1024 ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
  EXECS[$t]=0; RESTARTS[$t]=0; ARTIFACTS[$t]=""
  rm -f "$WORK/stats-$t-"*.json
  t0=$(date +%s)
  i=0
  while :; do
    left=$(( SECONDS_PER_TARGET - ($(date +%s) - t0) ))
    (( left < 5 )) && break
    log="$WORK/logs/$t-$i.log"
    before=$(ls "$CRASHES" 2>/dev/null | grep -E '^(timeout|oom|crash|leak|slow-unit)-' | sort)
    FUZZ_CRASH_DIR="$CRASHES" FUZZ_STATS="$WORK/stats-$t-$i.json" \
      "$PY" "$HERE/fuzz_$t.py" "$WORK/corpus_$t" \
        -max_total_time="$left" -timeout="$TIMEOUT" -rss_limit_mb="$RSS" -max_len="$maxlen" \
        -artifact_prefix="$CRASHES/" -print_final_stats=1 -close_fd_mask=1 >"$log" 2>&1
    rc=$?
    n=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
    [[ -z "$n" ]] && n=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    EXECS[$t]=$(( ${EXECS[$t]} + ${n:-0} ))
    after=$(ls "$CRASHES" 2>/dev/null | grep -E '^(timeout|oom|crash|leak|slow-unit)-' | sort)
    new=$(comm -13 <(echo "$before") <(echo "$after") | tr '\n' ' ')
    ARTIFACTS[$t]="${ARTIFACTS[$t]}$new"
    echo "[$t] run $i: rc=$rc execs=${n:-0} new artifacts: ${new:-none}" >&2
    i=$((i + 1))
    if (( rc == 0 )); then break; fi
    RESTARTS[$t]=$(( ${RESTARTS[$t]} + 1 ))
    (( ${RESTARTS[$t]} > 20 )) && break
  done
  SPENT[$t]=$(( $(date +%s) - t0 ))
done

# ---- summary: this run on top, earlier runs kept below it
previous=""
if grep -q '^<!-- runs -->$' "$HERE/RESULTS.md" 2>/dev/null; then
  previous=$(sed -e '1,/^<!-- runs -->$/d' "$HERE/RESULTS.md")
elif [[ -f "$HERE/RESULTS.md" ]]; then  # written before runs had sections
  previous="## Earlier run"$'\n'"$(tail -n +2 "$HERE/RESULTS.md")"
fi
{
  echo "# Fuzzing results"
  echo
  echo "Written by \`fuzz/run.sh\`: one section per run, newest first.  Findings are kept in"
  echo "\`fuzz/crashes/\`, copied to \`tests/fuzz_cases/\` and replayed by \`tests/test_fuzz_regressions.py\`."
  echo
  echo "<!-- runs -->"
  echo "## Run of $started_at"
  echo
  echo "Finished $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null), \`fuzz/run.sh $SECONDS_PER_TARGET ${TARGETS[*]}\`."
  echo "Per-input hang limit ${TIMEOUT} s, memory limit ${RSS} MB."
  echo
  echo "| target | seconds | executions | restarts (hang/OOM/crash) | distinct Python findings | libFuzzer artifacts |"
  echo "|---|---:|---:|---:|---:|---|"
  for t in "${TARGETS[@]}"; do
    sigs=$("$PY" - "$WORK" "$t" <<'PYEOF'
import json, sys, glob
seen = {}
for f in glob.glob(f"{sys.argv[1]}/stats-{sys.argv[2]}-*.json"):
    seen.update(json.load(open(f))["signatures"])
print(len(seen))
for s, n in sorted(seen.items()):
    print(f"{s} → fuzz/crashes/{n}.bin")
PYEOF
)
    echo "| $t | ${SPENT[$t]} | ${EXECS[$t]} | ${RESTARTS[$t]} | $(echo "$sigs" | head -1) | ${ARTIFACTS[$t]:-none} |"
    echo "$sigs" | tail -n +2 > "$WORK/findings-$t.txt"
  done
  echo
  for t in "${TARGETS[@]}"; do
    if [[ -s "$WORK/findings-$t.txt" ]]; then
      echo "Findings of \`$t\` (exception type @ innermost package frame → input):"
      echo
      sed 's/^/- /' "$WORK/findings-$t.txt"
      echo
    fi
  done
  [[ -n "$previous" ]] && echo "$previous"
} > "$HERE/RESULTS.md.new"
mv "$HERE/RESULTS.md.new" "$HERE/RESULTS.md"
cat "$HERE/RESULTS.md"
