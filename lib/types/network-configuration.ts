// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Dns } from './dns';
import type { DnsInit } from './dns';
import { Nic } from './nic';
import type { NicInit } from './nic';

/**
 * The `network_configuration` type of the API, on the wire `<network_configuration>` (a list: `<network_configurations>` with one `<network_configuration>` per item); 2 attributes and 0 links.
 *
 * Create one with `new NetworkConfiguration({ ... })`, or pass a plain {@link NetworkConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration}
 */
export class NetworkConfiguration extends Struct {
  /**
   * A list of `Nic`. On the wire: element `<nics>` with one `<nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration} (its `nics` attribute)
   */
  nics?: List<Nic>;

  /**
   * `Dns`. On the wire: element `<dns>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration} (its `dns` attribute)
   */
  dns?: Dns;

  /**
   * Creates a `network_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NetworkConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.nics = undefined;
      this.dns = undefined;
    }
  }
}

/**
 * A `network_configuration` as the SDK accepts it: a {@link NetworkConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration}
 */
export interface NetworkConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<network_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration}
   */
  href?: string;
  /**
   * A list of `NicInit` (a `Nic` or a plain object). On the wire: element `<nics>` with one `<nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration} (its `nics` attribute)
   */
  nics?: NicInit[];
  /**
   * `DnsInit` (a `Dns` or a plain object). On the wire: element `<dns>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_configuration | reference: network_configuration} (its `dns` attribute)
   */
  dns?: DnsInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkConfiguration, () => ({
  href: VALUE,
  nics: [Nic],
  dns: Dns,
}));
