// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `ticket` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ticket}
 */
export class Ticket extends Struct {
  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ticket/attributes/value} */
  value?: string;

  /** The `expiry` attribute (`<expiry>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ticket/attributes/expiry} */
  expiry?: number;

  /** Creates a `ticket`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: TicketInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `ticket` as the SDK accepts it: a {@link Ticket} or a plain object of the same shape, at any depth. */
export interface TicketInit {
  href?: string;
  value?: string;
  expiry?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ticket, () => ({
  href: VALUE,
  value: VALUE,
  expiry: VALUE,
}));
