#!/usr/bin/env bash
# Makes the prebuilt addon for one platform and architecture:
#   prebuilds/<platform>-<arch>/ovirt-engine-sdk.glibc.node  (+ manifest.json)
# an N-API (version 8) build, stripped, with a static libxml2 (built by
# scripts/build-libxml2.sh) and libstdc++ linked in, so it needs neither
# libxml2 nor a new libstdc++ on the user's machine. `npm run prebuildify` runs
# it for this machine's architecture; PREBUILD_ARCH=arm64 cross-compiles for
# arm64 on an x64 Debian machine (installing Debian's g++-aarch64-linux-gnu)
# and, when qemu-aarch64 is there (Debian's qemu-user), loads the result in
# the registry's Node.js for arm64 to prove it works.
#
# The build runs in a throw-away copy of binding.gyp and native/ so that it
# never touches the work tree's build/ (a developer's source build and its
# tests may be using build/Release at the same time).
#
# Dockerfile.build runs these same steps in an AlmaLinux 8 container
# (glibc 2.28, like Node.js's own Linux binaries) for linux-x64 and
# linux-arm64; run here, the binary needs this machine's glibc (see
# docs/install.md, "The prebuilt binary").
#
# Environment:
#   PREBUILD_OUT      where prebuilds/ is written (default: the repository root)
#   PREBUILD_ARCH     target architecture, x64 or arm64 (default: this machine's)
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
cache="${OVIRT_SDK_LIBXML2_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ovirt-engine-sdk}"
export JOBS="${JOBS:-2}"

log() { printf 'prebuild: %s\n' "$*" >&2; }

platform="$(node -p process.platform)"
host_arch="$(node -p process.arch)"

build_one() {
  local arch="$1"

  # --- toolchain: native, or Debian's cross compiler ---------------------------
  cross=""
  if [ "$arch" != "$host_arch" ]; then
    case "$arch" in
      arm64) cross=aarch64-linux-gnu; cross_pkg=g++-aarch64-linux-gnu; qemu=qemu-aarch64 ;;
      x64) cross=x86_64-linux-gnu; cross_pkg=g++-x86-64-linux-gnu; qemu=qemu-x86_64 ;;
      *) log "error: no cross toolchain known for $arch"; exit 1 ;;
    esac
    if ! command -v "$cross-g++" >/dev/null; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing $cross_pkg (cross compiler)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$cross_pkg" >/dev/null
      else
        log "error: $cross-g++ not found: install $cross_pkg"
        exit 1
      fi
    fi
    export CC="$cross-gcc" CXX="$cross-g++" LINK="$cross-g++" AR="$cross-ar"
    export OVIRT_SDK_LIBXML2_HOST="$cross"
  fi
  tool() { if [ -n "$cross" ]; then printf '%s-%s' "$cross" "$1"; else printf '%s' "$1"; fi; }
  export OBJDUMP="${OBJDUMP:-$(tool objdump)}"

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

  # An N-API build works on every Node.js with N-API 8; build it with the
  # headers of the Node.js running here (npm's nodedir, or the headers beside
  # this node binary), not a download of another version's headers.
  target="$(node -p process.versions.node)"
  if [ -z "${npm_config_nodedir:-}" ]; then
    nodedir="$(npm config get nodedir 2>/dev/null || true)"
    if [ ! -f "$nodedir/include/node/node_api.h" ]; then
      nodedir="$(cd "$(dirname "$(node -p process.execPath)")/.." && pwd)"
    fi
    if [ -f "$nodedir/include/node/node_api.h" ]; then export npm_config_nodedir="$nodedir"; fi
  fi

  log "prebuildify --napi --strip --tag-libc for $platform-$arch${cross:+ with $cross-g++} (node headers $target)"
  (cd "$stage" && "$root/node_modules/.bin/prebuildify" --napi --strip --strip-bin "$(tool strip)" --tag-libc --arch "$arch" -t "$target")

  built="$stage/prebuilds/$platform-$arch"
  node_file="$(ls "$built"/*.node)"

  # --- check what we ship --------------------------------------------------------
  # No libxml2 among its dynamic dependencies.
  needed="$("$(tool readelf)" -d "$node_file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
  log "needs: $needed"
  case "$needed" in
    *libxml2*) log "error: $node_file links libxml2 dynamically"; exit 1 ;;
  esac

  # It loads and works: in this Node.js, or for a cross build in the registry's
  # Node.js for that architecture under qemu-user.
  check_js='
    const addon = require("node-gyp-build")(process.argv[1]);
    console.error("prebuild: loads in Node.js " + process.versions.node + " (" + process.arch + "); libxml2 inside: " + addon.libxmlRuntimeVersion);
  '
  if [ -z "$cross" ]; then
    PREBUILDS_ONLY=1 node -e "$check_js" "$stage"
  elif command -v "$qemu" >/dev/null; then
    major="${target%%.*}"
    nodepkg="node-$platform-$arch"
    nodebin="$cache/$nodepkg-$major/package/bin/node"
    if [ ! -x "$nodebin" ]; then
      # npm install refuses a package for another CPU; npm pack only fetches it.
      log "fetching $nodepkg@$major from the npm registry to check the build under $qemu"
      rm -rf "$cache/$nodepkg-$major" && mkdir -p "$cache/$nodepkg-$major"
      (cd "$cache/$nodepkg-$major" && npm pack --silent "$nodepkg@$major" >/dev/null && tar -xzf ./*.tgz && rm -f ./*.tgz)
    fi
    PREBUILDS_ONLY=1 "$qemu" -L "/usr/$cross" "$nodebin" -e "$check_js" "$stage"
  else
    log "not loaded: no $qemu here (Debian: apt-get install qemu-user) to run an $arch Node.js"
  fi

  glibc="$("$OBJDUMP" -T "$node_file" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed "s/GLIBC_//" | sort -uV | tail -1 || true)"
  if [ -n "${PREBUILD_MAX_GLIBC:-}" ] && [ "$(printf '%s\n%s\n' "$glibc" "$PREBUILD_MAX_GLIBC" | sort -V | tail -1)" != "$PREBUILD_MAX_GLIBC" ]; then
    "$OBJDUMP" -T "$node_file" | grep -E "GLIBC_" | sort -k5 -V | tail >&2
    log "error: the addon needs glibc $glibc, more than PREBUILD_MAX_GLIBC=$PREBUILD_MAX_GLIBC"
    exit 1
  fi
  glibcxx="$("$OBJDUMP" -T "$node_file" 2>/dev/null | grep -o 'GLIBCXX_[0-9.]*' | sed "s/GLIBCXX_//" | sort -uV | tail -1 || true)"
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
}

# Which architectures: PREBUILD_ARCH, else this machine's plus every one that
# already has a folder in prebuilds/ (so that after a change to native/ one
# `npm run prebuildify` renews every committed binary).
if [ -n "${PREBUILD_ARCH:-}" ]; then
  archs="$PREBUILD_ARCH"
else
  archs="$(
    {
      echo "$host_arch"
      for d in "$out/prebuilds/$platform"-*/; do [ -d "$d" ] && basename "$d" | sed "s/^$platform-//"; done
    } | awk '!seen[$0]++' | tr '\n' ' '
  )"
fi
log "building for: $archs"
for a in $archs; do
  (build_one "$a")
done
