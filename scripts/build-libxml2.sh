#!/usr/bin/env bash
# Builds a minimal, static, position-independent libxml2 for the prebuilt
# addon (scripts/prebuild.sh links it into prebuilds/<platform>/*.node, so the
# published binary carries libxml2 inside it and ldd shows no libxml2).
#
# The code is Debian's libxml2 source package, with Debian's security patches
# applied, fetched with `apt-get source` after adding a deb-src line. Nothing
# of it is kept in the repository. Source and result live in a cache folder
# outside the work tree (node-gyp rebuild deletes build/, so not there):
#
#   ${OVIRT_SDK_LIBXML2_CACHE:-${XDG_CACHE_HOME:-~/.cache}/ovirt-engine-sdk}/
#     src/libxml2-<version>/          the unpacked, patched source
#     libxml2-<version>-<arch>/       the prefix: include/libxml2/, lib/libxml2.a
#
# Usage:
#   scripts/build-libxml2.sh            fetch (if needed) and build (if needed)
#   scripts/build-libxml2.sh fetch      only fetch and unpack the source
#   scripts/build-libxml2.sh build      only build from an already fetched source
#   scripts/build-libxml2.sh --print-prefix   print the prefix the build uses
#
# The last line printed on success is the prefix (for scripts/prebuild.sh).
#
# Environment:
#   OVIRT_SDK_LIBXML2_CACHE   cache folder (see above)
#   OVIRT_SDK_LIBXML2_SRC     use this unpacked libxml2 source tree instead of fetching
#   OVIRT_SDK_LIBXML2_DEBIAN_VERSION  fetch exactly this Debian version (default:
#                             the newest that apt-cache showsrc lists)
#   OVIRT_SDK_LIBXML2_HOST    cross-compile for this GNU triplet (aarch64-linux-gnu)
#   CC, CFLAGS                compiler and flags (defaults: cc or <host>-gcc, -O2 -g0)
#   JOBS                      make -j (default 2)
#
# Features: only what native/*.cc uses: the push parser with SAX2, and
# thread-safe globals (the addon may be loaded in worker threads). Built
# --with-minimum and then --with-push --with-threads --with-iso8859x, which
# also leaves out HTTP, FTP, ICU, iconv, zlib, lzma, Python, catalogs, XPath,
# schemas, HTML, the tree/DOM API, the text reader and writer and validation.
# Without iconv, the prebuilt parser reads UTF-8, UTF-16, ASCII and ISO-8859-1
# to -16 (libxml2's built-in tables); a document declaring another encoding
# fails with an XmlError. The engine always sends UTF-8, and strings passed to
# the SDK are parsed as UTF-8 whatever they declare; a source build against
# the system libxml2 reads whatever that libxml2's iconv reads.
set -euo pipefail

cache="${OVIRT_SDK_LIBXML2_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ovirt-engine-sdk}"
jobs="${JOBS:-2}"
# Cross build: OVIRT_SDK_LIBXML2_HOST=aarch64-linux-gnu (configure --host; CC
# defaults to <host>-gcc). The prefix is named after the target architecture.
host="${OVIRT_SDK_LIBXML2_HOST:-}"
if [ -n "$host" ]; then arch="${host%%-*}"; else arch="$(uname -m)"; fi
if [ -n "$host" ]; then cc="${CC:-$host-gcc}"; else cc="${CC:-cc}"; fi

# The exact configure line; it is part of the stamp, so changing it rebuilds.
configure_args=(
  --disable-shared --enable-static --with-pic
  --disable-dependency-tracking --disable-maintainer-mode
  --with-minimum
  --with-push --with-threads --with-iso8859x
  --without-python --without-icu --without-http --without-ftp
  --without-lzma --without-zlib --without-iconv
  --without-debug --without-mem-debug --without-run-debug
  --without-modules --without-legacy --without-catalog
)

log() { printf 'build-libxml2: %s\n' "$*" >&2; }

# --- fetch ------------------------------------------------------------------

# Adds a deb-src line mirroring the machine's deb lines, once.
ensure_deb_src() {
  if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    local list=/etc/apt/sources.list.d/ovirt-sdk-deb-src
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      log "adding deb-src entries in $list.sources"
      sed 's/^Types:.*$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources >"$list.sources"
    elif grep -qs '^deb ' /etc/apt/sources.list; then
      log "adding deb-src lines in $list.list"
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >"$list.list"
    else
      log "no Debian apt sources found to derive a deb-src line from"
      exit 1
    fi
    apt-get update -qq
  elif [ -z "$(apt-cache showsrc libxml2 2>/dev/null)" ]; then
    apt-get update -qq
  fi
}

