// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Domain } from './domain';
import type { DomainInit } from './domain';

/**
 * The `registration_domain_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_domain_mapping}
 * @since API 4.2
 */
export class RegistrationDomainMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_domain_mapping/links/from}
   * @since API 4.2
   */
  from?: Domain;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_domain_mapping/links/to}
   * @since API 4.2
   */
  to?: Domain;

  /** Creates a `registration_domain_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationDomainMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_domain_mapping` as the SDK accepts it: a {@link RegistrationDomainMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationDomainMappingInit {
  href?: string;
  from?: DomainInit;
  to?: DomainInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationDomainMapping, () => ({
  href: VALUE,
  from: Domain,
  to: Domain,
}));
