// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Disk } from './disk';
import type { DiskInit } from './disk';

/**
 * The `registration_lun_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_lun_mapping}
 * @since API 4.2
 */
export class RegistrationLunMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_lun_mapping/links/from}
   * @since API 4.2
   */
  from?: Disk;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_lun_mapping/links/to}
   * @since API 4.2
   */
  to?: Disk;

  /** Creates a `registration_lun_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationLunMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_lun_mapping` as the SDK accepts it: a {@link RegistrationLunMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationLunMappingInit {
  href?: string;
  from?: DiskInit;
  to?: DiskInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationLunMapping, () => ({
  href: VALUE,
  from: Disk,
  to: Disk,
}));
