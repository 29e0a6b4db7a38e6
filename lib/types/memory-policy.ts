// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { MemoryOverCommit } from './memory-over-commit';
import type { MemoryOverCommitInit } from './memory-over-commit';
import { TransparentHugePages } from './transparent-huge-pages';
import type { TransparentHugePagesInit } from './transparent-huge-pages';

/**
 * The `memory_policy` type of the API, on the wire `<memory_policy>` (a list: `<memory_policies>` with one `<memory_policy>` per item); 5 attributes and 0 links.
 *
 * Create one with `new MemoryPolicy({ ... })`, or pass a plain {@link MemoryPolicyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy}
 */
export class MemoryPolicy extends Struct {
  /**
   * `number` (an integer). On the wire: element `<guaranteed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `guaranteed` attribute)
   */
  guaranteed?: number;

  /**
   * `number` (an integer). On the wire: element `<max>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `max` attribute)
   * @since API 4.1
   */
  max?: number;

  /**
   * `boolean`. On the wire: element `<ballooning>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `ballooning` attribute)
   */
  ballooning?: boolean;

  /**
   * `MemoryOverCommit`. On the wire: element `<over_commit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `over_commit` attribute)
   */
  overCommit?: MemoryOverCommit;

  /**
   * `TransparentHugePages`. On the wire: element `<transparent_hugepages>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `transparent_huge_pages` attribute)
   */
  transparentHugePages?: TransparentHugePages;

  /**
   * Creates a `memory_policy` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MemoryPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.guaranteed = undefined;
      this.max = undefined;
      this.ballooning = undefined;
      this.overCommit = undefined;
      this.transparentHugePages = undefined;
    }
  }
}

/**
 * A `memory_policy` as the SDK accepts it: a {@link MemoryPolicy} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy}
 */
export interface MemoryPolicyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<guaranteed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `guaranteed` attribute)
   */
  guaranteed?: number;
  /**
   * `number` (an integer). On the wire: element `<max>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `max` attribute)
   * @since API 4.1
   */
  max?: number;
  /**
   * `boolean`. On the wire: element `<ballooning>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `ballooning` attribute)
   */
  ballooning?: boolean;
  /**
   * `MemoryOverCommitInit` (a `MemoryOverCommit` or a plain object). On the wire: element `<over_commit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `over_commit` attribute)
   */
  overCommit?: MemoryOverCommitInit;
  /**
   * `TransparentHugePagesInit` (a `TransparentHugePages` or a plain object). On the wire: element `<transparent_hugepages>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_policy | reference: memory_policy} (its `transparent_huge_pages` attribute)
   */
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
