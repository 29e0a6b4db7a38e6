// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';

/**
 * The `dns_resolver_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dns_resolver_configuration}
 * @since API 4.1
 */
export class DnsResolverConfiguration extends Struct {
  /**
   * The `name_servers` attribute (`<name_servers>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dns_resolver_configuration/attributes/name_servers}
   * @since API 4.1
   */
  nameServers?: List<string>;

  /** Creates a `dns_resolver_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DnsResolverConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `dns_resolver_configuration` as the SDK accepts it: a {@link DnsResolverConfiguration} or a plain object of the same shape, at any depth. */
export interface DnsResolverConfigurationInit {
  href?: string;
  nameServers?: string[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DnsResolverConfiguration, () => ({
  href: VALUE,
  nameServers: [VALUE],
}));
