// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `backup` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup}
 */
export class Backup extends Struct {
  /**
   * The `from_checkpoint_id` attribute (`<from_checkpoint_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/from_checkpoint_id}
   * @since API 4.3
   */
  fromCheckpointId?: string;

  /**
   * The `to_checkpoint_id` attribute (`<to_checkpoint_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/to_checkpoint_id}
   * @since API 4.3
   */
  toCheckpointId?: string;

  /**
   * The `phase` attribute (`<phase>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/phase}
   * @since API 4.3
   */
  phase?: BackupPhase;

  /**
   * The `creation_date` attribute (`<creation_date>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/creation_date}
   * @since API 4.3
   */
  creationDate?: Date;

  /**
   * The `modification_date` attribute (`<modification_date>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/modification_date}
   * @since API 4.4.8
   */
  modificationDate?: Date;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/attributes/comment} */
  comment?: string;

  /**
   * The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/links/host}
   * @since API 4.4.4
   */
  host?: Host;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/links/vm}
   * @since API 4.3
   */
  vm?: Vm;

  /**
   * The `disks` link (`<disks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/links/disks}
   * @since API 4.3
   */
  disks?: List<Disk>;

  /**
   * The `snapshot` link (`<snapshot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup/links/snapshot}
   * @since API 4.5
   */
  snapshot?: Snapshot;

  /** Creates a `backup`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BackupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `backup` as the SDK accepts it: a {@link Backup} or a plain object of the same shape, at any depth. */
export interface BackupInit {
  href?: string;
  fromCheckpointId?: string;
  toCheckpointId?: string;
  phase?: BackupPhase;
  creationDate?: Date | string;
  modificationDate?: Date | string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
  vm?: VmInit;
  disks?: DiskInit[];
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
