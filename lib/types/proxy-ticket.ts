// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `proxy_ticket` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/proxy_ticket}
 */
export class ProxyTicket extends Struct {
  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/proxy_ticket/attributes/value} */
  value?: string;

  /** Creates a `proxy_ticket`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ProxyTicketInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `proxy_ticket` as the SDK accepts it: a {@link ProxyTicket} or a plain object of the same shape, at any depth. */
export interface ProxyTicketInit {
  href?: string;
  value?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ProxyTicket, () => ({
  href: VALUE,
  value: VALUE,
}));
