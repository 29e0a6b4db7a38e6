// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { GlusterBrickStatus } from './gluster-brick-status';
import { GlusterClient } from './gluster-client';
import type { GlusterClientInit } from './gluster-client';
import { GlusterMemoryPool } from './gluster-memory-pool';
import type { GlusterMemoryPoolInit } from './gluster-memory-pool';
import { GlusterVolume } from './gluster-volume';
import type { GlusterVolumeInit } from './gluster-volume';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `gluster_brick` type of the API, on the wire `<brick>` (a list: `<bricks>` with one `<brick>` per item); 14 attributes and 6 links.
 *
 * Create one with `new GlusterBrick({ ... })`, or pass a plain {@link GlusterBrickInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick}
 */
export class GlusterBrick extends Struct {
  /**
   * `string`. On the wire: element `<server_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `server_id` attribute)
   */
  serverId?: string;

  /**
   * `string`. On the wire: element `<brick_dir>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `brick_dir` attribute)
   */
  brickDir?: string;

  /**
   * `GlusterBrickStatus` (`up`, `down`, `unknown`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `status` attribute)
   */
  status?: GlusterBrickStatus | (string & {});

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `port` attribute)
   */
  port?: number;

  /**
   * `number` (an integer). On the wire: element `<pid>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `pid` attribute)
   */
  pid?: number;

  /**
   * `string`. On the wire: element `<device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `device` attribute)
   */
  device?: string;

  /**
   * `string`. On the wire: element `<mnt_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `mnt_options` attribute)
   */
  mntOptions?: string;

  /**
   * `string`. On the wire: element `<fs_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `fs_name` attribute)
   */
  fsName?: string;

  /**
   * A list of `GlusterClient`. On the wire: element `<gluster_clients>` with one `<gluster_client>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `gluster_clients` attribute)
   */
  glusterClients?: List<GlusterClient>;

  /**
   * A list of `GlusterMemoryPool`. On the wire: element `<memory_pools>` with one `<memory_pool>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `memory_pools` attribute)
   */
  memoryPools?: List<GlusterMemoryPool>;

  /**
   * `string`. On the wire: XML attribute `id` of `<brick>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: Vm;

  /**
   * `GlusterVolume`. On the wire: element `<gluster_volume>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `gluster_volume` link)
   */
  glusterVolume?: GlusterVolume;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * Creates a `gluster_brick` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterBrickInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.serverId = undefined;
      this.brickDir = undefined;
      this.status = undefined;
      this.port = undefined;
      this.pid = undefined;
      this.device = undefined;
      this.mntOptions = undefined;
      this.fsName = undefined;
      this.glusterClients = undefined;
      this.memoryPools = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.template = undefined;
      this.instanceType = undefined;
      this.vms = undefined;
      this.vm = undefined;
      this.glusterVolume = undefined;
      this.statistics = undefined;
    }
  }
}

/**
 * A `gluster_brick` as the SDK accepts it: a {@link GlusterBrick} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick}
 */
export interface GlusterBrickInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<brick>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<server_id>`.
   *
   * Needed by:
   * - `GlusterVolumesService.add`: `volume.bricks[].serverId`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `server_id` attribute)
   */
  serverId?: string;
  /**
   * `string`. On the wire: element `<brick_dir>`.
   *
   * Needed by:
   * - `GlusterVolumesService.add`: `volume.bricks[].brickDir`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `brick_dir` attribute)
   */
  brickDir?: string;
  /**
   * `GlusterBrickStatus` (`up`, `down`, `unknown`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `status` attribute)
   */
  status?: GlusterBrickStatus | (string & {});
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `port` attribute)
   */
  port?: number;
  /**
   * `number` (an integer). On the wire: element `<pid>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `pid` attribute)
   */
  pid?: number;
  /**
   * `string`. On the wire: element `<device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `device` attribute)
   */
  device?: string;
  /**
   * `string`. On the wire: element `<mnt_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `mnt_options` attribute)
   */
  mntOptions?: string;
  /**
   * `string`. On the wire: element `<fs_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `fs_name` attribute)
   */
  fsName?: string;
  /**
   * A list of `GlusterClientInit` (a `GlusterClient` or a plain object). On the wire: element `<gluster_clients>` with one `<gluster_client>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `gluster_clients` attribute)
   */
  glusterClients?: GlusterClientInit[];
  /**
   * A list of `GlusterMemoryPoolInit` (a `GlusterMemoryPool` or a plain object). On the wire: element `<memory_pools>` with one `<memory_pool>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `memory_pools` attribute)
   */
  memoryPools?: GlusterMemoryPoolInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<brick>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `vms` link)
   */
  vms?: VmInit[];
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: VmInit;
  /**
   * `GlusterVolumeInit` (a `GlusterVolume` or a plain object). On the wire: element `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `gluster_volume` link)
   */
  glusterVolume?: GlusterVolumeInit;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_brick | reference: gluster_brick} (its `statistics` link)
   */
  statistics?: StatisticInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterBrick, () => ({
  href: VALUE,
  serverId: VALUE,
  brickDir: VALUE,
  status: VALUE,
  port: VALUE,
  pid: VALUE,
  device: VALUE,
  mntOptions: VALUE,
  fsName: VALUE,
  glusterClients: [GlusterClient],
  memoryPools: [GlusterMemoryPool],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  template: Template,
  instanceType: InstanceType,
  vms: [Vm],
  vm: Vm,
  glusterVolume: GlusterVolume,
  statistics: [Statistic],
}));
