// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `affinity_group` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group}
 */
export class AffinityGroup extends Struct {
  /**
   * The `positive` attribute (`<positive>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/positive}
   * @deprecated The model marks it deprecated.
   */
  positive?: boolean;

  /**
   * The `enforcing` attribute (`<enforcing>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/enforcing}
   * @deprecated The model marks it deprecated.
   */
  enforcing?: boolean;

  /**
   * The `vms_rule` attribute (`<vms_rule>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/vms_rule}
   * @since API 4.1
   */
  vmsRule?: AffinityRule;

  /**
   * The `hosts_rule` attribute (`<hosts_rule>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/hosts_rule}
   * @since API 4.1
   */
  hostsRule?: AffinityRule;

  /**
   * The `priority` attribute (`<priority>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/priority}
   * @since API 4.3.6
   */
  priority?: number;

  /**
   * The `broken` attribute (`<broken>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/broken}
   * @since API 4.4.8
   */
  broken?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/attributes/comment} */
  comment?: string;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/links/cluster} */
  cluster?: Cluster;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/links/vms} */
  vms?: List<Vm>;

  /**
   * The `hosts` link (`<hosts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/links/hosts}
   * @since API 4.1
   */
  hosts?: List<Host>;

  /**
   * The `vm_labels` link (`<vm_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/links/vm_labels}
   * @since API 4.3.6
   */
  vmLabels?: List<AffinityLabel>;

  /**
   * The `host_labels` link (`<host_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_group/links/host_labels}
   * @since API 4.3.6
   */
  hostLabels?: List<AffinityLabel>;

  /** Creates a `affinity_group`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: AffinityGroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `affinity_group` as the SDK accepts it: a {@link AffinityGroup} or a plain object of the same shape, at any depth. */
export interface AffinityGroupInit {
  href?: string;
  positive?: boolean;
  enforcing?: boolean;
  vmsRule?: AffinityRuleInit;
  hostsRule?: AffinityRuleInit;
  priority?: number;
  broken?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  cluster?: ClusterInit;
  vms?: VmInit[];
  hosts?: HostInit[];
  vmLabels?: AffinityLabelInit[];
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
