// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AffinityLabel } from './affinity-label';
import type { AffinityLabelInit } from './affinity-label';
import { AffinityRule } from './affinity-rule';
import type { AffinityRuleInit } from './affinity-rule';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Host } from './host';
import type { HostInit } from './host';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `affinity_group` type of the API, on the wire `<affinity_group>` (a list: `<affinity_groups>` with one `<affinity_group>` per item); 10 attributes and 5 links.
 *
 * Create one with `new AffinityGroup({ ... })`, or pass a plain {@link AffinityGroupInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group}
 */
export class AffinityGroup extends Struct {
  /**
   * `boolean`. On the wire: element `<positive>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `positive` attribute)
   * @deprecated The API model marks it deprecated.
   */
  positive?: boolean;

  /**
   * `boolean`. On the wire: element `<enforcing>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `enforcing` attribute)
   * @deprecated The API model marks it deprecated.
   */
  enforcing?: boolean;

  /**
   * `AffinityRule`. On the wire: element `<vms_rule>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `vms_rule` attribute)
   * @since API 4.1
   */
  vmsRule?: AffinityRule;

  /**
   * `AffinityRule`. On the wire: element `<hosts_rule>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `hosts_rule` attribute)
   * @since API 4.1
   */
  hostsRule?: AffinityRule;

  /**
   * `number` (a decimal). On the wire: element `<priority>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `priority` attribute)
   * @since API 4.3.6
   */
  priority?: number;

  /**
   * `boolean`. On the wire: element `<broken>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `broken` attribute)
   * @since API 4.4.8
   */
  broken?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<affinity_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * A list of `Host`. On the wire: a link, `<link rel="hosts" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<hosts>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `hosts` link)
   * @since API 4.1
   */
  hosts?: List<Host>;

  /**
   * A list of `AffinityLabel`. On the wire: a link, `<link rel="vmlabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vm_labels>` with one `<affinity_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `vm_labels` link)
   * @since API 4.3.6
   */
  vmLabels?: List<AffinityLabel>;

  /**
   * A list of `AffinityLabel`. On the wire: a link, `<link rel="hostlabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<host_labels>` with one `<affinity_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `host_labels` link)
   * @since API 4.3.6
   */
  hostLabels?: List<AffinityLabel>;

  /**
   * Creates a `affinity_group` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: AffinityGroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.positive = undefined;
      this.enforcing = undefined;
      this.vmsRule = undefined;
      this.hostsRule = undefined;
      this.priority = undefined;
      this.broken = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.cluster = undefined;
      this.vms = undefined;
      this.hosts = undefined;
      this.vmLabels = undefined;
      this.hostLabels = undefined;
    }
  }
}

/**
 * A `affinity_group` as the SDK accepts it: a {@link AffinityGroup} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group}
 */
export interface AffinityGroupInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<affinity_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<positive>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `positive` attribute)
   * @deprecated The API model marks it deprecated.
   */
  positive?: boolean;
  /**
   * `boolean`. On the wire: element `<enforcing>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `enforcing` attribute)
   * @deprecated The API model marks it deprecated.
   */
  enforcing?: boolean;
  /**
   * `AffinityRuleInit` (a `AffinityRule` or a plain object). On the wire: element `<vms_rule>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `vms_rule` attribute)
   * @since API 4.1
   */
  vmsRule?: AffinityRuleInit;
  /**
   * `AffinityRuleInit` (a `AffinityRule` or a plain object). On the wire: element `<hosts_rule>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `hosts_rule` attribute)
   * @since API 4.1
   */
  hostsRule?: AffinityRuleInit;
  /**
   * `number` (a decimal). On the wire: element `<priority>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `priority` attribute)
   * @since API 4.3.6
   */
  priority?: number;
  /**
   * `boolean`. On the wire: element `<broken>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `broken` attribute)
   * @since API 4.4.8
   */
  broken?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<affinity_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AffinityGroupsService.add`: `group.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `vms` link)
   */
  vms?: VmInit[];
  /**
   * A list of `HostInit` (a `Host` or a plain object). On the wire: element `<hosts>` with one `<host>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `hosts` link)
   * @since API 4.1
   */
  hosts?: HostInit[];
  /**
   * A list of `AffinityLabelInit` (a `AffinityLabel` or a plain object). On the wire: element `<vm_labels>` with one `<affinity_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `vm_labels` link)
   * @since API 4.3.6
   */
  vmLabels?: AffinityLabelInit[];
  /**
   * A list of `AffinityLabelInit` (a `AffinityLabel` or a plain object). On the wire: element `<host_labels>` with one `<affinity_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_group | reference: affinity_group} (its `host_labels` link)
   * @since API 4.3.6
   */
  hostLabels?: AffinityLabelInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AffinityGroup, () => ({
  href: VALUE,
  positive: VALUE,
  enforcing: VALUE,
  vmsRule: AffinityRule,
  hostsRule: AffinityRule,
  priority: VALUE,
  broken: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  cluster: Cluster,
  vms: [Vm],
  hosts: [Host],
  vmLabels: [AffinityLabel],
  hostLabels: [AffinityLabel],
}));
