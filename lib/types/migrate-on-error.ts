// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `migrate_on_error` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migrate_on_error}
 */
export const MigrateOnError = {
  MIGRATE: 'migrate',
  DO_NOT_MIGRATE: 'do_not_migrate',
  MIGRATE_HIGHLY_AVAILABLE: 'migrate_highly_available',
} as const;

/** One of the {@link MigrateOnError} values. */
export type MigrateOnError = (typeof MigrateOnError)[keyof typeof MigrateOnError];
