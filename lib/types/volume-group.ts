// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { LogicalUnit } from './logical-unit';
import type { LogicalUnitInit } from './logical-unit';

/**
 * The `volume_group` type of the API, on the wire `<volume_group>` (a list: `<volume_groups>` with one `<volume_group>` per item); 3 attributes and 0 links.
 *
 * Create one with `new VolumeGroup({ ... })`, or pass a plain {@link VolumeGroupInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group}
 */
export class VolumeGroup extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<volume_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group} (its `name` attribute)
   */
  name?: string;

  /**
   * A list of `LogicalUnit`. On the wire: element `<logical_units>` with one `<logical_unit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group} (its `logical_units` attribute)
   */
  logicalUnits?: List<LogicalUnit>;

  /**
   * Creates a `volume_group` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VolumeGroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.logicalUnits = undefined;
    }
  }
}

/**
 * A `volume_group` as the SDK accepts it: a {@link VolumeGroup} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group}
 */
export interface VolumeGroupInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<volume_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<volume_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group} (its `name` attribute)
   */
  name?: string;
  /**
   * A list of `LogicalUnitInit` (a `LogicalUnit` or a plain object). On the wire: element `<logical_units>` with one `<logical_unit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/volume_group | reference: volume_group} (its `logical_units` attribute)
   */
  logicalUnits?: LogicalUnitInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VolumeGroup, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  logicalUnits: [LogicalUnit],
}));
