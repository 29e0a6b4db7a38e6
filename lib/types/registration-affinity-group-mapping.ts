// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { AffinityGroup } from './affinity-group';
import type { AffinityGroupInit } from './affinity-group';

/**
 * The `registration_affinity_group_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_affinity_group_mapping}
 * @since API 4.2
 */
export class RegistrationAffinityGroupMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_affinity_group_mapping/links/from}
   * @since API 4.2
   */
  from?: AffinityGroup;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_affinity_group_mapping/links/to}
   * @since API 4.2
   */
  to?: AffinityGroup;

  /** Creates a `registration_affinity_group_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationAffinityGroupMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_affinity_group_mapping` as the SDK accepts it: a {@link RegistrationAffinityGroupMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationAffinityGroupMappingInit {
  href?: string;
  from?: AffinityGroupInit;
  to?: AffinityGroupInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationAffinityGroupMapping, () => ({
  href: VALUE,
  from: AffinityGroup,
  to: AffinityGroup,
}));
