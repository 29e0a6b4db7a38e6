// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { BackupPhase } from './backup-phase';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { Host } from './host';
import type { HostInit } from './host';
import { Snapshot } from './snapshot';
import type { SnapshotInit } from './snapshot';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `backup` type of the API, on the wire `<backup>` (a list: `<backups>` with one `<backup>` per item); 9 attributes and 4 links.
 *
 * Create one with `new Backup({ ... })`, or pass a plain {@link BackupInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup}
 */
export class Backup extends Struct {
  /**
   * `string`. On the wire: element `<from_checkpoint_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `from_checkpoint_id` attribute)
   * @since API 4.3
   */
  fromCheckpointId?: string;

  /**
   * `string`. On the wire: element `<to_checkpoint_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `to_checkpoint_id` attribute)
   * @since API 4.3
   */
  toCheckpointId?: string;

  /**
   * `BackupPhase` (`initializing`, `starting`, `ready`, `finalizing`, `succeeded`, `failed`; or another string, from a newer engine). On the wire: element `<phase>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `phase` attribute)
   * @since API 4.3
   */
  phase?: BackupPhase | (string & {});

  /**
   * `Date`. On the wire: element `<creation_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `creation_date` attribute)
   * @since API 4.3
   */
  creationDate?: Date;

  /**
   * `Date`. On the wire: element `<modification_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `modification_date` attribute)
   * @since API 4.4.8
   */
  modificationDate?: Date;

  /**
   * `string`. On the wire: XML attribute `id` of `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `host` link)
   * @since API 4.4.4
   */
  host?: Host;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `vm` link)
   * @since API 4.3
   */
  vm?: Vm;

  /**
   * A list of `Disk`. On the wire: a link, `<link rel="disks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `disks` link)
   * @since API 4.3
   */
  disks?: List<Disk>;

  /**
   * `Snapshot`. On the wire: element `<snapshot>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `snapshot` link)
   * @since API 4.5
   */
  snapshot?: Snapshot;

  /**
   * Creates a `backup` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BackupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.fromCheckpointId = undefined;
      this.toCheckpointId = undefined;
      this.phase = undefined;
      this.creationDate = undefined;
      this.modificationDate = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
      this.vm = undefined;
      this.disks = undefined;
      this.snapshot = undefined;
    }
  }
}

/**
 * A `backup` as the SDK accepts it: a {@link Backup} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup}
 */
export interface BackupInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<from_checkpoint_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `from_checkpoint_id` attribute)
   * @since API 4.3
   */
  fromCheckpointId?: string;
  /**
   * `string`. On the wire: element `<to_checkpoint_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `to_checkpoint_id` attribute)
   * @since API 4.3
   */
  toCheckpointId?: string;
  /**
   * `BackupPhase` (`initializing`, `starting`, `ready`, `finalizing`, `succeeded`, `failed`; another string is sent as it is). On the wire: element `<phase>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `phase` attribute)
   * @since API 4.3
   */
  phase?: BackupPhase | (string & {});
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<creation_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `creation_date` attribute)
   * @since API 4.3
   */
  creationDate?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<modification_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `modification_date` attribute)
   * @since API 4.4.8
   */
  modificationDate?: Date | string;
  /**
   * `string`. On the wire: XML attribute `id` of `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `host` link)
   * @since API 4.4.4
   */
  host?: HostInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `vm` link)
   * @since API 4.3
   */
  vm?: VmInit;
  /**
   * A list of `DiskInit` (a `Disk` or a plain object). On the wire: element `<disks>` with one `<disk>` per item (a list read as a link and never fetched is not sent).
   *
   * Needed by:
   * - `VmBackupsService.add`: `backup.disks`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `disks` link)
   * @since API 4.3
   */
  disks?: DiskInit[];
  /**
   * `SnapshotInit` (a `Snapshot` or a plain object). On the wire: element `<snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup | reference: backup} (its `snapshot` link)
   * @since API 4.5
   */
  snapshot?: SnapshotInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Backup, () => ({
  href: VALUE,
  fromCheckpointId: VALUE,
  toCheckpointId: VALUE,
  phase: VALUE,
  creationDate: DATE,
  modificationDate: DATE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
  vm: Vm,
  disks: [Disk],
  snapshot: Snapshot,
}));
