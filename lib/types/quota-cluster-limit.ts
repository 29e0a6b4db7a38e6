// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Quota } from './quota';
import type { QuotaInit } from './quota';

/**
 * The `quota_cluster_limit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit}
 */
export class QuotaClusterLimit extends Struct {
  /** The `vcpu_limit` attribute (`<vcpu_limit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/vcpu_limit} */
  vcpuLimit?: number;

  /** The `vcpu_usage` attribute (`<vcpu_usage>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/vcpu_usage} */
  vcpuUsage?: number;

  /** The `memory_limit` attribute (`<memory_limit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/memory_limit} */
  memoryLimit?: number;

  /** The `memory_usage` attribute (`<memory_usage>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/memory_usage} */
  memoryUsage?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/attributes/comment} */
  comment?: string;

  /** The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/links/quota} */
  quota?: Quota;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_cluster_limit/links/cluster} */
  cluster?: Cluster;

  /** Creates a `quota_cluster_limit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: QuotaClusterLimitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `quota_cluster_limit` as the SDK accepts it: a {@link QuotaClusterLimit} or a plain object of the same shape, at any depth. */
export interface QuotaClusterLimitInit {
  href?: string;
  vcpuLimit?: number;
  vcpuUsage?: number;
  memoryLimit?: number;
  memoryUsage?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  quota?: QuotaInit;
  cluster?: ClusterInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(QuotaClusterLimit, () => ({
  href: VALUE,
  vcpuLimit: VALUE,
  vcpuUsage: VALUE,
  memoryLimit: VALUE,
  memoryUsage: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  quota: Quota,
  cluster: Cluster,
}));
