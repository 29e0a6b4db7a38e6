#!/usr/bin/env bash
# Makes the prebuilt addon for this machine's platform and architecture:
#   prebuilds/<platform>-<arch>/ovirt-engine-sdk.napi.glibc.node
# an N-API (version 8) build, stripped, with a static libxml2 (built by
# scripts/build-libxml2.sh) and libstdc++ linked in, so it needs neither
# libxml2 nor a new libstdc++ on the user's machine. `npm run prebuild` runs it.
#
# The build runs in a throw-away copy of binding.gyp and native/ so that it
# never touches the work tree's build/ (a developer's source build and its
# tests may be using build/Release at the same time).
#
# Dockerfile.build runs these same two steps in an AlmaLinux 8 container
# (glibc 2.28, like Node.js's own Linux binaries) for linux-x64 and
# linux-arm64; run here, the binary needs this machine's glibc (see
# docs/install.md, "Prebuilt binaries").
#
# Environment:
#   PREBUILD_OUT      where prebuilds/ is written (default: the repository root)
#   PREBUILD_ARCH     target architecture (default: this machine's)
#   PREBUILD_MAX_GLIBC  fail when the addon needs a newer glibc than this
#                     (Dockerfile.build sets 2.28)
#   PREBUILD_MAX_GLIBCXX  the same for libstdc++ symbol versions, when
#                     libstdc++ is linked dynamically (OVIRT_SDK_STATIC_LIBSTDCXX=0)
#   OVIRT_SDK_LIBXML2_STATIC_DIR   use this static libxml2 prefix instead of
#                     running scripts/build-libxml2.sh
#   plus what scripts/build-libxml2.sh reads (OVIRT_SDK_LIBXML2_CACHE, JOBS, CC, ...)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${PREBUILD_OUT:-$root}"
export JOBS="${JOBS:-2}"

log() { printf 'prebuild: %s\n' "$*" >&2; }

if [ -z "${OVIRT_SDK_LIBXML2_STATIC_DIR:-}" ]; then
  OVIRT_SDK_LIBXML2_STATIC_DIR="$("$root/scripts/build-libxml2.sh" | tail -1)"
fi
export OVIRT_SDK_LIBXML2_STATIC_DIR
log "static libxml2: $OVIRT_SDK_LIBXML2_STATIC_DIR"

stage="$(mktemp -d "${TMPDIR:-/tmp}/ovirt-sdk-prebuild.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
cp "$root/binding.gyp" "$root/package.json" "$stage/"
cp -r "$root/native" "$stage/native"
# node-addon-api (include dir), node-gyp and prebuildify come from the
# repository's own node_modules.
ln -s "$root/node_modules" "$stage/node_modules"

platform="$(node -p process.platform)"
arch="${PREBUILD_ARCH:-$(node -p process.arch)}"
# An N-API build works on every Node.js with N-API 8 (>= 12.22); build it with
# the headers of the Node.js running here (npm's nodedir, or node-gyp's cache),
# not a download of another version's headers.
target="$(node -p process.versions.node)"
if [ -z "${npm_config_nodedir:-}" ]; then
  # npm's own setting, else the headers installed beside this node binary
  # (official Node.js builds ship include/node/); else node-gyp downloads them.
  nodedir="$(npm config get nodedir 2>/dev/null || true)"
  if [ ! -f "$nodedir/include/node/node_api.h" ]; then
    nodedir="$(cd "$(dirname "$(node -p process.execPath)")/.." && pwd)"
  fi
  if [ -f "$nodedir/include/node/node_api.h" ]; then export npm_config_nodedir="$nodedir"; fi
fi

log "prebuildify --napi --strip --tag-libc for $platform-$arch (node headers $target)"
(cd "$stage" && "$root/node_modules/.bin/prebuildify" --napi --strip --tag-libc --arch "$arch" -t "$target")

built="$stage/prebuilds/$platform-$arch"
node_file="$(ls "$built"/*.node)"
# Check what we ship: no libxml2 in its dynamic dependencies, and it loads.
if command -v ldd >/dev/null && [ "$arch" = "$(node -p process.arch)" ]; then
  if ldd "$node_file" | grep -q libxml2; then
    ldd "$node_file" >&2
    log "error: $node_file links libxml2 dynamically"
    exit 1
  fi
  node -e '
    const addon = require("node-gyp-build")(process.argv[1]);
    console.error("prebuild: loads; libxml2 inside: " + addon.libxmlRuntimeVersion);
  ' "$stage"
fi

glibc="$(objdump -T "$node_file" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed "s/GLIBC_//" | sort -uV | tail -1 || true)"
if [ -n "${PREBUILD_MAX_GLIBC:-}" ] && [ "$(printf '%s\n%s\n' "$glibc" "$PREBUILD_MAX_GLIBC" | sort -V | tail -1)" != "$PREBUILD_MAX_GLIBC" ]; then
  objdump -T "$node_file" | grep -E "GLIBC_" | sort -k5 -V | tail >&2
  log "error: the addon needs glibc $glibc, more than PREBUILD_MAX_GLIBC=$PREBUILD_MAX_GLIBC"
  exit 1
fi

glibcxx="$(objdump -T "$node_file" 2>/dev/null | grep -o 'GLIBCXX_[0-9.]*' | sed "s/GLIBCXX_//" | sort -uV | tail -1 || true)"
if [ -n "$glibcxx" ] && [ -n "${PREBUILD_MAX_GLIBCXX:-}" ] && [ "$(printf '%s\n%s\n' "$glibcxx" "$PREBUILD_MAX_GLIBCXX" | sort -V | tail -1)" != "$PREBUILD_MAX_GLIBCXX" ]; then
  log "error: the addon needs libstdc++ GLIBCXX_$glibcxx, more than PREBUILD_MAX_GLIBCXX=$PREBUILD_MAX_GLIBCXX"
  exit 1
fi

dest="$out/prebuilds/$platform-$arch"
mkdir -p "$dest"
rm -f "$dest"/*.node "$dest/manifest.json"
cp "$built"/*.node "$dest/"
node "$root/scripts/prebuild-manifest.js" write "$dest" "$OVIRT_SDK_LIBXML2_STATIC_DIR" >&2
for f in "$dest"/*.node; do
  log "wrote $f ($(stat -c %s "$f") bytes, glibc >= $glibc${glibcxx:+, libstdc++ GLIBCXX >= $glibcxx})"
done
