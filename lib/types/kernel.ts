// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `kernel` type of the API, on the wire `<kernel>` (a list: `<kernels>` with one `<kernel>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Kernel({ ... })`, or pass a plain {@link KernelInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/kernel | reference: kernel}
 */
export class Kernel extends Struct {
  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/kernel | reference: kernel} (its `version` attribute)
   */
  version?: Version;

  /**
   * Creates a `kernel` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: KernelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.version = undefined;
    }
  }
}

/**
 * A `kernel` as the SDK accepts it: a {@link Kernel} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/kernel | reference: kernel}
 */
export interface KernelInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<kernel>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/kernel | reference: kernel}
   */
  href?: string;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/kernel | reference: kernel} (its `version` attribute)
   */
  version?: VersionInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Kernel, () => ({
  href: VALUE,
  version: Version,
}));
