/**
 * The SDK's own package: where it is installed (package.json, binding.gyp
 * and prebuilds/ live there) and its version, read from its package.json,
 * the one place the version is kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const PACKAGE_NAME = 'ovirt-engine-sdk';

let root: string | undefined;
let version: string | undefined;

/** The manifest of `dir` when it is this package's, else undefined. */
function manifestIn(dir: string): { version?: unknown } | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    return manifest.name === PACKAGE_NAME ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The package's root folder: the nearest folder above this file (lib/ in the
 * sources, dist/lib/ when built) whose package.json is this package's.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = manifestIn(dir);
    if (manifest !== undefined) {
      root = dir;
      version = typeof manifest.version === 'string' ? manifest.version : 'unknown';
      return root;
    }
    if (path.dirname(dir) === dir) break;
  }
  root = path.resolve(__dirname, '..');
  version = 'unknown';
  return root;
}

/** The SDK's version (`0.1.0`), or 'unknown' when its package.json can't be found. */
export function sdkVersion(): string {
  if (version === undefined) packageRoot();
  return version!;
}

/** The `User-Agent` of every request: `ovirt-engine-sdk-js/<version>`. */
export function userAgent(): string {
  return `ovirt-engine-sdk-js/${sdkVersion()}`;
}
