// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `migrate_on_error` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `MigrateOnError | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migrate_on_error | reference: migrate_on_error}
 */
export const MigrateOnError = {
  /**
   * `'migrate'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migrate_on_error | reference: migrate_on_error}
   */
  MIGRATE: 'migrate',
  /**
   * `'do_not_migrate'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migrate_on_error | reference: migrate_on_error}
   */
  DO_NOT_MIGRATE: 'do_not_migrate',
  /**
   * `'migrate_highly_available'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migrate_on_error | reference: migrate_on_error}
   */
  MIGRATE_HIGHLY_AVAILABLE: 'migrate_highly_available',
} as const;

/**
 * One of the 3 values of {@link MigrateOnError} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migrate_on_error | reference: migrate_on_error}
 */
export type MigrateOnError = (typeof MigrateOnError)[keyof typeof MigrateOnError];
