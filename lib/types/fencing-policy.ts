// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { SkipIfConnectivityBroken } from './skip-if-connectivity-broken';
import type { SkipIfConnectivityBrokenInit } from './skip-if-connectivity-broken';
import { SkipIfSdActive } from './skip-if-sd-active';
import type { SkipIfSdActiveInit } from './skip-if-sd-active';

/**
 * The `fencing_policy` type of the API, on the wire `<fencing_policy>` (a list: `<fencing_policies>` with one `<fencing_policy>` per item); 5 attributes and 0 links.
 *
 * Create one with `new FencingPolicy({ ... })`, or pass a plain {@link FencingPolicyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy}
 */
export class FencingPolicy extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * `SkipIfSdActive`. On the wire: element `<skip_if_sd_active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_sd_active` attribute)
   */
  skipIfSdActive?: SkipIfSdActive;

  /**
   * `SkipIfConnectivityBroken`. On the wire: element `<skip_if_connectivity_broken>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_connectivity_broken` attribute)
   */
  skipIfConnectivityBroken?: SkipIfConnectivityBroken;

  /**
   * `boolean`. On the wire: element `<skip_if_gluster_bricks_up>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_gluster_bricks_up` attribute)
   * @since API 4.1
   */
  skipIfGlusterBricksUp?: boolean;

  /**
   * `boolean`. On the wire: element `<skip_if_gluster_quorum_not_met>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_gluster_quorum_not_met` attribute)
   * @since API 4.1
   */
  skipIfGlusterQuorumNotMet?: boolean;

  /**
   * Creates a `fencing_policy` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: FencingPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
      this.skipIfSdActive = undefined;
      this.skipIfConnectivityBroken = undefined;
      this.skipIfGlusterBricksUp = undefined;
      this.skipIfGlusterQuorumNotMet = undefined;
    }
  }
}

/**
 * A `fencing_policy` as the SDK accepts it: a {@link FencingPolicy} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy}
 */
export interface FencingPolicyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<fencing_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * `SkipIfSdActiveInit` (a `SkipIfSdActive` or a plain object). On the wire: element `<skip_if_sd_active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_sd_active` attribute)
   */
  skipIfSdActive?: SkipIfSdActiveInit;
  /**
   * `SkipIfConnectivityBrokenInit` (a `SkipIfConnectivityBroken` or a plain object). On the wire: element `<skip_if_connectivity_broken>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_connectivity_broken` attribute)
   */
  skipIfConnectivityBroken?: SkipIfConnectivityBrokenInit;
  /**
   * `boolean`. On the wire: element `<skip_if_gluster_bricks_up>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_gluster_bricks_up` attribute)
   * @since API 4.1
   */
  skipIfGlusterBricksUp?: boolean;
  /**
   * `boolean`. On the wire: element `<skip_if_gluster_quorum_not_met>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fencing_policy | reference: fencing_policy} (its `skip_if_gluster_quorum_not_met` attribute)
   * @since API 4.1
   */
  skipIfGlusterQuorumNotMet?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(FencingPolicy, () => ({
  href: VALUE,
  enabled: VALUE,
  skipIfSdActive: SkipIfSdActive,
  skipIfConnectivityBroken: SkipIfConnectivityBroken,
  skipIfGlusterBricksUp: VALUE,
  skipIfGlusterQuorumNotMet: VALUE,
}));
