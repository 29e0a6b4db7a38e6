#!/usr/bin/env bash
# `npm run test:sanitize`: the XML tests and a short fuzz run against the
# addon built with AddressSanitizer and UndefinedBehaviorSanitizer.
#
# The addon is built from binding.gyp and native/ in a temporary directory
# (the work tree's build/ and prebuilds/ are left alone), against the system
# libxml2 like any source build, with -fsanitize=address,undefined and no
# recovery: the first report aborts the process. Node.js itself is not
# instrumented, so the sanitizer runtime is preloaded (LD_PRELOAD) into the
# test processes, which load this build through OVIRT_SDK_NATIVE. Leak
# detection is off: Node.js keeps allocations until exit by design.
#
# test/xml/memory.test.ts is left out: it measures the resident set, which
# the sanitizer's shadow memory and quarantine make meaningless.
#
# Environment:
#   OVIRT_FUZZ_CASES   documents of the fuzz run (default here: 800)
#   CXX                the compiler (default g++); its libasan and libubsan are preloaded
#   JOBS               make -j (default 2)
# Needs what a source build needs (a C++ compiler, python3, make, the
# libxml2 headers, pkg-config) and the compiler's sanitizer runtimes (with
# Debian's g++: libasan8 and libubsan1, which it installs).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cxx="${CXX:-g++}"
log() { printf 'test:sanitize: %s\n' "$*" >&2; }

runtime() {
  local path
  path="$("$cxx" -print-file-name="$1")"
  if [ "$path" = "$1" ] || [ ! -e "$path" ]; then
    log "error: $cxx has no $1 (Debian: apt-get install g++, which brings libasan8 and libubsan1)"
    exit 1
  fi
  printf '%s' "$path"
}
libasan="$(runtime libasan.so)"
libubsan="$(runtime libubsan.so)"

stage="$(mktemp -d "${TMPDIR:-/tmp}/ovirt-sdk-sanitize.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
cp "$root/binding.gyp" "$root/package.json" "$stage/"
cp -r "$root/native" "$stage/native"
ln -s "$root/node_modules" "$stage/node_modules"

# The headers of the Node.js running here (as scripts/prebuild.sh finds
# them), not a download.
if [ -z "${npm_config_nodedir:-}" ]; then
  nodedir="$(cd "$(dirname "$(node -p process.execPath)")/.." && pwd)"
  if [ -f "$nodedir/include/node/node_api.h" ]; then export npm_config_nodedir="$nodedir"; fi
fi

flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
log "building the addon with $flags in $stage"
if ! (cd "$stage" && CXX="$cxx" CXXFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" \
  "$root/node_modules/.bin/node-gyp" rebuild --jobs "${JOBS:-2}" >"$stage/build.log" 2>&1); then
  cat "$stage/build.log" >&2
  log "error: the sanitizer build failed"
  exit 1
fi
addon="$stage/build/Release/ovirt_xml.node"
# (grep without -q reads all of nm's output: with pipefail, an early exit
# would fail the pipeline on nm's SIGPIPE.)
if ! nm -D "$addon" | grep __asan_ >/dev/null; then
  log "error: $addon is not instrumented"
  exit 1
fi

log "running test/xml (fuzz: ${OVIRT_FUZZ_CASES:-800} documents) with $libasan and $libubsan preloaded"
set +e
(
  cd "$root"
  OVIRT_SDK_NATIVE="$addon" \
    LD_PRELOAD="$libasan:$libubsan" \
    ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=1:detect_odr_violation=0" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
    OVIRT_FUZZ_CASES="${OVIRT_FUZZ_CASES:-800}" \
    node "$root/node_modules/.bin/jest" --runInBand --verbose --testPathIgnorePatterns memory.test.ts -- test/xml
) 2>&1 | tee "$stage/jest.log"
status=${PIPESTATUS[0]}
set -e
# A report in a child process (the stderr test's) shows up as that test's
# failure; a report anywhere fails the run even if a test swallowed it.
if grep -qE 'ERROR: AddressSanitizer|runtime error:|UndefinedBehaviorSanitizer' "$stage/jest.log"; then
  log "error: the sanitizers reported a problem (above)"
  exit 1
fi
if [ "$status" -ne 0 ]; then
  log "error: the tests failed under the sanitizers (exit $status)"
  exit "$status"
fi
log "no sanitizer report"
