// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `dns` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dns}
 */
export class Dns extends Struct {
  /** The `servers` attribute (`<servers>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dns/attributes/servers} */
  servers?: List<Host>;

  /** The `search_domains` attribute (`<search_domains>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dns/attributes/search_domains} */
  searchDomains?: List<Host>;

  /** Creates a `dns`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DnsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `dns` as the SDK accepts it: a {@link Dns} or a plain object of the same shape, at any depth. */
export interface DnsInit {
  href?: string;
  servers?: HostInit[];
  searchDomains?: HostInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Dns, () => ({
  href: VALUE,
  servers: [Host],
  searchDomains: [Host],
}));
