// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `vm_pool` type of the API, on the wire `<vm_pool>` (a list: `<vm_pools>` with one `<vm_pool>` per item); 15 attributes and 5 links.
 *
 * Create one with `new VmPool({ ... })`, or pass a plain {@link VmPoolInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool}
 */
export class VmPool extends Struct {
  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `size` attribute)
   */
  size?: number;

  /**
   * `number` (an integer). On the wire: element `<prestarted_vms>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `prestarted_vms` attribute)
   */
  prestartedVms?: number;

  /**
   * `number` (an integer). On the wire: element `<max_user_vms>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `max_user_vms` attribute)
   */
  maxUserVms?: number;

  /**
   * `Display`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `display` attribute)
   * @deprecated The API model marks it deprecated.
   */
  display?: Display;

  /**
   * `RngDevice`. On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `rng_device` attribute)
   */
  rngDevice?: RngDevice;

  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;

  /**
   * `VmPoolType` (`automatic`, `manual`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `type` attribute)
   */
  type?: VmPoolType | (string & {});

  /**
   * `boolean`. On the wire: element `<use_latest_template_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `use_latest_template_version` attribute)
   */
  useLatestTemplateVersion?: boolean;

  /**
   * `boolean`. On the wire: element `<stateful>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `stateful` attribute)
   */
  stateful?: boolean;

  /**
   * `boolean`. On the wire: element `<auto_storage_select>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `auto_storage_select` attribute)
   * @since API 4.1.2
   */
  autoStorageSelect?: boolean;

  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<vm_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `vm` link)
   */
  vm?: Vm;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * Creates a `vm_pool` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VmPoolInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.size = undefined;
      this.prestartedVms = undefined;
      this.maxUserVms = undefined;
      this.display = undefined;
      this.rngDevice = undefined;
      this.soundcardEnabled = undefined;
      this.type = undefined;
      this.useLatestTemplateVersion = undefined;
      this.stateful = undefined;
      this.autoStorageSelect = undefined;
      this.tpmEnabled = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.cluster = undefined;
      this.template = undefined;
      this.instanceType = undefined;
      this.vm = undefined;
      this.permissions = undefined;
    }
  }
}

/**
 * A `vm_pool` as the SDK accepts it: a {@link VmPool} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool}
 */
export interface VmPoolInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `size` attribute)
   */
  size?: number;
  /**
   * `number` (an integer). On the wire: element `<prestarted_vms>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `prestarted_vms` attribute)
   */
  prestartedVms?: number;
  /**
   * `number` (an integer). On the wire: element `<max_user_vms>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `max_user_vms` attribute)
   */
  maxUserVms?: number;
  /**
   * `DisplayInit` (a `Display` or a plain object). On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `display` attribute)
   * @deprecated The API model marks it deprecated.
   */
  display?: DisplayInit;
  /**
   * `RngDeviceInit` (a `RngDevice` or a plain object). On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `rng_device` attribute)
   */
  rngDevice?: RngDeviceInit;
  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;
  /**
   * `VmPoolType` (`automatic`, `manual`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `type` attribute)
   */
  type?: VmPoolType | (string & {});
  /**
   * `boolean`. On the wire: element `<use_latest_template_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `use_latest_template_version` attribute)
   */
  useLatestTemplateVersion?: boolean;
  /**
   * `boolean`. On the wire: element `<stateful>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `stateful` attribute)
   */
  stateful?: boolean;
  /**
   * `boolean`. On the wire: element `<auto_storage_select>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `auto_storage_select` attribute)
   * @since API 4.1.2
   */
  autoStorageSelect?: boolean;
  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<vm_pool>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addVmPoolPermission`: `permission.vmPool.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `VmPoolsService.add`: `pool.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Needed by:
   * - `VmPoolsService.add`: `pool.cluster.id` or `pool.cluster.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Needed by:
   * - `VmPoolsService.add`: `pool.template.id` or `pool.template.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool | reference: vm_pool} (its `permissions` link)
   */
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
