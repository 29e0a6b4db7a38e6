// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `console` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/console}
 */
export class Console extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/console/attributes/enabled} */
  enabled?: boolean;

  /** Creates a `console`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ConsoleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `console` as the SDK accepts it: a {@link Console} or a plain object of the same shape, at any depth. */
export interface ConsoleInit {
  href?: string;
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Console, () => ({
  href: VALUE,
  enabled: VALUE,
}));
