// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `package` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/package}
 */
export class Package extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/package/attributes/name} */
  name?: string;

  /** Creates a `package`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PackageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `package` as the SDK accepts it: a {@link Package} or a plain object of the same shape, at any depth. */
export interface PackageInit {
  href?: string;
  name?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Package, () => ({
  href: VALUE,
  name: VALUE,
}));
