// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { SkipIfConnectivityBroken } from './skip-if-connectivity-broken';
import type { SkipIfConnectivityBrokenInit } from './skip-if-connectivity-broken';
import { SkipIfSdActive } from './skip-if-sd-active';
import type { SkipIfSdActiveInit } from './skip-if-sd-active';

/**
 * The `fencing_policy` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fencing_policy}
 */
export class FencingPolicy extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fencing_policy/attributes/enabled} */
  enabled?: boolean;

  /** The `skip_if_sd_active` attribute (`<skip_if_sd_active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fencing_policy/attributes/skip_if_sd_active} */
  skipIfSdActive?: SkipIfSdActive;

  /** The `skip_if_connectivity_broken` attribute (`<skip_if_connectivity_broken>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fencing_policy/attributes/skip_if_connectivity_broken} */
  skipIfConnectivityBroken?: SkipIfConnectivityBroken;

  /**
   * The `skip_if_gluster_bricks_up` attribute (`<skip_if_gluster_bricks_up>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fencing_policy/attributes/skip_if_gluster_bricks_up}
   * @since API 4.1
   */
  skipIfGlusterBricksUp?: boolean;

  /**
   * The `skip_if_gluster_quorum_not_met` attribute (`<skip_if_gluster_quorum_not_met>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fencing_policy/attributes/skip_if_gluster_quorum_not_met}
   * @since API 4.1
   */
  skipIfGlusterQuorumNotMet?: boolean;

  /** Creates a `fencing_policy`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: FencingPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `fencing_policy` as the SDK accepts it: a {@link FencingPolicy} or a plain object of the same shape, at any depth. */
export interface FencingPolicyInit {
  href?: string;
  enabled?: boolean;
  skipIfSdActive?: SkipIfSdActiveInit;
  skipIfConnectivityBroken?: SkipIfConnectivityBrokenInit;
  skipIfGlusterBricksUp?: boolean;
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
