#!/bin/sh
# The LINK command of node-gyp when scripts/prebuild.sh builds with
# PREBUILD_TOOLCHAIN=zig: links the objects that g++ compiled, with zig's
# linker, against the glibc named in OVIRT_SDK_ZIG_TARGET (for example
# x86_64-linux-gnu.2.28). zig carries link stubs of every glibc version, so
# each glibc symbol is bound to the version that glibc has, and a symbol it
# lacks is left without a version (scripts/elf-needs.js --check refuses that).
#
# Environment (set by scripts/prebuild.sh):
#   OVIRT_SDK_ZIG          the zig binary
#   OVIRT_SDK_ZIG_TARGET   zig's target triple with the glibc version
#   OVIRT_SDK_LINK_CXX     the g++ that compiled the objects (its libstdc++.a
#                          and libgcc_s.so.1 are the ones linked)
#
# Against node-gyp's usual link line:
#   - libstdc++: that g++'s libstdc++.a, linked in. -static-libstdc++ (from
#     binding.gyp) is dropped: zig's driver does not know it, and its own C++
#     library is LLVM's libc++, which the addon does not use.
#   - glibc-compat.c: __libc_single_threaded, which that libstdc++.a reads and
#     glibc 2.28 lacks (see the file).
#   - the unwinder: the system's libgcc_s.so.1 (symbol versions GCC_3.0 to
#     GCC_4.2.0, on every glibc system), not gcc's libgcc_eh.a, which calls
#     _dl_find_object (glibc 2.35).
#   - -Wl,--exclude-libs,ALL is dropped: zig 0.11 does not take it. The
#     version script scripts/prebuild.sh passes (exports.map) keeps libxml2's
#     and libstdc++'s symbols out of the dynamic symbol table all the same.
set -eu
: "${OVIRT_SDK_ZIG:?}" "${OVIRT_SDK_ZIG_TARGET:?}" "${OVIRT_SDK_LINK_CXX:?}"
here="$(cd "$(dirname "$0")" && pwd)"

lib() {
  f="$("$OVIRT_SDK_LINK_CXX" -print-file-name="$1")"
  [ -f "$f" ] || { echo "zig-link.sh: $OVIRT_SDK_LINK_CXX has no $1" >&2; exit 1; }
  printf '%s\n' "$f"
}
libstdcxx="$(lib libstdc++.a)"
libgcc_s="$(lib libgcc_s.so.1)"

for a; do
  shift
  case "$a" in
    -static-libstdc++ | -Wl,--exclude-libs,ALL) ;;
    *) set -- "$@" "$a" ;;
  esac
done
exec "$OVIRT_SDK_ZIG" cc -target "$OVIRT_SDK_ZIG_TARGET" "$@" "$here/glibc-compat.c" "$libstdcxx" "$libgcc_s"
