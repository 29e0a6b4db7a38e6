// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `time_zone` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/time_zone}
 */
export class TimeZone extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/time_zone/attributes/name} */
  name?: string;

  /** The `utc_offset` attribute (`<utc_offset>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/time_zone/attributes/utc_offset} */
  utcOffset?: string;

  /** Creates a `time_zone`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: TimeZoneInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `time_zone` as the SDK accepts it: a {@link TimeZone} or a plain object of the same shape, at any depth. */
export interface TimeZoneInit {
  href?: string;
  name?: string;
  utcOffset?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(TimeZone, () => ({
  href: VALUE,
  name: VALUE,
  utcOffset: VALUE,
}));
