// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `memory_over_commit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_over_commit}
 */
export class MemoryOverCommit extends Struct {
  /** The `percent` attribute (`<percent>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/memory_over_commit/attributes/percent} */
  percent?: number;

  /** Creates a `memory_over_commit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MemoryOverCommitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `memory_over_commit` as the SDK accepts it: a {@link MemoryOverCommit} or a plain object of the same shape, at any depth. */
export interface MemoryOverCommitInit {
  href?: string;
  percent?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MemoryOverCommit, () => ({
  href: VALUE,
  percent: VALUE,
}));
