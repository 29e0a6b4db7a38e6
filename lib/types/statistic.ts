// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { GlusterBrick } from './gluster-brick';
import type { GlusterBrickInit } from './gluster-brick';
import { GlusterVolume } from './gluster-volume';
import type { GlusterVolumeInit } from './gluster-volume';
import { Host } from './host';
import type { HostInit } from './host';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { Nic } from './nic';
import type { NicInit } from './nic';
import { NumaNode } from './numa-node';
import type { NumaNodeInit } from './numa-node';
import type { StatisticKind } from './statistic-kind';
import type { StatisticUnit } from './statistic-unit';
import { Step } from './step';
import type { StepInit } from './step';
import { Value } from './value';
import type { ValueInit } from './value';
import type { ValueType } from './value-type';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `statistic` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic}
 */
export class Statistic extends Struct {
  /** The `values` attribute (`<values>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/values} */
  values?: List<Value>;

  /** The `kind` attribute (`<kind>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/kind} */
  kind?: StatisticKind;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/type} */
  type?: ValueType;

  /** The `unit` attribute (`<unit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/unit} */
  unit?: StatisticUnit;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/attributes/comment} */
  comment?: string;

  /** The `disk` link (`<disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/disk} */
  disk?: Disk;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/host} */
  host?: Host;

  /** The `host_nic` link (`<host_nic>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/host_nic} */
  hostNic?: HostNic;

  /** The `host_numa_node` link (`<host_numa_node>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/host_numa_node} */
  hostNumaNode?: NumaNode;

  /** The `nic` link (`<nic>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/nic} */
  nic?: Nic;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/vm} */
  vm?: Vm;

  /** The `brick` link (`<brick>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/brick} */
  brick?: GlusterBrick;

  /** The `step` link (`<step>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/step} */
  step?: Step;

  /** The `gluster_volume` link (`<gluster_volume>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic/links/gluster_volume} */
  glusterVolume?: GlusterVolume;

  /** Creates a `statistic`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: StatisticInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `statistic` as the SDK accepts it: a {@link Statistic} or a plain object of the same shape, at any depth. */
export interface StatisticInit {
  href?: string;
  values?: ValueInit[];
  kind?: StatisticKind;
  type?: ValueType;
  unit?: StatisticUnit;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  disk?: DiskInit;
  host?: HostInit;
  hostNic?: HostNicInit;
  hostNumaNode?: NumaNodeInit;
  nic?: NicInit;
  vm?: VmInit;
  brick?: GlusterBrickInit;
  step?: StepInit;
  glusterVolume?: GlusterVolumeInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Statistic, () => ({
  href: VALUE,
  values: [Value],
  kind: VALUE,
  type: VALUE,
  unit: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  disk: Disk,
  host: Host,
  hostNic: HostNic,
  hostNumaNode: NumaNode,
  nic: Nic,
  vm: Vm,
  brick: GlusterBrick,
  step: Step,
  glusterVolume: GlusterVolume,
}));
