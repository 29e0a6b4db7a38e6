// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';

/**
 * The `dns_resolver_configuration` type of the API, on the wire `<dns_resolver_configuration>` (a list: `<dns_resolver_configurations>` with one `<dns_resolver_configuration>` per item); 1 attribute and 0 links.
 *
 * Create one with `new DnsResolverConfiguration({ ... })`, or pass a plain {@link DnsResolverConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns_resolver_configuration | reference: dns_resolver_configuration}
 * @since API 4.1
 */
export class DnsResolverConfiguration extends Struct {
  /**
   * A list of `string`. On the wire: element `<name_servers>` with one `<name_server>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns_resolver_configuration | reference: dns_resolver_configuration} (its `name_servers` attribute)
   * @since API 4.1
   */
  nameServers?: List<string>;

  /**
   * Creates a `dns_resolver_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DnsResolverConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.nameServers = undefined;
    }
  }
}

/**
 * A `dns_resolver_configuration` as the SDK accepts it: a {@link DnsResolverConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns_resolver_configuration | reference: dns_resolver_configuration}
 */
export interface DnsResolverConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<dns_resolver_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns_resolver_configuration | reference: dns_resolver_configuration}
   */
  href?: string;
  /**
   * A list of `string`. On the wire: element `<name_servers>` with one `<name_server>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns_resolver_configuration | reference: dns_resolver_configuration} (its `name_servers` attribute)
   * @since API 4.1
   */
  nameServers?: string[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DnsResolverConfiguration, () => ({
  href: VALUE,
  nameServers: [VALUE],
}));
