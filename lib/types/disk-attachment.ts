// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import type { DiskInterface } from './disk-interface';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `disk_attachment` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment}
 */
export class DiskAttachment extends Struct {
  /** The `bootable` attribute (`<bootable>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/bootable} */
  bootable?: boolean;

  /**
   * The `pass_discard` attribute (`<pass_discard>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/pass_discard}
   * @since API 4.1
   */
  passDiscard?: boolean;

  /** The `interface` attribute (`<interface>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/interface} */
  interface?: DiskInterface;

  /**
   * The `uses_scsi_reservation` attribute (`<uses_scsi_reservation>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/uses_scsi_reservation}
   * @since API 4.1
   */
  usesScsiReservation?: boolean;

  /** The `active` attribute (`<active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/active} */
  active?: boolean;

  /**
   * The `logical_name` attribute (`<logical_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/logical_name}
   * @since API 4.0.2
   */
  logicalName?: string;

  /**
   * The `read_only` attribute (`<read_only>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/read_only}
   * @since API 4.1.2
   */
  readOnly?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/attributes/comment} */
  comment?: string;

  /** The `disk` link (`<disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/links/disk} */
  disk?: Disk;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/links/vm} */
  vm?: Vm;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_attachment/links/template} */
  template?: Template;

  /** Creates a `disk_attachment`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DiskAttachmentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `disk_attachment` as the SDK accepts it: a {@link DiskAttachment} or a plain object of the same shape, at any depth. */
export interface DiskAttachmentInit {
  href?: string;
  bootable?: boolean;
  passDiscard?: boolean;
  interface?: DiskInterface;
  usesScsiReservation?: boolean;
  active?: boolean;
  logicalName?: string;
  readOnly?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  disk?: DiskInit;
  vm?: VmInit;
  template?: TemplateInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DiskAttachment, () => ({
  href: VALUE,
  bootable: VALUE,
  passDiscard: VALUE,
  interface: VALUE,
  usesScsiReservation: VALUE,
  active: VALUE,
  logicalName: VALUE,
  readOnly: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  disk: Disk,
  vm: Vm,
  template: Template,
}));
