// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `skip_if_connectivity_broken` type of the API, on the wire `<skip_if_connectivity_broken>` (a list: `<skip_if_connectivity_brokens>` with one `<skip_if_connectivity_broken>` per item); 2 attributes and 0 links.
 *
 * Create one with `new SkipIfConnectivityBroken({ ... })`, or pass a plain {@link SkipIfConnectivityBrokenInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken}
 */
export class SkipIfConnectivityBroken extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * `number` (an integer). On the wire: element `<threshold>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken} (its `threshold` attribute)
   */
  threshold?: number;

  /**
   * Creates a `skip_if_connectivity_broken` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SkipIfConnectivityBrokenInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
      this.threshold = undefined;
    }
  }
}

/**
 * A `skip_if_connectivity_broken` as the SDK accepts it: a {@link SkipIfConnectivityBroken} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken}
 */
export interface SkipIfConnectivityBrokenInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<skip_if_connectivity_broken>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * `number` (an integer). On the wire: element `<threshold>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/skip_if_connectivity_broken | reference: skip_if_connectivity_broken} (its `threshold` attribute)
   */
  threshold?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SkipIfConnectivityBroken, () => ({
  href: VALUE,
  enabled: VALUE,
  threshold: VALUE,
}));
