// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `statistic` type of the API, on the wire `<statistic>` (a list: `<statistics>` with one `<statistic>` per item); 8 attributes and 9 links.
 *
 * Create one with `new Statistic({ ... })`, or pass a plain {@link StatisticInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic}
 */
export class Statistic extends Struct {
  /**
   * A list of `Value`. On the wire: element `<values>` with one `<value>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `values` attribute)
   */
  values?: List<Value>;

  /**
   * `StatisticKind` (`counter`, `gauge`; or another string, from a newer engine). On the wire: element `<kind>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `kind` attribute)
   */
  kind?: StatisticKind | (string & {});

  /**
   * `ValueType` (`decimal`, `integer`, `string`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `type` attribute)
   */
  type?: ValueType | (string & {});

  /**
   * `StatisticUnit` (`bits_per_second`, `bytes`, `bytes_per_second`, `count_per_second`, `none`, `percent`, `seconds`; or another string, from a newer engine). On the wire: element `<unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `unit` attribute)
   */
  unit?: StatisticUnit | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<statistic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Disk`. On the wire: element `<disk>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `disk` link)
   */
  disk?: Disk;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `host` link)
   */
  host?: Host;

  /**
   * `HostNic`. On the wire: element `<host_nic>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `host_nic` link)
   */
  hostNic?: HostNic;

  /**
   * `NumaNode`. On the wire: element `<host_numa_node>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `host_numa_node` link)
   */
  hostNumaNode?: NumaNode;

  /**
   * `Nic`. On the wire: element `<nic>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `nic` link)
   */
  nic?: Nic;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `vm` link)
   */
  vm?: Vm;

  /**
   * `GlusterBrick`. On the wire: element `<brick>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `brick` link)
   */
  brick?: GlusterBrick;

  /**
   * `Step`. On the wire: element `<step>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `step` link)
   */
  step?: Step;

  /**
   * `GlusterVolume`. On the wire: element `<gluster_volume>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `gluster_volume` link)
   */
  glusterVolume?: GlusterVolume;

  /**
   * Creates a `statistic` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: StatisticInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.values = undefined;
      this.kind = undefined;
      this.type = undefined;
      this.unit = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.disk = undefined;
      this.host = undefined;
      this.hostNic = undefined;
      this.hostNumaNode = undefined;
      this.nic = undefined;
      this.vm = undefined;
      this.brick = undefined;
      this.step = undefined;
      this.glusterVolume = undefined;
    }
  }
}

/**
 * A `statistic` as the SDK accepts it: a {@link Statistic} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic}
 */
export interface StatisticInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<statistic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic}
   */
  href?: string;
  /**
   * A list of `ValueInit` (a `Value` or a plain object). On the wire: element `<values>` with one `<value>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `values` attribute)
   */
  values?: ValueInit[];
  /**
   * `StatisticKind` (`counter`, `gauge`; another string is sent as it is). On the wire: element `<kind>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `kind` attribute)
   */
  kind?: StatisticKind | (string & {});
  /**
   * `ValueType` (`decimal`, `integer`, `string`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `type` attribute)
   */
  type?: ValueType | (string & {});
  /**
   * `StatisticUnit` (`bits_per_second`, `bytes`, `bytes_per_second`, `count_per_second`, `none`, `percent`, `seconds`; another string is sent as it is). On the wire: element `<unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `unit` attribute)
   */
  unit?: StatisticUnit | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<statistic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DiskInit` (a `Disk` or a plain object). On the wire: element `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `disk` link)
   */
  disk?: DiskInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `host` link)
   */
  host?: HostInit;
  /**
   * `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `host_nic` link)
   */
  hostNic?: HostNicInit;
  /**
   * `NumaNodeInit` (a `NumaNode` or a plain object). On the wire: element `<host_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `host_numa_node` link)
   */
  hostNumaNode?: NumaNodeInit;
  /**
   * `NicInit` (a `Nic` or a plain object). On the wire: element `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `nic` link)
   */
  nic?: NicInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * `GlusterBrickInit` (a `GlusterBrick` or a plain object). On the wire: element `<brick>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `brick` link)
   */
  brick?: GlusterBrickInit;
  /**
   * `StepInit` (a `Step` or a plain object). On the wire: element `<step>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `step` link)
   */
  step?: StepInit;
  /**
   * `GlusterVolumeInit` (a `GlusterVolume` or a plain object). On the wire: element `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic | reference: statistic} (its `gluster_volume` link)
   */
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
