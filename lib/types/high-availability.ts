// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `high_availability` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/high_availability}
 */
export class HighAvailability extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/high_availability/attributes/enabled} */
  enabled?: boolean;

  /** The `priority` attribute (`<priority>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/high_availability/attributes/priority} */
  priority?: number;

  /** Creates a `high_availability`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HighAvailabilityInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `high_availability` as the SDK accepts it: a {@link HighAvailability} or a plain object of the same shape, at any depth. */
export interface HighAvailabilityInit {
  href?: string;
  enabled?: boolean;
  priority?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HighAvailability, () => ({
  href: VALUE,
  enabled: VALUE,
  priority: VALUE,
}));
