// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Quota } from './quota';
import type { QuotaInit } from './quota';

/**
 * The `quota_cluster_limit` type of the API, on the wire `<quota_cluster_limit>` (a list: `<quota_cluster_limits>` with one `<quota_cluster_limit>` per item); 8 attributes and 2 links.
 *
 * Create one with `new QuotaClusterLimit({ ... })`, or pass a plain {@link QuotaClusterLimitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit}
 */
export class QuotaClusterLimit extends Struct {
  /**
   * `number` (an integer). On the wire: element `<vcpu_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `vcpu_limit` attribute)
   */
  vcpuLimit?: number;

  /**
   * `number` (an integer). On the wire: element `<vcpu_usage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `vcpu_usage` attribute)
   */
  vcpuUsage?: number;

  /**
   * `number` (a decimal). On the wire: element `<memory_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `memory_limit` attribute)
   */
  memoryLimit?: number;

  /**
   * `number` (a decimal). On the wire: element `<memory_usage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `memory_usage` attribute)
   */
  memoryUsage?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<quota_cluster_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `quota` link)
   */
  quota?: Quota;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * Creates a `quota_cluster_limit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: QuotaClusterLimitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.vcpuLimit = undefined;
      this.vcpuUsage = undefined;
      this.memoryLimit = undefined;
      this.memoryUsage = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.quota = undefined;
      this.cluster = undefined;
    }
  }
}

/**
 * A `quota_cluster_limit` as the SDK accepts it: a {@link QuotaClusterLimit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit}
 */
export interface QuotaClusterLimitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<quota_cluster_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<vcpu_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `vcpu_limit` attribute)
   */
  vcpuLimit?: number;
  /**
   * `number` (an integer). On the wire: element `<vcpu_usage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `vcpu_usage` attribute)
   */
  vcpuUsage?: number;
  /**
   * `number` (a decimal). On the wire: element `<memory_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `memory_limit` attribute)
   */
  memoryLimit?: number;
  /**
   * `number` (a decimal). On the wire: element `<memory_usage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `memory_usage` attribute)
   */
  memoryUsage?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<quota_cluster_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `quota` link)
   */
  quota?: QuotaInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_cluster_limit | reference: quota_cluster_limit} (its `cluster` link)
   */
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
