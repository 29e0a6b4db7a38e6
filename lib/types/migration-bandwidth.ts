// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { MigrationBandwidthAssignmentMethod } from './migration-bandwidth-assignment-method';

/**
 * The `migration_bandwidth` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_bandwidth}
 */
export class MigrationBandwidth extends Struct {
  /** The `assignment_method` attribute (`<assignment_method>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_bandwidth/attributes/assignment_method} */
  assignmentMethod?: MigrationBandwidthAssignmentMethod;

  /** The `custom_value` attribute (`<custom_value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_bandwidth/attributes/custom_value} */
  customValue?: number;

  /** Creates a `migration_bandwidth`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MigrationBandwidthInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `migration_bandwidth` as the SDK accepts it: a {@link MigrationBandwidth} or a plain object of the same shape, at any depth. */
export interface MigrationBandwidthInit {
  href?: string;
  assignmentMethod?: MigrationBandwidthAssignmentMethod;
  customValue?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MigrationBandwidth, () => ({
  href: VALUE,
  assignmentMethod: VALUE,
  customValue: VALUE,
}));
