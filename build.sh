#!/usr/bin/env bash
# Hirekit's one entry point for people and CI.
#   ./build.sh run [ARGS...]  install what is missing, build, and start Hirekit
#   ./build.sh test           install what is missing, build, and run the whole test suite
#   ./build.sh deps | build   just one step
# Every step is idempotent and quick when nothing changed. With CI set, `test` also checks
# formatting, runs the suite again under AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs each libFuzzer target for HIREKIT_FUZZ_SECONDS (default 30; tests/fuzz/run.sh).
set -euo pipefail

cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}
ASAN_DIR=${ASAN_DIR:-build-asan}

# Debian 12 packages. libqt6opengl6-dev is named because Qt6Charts needs it and Debian's
# package forgets to depend on it; libqt6sql6-sqlite and xauth because recommends are off.
# The Noto fonts cover every script a posting may be written in (PDF export embeds them).
# Hunspell and its en_US dictionary spell postings (found with pkg-config).
# clang and its runtimes (libFuzzer, only recommended by clang) build the fuzz targets.
PACKAGES=(
    cmake ninja-build g++ clang-format
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libgl-dev
    xvfb xauth poppler-utils qpdf sqlite3 fonts-dejavu-core
    fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    libhunspell-dev hunspell-en-us pkg-config
    clang libclang-rt-14-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure() { # DIR [CMAKE ARGS...]
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
}

build() {
    configure "$BUILD_DIR"
    cmake --build "$BUILD_DIR"
}

format_check() {
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
}

test_suite() { # DIR
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j2)
}

sanitized_tests() {
    configure "$ASAN_DIR" -DHIREKIT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    cmake --build "$ASAN_DIR"
    # Fewer kills in the crash test: each one starts a sanitized process, several times slower.
    HIREKIT_CRASH_KILLS=50 \
    ASAN_OPTIONS=detect_leaks=1 \
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        test_suite "$ASAN_DIR"
}

command=${1:-run}
shift || true
case "$command" in
    deps) deps ;;
    build) deps; build ;;
    run) deps; build; exec "$BUILD_DIR/app/hirekit" "$@" ;;
    test)
        deps
        if [ -n "${CI:-}" ]; then format_check; fi
        build
        test_suite "$BUILD_DIR"
        if [ -n "${CI:-}" ]; then
            sanitized_tests
            # A short run of each fuzz target (build-fuzz is kept like the other build trees).
            tests/fuzz/run.sh "${HIREKIT_FUZZ_SECONDS:-30}"
        fi
        ;;
    *) echo "usage: $0 run [ARGS...] | test | build | deps" >&2; exit 2 ;;
esac
