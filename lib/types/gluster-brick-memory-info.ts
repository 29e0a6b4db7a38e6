// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { GlusterMemoryPool } from './gluster-memory-pool';
import type { GlusterMemoryPoolInit } from './gluster-memory-pool';

/**
 * The `gluster_brick_memory_info` type of the API, on the wire `<brick_memoryinfo>` (a list: `<gluster_brick_memory_infos>` with one `<brick_memoryinfo>` per item); 1 attribute and 0 links.
 *
 * Create one with `new GlusterBrickMemoryInfo({ ... })`, or pass a plain {@link GlusterBrickMemoryInfoInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick_memory_info | reference: gluster_brick_memory_info}
 */
export class GlusterBrickMemoryInfo extends Struct {
  /**
   * A list of `GlusterMemoryPool`. On the wire: element `<memory_pools>` with one `<memory_pool>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick_memory_info | reference: gluster_brick_memory_info} (its `memory_pools` attribute)
   */
  memoryPools?: List<GlusterMemoryPool>;

  /**
   * Creates a `gluster_brick_memory_info` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterBrickMemoryInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.memoryPools = undefined;
    }
  }
}

/**
 * A `gluster_brick_memory_info` as the SDK accepts it: a {@link GlusterBrickMemoryInfo} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick_memory_info | reference: gluster_brick_memory_info}
 */
export interface GlusterBrickMemoryInfoInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<brick_memoryinfo>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick_memory_info | reference: gluster_brick_memory_info}
   */
  href?: string;
  /**
   * A list of `GlusterMemoryPoolInit` (a `GlusterMemoryPool` or a plain object). On the wire: element `<memory_pools>` with one `<memory_pool>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick_memory_info | reference: gluster_brick_memory_info} (its `memory_pools` attribute)
   */
  memoryPools?: GlusterMemoryPoolInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterBrickMemoryInfo, () => ({
  href: VALUE,
  memoryPools: [GlusterMemoryPool],
}));
