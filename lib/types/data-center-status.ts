// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `data_center_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `DataCenterStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
 */
export const DataCenterStatus = {
  /**
   * `'uninitialized'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
   */
  UNINITIALIZED: 'uninitialized',
  /**
   * `'up'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
   */
  UP: 'up',
  /**
   * `'maintenance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
   */
  MAINTENANCE: 'maintenance',
  /**
   * `'not_operational'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
   */
  NOT_OPERATIONAL: 'not_operational',
  /**
   * `'problematic'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
   */
  PROBLEMATIC: 'problematic',
  /**
   * `'contend'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
   */
  CONTEND: 'contend',
} as const;

/**
 * One of the 6 values of {@link DataCenterStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center_status | reference: data_center_status}
 */
export type DataCenterStatus = (typeof DataCenterStatus)[keyof typeof DataCenterStatus];
