#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) in build-fuzz and
# runs each for SECONDS (default 30), then prints a table: target, seconds, executions,
# executions per second, corpus size, findings. Exits 1 when a target found something.
#
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]
#
# Seeds: tests/fuzz/seeds and the hostile corpus (tests/data/hostile). What a run learns is
# kept in build-fuzz/corpus/<target> for the next run; a crash, leak, timeout or memory blow-up
# is written to build-fuzz/findings/<target>-*: fix it, then add the input to the hostile
# corpus (tests/data/hostile/make-corpus.py) so that the normal test suite replays it.
set -euo pipefail

cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:-30}
FUZZ_DIR=${FUZZ_DIR:-build-fuzz}
HOSTILE=tests/data/hostile
SEEDS=tests/fuzz/seeds

if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
    cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DHIREKIT_FUZZ=ON -DHIREKIT_WERROR=OFF >/dev/null
fi
cmake --build "$FUZZ_DIR"

# Seed folders per target: libFuzzer reads every file in them (and writes only to the first,
# the run's own corpus).
seeds_for() {
    case "$1" in
        fuzz_csv | fuzz_bls_import) echo "$SEEDS/csv $HOSTILE/csv" ;;
        fuzz_posting_json) echo "$SEEDS/posting $HOSTILE/posting-json" ;;
        fuzz_scorecard_json) echo "$SEEDS/scorecard $HOSTILE/scorecard-json" ;;
        fuzz_markdown) echo "$SEEDS/markdown tests/data/renderer" ;;
    esac
}

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
# The same justified suppressions as the sanitizer run of the test suite (fontconfig).
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

mkdir -p "$FUZZ_DIR/findings" "$FUZZ_DIR/logs"
rows=()
total_findings=0
for target in fuzz_csv fuzz_bls_import fuzz_posting_json fuzz_scorecard_json fuzz_markdown; do
    corpus="$FUZZ_DIR/corpus/$target"
    mkdir -p "$corpus"
    log="$FUZZ_DIR/logs/$target.log"
    before=$(find "$FUZZ_DIR/findings" -name "$target-*" | wc -l)
    # -rss_limit_mb: Qt and SQLite with ASan's quarantine live well under 2 GB; an input that
    # needs more is a finding. -timeout: one input over 10 s is a hang. -max_len: import files
    # of up to 64 KB reach every branch; longer ones only cost time.
    # shellcheck disable=SC2046
    "$FUZZ_DIR/tests/fuzz/$target" "$corpus" $(seeds_for "$target") \
        -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$FUZZ_DIR/findings/$target-" >"$log" 2>&1 || true
    after=$(find "$FUZZ_DIR/findings" -name "$target-*" | wc -l)
    findings=$((after - before))
    total_findings=$((total_findings + findings))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus_size=$(find "$corpus" -type f | wc -l)
    rows+=("$target $SECONDS_PER_TARGET ${execs:-0} ${speed:-0} $corpus_size $findings")
done

printf '%-22s %8s %12s %8s %8s %9s\n' TARGET SECONDS EXECUTIONS EXEC/S CORPUS FINDINGS
for row in "${rows[@]}"; do
    # shellcheck disable=SC2086
    printf '%-22s %8s %12s %8s %8s %9s\n' $row
done
if [ "$total_findings" -gt 0 ]; then
    echo "Findings are in $FUZZ_DIR/findings; the logs in $FUZZ_DIR/logs." >&2
    exit 1
fi
