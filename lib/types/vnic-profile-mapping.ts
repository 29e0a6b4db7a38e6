// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { VnicProfile } from './vnic-profile';
import type { VnicProfileInit } from './vnic-profile';

/**
 * The `vnic_profile_mapping` type of the API, on the wire `<vnic_profile_mapping>` (a list: `<vnic_profile_mappings>` with one `<vnic_profile_mapping>` per item); 2 attributes and 1 link.
 *
 * Create one with `new VnicProfileMapping({ ... })`, or pass a plain {@link VnicProfileMappingInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping}
 * @since API 4.1
 * @deprecated The API model marks it deprecated.
 */
export class VnicProfileMapping extends Struct {
  /**
   * `string`. On the wire: element `<source_network_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping} (its `source_network_name` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  sourceNetworkName?: string;

  /**
   * `string`. On the wire: element `<source_network_profile_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping} (its `source_network_profile_name` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  sourceNetworkProfileName?: string;

  /**
   * `VnicProfile`. On the wire: element `<target_vnic_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping} (its `target_vnic_profile` link)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  targetVnicProfile?: VnicProfile;

  /**
   * Creates a `vnic_profile_mapping` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VnicProfileMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.sourceNetworkName = undefined;
      this.sourceNetworkProfileName = undefined;
      this.targetVnicProfile = undefined;
    }
  }
}

/**
 * A `vnic_profile_mapping` as the SDK accepts it: a {@link VnicProfileMapping} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping}
 */
export interface VnicProfileMappingInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vnic_profile_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<source_network_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping} (its `source_network_name` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  sourceNetworkName?: string;
  /**
   * `string`. On the wire: element `<source_network_profile_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping} (its `source_network_profile_name` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  sourceNetworkProfileName?: string;
  /**
   * `VnicProfileInit` (a `VnicProfile` or a plain object). On the wire: element `<target_vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile_mapping | reference: vnic_profile_mapping} (its `target_vnic_profile` link)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  targetVnicProfile?: VnicProfileInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VnicProfileMapping, () => ({
  href: VALUE,
  sourceNetworkName: VALUE,
  sourceNetworkProfileName: VALUE,
  targetVnicProfile: VnicProfile,
}));
