#!/usr/bin/env bash
# Posting export benchmarks (issue 3), printed as one table. Not a test: timings on a shared
# machine are reported, not judged.
#   1. bench_postings: the built-in template to PDF in a warm process, against Qt's own floor
#      (a QTextDocument with the same Markdown printed to QPdfWriter).
#   2. Whole processes, one posting: `hirekit postings export ID --format pdf` against
#      `libreoffice --headless --convert-to pdf` of the same posting's HTML export.
#   3. Whole processes, 200 postings: `hirekit postings export --all --format pdf` against
#      LibreOffice converting the 200 HTML exports in one call; compared per posting.
# Targets: (1) median under 50 ms, (2) Hirekit at least 10x faster, (3) at least 2x.
#
# Usage: tests/benchmarks/run.sh   (env: BUILD_DIR=build RUNS=15 LO_RUNS=5 ALL_RUNS=3
#                                    LO_ALL_RUNS=1 POSTINGS=200 BENCH_RUNS=50)
# Builds in the main build folder under the shared build lock; installs
# libreoffice-writer-nogui with apt-get when LibreOffice is missing.
set -euo pipefail

cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build}
RUNS=${RUNS:-15}
LO_RUNS=${LO_RUNS:-5}
ALL_RUNS=${ALL_RUNS:-3}
LO_ALL_RUNS=${LO_ALL_RUNS:-1}
POSTINGS=${POSTINGS:-200}
BENCH_RUNS=${BENCH_RUNS:-50}
LOCK=/tmp/hirekit-build.lock

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- build -------------------------------------------------------------------------------
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    flock "$LOCK" cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
flock "$LOCK" cmake --build "$BUILD_DIR" --target hirekit bench_postings hirekit_printing >&2
HIREKIT=$PWD/$BUILD_DIR/app/hirekit
BENCH=$PWD/$BUILD_DIR/tests/benchmarks/bench_postings
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt")

# --- LibreOffice -------------------------------------------------------------------------
SOFFICE=$(command -v soffice || command -v libreoffice || true)
if [ -z "$SOFFICE" ]; then
    echo "Installing libreoffice-writer-nogui (for the comparison)..." >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
    SOFFICE=$(command -v soffice)
fi

WORK=$(mktemp -d /tmp/hirekit-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# A throwaway LibreOffice profile, made once before timing (as on a machine where
# LibreOffice has run before).
LO_PROFILE="file://$WORK/lo-profile"
export QT_QPA_PLATFORM=offscreen
export HIREKIT_PLUGIN_PATH=$PWD/$BUILD_DIR/app # the printing plugin, where it is built
unset DISPLAY WAYLAND_DISPLAY

now_ns() { date +%s%N; }

# Times `runs` runs of a command; prints the times in milliseconds, one a line.
time_runs() { # RUNS COMMAND...
    local runs=$1
    shift
    for _ in $(seq "$runs"); do
        local start end
        start=$(now_ns)
        "$@" >/dev/null 2>&1
        end=$(now_ns)
        awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e6 }'
    done
}

# From times on stdin (ms), divided by DIVISOR: "runs median p25 p75 min max".
stats() { # DIVISOR
    sort -n | awk -v d="$1" '
        { t[NR] = $1 / d }
        function pct(p,   i, lo, hi) { i = p * (NR - 1) + 1; lo = int(i); hi = (lo < NR) ? lo + 1 : lo;
                                       return t[lo] + (t[hi] - t[lo]) * (i - lo) }
        END { printf "%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", NR, pct(0.5), pct(0.25), pct(0.75), t[1], t[NR] }'
}

ROWS=$WORK/rows.tsv
: >"$ROWS"
row() { # LABEL STATS
    printf '%s\t%s\n' "$1" "$2" >>"$ROWS"
}

# --- 1. in process -----------------------------------------------------------------------
echo "1/3 bench_postings ($BENCH_RUNS runs)..." >&2
"$BENCH" --runs "$BENCH_RUNS" --tsv 2>/dev/null >>"$ROWS"

