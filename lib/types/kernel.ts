// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `kernel` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/kernel}
 */
export class Kernel extends Struct {
  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/kernel/attributes/version} */
  version?: Version;

  /** Creates a `kernel`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: KernelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `kernel` as the SDK accepts it: a {@link Kernel} or a plain object of the same shape, at any depth. */
export interface KernelInit {
  href?: string;
  version?: VersionInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Kernel, () => ({
  href: VALUE,
  version: Version,
}));
