#!/usr/bin/env node
// Prints the compiler or linker flags for the system libxml2, for binding.gyp.
// Tries pkg-config, then xml2-config; when neither knows libxml2, explains
// how to install it and fails the build with that message.
// With --static-cflags PREFIX / --static-libs PREFIX it prints the include
// folder / archive of a static libxml2 built by scripts/build-libxml2.sh
// (binding.gyp's libxml2_static_dir, used for the prebuilt binaries).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const what = process.argv[2];
if (what === '--static-cflags' || what === '--static-libs') {
  const prefix = path.resolve(process.argv[3] || '');
  const file = what === '--static-cflags'
    ? path.join(prefix, 'include', 'libxml2', 'libxml', 'xmlversion.h')
    : path.join(prefix, 'lib', 'libxml2.a');
  if (!process.argv[3] || !fs.existsSync(file)) {
    process.stderr.write(`
ovirt-engine-sdk: libxml2_static_dir (OVIRT_SDK_LIBXML2_STATIC_DIR) is "${process.argv[3] || ''}", but ${file} does not exist.
Build the static libxml2 first: scripts/build-libxml2.sh (it prints the prefix to use),
or unset OVIRT_SDK_LIBXML2_STATIC_DIR to build against the system libxml2.
`);
    process.exit(1);
  }
  process.stdout.write(what === '--static-cflags' ? path.dirname(path.dirname(file)) : file);
  process.exit(0);
}
if (what !== '--cflags' && what !== '--libs') {
  process.stderr.write('usage: libxml2-config.js --cflags|--libs|--static-cflags PREFIX|--static-libs PREFIX\n');
  process.exit(2);
}

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const attempts = [
  ['pkg-config', [what, 'libxml-2.0']],
  ['xml2-config', [what]],
];
for (const [cmd, args] of attempts) {
  const out = run(cmd, args);
  if (out !== null) {
    // gyp wants include directories without -I for include_dirs.
    process.stdout.write(what === '--cflags' ? out.split(/\s+/).filter((f) => f.startsWith('-I')).map((f) => f.slice(2)).join(' ') : out);
    process.exit(0);
  }
}
process.stderr.write(`
ovirt-engine-sdk: cannot find libxml2's development files to build the native XML addon.
Tried: ${attempts.map(([c, a]) => `${c} ${a.join(' ')}`).join(', ')}.
Install them, then run "npm rebuild ovirt-engine-sdk":
  Debian/Ubuntu:  apt-get install -y libxml2-dev pkg-config
  Fedora/RHEL:    dnf install -y libxml2-devel pkgconf-pkg-config
  Alpine:         apk add libxml2-dev pkgconf
`);
process.exit(1);
