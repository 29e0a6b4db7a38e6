// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { File } from './file';
import type { FileInit } from './file';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `cdrom` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom}
 */
export class Cdrom extends Struct {
  /** The `file` attribute (`<file>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/attributes/file} */
  file?: File;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/attributes/comment} */
  comment?: string;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/links/vms} */
  vms?: List<Vm>;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cdrom/links/vm}
   * @deprecated The model marks it deprecated.
   */
  vm?: Vm;

  /** Creates a `cdrom`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CdromInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cdrom` as the SDK accepts it: a {@link Cdrom} or a plain object of the same shape, at any depth. */
export interface CdromInit {
  href?: string;
  file?: FileInit;
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
const MEMBERS = initTable(Cdrom, () => ({
  href: VALUE,
  file: File,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  template: Template,
  instanceType: InstanceType,
  vms: [Vm],
  vm: Vm,
}));
