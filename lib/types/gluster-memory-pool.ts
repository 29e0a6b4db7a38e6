// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `gluster_memory_pool` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool}
 */
export class GlusterMemoryPool extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/type} */
  type?: string;

  /** The `hot_count` attribute (`<hot_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/hot_count} */
  hotCount?: number;

  /** The `cold_count` attribute (`<cold_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/cold_count} */
  coldCount?: number;

  /** The `padded_size` attribute (`<padded_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/padded_size} */
  paddedSize?: number;

  /** The `alloc_count` attribute (`<alloc_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/alloc_count} */
  allocCount?: number;

  /** The `max_alloc` attribute (`<max_alloc>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/max_alloc} */
  maxAlloc?: number;

  /** The `pool_misses` attribute (`<pool_misses>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/pool_misses} */
  poolMisses?: number;

  /** The `max_stdalloc` attribute (`<max_stdalloc>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/max_stdalloc} */
  maxStdalloc?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_memory_pool/attributes/comment} */
  comment?: string;

  /** Creates a `gluster_memory_pool`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterMemoryPoolInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_memory_pool` as the SDK accepts it: a {@link GlusterMemoryPool} or a plain object of the same shape, at any depth. */
export interface GlusterMemoryPoolInit {
  href?: string;
  type?: string;
  hotCount?: number;
  coldCount?: number;
  paddedSize?: number;
  allocCount?: number;
  maxAlloc?: number;
  poolMisses?: number;
  maxStdalloc?: number;
  id?: string;
  name?: string;
  description?: string;
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
