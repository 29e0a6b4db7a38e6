// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `proxy_ticket` type of the API, on the wire `<proxy_ticket>` (a list: `<proxy_tickets>` with one `<proxy_ticket>` per item); 1 attribute and 0 links.
 *
 * Create one with `new ProxyTicket({ ... })`, or pass a plain {@link ProxyTicketInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/proxy_ticket | reference: proxy_ticket}
 */
export class ProxyTicket extends Struct {
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/proxy_ticket | reference: proxy_ticket} (its `value` attribute)
   */
  value?: string;

  /**
   * Creates a `proxy_ticket` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ProxyTicketInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.value = undefined;
    }
  }
}

/**
 * A `proxy_ticket` as the SDK accepts it: a {@link ProxyTicket} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/proxy_ticket | reference: proxy_ticket}
 */
export interface ProxyTicketInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<proxy_ticket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/proxy_ticket | reference: proxy_ticket}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/proxy_ticket | reference: proxy_ticket} (its `value` attribute)
   */
  value?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ProxyTicket, () => ({
  href: VALUE,
  value: VALUE,
}));
