// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `vm_mediated_device` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device}
 * @since API 4.5
 */
export class VmMediatedDevice extends Struct {
  /**
   * The `spec_params` attribute (`<spec_params>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/attributes/spec_params}
   * @since API 4.5
   */
  specParams?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/attributes/comment} */
  comment?: string;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/links/vms} */
  vms?: List<Vm>;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_mediated_device/links/vm}
   * @deprecated The model marks it deprecated.
   */
  vm?: Vm;

  /** Creates a `vm_mediated_device`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VmMediatedDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vm_mediated_device` as the SDK accepts it: a {@link VmMediatedDevice} or a plain object of the same shape, at any depth. */
export interface VmMediatedDeviceInit {
  href?: string;
  specParams?: PropertyInit[];
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
