// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `parallel_migrations_policy` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/parallel_migrations_policy}
 * @since API 4.5.1
 */
export const ParallelMigrationsPolicy = {
  /** @since API 4.5.1 */
  INHERIT: 'inherit',
  /** @since API 4.5.1 */
  AUTO: 'auto',
  /** @since API 4.5.1 */
  AUTO_PARALLEL: 'auto_parallel',
  /** @since API 4.5.1 */
  DISABLED: 'disabled',
  /** @since API 4.5.1 */
  CUSTOM: 'custom',
} as const;

/** One of the {@link ParallelMigrationsPolicy} values. */
export type ParallelMigrationsPolicy = (typeof ParallelMigrationsPolicy)[keyof typeof ParallelMigrationsPolicy];
