// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `cdrom` type of the API, on the wire `<cdrom>` (a list: `<cdroms>` with one `<cdrom>` per item); 5 attributes and 4 links.
 *
 * Create one with `new Cdrom({ ... })`, or pass a plain {@link CdromInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom}
 */
export class Cdrom extends Struct {
  /**
   * `File`. On the wire: element `<file>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `file` attribute)
   */
  file?: File;

  /**
   * `string`. On the wire: XML attribute `id` of `<cdrom>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: Vm;

  /**
   * Creates a `cdrom` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CdromInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.file = undefined;
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
 * A `cdrom` as the SDK accepts it: a {@link Cdrom} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom}
 */
export interface CdromInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cdrom>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom}
   */
  href?: string;
  /**
   * `FileInit` (a `File` or a plain object). On the wire: element `<file>`.
   *
   * Needed by:
   * - `VmCdromsService.add`: `cdrom.file.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `file` attribute)
   */
  file?: FileInit;
  /**
   * `string`. On the wire: XML attribute `id` of `<cdrom>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `vms` link)
   */
  vms?: VmInit[];
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cdrom | reference: cdrom} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
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
