// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { BootProtocol } from './boot-protocol';
import { Ip } from './ip';
import type { IpInit } from './ip';

/**
 * The `nic_configuration` type of the API, on the wire `<nic_configuration>` (a list: `<nic_configurations>` with one `<nic_configuration>` per item); 6 attributes and 0 links.
 *
 * Create one with `new NicConfiguration({ ... })`, or pass a plain {@link NicConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration}
 */
export class NicConfiguration extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `name` attribute)
   */
  name?: string;

  /**
   * `Ip`. On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `ip` attribute)
   */
  ip?: Ip;

  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; or another string, from a newer engine). On the wire: element `<boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `boot_protocol` attribute)
   */
  bootProtocol?: BootProtocol | (string & {});

  /**
   * `Ip`. On the wire: element `<ipv6>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `ipv6` attribute)
   */
  ipv6?: Ip;

  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; or another string, from a newer engine). On the wire: element `<ipv6_boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `ipv6_boot_protocol` attribute)
   */
  ipv6BootProtocol?: BootProtocol | (string & {});

  /**
   * `boolean`. On the wire: element `<on_boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `on_boot` attribute)
   */
  onBoot?: boolean;

  /**
   * Creates a `nic_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NicConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.ip = undefined;
      this.bootProtocol = undefined;
      this.ipv6 = undefined;
      this.ipv6BootProtocol = undefined;
      this.onBoot = undefined;
    }
  }
}

/**
 * A `nic_configuration` as the SDK accepts it: a {@link NicConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration}
 */
export interface NicConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<nic_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `name` attribute)
   */
  name?: string;
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `ip` attribute)
   */
  ip?: IpInit;
  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; another string is sent as it is). On the wire: element `<boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `boot_protocol` attribute)
   */
  bootProtocol?: BootProtocol | (string & {});
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ipv6>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `ipv6` attribute)
   */
  ipv6?: IpInit;
  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; another string is sent as it is). On the wire: element `<ipv6_boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `ipv6_boot_protocol` attribute)
   */
  ipv6BootProtocol?: BootProtocol | (string & {});
  /**
   * `boolean`. On the wire: element `<on_boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_configuration | reference: nic_configuration} (its `on_boot` attribute)
   */
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
