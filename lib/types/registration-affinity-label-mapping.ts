// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { AffinityLabel } from './affinity-label';
import type { AffinityLabelInit } from './affinity-label';

/**
 * The `registration_affinity_label_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_affinity_label_mapping}
 * @since API 4.2
 */
export class RegistrationAffinityLabelMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_affinity_label_mapping/links/from}
   * @since API 4.2
   */
  from?: AffinityLabel;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_affinity_label_mapping/links/to}
   * @since API 4.2
   */
  to?: AffinityLabel;

  /** Creates a `registration_affinity_label_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationAffinityLabelMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_affinity_label_mapping` as the SDK accepts it: a {@link RegistrationAffinityLabelMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationAffinityLabelMappingInit {
  href?: string;
  from?: AffinityLabelInit;
  to?: AffinityLabelInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationAffinityLabelMapping, () => ({
  href: VALUE,
  from: AffinityLabel,
  to: AffinityLabel,
}));
