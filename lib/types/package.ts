// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `package` type of the API, on the wire `<package>` (a list: `<packages>` with one `<package>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Package({ ... })`, or pass a plain {@link PackageInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/package | reference: package}
 */
export class Package extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/package | reference: package} (its `name` attribute)
   */
  name?: string;

  /**
   * Creates a `package` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PackageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
    }
  }
}

/**
 * A `package` as the SDK accepts it: a {@link Package} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/package | reference: package}
 */
export interface PackageInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<package>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/package | reference: package}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/package | reference: package} (its `name` attribute)
   */
  name?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Package, () => ({
  href: VALUE,
  name: VALUE,
}));
