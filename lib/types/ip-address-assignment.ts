// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { BootProtocol } from './boot-protocol';
import { Ip } from './ip';
import type { IpInit } from './ip';

/**
 * The `ip_address_assignment` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip_address_assignment}
 */
export class IpAddressAssignment extends Struct {
  /** The `ip` attribute (`<ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip_address_assignment/attributes/ip} */
  ip?: Ip;

  /** The `assignment_method` attribute (`<assignment_method>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip_address_assignment/attributes/assignment_method} */
  assignmentMethod?: BootProtocol;

  /** Creates a `ip_address_assignment`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: IpAddressAssignmentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `ip_address_assignment` as the SDK accepts it: a {@link IpAddressAssignment} or a plain object of the same shape, at any depth. */
export interface IpAddressAssignmentInit {
  href?: string;
  ip?: IpInit;
  assignmentMethod?: BootProtocol;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(IpAddressAssignment, () => ({
  href: VALUE,
  ip: Ip,
  assignmentMethod: VALUE,
}));
