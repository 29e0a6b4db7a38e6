// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `time_zone` type of the API, on the wire `<time_zone>` (a list: `<time_zones>` with one `<time_zone>` per item); 2 attributes and 0 links.
 *
 * Create one with `new TimeZone({ ... })`, or pass a plain {@link TimeZoneInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone}
 */
export class TimeZone extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<utc_offset>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone} (its `utc_offset` attribute)
   */
  utcOffset?: string;

  /**
   * Creates a `time_zone` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: TimeZoneInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.utcOffset = undefined;
    }
  }
}

/**
 * A `time_zone` as the SDK accepts it: a {@link TimeZone} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone}
 */
export interface TimeZoneInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<utc_offset>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/time_zone | reference: time_zone} (its `utc_offset` attribute)
   */
  utcOffset?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(TimeZone, () => ({
  href: VALUE,
  name: VALUE,
  utcOffset: VALUE,
}));
