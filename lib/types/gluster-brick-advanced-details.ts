// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { GlusterClient } from './gluster-client';
import type { GlusterClientInit } from './gluster-client';
import { GlusterMemoryPool } from './gluster-memory-pool';
import type { GlusterMemoryPoolInit } from './gluster-memory-pool';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `gluster_brick_advanced_details` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details}
 */
export class GlusterBrickAdvancedDetails extends Struct {
  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/port} */
  port?: number;

  /** The `pid` attribute (`<pid>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/pid} */
  pid?: number;

  /** The `device` attribute (`<device>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/device} */
  device?: string;

  /** The `mnt_options` attribute (`<mnt_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/mnt_options} */
  mntOptions?: string;

  /** The `fs_name` attribute (`<fs_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/fs_name} */
  fsName?: string;

  /** The `gluster_clients` attribute (`<gluster_clients>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/gluster_clients} */
  glusterClients?: List<GlusterClient>;

  /** The `memory_pools` attribute (`<memory_pools>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/memory_pools} */
  memoryPools?: List<GlusterMemoryPool>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/attributes/comment} */
  comment?: string;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/links/vms} */
  vms?: List<Vm>;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_brick_advanced_details/links/vm}
   * @deprecated The model marks it deprecated.
   */
  vm?: Vm;

  /** Creates a `gluster_brick_advanced_details`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterBrickAdvancedDetailsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_brick_advanced_details` as the SDK accepts it: a {@link GlusterBrickAdvancedDetails} or a plain object of the same shape, at any depth. */
export interface GlusterBrickAdvancedDetailsInit {
  href?: string;
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
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterBrickAdvancedDetails, () => ({
  href: VALUE,
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
}));
