// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Property } from './property';
import type { PropertyInit } from './property';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `vm_mediated_device` type of the API, on the wire `<vm_mediated_device>` (a list: `<vm_mediated_devices>` with one `<vm_mediated_device>` per item); 5 attributes and 4 links.
 *
 * Create one with `new VmMediatedDevice({ ... })`, or pass a plain {@link VmMediatedDeviceInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device}
 * @since API 4.5
 */
export class VmMediatedDevice extends Struct {
  /**
   * A list of `Property`. On the wire: element `<spec_params>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `spec_params` attribute)
   * @since API 4.5
   */
  specParams?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<vm_mediated_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: Vm;

  /**
   * Creates a `vm_mediated_device` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VmMediatedDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.specParams = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.template = undefined;
      this.instanceType = undefined;
      this.vms = undefined;
      this.vm = undefined;
    }
  }
}

/**
 * A `vm_mediated_device` as the SDK accepts it: a {@link VmMediatedDevice} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device}
 */
export interface VmMediatedDeviceInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm_mediated_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device}
   */
  href?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<spec_params>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `spec_params` attribute)
   * @since API 4.5
   */
  specParams?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<vm_mediated_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `vms` link)
   */
  vms?: VmInit[];
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_mediated_device | reference: vm_mediated_device} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmMediatedDevice, () => ({
  href: VALUE,
  specParams: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  template: Template,
  instanceType: InstanceType,
  vms: [Vm],
  vm: Vm,
}));
