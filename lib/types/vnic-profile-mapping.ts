// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { VnicProfile } from './vnic-profile';
import type { VnicProfileInit } from './vnic-profile';

/**
 * The `vnic_profile_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile_mapping}
 * @since API 4.1
 * @deprecated The model marks it deprecated.
 */
export class VnicProfileMapping extends Struct {
  /**
   * The `source_network_name` attribute (`<source_network_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile_mapping/attributes/source_network_name}
   * @since API 4.1
   * @deprecated The model marks it deprecated.
   */
  sourceNetworkName?: string;

  /**
   * The `source_network_profile_name` attribute (`<source_network_profile_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile_mapping/attributes/source_network_profile_name}
   * @since API 4.1
   * @deprecated The model marks it deprecated.
   */
  sourceNetworkProfileName?: string;

  /**
   * The `target_vnic_profile` link (`<target_vnic_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile_mapping/links/target_vnic_profile}
   * @since API 4.1
   * @deprecated The model marks it deprecated.
   */
  targetVnicProfile?: VnicProfile;

  /** Creates a `vnic_profile_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VnicProfileMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vnic_profile_mapping` as the SDK accepts it: a {@link VnicProfileMapping} or a plain object of the same shape, at any depth. */
export interface VnicProfileMappingInit {
  href?: string;
  sourceNetworkName?: string;
  sourceNetworkProfileName?: string;
  targetVnicProfile?: VnicProfileInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VnicProfileMapping, () => ({
  href: VALUE,
  sourceNetworkName: VALUE,
  sourceNetworkProfileName: VALUE,
  targetVnicProfile: VnicProfile,
}));
