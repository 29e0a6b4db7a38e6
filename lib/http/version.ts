/**
 * The SDK's version, read from its package.json (the one place it is kept),
 * for the `User-Agent: ovirt-engine-sdk-js/<version>` header.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'ovirt-engine-sdk';
let version: string | undefined;

/** Walks up from this file (lib/http in the sources, dist/lib/http when built) to the package's package.json. */
export function sdkVersion(): string {
  if (version !== undefined) return version;
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') {
        version = pkg.version;
        return version;
      }
    } catch {
      // not here; go up
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  version = 'unknown';
  return version;
}

export function userAgent(): string {
  return `ovirt-engine-sdk-js/${sdkVersion()}`;
}
