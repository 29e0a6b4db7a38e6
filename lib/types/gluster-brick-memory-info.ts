// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { GlusterMemoryPool } from './gluster-memory-pool';
import type { GlusterMemoryPoolInit } from './gluster-memory-pool';

/**
 * The `gluster_brick_memory_info` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_memory_info}
 */
export class GlusterBrickMemoryInfo extends Struct {
  /** The `memory_pools` attribute (`<memory_pools>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_memory_info/attributes/memory_pools} */
  memoryPools?: List<GlusterMemoryPool>;

  /** Creates a `gluster_brick_memory_info`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterBrickMemoryInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_brick_memory_info` as the SDK accepts it: a {@link GlusterBrickMemoryInfo} or a plain object of the same shape, at any depth. */
export interface GlusterBrickMemoryInfoInit {
  href?: string;
  memoryPools?: GlusterMemoryPoolInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterBrickMemoryInfo, () => ({
  href: VALUE,
  memoryPools: [GlusterMemoryPool],
}));
