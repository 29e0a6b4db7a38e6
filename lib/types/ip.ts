// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { IpVersion } from './ip-version';

/**
 * The `ip` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip}
 */
export class Ip extends Struct {
  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip/attributes/address} */
  address?: string;

  /** The `netmask` attribute (`<netmask>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip/attributes/netmask} */
  netmask?: string;

  /** The `gateway` attribute (`<gateway>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip/attributes/gateway} */
  gateway?: string;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ip/attributes/version} */
  version?: IpVersion;

  /** Creates a `ip`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: IpInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `ip` as the SDK accepts it: a {@link Ip} or a plain object of the same shape, at any depth. */
export interface IpInit {
  href?: string;
  address?: string;
  netmask?: string;
  gateway?: string;
  version?: IpVersion;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ip, () => ({
  href: VALUE,
  address: VALUE,
  netmask: VALUE,
  gateway: VALUE,
  version: VALUE,
}));
