// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { MemoryOverCommit } from './memory-over-commit';
import type { MemoryOverCommitInit } from './memory-over-commit';
import { TransparentHugePages } from './transparent-huge-pages';
import type { TransparentHugePagesInit } from './transparent-huge-pages';

/**
 * The `memory_policy` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_policy}
 */
export class MemoryPolicy extends Struct {
  /** The `guaranteed` attribute (`<guaranteed>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_policy/attributes/guaranteed} */
  guaranteed?: number;

  /**
   * The `max` attribute (`<max>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_policy/attributes/max}
   * @since API 4.1
   */
  max?: number;

  /** The `ballooning` attribute (`<ballooning>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_policy/attributes/ballooning} */
  ballooning?: boolean;

  /** The `over_commit` attribute (`<over_commit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_policy/attributes/over_commit} */
  overCommit?: MemoryOverCommit;

  /** The `transparent_huge_pages` attribute (`<transparent_hugepages>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_policy/attributes/transparent_huge_pages} */
  transparentHugePages?: TransparentHugePages;

  /** Creates a `memory_policy`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MemoryPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `memory_policy` as the SDK accepts it: a {@link MemoryPolicy} or a plain object of the same shape, at any depth. */
export interface MemoryPolicyInit {
  href?: string;
  guaranteed?: number;
  max?: number;
  ballooning?: boolean;
  overCommit?: MemoryOverCommitInit;
  transparentHugePages?: TransparentHugePagesInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MemoryPolicy, () => ({
  href: VALUE,
  guaranteed: VALUE,
  max: VALUE,
  ballooning: VALUE,
  overCommit: MemoryOverCommit,
  transparentHugePages: TransparentHugePages,
}));
