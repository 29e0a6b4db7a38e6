// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { VnicProfile } from './vnic-profile';
import type { VnicProfileInit } from './vnic-profile';

/**
 * The `registration_vnic_profile_mapping` type of the API, on the wire `<registration_vnic_profile_mapping>` (a list: `<registration_vnic_profile_mappings>` with one `<registration_vnic_profile_mapping>` per item); 0 attributes and 2 links.
 *
 * Create one with `new RegistrationVnicProfileMapping({ ... })`, or pass a plain {@link RegistrationVnicProfileMappingInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping}
 * @since API 4.1
 */
export class RegistrationVnicProfileMapping extends Struct {
  /**
   * `VnicProfile`. On the wire: element `<from>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping} (its `from` link)
   * @since API 4.2.1
   */
  from?: VnicProfile;

  /**
   * `VnicProfile`. On the wire: element `<to>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping} (its `to` link)
   * @since API 4.2.1
   */
  to?: VnicProfile;

  /**
   * Creates a `registration_vnic_profile_mapping` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RegistrationVnicProfileMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.from = undefined;
      this.to = undefined;
    }
  }
}

/**
 * A `registration_vnic_profile_mapping` as the SDK accepts it: a {@link RegistrationVnicProfileMapping} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping}
 */
export interface RegistrationVnicProfileMappingInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<registration_vnic_profile_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping}
   */
  href?: string;
  /**
   * `VnicProfileInit` (a `VnicProfile` or a plain object). On the wire: element `<from>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping} (its `from` link)
   * @since API 4.2.1
   */
  from?: VnicProfileInit;
  /**
   * `VnicProfileInit` (a `VnicProfile` or a plain object). On the wire: element `<to>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_vnic_profile_mapping | reference: registration_vnic_profile_mapping} (its `to` link)
   * @since API 4.2.1
   */
  to?: VnicProfileInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationVnicProfileMapping, () => ({
  href: VALUE,
  from: VnicProfile,
  to: VnicProfile,
}));
