#!/usr/bin/env bash
# Salary benchmarks (issue 4) over a generated million-row BLS OEWS file, printed in order.
# Not a test: timings on a shared machine are reported, not judged.
#   1. Import: Hirekit's importer into a fresh library against sqlite3's own `.import --csv`
#      of the same file into a plain table, best of RUNS each, and their ratio (target <= 2).
#   2. Filter: each keystroke of a city and of a role typed into the Salaries tab's filters
#      over the imported million rows, refreshed and painted (target: each under 50 ms).
#   3. Memory: the window on the million rows, scrolled, sorted and filtered; its peak
#      resident memory as the kernel counts it (VmHWM) and as /usr/bin/time -v reports it
#      (target: under 150 MB).
#
# Usage: tests/benchmarks/salaries.sh   (env: BUILD_DIR=build ROWS=1000000 RUNS=3
#                                        WORK=a folder to keep the CSV and library in)
# Builds bench_salaries in the main build folder under the shared build lock.
set -euo pipefail

cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
LOCK=/tmp/hirekit-build.lock
WORK=${WORK:-}
if [ -z "$WORK" ]; then
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    flock "$LOCK" cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
flock "$LOCK" cmake --build "$BUILD_DIR" --target bench_salaries hirekit_charts >&2
BENCH=$PWD/$BUILD_DIR/tests/benchmarks/bench_salaries
export HIREKIT_PLUGIN_PATH=$PWD/$BUILD_DIR/app # the salary charts plugin, where it is built
command -v sqlite3 >/dev/null || { echo "salaries.sh: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }

CSV=$WORK/bls-$ROWS.csv
LIBRARY=$WORK/salaries-$ROWS.sqlite
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt")
echo "== Salary benchmarks: $ROWS rows, $BUILD_TYPE build, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "-- 1. generate"
[ -f "$CSV" ] || "$BENCH" generate "$ROWS" "$CSV"
echo "-- 2. import (best of $RUNS)"
"$BENCH" import "$CSV" --runs "$RUNS" --keep "$LIBRARY"
echo "-- 3. filter keystrokes"
QT_QPA_PLATFORM=offscreen "$BENCH" filter "$LIBRARY" 2>/dev/null
echo "-- 4. peak memory of the window"
QT_QPA_PLATFORM=offscreen /usr/bin/time -v "$BENCH" memory "$LIBRARY" 2>"$WORK/time.txt"
grep -E "Maximum resident set size" "$WORK/time.txt" | sed 's/^[[:space:]]*/   \/usr\/bin\/time -v: /'