fetch() {
  command -v apt-get >/dev/null || { log "apt-get not found: set OVIRT_SDK_LIBXML2_SRC to an unpacked libxml2 source tree"; exit 1; }
  ensure_deb_src
  command -v dpkg-source >/dev/null || { log "installing dpkg-dev (for dpkg-source)"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null; }
  mkdir -p "$cache/src"
  local version="${OVIRT_SDK_LIBXML2_DEBIAN_VERSION:-}"
  if [ -z "$version" ]; then
    # the newest source version the configured suites offer (security updates included)
    version="$(apt-cache showsrc libxml2 | sed -n 's/^Version: //p' | sort -V | tail -1)"
  fi
  [ -n "$version" ] || { log "apt-cache showsrc libxml2 found no source package"; exit 1; }
  local upstream="${version#*:}"; upstream="${upstream%-*}"
  local dir="$cache/src/libxml2-$upstream"
  if [ -f "$dir/.fetched-$version" ]; then
    log "source $version already in $dir"
  else
    log "fetching Debian source package libxml2 $version"
    rm -rf "$dir" "$cache/src/tmp"
    mkdir -p "$cache/src/tmp"
    # -q: quiet; apt-get source unpacks with dpkg-source and applies Debian's patches.
    (cd "$cache/src/tmp" && apt-get source -q "libxml2=$version" >/dev/null 2>"$cache/src/tmp/apt.log") ||
      { cat "$cache/src/tmp/apt.log" >&2; exit 1; }
    mv "$cache/src/tmp"/libxml2-*/ "$dir"
    rm -rf "$cache/src/tmp"
    touch "$dir/.fetched-$version"
  fi
  printf '%s\n' "$dir" >"$cache/src/current"
}

source_dir() {
  if [ -n "${OVIRT_SDK_LIBXML2_SRC:-}" ]; then
    printf '%s\n' "$OVIRT_SDK_LIBXML2_SRC"
  elif [ -f "$cache/src/current" ]; then
    cat "$cache/src/current"
  else
    return 1
  fi
}

# --- build ------------------------------------------------------------------

version_of() { # libxml2's own version, from its configure.ac
  sed -n 's/^m4_define(\[MAJOR_VERSION\], \([0-9]*\)).*/\1/p; s/^m4_define(\[MINOR_VERSION\], \([0-9]*\)).*/\1/p; s/^m4_define(\[MICRO_VERSION\], \([0-9]*\)).*/\1/p' "$1/configure.ac" | paste -sd.
}

prefix_for() { printf '%s/libxml2-%s-%s\n' "$cache" "$(version_of "$1")" "$arch"; }

build() {
  local src prefix stamp
  src="$(source_dir)" || { log "no libxml2 source: run '$0 fetch' first or set OVIRT_SDK_LIBXML2_SRC"; exit 1; }
  prefix="$(prefix_for "$src")"
  stamp="$(printf '%s\n' "$cc" "$host" "${CFLAGS:--O2 -g0}" "${configure_args[@]}" "$(ls -a "$src" | grep '^\.fetched-')" | cksum | cut -d' ' -f1)"
  if [ -f "$prefix/lib/libxml2.a" ] && [ "$(cat "$prefix/.stamp" 2>/dev/null)" = "$stamp" ]; then
    log "static libxml2 already built in $prefix"
    printf '%s\n' "$prefix"
    return
  fi
  log "building static libxml2 $(version_of "$src") from $src into $prefix"
  local work="$cache/work-$arch"
  rm -rf "$work" "$prefix"
  mkdir -p "$work"
  # Out-of-tree build keeps the fetched source pristine.
  (
    cd "$work"
    CC="$cc" CFLAGS="${CFLAGS:--O2 -g0} -ffunction-sections -fdata-sections" \
      "$src/configure" --prefix="$prefix" ${host:+--host="$host"} "${configure_args[@]}" >configure.log 2>&1 ||
      { tail -40 configure.log >&2; exit 1; }
    make -j"$jobs" libxml2.la >make.log 2>&1 || { tail -40 make.log >&2; exit 1; }
    make install-libLTLIBRARIES >>make.log 2>&1
    make -C include install >>make.log 2>&1
  ) || exit 1
  rm -f "$prefix"/lib/*.la
  printf '%s\n' "$stamp" >"$prefix/.stamp"
  # Provenance for prebuilds/*/manifest.json: which source, which options.
  {
    local fetched; fetched="$(ls -a "$src" | sed -n 's/^\.fetched-//p' | head -1)"
    printf 'libxml2 %s' "$(version_of "$src")"
    if [ -n "$fetched" ]; then printf ' (Debian source package %s)' "$fetched"; fi
    printf '\nconfigure %s\n' "${configure_args[*]}"
  } >"$prefix/source.txt"
  log "libxml2 $(version_of "$src") features: $(awk '/^#if [01]$/{v=$2} /^#define LIBXML_[A-Z0-9_]+_ENABLED/{if (v == 1) printf "%s ", $2}' "$prefix/include/libxml2/libxml/xmlversion.h")"
  log "done: $(du -h "$prefix/lib/libxml2.a" | cut -f1) $prefix/lib/libxml2.a"
  rm -rf "$work"
  printf '%s\n' "$prefix"
}

case "${1:-all}" in
  fetch) fetch ;;
  build) build ;;
  all)
    if [ -z "${OVIRT_SDK_LIBXML2_SRC:-}" ]; then fetch; fi
    build
    ;;
  --print-prefix)
    src="$(source_dir)" || { log "no libxml2 source fetched yet"; exit 1; }
    prefix_for "$src"
    ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
esac
