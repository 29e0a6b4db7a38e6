// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `dns` type of the API, on the wire `<dns>` (a list: `<dnss>` with one `<dns>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Dns({ ... })`, or pass a plain {@link DnsInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns}
 */
export class Dns extends Struct {
  /**
   * A list of `Host`. On the wire: element `<servers>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns} (its `servers` attribute)
   */
  servers?: List<Host>;

  /**
   * A list of `Host`. On the wire: element `<search_domains>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns} (its `search_domains` attribute)
   */
  searchDomains?: List<Host>;

  /**
   * Creates a `dns` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DnsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.servers = undefined;
      this.searchDomains = undefined;
    }
  }
}

/**
 * A `dns` as the SDK accepts it: a {@link Dns} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns}
 */
export interface DnsInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<dns>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns}
   */
  href?: string;
  /**
   * A list of `HostInit` (a `Host` or a plain object). On the wire: element `<servers>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns} (its `servers` attribute)
   */
  servers?: HostInit[];
  /**
   * A list of `HostInit` (a `Host` or a plain object). On the wire: element `<search_domains>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dns | reference: dns} (its `search_domains` attribute)
   */
  searchDomains?: HostInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Dns, () => ({
  href: VALUE,
  servers: [Host],
  searchDomains: [Host],
}));
