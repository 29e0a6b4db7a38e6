// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `gluster_memory_pool` type of the API, on the wire `<memory_pool>` (a list: `<memory_pools>` with one `<memory_pool>` per item); 12 attributes and 0 links.
 *
 * Create one with `new GlusterMemoryPool({ ... })`, or pass a plain {@link GlusterMemoryPoolInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool}
 */
export class GlusterMemoryPool extends Struct {
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `type` attribute)
   */
  type?: string;

  /**
   * `number` (an integer). On the wire: element `<hot_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `hot_count` attribute)
   */
  hotCount?: number;

  /**
   * `number` (an integer). On the wire: element `<cold_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `cold_count` attribute)
   */
  coldCount?: number;

  /**
   * `number` (an integer). On the wire: element `<padded_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `padded_size` attribute)
   */
  paddedSize?: number;

  /**
   * `number` (an integer). On the wire: element `<alloc_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `alloc_count` attribute)
   */
  allocCount?: number;

  /**
   * `number` (an integer). On the wire: element `<max_alloc>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `max_alloc` attribute)
   */
  maxAlloc?: number;

  /**
   * `number` (an integer). On the wire: element `<pool_misses>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `pool_misses` attribute)
   */
  poolMisses?: number;

  /**
   * `number` (an integer). On the wire: element `<max_stdalloc>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `max_stdalloc` attribute)
   */
  maxStdalloc?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<memory_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `gluster_memory_pool` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterMemoryPoolInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.hotCount = undefined;
      this.coldCount = undefined;
      this.paddedSize = undefined;
      this.allocCount = undefined;
      this.maxAlloc = undefined;
      this.poolMisses = undefined;
      this.maxStdalloc = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `gluster_memory_pool` as the SDK accepts it: a {@link GlusterMemoryPool} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool}
 */
export interface GlusterMemoryPoolInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<memory_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `type` attribute)
   */
  type?: string;
  /**
   * `number` (an integer). On the wire: element `<hot_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `hot_count` attribute)
   */
  hotCount?: number;
  /**
   * `number` (an integer). On the wire: element `<cold_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `cold_count` attribute)
   */
  coldCount?: number;
  /**
   * `number` (an integer). On the wire: element `<padded_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `padded_size` attribute)
   */
  paddedSize?: number;
  /**
   * `number` (an integer). On the wire: element `<alloc_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `alloc_count` attribute)
   */
  allocCount?: number;
  /**
   * `number` (an integer). On the wire: element `<max_alloc>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `max_alloc` attribute)
   */
  maxAlloc?: number;
  /**
   * `number` (an integer). On the wire: element `<pool_misses>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `pool_misses` attribute)
   */
  poolMisses?: number;
  /**
   * `number` (an integer). On the wire: element `<max_stdalloc>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `max_stdalloc` attribute)
   */
  maxStdalloc?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<memory_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_memory_pool | reference: gluster_memory_pool} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterMemoryPool, () => ({
  href: VALUE,
  type: VALUE,
  hotCount: VALUE,
  coldCount: VALUE,
  paddedSize: VALUE,
  allocCount: VALUE,
  maxAlloc: VALUE,
  poolMisses: VALUE,
  maxStdalloc: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
