// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `fault` type of the API, on the wire `<fault>` (a list: `<faults>` with one `<fault>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Fault({ ... })`, or pass a plain {@link FaultInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault}
 */
export class Fault extends Struct {
  /**
   * `string`. On the wire: element `<reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault} (its `reason` attribute)
   */
  reason?: string;

  /**
   * `string`. On the wire: element `<detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault} (its `detail` attribute)
   */
  detail?: string;

  /**
   * Creates a `fault` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: FaultInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.reason = undefined;
      this.detail = undefined;
    }
  }
}

/**
 * A `fault` as the SDK accepts it: a {@link Fault} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault}
 */
export interface FaultInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<fault>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault} (its `reason` attribute)
   */
  reason?: string;
  /**
   * `string`. On the wire: element `<detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fault | reference: fault} (its `detail` attribute)
   */
  detail?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Fault, () => ({
  href: VALUE,
  reason: VALUE,
  detail: VALUE,
}));
