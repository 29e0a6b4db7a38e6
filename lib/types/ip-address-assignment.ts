// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { BootProtocol } from './boot-protocol';
import { Ip } from './ip';
import type { IpInit } from './ip';

/**
 * The `ip_address_assignment` type of the API, on the wire `<ip_address_assignment>` (a list: `<ip_address_assignments>` with one `<ip_address_assignment>` per item); 2 attributes and 0 links.
 *
 * Create one with `new IpAddressAssignment({ ... })`, or pass a plain {@link IpAddressAssignmentInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment}
 */
export class IpAddressAssignment extends Struct {
  /**
   * `Ip`. On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment} (its `ip` attribute)
   */
  ip?: Ip;

  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; or another string, from a newer engine). On the wire: element `<assignment_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment} (its `assignment_method` attribute)
   */
  assignmentMethod?: BootProtocol | (string & {});

  /**
   * Creates a `ip_address_assignment` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: IpAddressAssignmentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.ip = undefined;
      this.assignmentMethod = undefined;
    }
  }
}

/**
 * A `ip_address_assignment` as the SDK accepts it: a {@link IpAddressAssignment} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment}
 */
export interface IpAddressAssignmentInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<ip_address_assignment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment}
   */
  href?: string;
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment} (its `ip` attribute)
   */
  ip?: IpInit;
  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; another string is sent as it is). On the wire: element `<assignment_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_address_assignment | reference: ip_address_assignment} (its `assignment_method` attribute)
   */
  assignmentMethod?: BootProtocol | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(IpAddressAssignment, () => ({
  href: VALUE,
  ip: Ip,
  assignmentMethod: VALUE,
}));
