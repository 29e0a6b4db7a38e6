// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `high_availability` type of the API, on the wire `<high_availability>` (a list: `<high_availabilities>` with one `<high_availability>` per item); 2 attributes and 0 links.
 *
 * Create one with `new HighAvailability({ ... })`, or pass a plain {@link HighAvailabilityInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability}
 */
export class HighAvailability extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * `number` (an integer). On the wire: element `<priority>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability} (its `priority` attribute)
   */
  priority?: number;

  /**
   * Creates a `high_availability` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HighAvailabilityInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
      this.priority = undefined;
    }
  }
}

/**
 * A `high_availability` as the SDK accepts it: a {@link HighAvailability} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability}
 */
export interface HighAvailabilityInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * `number` (an integer). On the wire: element `<priority>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/high_availability | reference: high_availability} (its `priority` attribute)
   */
  priority?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HighAvailability, () => ({
  href: VALUE,
  enabled: VALUE,
  priority: VALUE,
}));
