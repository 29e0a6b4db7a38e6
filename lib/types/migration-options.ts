// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { InheritableBoolean } from './inheritable-boolean';
import { MigrationBandwidth } from './migration-bandwidth';
import type { MigrationBandwidthInit } from './migration-bandwidth';
import { MigrationPolicy } from './migration-policy';
import type { MigrationPolicyInit } from './migration-policy';
import type { ParallelMigrationsPolicy } from './parallel-migrations-policy';

/**
 * The `migration_options` type of the API, on the wire `<migration>` (a list: `<migration_optionss>` with one `<migration>` per item); 6 attributes and 1 link.
 *
 * Create one with `new MigrationOptions({ ... })`, or pass a plain {@link MigrationOptionsInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options}
 */
export class MigrationOptions extends Struct {
  /**
   * `InheritableBoolean` (`true`, `false`, `inherit`; or another string, from a newer engine). On the wire: element `<auto_converge>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `auto_converge` attribute)
   */
  autoConverge?: InheritableBoolean | (string & {});

  /**
   * `InheritableBoolean` (`true`, `false`, `inherit`; or another string, from a newer engine). On the wire: element `<compressed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `compressed` attribute)
   */
  compressed?: InheritableBoolean | (string & {});

  /**
   * `InheritableBoolean` (`true`, `false`, `inherit`; or another string, from a newer engine). On the wire: element `<encrypted>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `encrypted` attribute)
   * @since API 4.4
   */
  encrypted?: InheritableBoolean | (string & {});

  /**
   * `ParallelMigrationsPolicy` (`inherit`, `auto`, `auto_parallel`, `disabled`, `custom`; or another string, from a newer engine). On the wire: element `<parallel_migrations_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `parallel_migrations_policy` attribute)
   * @since API 4.5.1
   */
  parallelMigrationsPolicy?: ParallelMigrationsPolicy | (string & {});

  /**
   * `number` (an integer). On the wire: element `<custom_parallel_migrations>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `custom_parallel_migrations` attribute)
   * @since API 4.5.1
   */
  customParallelMigrations?: number;

  /**
   * `MigrationBandwidth`. On the wire: element `<bandwidth>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `bandwidth` attribute)
   */
  bandwidth?: MigrationBandwidth;

  /**
   * `MigrationPolicy`. On the wire: element `<policy>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `policy` link)
   */
  policy?: MigrationPolicy;

  /**
   * Creates a `migration_options` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MigrationOptionsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.autoConverge = undefined;
      this.compressed = undefined;
      this.encrypted = undefined;
      this.parallelMigrationsPolicy = undefined;
      this.customParallelMigrations = undefined;
      this.bandwidth = undefined;
      this.policy = undefined;
    }
  }
}

/**
 * A `migration_options` as the SDK accepts it: a {@link MigrationOptions} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options}
 */
export interface MigrationOptionsInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options}
   */
  href?: string;
  /**
   * `InheritableBoolean` (`true`, `false`, `inherit`; another string is sent as it is). On the wire: element `<auto_converge>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `auto_converge` attribute)
   */
  autoConverge?: InheritableBoolean | (string & {});
  /**
   * `InheritableBoolean` (`true`, `false`, `inherit`; another string is sent as it is). On the wire: element `<compressed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `compressed` attribute)
   */
  compressed?: InheritableBoolean | (string & {});
  /**
   * `InheritableBoolean` (`true`, `false`, `inherit`; another string is sent as it is). On the wire: element `<encrypted>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `encrypted` attribute)
   * @since API 4.4
   */
  encrypted?: InheritableBoolean | (string & {});
  /**
   * `ParallelMigrationsPolicy` (`inherit`, `auto`, `auto_parallel`, `disabled`, `custom`; another string is sent as it is). On the wire: element `<parallel_migrations_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `parallel_migrations_policy` attribute)
   * @since API 4.5.1
   */
  parallelMigrationsPolicy?: ParallelMigrationsPolicy | (string & {});
  /**
   * `number` (an integer). On the wire: element `<custom_parallel_migrations>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `custom_parallel_migrations` attribute)
   * @since API 4.5.1
   */
  customParallelMigrations?: number;
  /**
   * `MigrationBandwidthInit` (a `MigrationBandwidth` or a plain object). On the wire: element `<bandwidth>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `bandwidth` attribute)
   */
  bandwidth?: MigrationBandwidthInit;
  /**
   * `MigrationPolicyInit` (a `MigrationPolicy` or a plain object). On the wire: element `<policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_options | reference: migration_options} (its `policy` link)
   */
  policy?: MigrationPolicyInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MigrationOptions, () => ({
  href: VALUE,
  autoConverge: VALUE,
  compressed: VALUE,
  encrypted: VALUE,
  parallelMigrationsPolicy: VALUE,
  customParallelMigrations: VALUE,
  bandwidth: MigrationBandwidth,
  policy: MigrationPolicy,
}));