# --- 2. one posting, whole processes -----------------------------------------------------
echo "2/3 one posting, $RUNS hirekit runs and $LO_RUNS LibreOffice runs..." >&2
DB=$WORK/one.sqlite
"$HIREKIT" --db "$DB" postings list >/dev/null 2>&1
ID=$("$HIREKIT" --db "$DB" postings list | awk 'NR == 2 { print $1 }')
"$HIREKIT" --db "$DB" postings export "$ID" --format html --out "$WORK/posting.html" >/dev/null
mkdir -p "$WORK/lo-one"
lo_convert() { # OUTDIR FILES...
    local outdir=$1
    shift
    "$SOFFICE" -env:UserInstallation="$LO_PROFILE" --headless \
        --convert-to pdf:writer_web_pdf_Export --outdir "$outdir" "$@"
}
lo_convert "$WORK/lo-one" "$WORK/posting.html" >/dev/null 2>&1 # creates the profile
[ -s "$WORK/lo-one/posting.pdf" ] || { echo "LibreOffice wrote no PDF" >&2; exit 1; }
ONE_HIREKIT=$(time_runs "$RUNS" "$HIREKIT" --db "$DB" postings export "$ID" --format pdf \
    --out "$WORK/posting.pdf" | stats 1)
ONE_LO=$(time_runs "$LO_RUNS" lo_convert "$WORK/lo-one" "$WORK/posting.html" | stats 1)
row "one posting, whole process: hirekit postings export" "$ONE_HIREKIT"
row "one posting, whole process: LibreOffice from HTML" "$ONE_LO"
PAGES_HIREKIT=$(pdfinfo "$WORK/posting.pdf" | awk '/^Pages:/ { print $2 }')
PAGES_LO=$(pdfinfo "$WORK/lo-one/posting.pdf" | awk '/^Pages:/ { print $2 }')

# --- 3. 200 postings ---------------------------------------------------------------------
echo "3/3 $POSTINGS postings: importing, then $ALL_RUNS hirekit runs and $LO_ALL_RUNS" \
    "LibreOffice runs..." >&2
MANY=$WORK/many.sqlite
"$HIREKIT" --db "$MANY" postings list >/dev/null 2>&1
"$HIREKIT" --db "$MANY" postings export "$ID" --format json --out "$WORK/posting.json" >/dev/null
# The seeded example posting is one of them; import the rest.
for _ in $(seq $((POSTINGS - 1))); do
    "$HIREKIT" --db "$MANY" postings import "$WORK/posting.json" >/dev/null
done
COUNT=$("$HIREKIT" --db "$MANY" postings list | tail -n +2 | wc -l)
"$HIREKIT" --db "$MANY" postings export --all --format html --out-dir "$WORK/html" >/dev/null
ALL_HIREKIT=$(time_runs "$ALL_RUNS" "$HIREKIT" --db "$MANY" postings export --all --format pdf \
    --out-dir "$WORK/pdf" | stats "$COUNT")
mkdir -p "$WORK/lo-all"
ALL_LO=$(time_runs "$LO_ALL_RUNS" lo_convert "$WORK/lo-all" "$WORK"/html/*.html | stats "$COUNT")
LO_FILES=$(find "$WORK/lo-all" -name '*.pdf' | wc -l)
row "$COUNT postings, per posting: hirekit postings export --all" "$ALL_HIREKIT"
row "$COUNT postings, per posting: LibreOffice, one call" "$ALL_LO"

# --- table -------------------------------------------------------------------------------
median_of() { awk -F'\t' -v label="$1" '$1 == label { print $3 }' "$ROWS"; }
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-1}" 'BEGIN { printf "%.*f\n", d, a / b }'; }
echo
echo "Posting export benchmarks ($BUILD_TYPE build, $(nproc) cores, $(date -u +%Y-%m-%d))"
printf '%-58s %5s %10s %21s %21s\n' "" "runs" "median ms" "p25 - p75 ms" "min - max ms"
while IFS=$'\t' read -r label runs median p25 p75 min max; do
    printf '%-58s %5s %10.1f %10.1f - %-8.1f %10.1f - %-8.1f\n' \
        "$label" "$runs" "$median" "$p25" "$p75" "$min" "$max"
done <"$ROWS"
echo
QT=$(median_of "template PDF in a warm process: Qt floor (memory)")
HK=$(median_of "template PDF in a warm process: Hirekit (memory)")
echo "Warm template PDF: Hirekit $HK ms (target < 50 ms), Qt's floor $QT ms," \
    "Hirekit/Qt = $(ratio "$HK" "$QT" 2)"
echo "One posting: LibreOffice/Hirekit = $(ratio "$(median_of "one posting, whole process: LibreOffice from HTML")" \
    "$(median_of "one posting, whole process: hirekit postings export")")x (target >= 10x);" \
    "pages: Hirekit $PAGES_HIREKIT, LibreOffice $PAGES_LO"
echo "$COUNT postings: LibreOffice/Hirekit per posting = $(ratio \
    "$(median_of "$COUNT postings, per posting: LibreOffice, one call")" \
    "$(median_of "$COUNT postings, per posting: hirekit postings export --all")")x (target >= 2x);" \
    "LibreOffice wrote $LO_FILES PDFs"
