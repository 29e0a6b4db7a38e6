// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Display } from './display';
import type { DisplayInit } from './display';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { RngDevice } from './rng-device';
import type { RngDeviceInit } from './rng-device';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';
import type { VmPoolType } from './vm-pool-type';

/**
 * The `vm_pool` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool}
 */
export class VmPool extends Struct {
  /** The `size` attribute (`<size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/size} */
  size?: number;

  /** The `prestarted_vms` attribute (`<prestarted_vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/prestarted_vms} */
  prestartedVms?: number;

  /** The `max_user_vms` attribute (`<max_user_vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/max_user_vms} */
  maxUserVms?: number;

  /**
   * The `display` attribute (`<display>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/display}
   * @deprecated The model marks it deprecated.
   */
  display?: Display;

  /** The `rng_device` attribute (`<rng_device>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/rng_device} */
  rngDevice?: RngDevice;

  /** The `soundcard_enabled` attribute (`<soundcard_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/soundcard_enabled} */
  soundcardEnabled?: boolean;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/type} */
  type?: VmPoolType;

  /** The `use_latest_template_version` attribute (`<use_latest_template_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/use_latest_template_version} */
  useLatestTemplateVersion?: boolean;

  /** The `stateful` attribute (`<stateful>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/stateful} */
  stateful?: boolean;

  /**
   * The `auto_storage_select` attribute (`<auto_storage_select>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/auto_storage_select}
   * @since API 4.1.2
   */
  autoStorageSelect?: boolean;

  /**
   * The `tpm_enabled` attribute (`<tpm_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/tpm_enabled}
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/attributes/comment} */
  comment?: string;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/links/cluster} */
  cluster?: Cluster;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/links/vm} */
  vm?: Vm;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_pool/links/permissions} */
  permissions?: List<Permission>;

  /** Creates a `vm_pool`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VmPoolInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vm_pool` as the SDK accepts it: a {@link VmPool} or a plain object of the same shape, at any depth. */
export interface VmPoolInit {
  href?: string;
  size?: number;
  prestartedVms?: number;
  maxUserVms?: number;
  display?: DisplayInit;
  rngDevice?: RngDeviceInit;
  soundcardEnabled?: boolean;
  type?: VmPoolType;
  useLatestTemplateVersion?: boolean;
  stateful?: boolean;
  autoStorageSelect?: boolean;
  tpmEnabled?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  cluster?: ClusterInit;
  template?: TemplateInit;
  instanceType?: InstanceTypeInit;
  vm?: VmInit;
  permissions?: PermissionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmPool, () => ({
  href: VALUE,
  size: VALUE,
  prestartedVms: VALUE,
  maxUserVms: VALUE,
  display: Display,
  rngDevice: RngDevice,
  soundcardEnabled: VALUE,
  type: VALUE,
  useLatestTemplateVersion: VALUE,
  stateful: VALUE,
  autoStorageSelect: VALUE,
  tpmEnabled: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  cluster: Cluster,
  template: Template,
  instanceType: InstanceType,
  vm: Vm,
  permissions: [Permission],
}));
