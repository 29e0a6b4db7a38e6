// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Dns } from './dns';
import type { DnsInit } from './dns';
import { Nic } from './nic';
import type { NicInit } from './nic';

/**
 * The `network_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_configuration}
 */
export class NetworkConfiguration extends Struct {
  /** The `nics` attribute (`<nics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_configuration/attributes/nics} */
  nics?: List<Nic>;

  /** The `dns` attribute (`<dns>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_configuration/attributes/dns} */
  dns?: Dns;

  /** Creates a `network_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NetworkConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `network_configuration` as the SDK accepts it: a {@link NetworkConfiguration} or a plain object of the same shape, at any depth. */
export interface NetworkConfigurationInit {
  href?: string;
  nics?: NicInit[];
  dns?: DnsInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkConfiguration, () => ({
  href: VALUE,
  nics: [Nic],
  dns: Dns,
}));
