// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `memory_over_commit` type of the API, on the wire `<memory_over_commit>` (a list: `<memory_over_commits>` with one `<memory_over_commit>` per item); 1 attribute and 0 links.
 *
 * Create one with `new MemoryOverCommit({ ... })`, or pass a plain {@link MemoryOverCommitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_over_commit | reference: memory_over_commit}
 */
export class MemoryOverCommit extends Struct {
  /**
   * `number` (an integer). On the wire: element `<percent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_over_commit | reference: memory_over_commit} (its `percent` attribute)
   */
  percent?: number;

  /**
   * Creates a `memory_over_commit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MemoryOverCommitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.percent = undefined;
    }
  }
}

/**
 * A `memory_over_commit` as the SDK accepts it: a {@link MemoryOverCommit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_over_commit | reference: memory_over_commit}
 */
export interface MemoryOverCommitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<memory_over_commit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_over_commit | reference: memory_over_commit}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<percent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/memory_over_commit | reference: memory_over_commit} (its `percent` attribute)
   */
  percent?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MemoryOverCommit, () => ({
  href: VALUE,
  percent: VALUE,
}));
