// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import type { DiskInterface } from './disk-interface';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `disk_attachment` type of the API, on the wire `<disk_attachment>` (a list: `<disk_attachments>` with one `<disk_attachment>` per item); 11 attributes and 3 links.
 *
 * Create one with `new DiskAttachment({ ... })`, or pass a plain {@link DiskAttachmentInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment}
 */
export class DiskAttachment extends Struct {
  /**
   * `boolean`. On the wire: element `<bootable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `bootable` attribute)
   */
  bootable?: boolean;

  /**
   * `boolean`. On the wire: element `<pass_discard>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `pass_discard` attribute)
   * @since API 4.1
   */
  passDiscard?: boolean;

  /**
   * `DiskInterface` (`ide`, `virtio_scsi`, `virtio`, `spapr_vscsi`, `sata`; or another string, from a newer engine). On the wire: element `<interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `interface` attribute)
   */
  interface?: DiskInterface | (string & {});

  /**
   * `boolean`. On the wire: element `<uses_scsi_reservation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `uses_scsi_reservation` attribute)
   * @since API 4.1
   */
  usesScsiReservation?: boolean;

  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `active` attribute)
   */
  active?: boolean;

  /**
   * `string`. On the wire: element `<logical_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `logical_name` attribute)
   * @since API 4.0.2
   */
  logicalName?: string;

  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `read_only` attribute)
   * @since API 4.1.2
   */
  readOnly?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<disk_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Disk`. On the wire: element `<disk>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `disk` link)
   */
  disk?: Disk;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `vm` link)
   */
  vm?: Vm;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `template` link)
   */
  template?: Template;

  /**
   * Creates a `disk_attachment` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DiskAttachmentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.bootable = undefined;
      this.passDiscard = undefined;
      this.interface = undefined;
      this.usesScsiReservation = undefined;
      this.active = undefined;
      this.logicalName = undefined;
      this.readOnly = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.disk = undefined;
      this.vm = undefined;
      this.template = undefined;
    }
  }
}

/**
 * A `disk_attachment` as the SDK accepts it: a {@link DiskAttachment} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment}
 */
export interface DiskAttachmentInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<disk_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<bootable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `bootable` attribute)
   */
  bootable?: boolean;
  /**
   * `boolean`. On the wire: element `<pass_discard>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `pass_discard` attribute)
   * @since API 4.1
   */
  passDiscard?: boolean;
  /**
   * `DiskInterface` (`ide`, `virtio_scsi`, `virtio`, `spapr_vscsi`, `sata`; another string is sent as it is). On the wire: element `<interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `interface` attribute)
   */
  interface?: DiskInterface | (string & {});
  /**
   * `boolean`. On the wire: element `<uses_scsi_reservation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `uses_scsi_reservation` attribute)
   * @since API 4.1
   */
  usesScsiReservation?: boolean;
  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `active` attribute)
   */
  active?: boolean;
  /**
   * `string`. On the wire: element `<logical_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `logical_name` attribute)
   * @since API 4.0.2
   */
  logicalName?: string;
  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `read_only` attribute)
   * @since API 4.1.2
   */
  readOnly?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<disk_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DiskInit` (a `Disk` or a plain object). On the wire: element `<disk>`.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.type`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].address` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].target` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].port` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].id` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addProvidingDiskId`: `attachment.disk.id`
   * - `DiskAttachmentsService.add`: `attachment.disk.provisionedSize`
   * - `DiskAttachmentsService.add`: `attachment.disk.format`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `disk` link)
   */
  disk?: DiskInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_attachment | reference: disk_attachment} (its `template` link)
   */
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
