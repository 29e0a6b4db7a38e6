// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { VnicProfile } from './vnic-profile';
import type { VnicProfileInit } from './vnic-profile';

/**
 * The `registration_vnic_profile_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_vnic_profile_mapping}
 * @since API 4.1
 */
export class RegistrationVnicProfileMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_vnic_profile_mapping/links/from}
   * @since API 4.2.1
   */
  from?: VnicProfile;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_vnic_profile_mapping/links/to}
   * @since API 4.2.1
   */
  to?: VnicProfile;

  /** Creates a `registration_vnic_profile_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationVnicProfileMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_vnic_profile_mapping` as the SDK accepts it: a {@link RegistrationVnicProfileMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationVnicProfileMappingInit {
  href?: string;
  from?: VnicProfileInit;
  to?: VnicProfileInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationVnicProfileMapping, () => ({
  href: VALUE,
  from: VnicProfile,
  to: VnicProfile,
}));
