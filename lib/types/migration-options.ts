// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { InheritableBoolean } from './inheritable-boolean';
import { MigrationBandwidth } from './migration-bandwidth';
import type { MigrationBandwidthInit } from './migration-bandwidth';
import { MigrationPolicy } from './migration-policy';
import type { MigrationPolicyInit } from './migration-policy';
import type { ParallelMigrationsPolicy } from './parallel-migrations-policy';

/**
 * The `migration_options` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options}
 */
export class MigrationOptions extends Struct {
  /** The `auto_converge` attribute (`<auto_converge>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/attributes/auto_converge} */
  autoConverge?: InheritableBoolean;

  /** The `compressed` attribute (`<compressed>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/attributes/compressed} */
  compressed?: InheritableBoolean;

  /**
   * The `encrypted` attribute (`<encrypted>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/attributes/encrypted}
   * @since API 4.4
   */
  encrypted?: InheritableBoolean;

  /**
   * The `parallel_migrations_policy` attribute (`<parallel_migrations_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/attributes/parallel_migrations_policy}
   * @since API 4.5.1
   */
  parallelMigrationsPolicy?: ParallelMigrationsPolicy;

  /**
   * The `custom_parallel_migrations` attribute (`<custom_parallel_migrations>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/attributes/custom_parallel_migrations}
   * @since API 4.5.1
   */
  customParallelMigrations?: number;

  /** The `bandwidth` attribute (`<bandwidth>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/attributes/bandwidth} */
  bandwidth?: MigrationBandwidth;

  /** The `policy` link (`<policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/migration_options/links/policy} */
  policy?: MigrationPolicy;

  /** Creates a `migration_options`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MigrationOptionsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `migration_options` as the SDK accepts it: a {@link MigrationOptions} or a plain object of the same shape, at any depth. */
export interface MigrationOptionsInit {
  href?: string;
  autoConverge?: InheritableBoolean;
  compressed?: InheritableBoolean;
  encrypted?: InheritableBoolean;
  parallelMigrationsPolicy?: ParallelMigrationsPolicy;
  customParallelMigrations?: number;
  bandwidth?: MigrationBandwidthInit;
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
