#!/usr/bin/env bash
# Hirekit's performance runner (issue 8): one command, one report. Not a test: timings on a
# shared machine are reported, not judged.
#   1. The big library: 2,000 postings with revisions, 1,000,000 salary rows, 10,000
#      candidates, 20,000 scorecards with notes (generate_library, deterministic seed).
#   2. Start-up as whole processes on the big library: `hirekit --db BIG --screenshot OUT
#      --tab T` for each tab against bare_window (a bare three-tab Qt Widgets window built
#      with the same flags, shown and grabbed the same way), median and spread of RUNS runs
#      each, the ratio of medians and of the fastest runs (target: both at most 1.5); also on
#      a new library. The runs take turns, one of each program per round. The same runs on
#      the big library are split into phases by their start-up marks (app/StartupMarks.h).
#   3. Peak resident memory after opening each tab on the big library (target: < 150 MB).
#   4. The window's queries on the big library (bench_library): searches < 20 ms, the
#      others < 50 ms; each tab and Interviews page shown until painted (bench_pages); the
#      longest the window does not answer in the 3 s after start-up, on each tab (bench_idle).
#   5. The per-tab figures: posting PDF export against Qt's own floor (bench_postings), all
#      posting checks on 2,000 words (bench_checks), one keystroke in the editor
#      (bench_editor), saving a rating or note among 10,000 scorecards and erasing a
#      candidate (bench_interviews), a million-row BLS import against sqlite3's .import,
#      filter keystrokes and deleting 10,000 salary rows and undoing it (bench_salaries,
#      RUNS_IMPORT import runs).
# The LibreOffice comparison of the PDF export stays in run.sh (it installs LibreOffice).
#
# Usage: tests/benchmarks/perf.sh   (env: BUILD_DIR=build RUNS=31 RUNS_IMPORT=1
#                                    WORK=a folder to keep the big library in between runs)
set -euo pipefail

cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build}
RUNS=${RUNS:-31}
RUNS_IMPORT=${RUNS_IMPORT:-1}
LOCK=/tmp/hirekit-build.lock
WORK=${WORK:-}
if [ -z "$WORK" ]; then
    WORK=$(mktemp -d /tmp/hirekit-perf.XXXXXX)
    trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    flock "$LOCK" cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
flock "$LOCK" cmake --build "$BUILD_DIR" --target hirekit bare_window generate_library \
    bench_library bench_pages bench_idle bench_postings bench_checks bench_editor bench_interviews \
    bench_salaries >&2
