// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `ticket` type of the API, on the wire `<ticket>` (a list: `<tickets>` with one `<ticket>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Ticket({ ... })`, or pass a plain {@link TicketInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket}
 */
export class Ticket extends Struct {
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket} (its `value` attribute)
   */
  value?: string;

  /**
   * `number` (an integer). On the wire: element `<expiry>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket} (its `expiry` attribute)
   */
  expiry?: number;

  /**
   * Creates a `ticket` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: TicketInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.value = undefined;
      this.expiry = undefined;
    }
  }
}

/**
 * A `ticket` as the SDK accepts it: a {@link Ticket} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket}
 */
export interface TicketInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<ticket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket} (its `value` attribute)
   */
  value?: string;
  /**
   * `number` (an integer). On the wire: element `<expiry>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ticket | reference: ticket} (its `expiry` attribute)
   */
  expiry?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ticket, () => ({
  href: VALUE,
  value: VALUE,
  expiry: VALUE,
}));
