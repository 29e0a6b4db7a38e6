// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `gluster_brick` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick}
 */
export class GlusterBrick extends Struct {
  /** The `server_id` attribute (`<server_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/server_id} */
  serverId?: string;

  /** The `brick_dir` attribute (`<brick_dir>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/brick_dir} */
  brickDir?: string;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/status} */
  status?: GlusterBrickStatus;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/port} */
  port?: number;

  /** The `pid` attribute (`<pid>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/pid} */
  pid?: number;

  /** The `device` attribute (`<device>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/device} */
  device?: string;

  /** The `mnt_options` attribute (`<mnt_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/mnt_options} */
  mntOptions?: string;

  /** The `fs_name` attribute (`<fs_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/fs_name} */
  fsName?: string;

  /** The `gluster_clients` attribute (`<gluster_clients>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/gluster_clients} */
  glusterClients?: List<GlusterClient>;

  /** The `memory_pools` attribute (`<memory_pools>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/memory_pools} */
  memoryPools?: List<GlusterMemoryPool>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/attributes/comment} */
  comment?: string;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/links/vms} */
  vms?: List<Vm>;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/links/vm}
   * @deprecated The model marks it deprecated.
   */
  vm?: Vm;

  /** The `gluster_volume` link (`<gluster_volume>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/links/gluster_volume} */
  glusterVolume?: GlusterVolume;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick/links/statistics} */
  statistics?: List<Statistic>;

  /** Creates a `gluster_brick`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterBrickInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_brick` as the SDK accepts it: a {@link GlusterBrick} or a plain object of the same shape, at any depth. */
export interface GlusterBrickInit {
  href?: string;
  serverId?: string;
  brickDir?: string;
  status?: GlusterBrickStatus;
  port?: number;
  pid?: number;
  device?: string;
  mntOptions?: string;
  fsName?: string;
  glusterClients?: GlusterClientInit[];
  memoryPools?: GlusterMemoryPoolInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  template?: TemplateInit;
  instanceType?: InstanceTypeInit;
  vms?: VmInit[];
  vm?: VmInit;
  glusterVolume?: GlusterVolumeInit;
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