B=$PWD/$BUILD_DIR
HIREKIT=$B/app/hirekit
BENCH=$B/tests/benchmarks
export QT_QPA_PLATFORM=offscreen
# The benchmarks find the plugins (salary charts, printing) where they are built.
export HIREKIT_PLUGIN_PATH=$B/app
unset DISPLAY WAYLAND_DISPLAY
# Fresh settings: the window starts as it would for a new user (no remembered library or tab,
# interviewer name or backups), also when WORK is kept from an earlier run.
export HOME=$WORK/perf-home XDG_CONFIG_HOME=$WORK/perf-home/.config
export XDG_DATA_HOME=$WORK/perf-home/.local/share
rm -rf "$HOME"
mkdir -p "$HOME"
# Every figure also goes, one line each, into the runner's one table (BenchSummary.h), printed
# at the end; the start-up and memory figures are added here.
export HIREKIT_BENCH_SUMMARY=$WORK/summary.tsv
rm -f "$HIREKIT_BENCH_SUMMARY"
# figure runs median fastest slowest unit peer peer-median ratio target verdict, as
# BenchSummary.h writes them.
add_figure() {
    local IFS=$'\t'
    echo "$*" >>"$HIREKIT_BENCH_SUMMARY"
}
figure_count() {
    if [ -f "$HIREKIT_BENCH_SUMMARY" ]; then wc -l <"$HIREKIT_BENCH_SUMMARY"; else echo 0; fi
}
# Runs a benchmark with its output indented (the first argument, in spaces). One that fails,
# adds no figure to the table or could not write one is named after the table, and the runner
# then exits 1: the table is printed whatever happens.
failed=()
run_bench() {
    local indent=$1 name=$2 before
    shift 2
    before=$(figure_count)
    if ! "$@" 2>"$WORK/bench.err" | sed "s/^/$indent/"; then
        failed+=("$name failed: $(tail -n 3 "$WORK/bench.err" | tr '\n' ' ')")
    fi
    if grep -q "to the runner's table" "$WORK/bench.err"; then
        failed+=("$name: $(grep -m 1 "to the runner's table" "$WORK/bench.err")")
    fi
    [ "$(figure_count)" -gt "$before" ] || failed+=("$name added no figure to the table")
}
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt")
echo "== Hirekit performance: $BUILD_TYPE build, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"

BIG=$WORK/big.sqlite
echo "-- 1. the big library"
if [ ! -f "$BIG" ]; then
    "$BENCH/generate_library" "$BIG"
else
    echo "   kept from an earlier run: $BIG"
fi
echo "   $(du -m "$BIG" | cut -f1) MB"

now_ns() { date +%s%N; }
# The wall time of one run of a command, in milliseconds, with the start-up marks on
# (app/StartupMarks.h): the marks, framed by the process's start and end, go to the file named
# first. Every start-up run is marked alike, the floor's too.
time_marked() {
    local marks=$1 start end
    shift
    start=$(now_ns)
    # Qt's plain message format, on stderr, whatever the environment says.
    QT_LOGGING_RULES="hirekit.startup.debug=true" QT_MESSAGE_PATTERN="%{category}: %{message}" \
        QT_FORCE_STDERR_LOGGING=1 "$@" >/dev/null 2>"$marks.err"
    end=$(now_ns)
    {
        echo "start $((start / 1000))"
        sed -n 's/^hirekit\.startup: //p' "$marks.err"
        echo "end $((end / 1000))"
    } >"$marks"
    rm -f "$marks.err"
    awk -v ns=$((end - start)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
}
# The median milliseconds between two marks over the runs' files in a folder ("-" when the
# marks are not there).
phase_median() {
    local dir=$1 from=$2 to=$3 file
    for file in "$dir"/*; do
        [ -f "$file" ] || continue
        awk -v a="$from" -v b="$to" '$1 == a { x = $2 } $1 == b { y = $2 }
            END { if (x != "" && y != "") printf "%.1f\n", (y - x) / 1000 }' "$file"
    done | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; else printf "-" }'
}
# median min max of numbers on stdin
stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f %.1f\n", m, v[1], v[NR] }'; }

echo "-- 2. start-up to the window shown and grabbed, $RUNS runs each (ms)"
# The new library (the built-in content only) shows what start-up costs whatever the library
# holds: the difference to the big library is what grows with it.
SMALL=$WORK/small.sqlite
rm -f "$SMALL" "$SMALL-wal" "$SMALL-shm"
"$HIREKIT" --db "$SMALL" --screenshot "$WORK/small.png" >/dev/null 2>&1
# A first run of each, untimed: the files are in the page cache, as on a second start.
"$BENCH/bare_window" "$WORK/bare.png" >/dev/null 2>&1
"$HIREKIT" --db "$BIG" --screenshot "$WORK/warm.png" --tab postings >/dev/null 2>&1
# Round by round, one run of each program in turn: a busy moment of this shared machine then
# slows the floor and Hirekit alike instead of whichever was being timed.
TIMES=$WORK/startup-times
rm -rf "$TIMES"
mkdir -p "$TIMES"
MARKS=$WORK/startup-marks
rm -rf "$MARKS"
for program in bare postings salaries interviews new-postings new-salaries new-interviews; do
    mkdir -p "$MARKS/$program"
done
for run in $(seq "$RUNS"); do
    time_marked "$MARKS/bare/$run" "$BENCH/bare_window" "$WORK/bare.png" >>"$TIMES/bare"
    for tab in postings salaries interviews; do
        time_marked "$MARKS/$tab/$run" "$HIREKIT" --db "$BIG" --screenshot "$WORK/$tab.png" \
            --tab "$tab" >>"$TIMES/big-$tab"
        time_marked "$MARKS/new-$tab/$run" "$HIREKIT" --db "$SMALL" \
            --screenshot "$WORK/new-$tab.png" --tab "$tab" >>"$TIMES/new-$tab"
    done
done
# Two ratios: of the medians, and of the fastest runs. A busy machine adds about the same
# milliseconds to both programs, which pulls the ratio of medians towards 1; the fastest runs
# are the least disturbed. The target is met when both are.
read -r bare_med bare_min bare_max < <(stats <"$TIMES/bare")
printf "   %-38s %9s %17s %9s %9s %7s\n" "" "median" "spread (min-max)" "ratio" "of mins" "target"
printf "   %-38s %9s %17s\n" "bare three-tab Qt window (floor)" "$bare_med" "$bare_min-$bare_max"
add_figure "start-up, bare three-tab Qt window (the floor)" "$RUNS" "$bare_med" "$bare_min" \
    "$bare_max" ms - - - - -
for library in big new; do
    for tab in postings salaries interviews; do
        read -r med min max < <(stats <"$TIMES/$library-$tab")
        ratio=$(awk -v a="$med" -v b="$bare_med" 'BEGIN { printf "%.2f", a / b }')
        fastest=$(awk -v a="$min" -v b="$bare_min" 'BEGIN { printf "%.2f", a / b }')
        if [ "$library" = big ]; then
            verdict=$(awk -v r="$ratio" -v f="$fastest" \
                'BEGIN { print (r <= 1.5 && f <= 1.5) ? "ok" : "OVER" }')
            printf "   %-38s %9s %17s %9s %9s %7s\n" "hirekit, big library, $tab tab" "$med" \
                "$min-$max" "${ratio}x" "${fastest}x" "1.5x $verdict"
            add_figure "start-up, big library, $tab tab" "$RUNS" "$med" "$min" "$max" ms \
                "the floor" "$bare_med" "$ratio" "both ratios <= 1.5 (fastest: $fastest)" \
                "$verdict"
        else
            printf "   %-38s %9s %17s %9s %9s\n" "hirekit, new library, $tab tab" "$med" \
                "$min-$max" "${ratio}x" "${fastest}x"
            add_figure "start-up, new library, $tab tab" "$RUNS" "$med" "$min" "$max" ms \
                "the floor" "$bare_med" "$ratio" - -
        fi
    done
done

# Where the time goes, by the start-up marks: medians of the same runs, in milliseconds. The
# bare window has no library and no tab: its window is built right after QApplication, and
# laid out and painted from there.
echo "   where it goes, big library (median ms of the same runs, by the start-up marks)"
printf "   %-38s %9s %9s %9s %9s\n" "" "floor" "postings" "salaries" "interviews"
phase_row() {
    local label=$1 bare=$2 from=$3 to=$4 row tab
    row=$(printf "   %-38s %9s" "$label" "$([ -n "$bare" ] && phase_median "$MARKS/bare" $bare || echo -)")
    for tab in postings salaries interviews; do
        row+=$(printf " %9s" "$(phase_median "$MARKS/$tab" "$from" "$to")")
    done
    echo "$row"
}
phase_row "loading the program (to main)" "start main" start main
phase_row "QApplication" "main application" main application
phase_row "opening the library" "" application library
phase_row "building the main window" "application window" library window
phase_row "building and reading the tab" "" window read
phase_row "layout and first paint" "window painted" read painted
phase_row "grabbing and writing the PNG" "painted saved" painted saved
phase_row "exit" "saved end" saved end
phase_row "in all" "start end" start end

echo "-- 3. peak resident memory after opening each tab on the big library (MB)"
/usr/bin/time -f "%M" -o "$WORK/rss.txt" "$BENCH/bare_window" "$WORK/bare.png" >/dev/null 2>&1
bare_rss=$(awk '{ printf "%.0f", $1 / 1024 }' "$WORK/rss.txt")
for tab in postings salaries interviews; do
    /usr/bin/time -f "%M" -o "$WORK/rss.txt" "$HIREKIT" --db "$BIG" --screenshot "$WORK/$tab.png" --tab "$tab" >/dev/null 2>&1
    rss=$(awk '{ printf "%.0f", $1 / 1024 }' "$WORK/rss.txt")
    verdict=$([ "$rss" -lt 150 ] && echo ok || echo OVER)
    printf "   %-38s %6s MB   (target < 150: %s)\n" "$tab tab" "$rss" "$verdict"
    add_figure "peak memory, big library, $tab tab" 1 "$rss" "$rss" "$rss" MB \
        "bare three-tab Qt window" "$bare_rss" \
        "$(awk -v a="$rss" -v b="$bare_rss" 'BEGIN { printf "%.2f", a / b }')" "< 150 MB" "$verdict"
done
printf "   %-38s %6s MB\n" "bare three-tab Qt window" "$bare_rss"

echo "-- 4. the window's queries on the big library (warm, ms)"
run_bench "   " bench_library "$BENCH/bench_library" "$BIG" --runs 20
echo "   moving around the window: each tab and Interviews page shown, until painted (bench_pages)"
run_bench "      " bench_pages "$BENCH/bench_pages" "$BIG" --runs 5
echo "   the window left alone for 3 s after start-up: the longest it did not answer (bench_idle)"
for tab in postings salaries interviews; do
    run_bench "      " "bench_idle ($tab)" "$BENCH/bench_idle" "$BIG" --tab "$tab" --seconds 3
done

echo "-- 5. per-tab figures"
echo "   5a. posting PDF export (bench_postings)"
run_bench "      " bench_postings "$BENCH/bench_postings" --runs 30
echo "   5b. all posting checks (bench_checks)"
run_bench "      " bench_checks "$BENCH/bench_checks"
echo "   5c. one keystroke in the posting editor (bench_editor)"
run_bench "      " bench_editor "$BENCH/bench_editor"
echo "   5d. saving ratings and notes among 10,000 scorecards, erasing a candidate (bench_interviews)"
run_bench "      " bench_interviews "$BENCH/bench_interviews"
echo "   5e. a million-row BLS import against sqlite3 .import, filter keystrokes, deleting"
echo "       the most rows the Salaries tab deletes at once and undoing it (bench_salaries)"
CSV=$WORK/bls-1000000.csv
[ -f "$CSV" ] || "$BENCH/bench_salaries" generate 1000000 "$CSV" >/dev/null
run_bench "      " "bench_salaries import" "$BENCH/bench_salaries" import "$CSV" \
    --runs "$RUNS_IMPORT" --keep "$WORK/salaries.sqlite"
run_bench "      " "bench_salaries filter" "$BENCH/bench_salaries" filter "$WORK/salaries.sqlite"
run_bench "      " "bench_salaries undo" "$BENCH/bench_salaries" undo "$WORK/salaries.sqlite"

echo "-- 6. every figure in one table: the median and the spread (fastest-slowest) of its runs,"
echo "      the peer's median from the same run and the ratio (median / peer's), the target"
awk -F '\t' '
    BEGIN {
        printf "   %-62s %5s %10s %21s %-3s  %-27s %9s %6s  %-32s %s\n", "figure", "runs",
            "median", "spread", "", "peer", "its median", "ratio", "target", "met"
    }
    {
        spread = ($4 == "-" ? "-" : $4 "-" $5)
        printf "   %-62s %5s %10s %21s %-3s  %-27s %9s %6s  %-32s %s\n", $1, $2, $3, spread, $6,
            $7, $8, $9, $10, $11
        if ($11 == "ok") met++
        if ($11 == "OVER" || $11 == "NONE") { over++; missed = missed "\n      " $1 }
    }
    END {
        printf "   %d figures with a target met, %d not met%s\n", met, over, missed
    }' "$HIREKIT_BENCH_SUMMARY"
if [ ${#failed[@]} -gt 0 ]; then
    echo "   benchmarks that failed or left figures out of the table:" >&2
    printf '      %s\n' "${failed[@]}" >&2
    exit 1
fi
