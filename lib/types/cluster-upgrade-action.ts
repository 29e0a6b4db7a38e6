// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `cluster_upgrade_action` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ClusterUpgradeAction | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_upgrade_action | reference: cluster_upgrade_action}
 * @since API 4.3.2
 */
export const ClusterUpgradeAction = {
  /**
   * `'start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_upgrade_action | reference: cluster_upgrade_action}
   * @since API 4.3.2
   */
  START: 'start',
  /**
   * `'update_progress'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_upgrade_action | reference: cluster_upgrade_action}
   * @since API 4.5.0
   */
  UPDATE_PROGRESS: 'update_progress',
  /**
   * `'finish'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_upgrade_action | reference: cluster_upgrade_action}
   * @since API 4.3.2
   */
  FINISH: 'finish',
} as const;

/**
 * One of the 3 values of {@link ClusterUpgradeAction} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_upgrade_action | reference: cluster_upgrade_action}
 */
export type ClusterUpgradeAction = (typeof ClusterUpgradeAction)[keyof typeof ClusterUpgradeAction];
