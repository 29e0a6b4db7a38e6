// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { LogicalUnit } from './logical-unit';
import type { LogicalUnitInit } from './logical-unit';

/**
 * The `volume_group` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/volume_group}
 */
export class VolumeGroup extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/volume_group/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/volume_group/attributes/name} */
  name?: string;

  /** The `logical_units` attribute (`<logical_units>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/volume_group/attributes/logical_units} */
  logicalUnits?: List<LogicalUnit>;

  /** Creates a `volume_group`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VolumeGroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `volume_group` as the SDK accepts it: a {@link VolumeGroup} or a plain object of the same shape, at any depth. */
export interface VolumeGroupInit {
  href?: string;
  id?: string;
  name?: string;
  logicalUnits?: LogicalUnitInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VolumeGroup, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  logicalUnits: [LogicalUnit],
}));
