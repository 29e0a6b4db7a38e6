// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { BootProtocol } from './boot-protocol';
import { Ip } from './ip';
import type { IpInit } from './ip';

/**
 * The `nic_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration}
 */
export class NicConfiguration extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration/attributes/name} */
  name?: string;

  /** The `ip` attribute (`<ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration/attributes/ip} */
  ip?: Ip;

  /** The `boot_protocol` attribute (`<boot_protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration/attributes/boot_protocol} */
  bootProtocol?: BootProtocol;

  /** The `ipv6` attribute (`<ipv6>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration/attributes/ipv6} */
  ipv6?: Ip;

  /** The `ipv6_boot_protocol` attribute (`<ipv6_boot_protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration/attributes/ipv6_boot_protocol} */
  ipv6BootProtocol?: BootProtocol;

  /** The `on_boot` attribute (`<on_boot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_configuration/attributes/on_boot} */
  onBoot?: boolean;

  /** Creates a `nic_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NicConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `nic_configuration` as the SDK accepts it: a {@link NicConfiguration} or a plain object of the same shape, at any depth. */
export interface NicConfigurationInit {
  href?: string;
  name?: string;
  ip?: IpInit;
  bootProtocol?: BootProtocol;
  ipv6?: IpInit;
  ipv6BootProtocol?: BootProtocol;
  onBoot?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NicConfiguration, () => ({
  href: VALUE,
  name: VALUE,
  ip: Ip,
  bootProtocol: VALUE,
  ipv6: Ip,
  ipv6BootProtocol: VALUE,
  onBoot: VALUE,
}));
