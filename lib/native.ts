/**
 * Loads the native XML addon on first use. Importing the package never
 * fails: when the addon cannot be loaded, the first XML operation throws one
 * NativeLoadError that lists every place tried and the fixes.
 */
import * as path from 'node:path';
import { NativeLoadError, XmlError } from './errors';
import { packageRoot } from './package-info';

/** The addon's exports (native/addon.cc). */
export interface NativeAddon {
  configure(makeError: (message: string, line: number, column: number, code: number) => globalThis.Error): void;
  loadSchema(tags: readonly string[], enums: readonly (readonly string[])[], types: readonly (readonly [number, number, readonly number[]])[]): void;
  Parser: new () => NativeParser;
  /** The default and largest `ReadOptions.maxTextBytes`. */
  maxTextBytes: number;
  render(ops: Int32Array, count: number, text: string, indent: number, asBuffer: boolean, wellFormed: boolean, maxLength: number): string | Buffer;
  libxmlVersion: string;
  libxmlRuntimeVersion: string;
}

/** The native parser (native/xml_reader.cc): one document at a time, reused. */
export interface NativeParser {
  /** Starts a document; `isString`: the bytes are a JS string's UTF-8 (no encoding detection). */
  begin(isString: boolean, maxDepth: number, maxTextBytes: number): void;
  /** Parses bytes; returns the text of the ready part of the tape (see `state`). */
  feed(data: Uint8Array, offset: number, length: number, last: boolean): string;
  /**
   * Parses all of `data` (the whole document, after `begin`) on a worker
   * thread while the caller decodes what `next` hands over; false when no
   * thread could be made (then `feed` it).
   */
  start(data: Uint8Array): boolean;
  /** Waits for the next ready part of the tape of `start`, returned as `feed` returns it; throws the document's error. */
  next(): string;
  /** Drops the document in progress (and stops the worker of `start`). */
  reset(): void;
  /** Frees the native memory now; the parser stays usable. */
  release(): void;
  readonly ops: Int32Array;
  readonly nums: Float64Array;
  readonly state: Int32Array;
}

let addon: NativeAddon | undefined;
let loadError: NativeLoadError | undefined;

function fixes(): string {
  const lines = [
    'To fix it, either:',
    '  - reinstall so a prebuilt binary for this platform is used: npm install ovirt-engine-sdk',
    '  - or build from source, with a C++ compiler, python3, make and the libxml2 headers:',
  ];
  lines.push(
    process.platform === 'linux'
      ? '      Debian/Ubuntu: apt-get install -y g++ make python3 libxml2-dev pkg-config\n      Fedora/RHEL:   dnf install -y gcc-c++ make python3 libxml2-devel pkgconf-pkg-config'
      : '      install libxml2 with its headers and pkg-config',
    '    then run: npm rebuild ovirt-engine-sdk --build-from-source',
    '  - or point OVIRT_SDK_NATIVE at a built ovirt_xml.node file.',
  );
  return lines.join('\n');
}

function tryLoad(): NativeAddon {
  const attempts: string[] = [];
  const override = process.env.OVIRT_SDK_NATIVE;
  if (override) {
    try {
      return require(path.resolve(override)) as NativeAddon;
    } catch (e) {
      attempts.push(`OVIRT_SDK_NATIVE=${override}: ${(e as Error).message.split('\n')[0]}`);
    }
  } else {
    const root = packageRoot();
    try {
      // node-gyp-build takes a local build (build/Release, build/Debug) when
      // there is one, else the prebuilt binary in prebuilds/<platform>-<arch>/;
      // PREBUILDS_ONLY=1 makes it look at prebuilds/ only.
      const load = require('node-gyp-build') as (dir: string) => NativeAddon;
      return load(root);
    } catch (e) {
      attempts.push(`node-gyp-build in ${root} (prebuilds/${process.platform}-${process.arch}/, build/Release/): ${(e as Error).message.split('\n')[0]}`);
    }
  }
  throw new NativeLoadError(
    `ovirt-engine-sdk: cannot load the native XML addon for ${process.platform}-${process.arch}, Node.js ${process.versions.node} (N-API ${process.versions.napi}).\n` +
      `Tried:\n${attempts.map((a) => `  - ${a}`).join('\n')}\n${fixes()}`,
  );
}

/** The loaded addon, configured with the SDK's error class (the XML layer loads the schema into it). */
export function native(): NativeAddon {
  if (addon !== undefined) return addon;
  if (loadError !== undefined) throw loadError;
  let loaded: NativeAddon;
  try {
    loaded = tryLoad();
  } catch (e) {
    loadError = e as NativeLoadError;
    throw e;
  }
  loaded.configure((message, line, column, code) => {
    const where = line > 0 ? ` (line ${line}, column ${column})` : '';
    return new XmlError(`XML error: ${message}${where}`, { line, column, xmlCode: code });
  });
  addon = loaded;
  return addon;
}
