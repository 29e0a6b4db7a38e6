// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { MigrationBandwidthAssignmentMethod } from './migration-bandwidth-assignment-method';

/**
 * The `migration_bandwidth` type of the API, on the wire `<migration_bandwidth>` (a list: `<migration_bandwidths>` with one `<migration_bandwidth>` per item); 2 attributes and 0 links.
 *
 * Create one with `new MigrationBandwidth({ ... })`, or pass a plain {@link MigrationBandwidthInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth}
 */
export class MigrationBandwidth extends Struct {
  /**
   * `MigrationBandwidthAssignmentMethod` (`auto`, `custom`, `hypervisor_default`; or another string, from a newer engine). On the wire: element `<assignment_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth} (its `assignment_method` attribute)
   */
  assignmentMethod?: MigrationBandwidthAssignmentMethod | (string & {});

  /**
   * `number` (an integer). On the wire: element `<custom_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth} (its `custom_value` attribute)
   */
  customValue?: number;

  /**
   * Creates a `migration_bandwidth` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MigrationBandwidthInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.assignmentMethod = undefined;
      this.customValue = undefined;
    }
  }
}

/**
 * A `migration_bandwidth` as the SDK accepts it: a {@link MigrationBandwidth} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth}
 */
export interface MigrationBandwidthInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<migration_bandwidth>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth}
   */
  href?: string;
  /**
   * `MigrationBandwidthAssignmentMethod` (`auto`, `custom`, `hypervisor_default`; another string is sent as it is). On the wire: element `<assignment_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth} (its `assignment_method` attribute)
   */
  assignmentMethod?: MigrationBandwidthAssignmentMethod | (string & {});
  /**
   * `number` (an integer). On the wire: element `<custom_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth | reference: migration_bandwidth} (its `custom_value` attribute)
   */
  customValue?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MigrationBandwidth, () => ({
  href: VALUE,
  assignmentMethod: VALUE,
  customValue: VALUE,
}));
