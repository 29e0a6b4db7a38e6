// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `parallel_migrations_policy` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ParallelMigrationsPolicy | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
 * @since API 4.5.1
 */
export const ParallelMigrationsPolicy = {
  /**
   * `'inherit'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
   * @since API 4.5.1
   */
  INHERIT: 'inherit',
  /**
   * `'auto'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
   * @since API 4.5.1
   */
  AUTO: 'auto',
  /**
   * `'auto_parallel'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
   * @since API 4.5.1
   */
  AUTO_PARALLEL: 'auto_parallel',
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
   * @since API 4.5.1
   */
  DISABLED: 'disabled',
  /**
   * `'custom'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
   * @since API 4.5.1
   */
  CUSTOM: 'custom',
} as const;

/**
 * One of the 5 values of {@link ParallelMigrationsPolicy} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/parallel_migrations_policy | reference: parallel_migrations_policy}
 */
export type ParallelMigrationsPolicy = (typeof ParallelMigrationsPolicy)[keyof typeof ParallelMigrationsPolicy];
