// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `cluster_upgrade_action` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_upgrade_action}
 * @since API 4.3.2
 */
export const ClusterUpgradeAction = {
  /** @since API 4.3.2 */
  START: 'start',
  /** @since API 4.5.0 */
  UPDATE_PROGRESS: 'update_progress',
  /** @since API 4.3.2 */
  FINISH: 'finish',
} as const;

/** One of the {@link ClusterUpgradeAction} values. */
export type ClusterUpgradeAction = (typeof ClusterUpgradeAction)[keyof typeof ClusterUpgradeAction];
