// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { CheckpointState } from './checkpoint-state';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `checkpoint` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint}
 */
export class Checkpoint extends Struct {
  /**
   * The `parent_id` attribute (`<parent_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/parent_id}
   * @since API 4.4
   */
  parentId?: string;

  /**
   * The `creation_date` attribute (`<creation_date>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/creation_date}
   * @since API 4.4
   */
  creationDate?: Date;

  /**
   * The `state` attribute (`<state>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/state}
   * @since API 4.4.7
   */
  state?: CheckpointState;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/attributes/comment} */
  comment?: string;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/links/vm}
   * @since API 4.4
   */
  vm?: Vm;

  /**
   * The `disks` link (`<disks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint/links/disks}
   * @since API 4.4
   */
  disks?: List<Disk>;

  /** Creates a `checkpoint`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CheckpointInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `checkpoint` as the SDK accepts it: a {@link Checkpoint} or a plain object of the same shape, at any depth. */
export interface CheckpointInit {
  href?: string;
  parentId?: string;
  creationDate?: Date | string;
  state?: CheckpointState;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  vm?: VmInit;
  disks?: DiskInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Checkpoint, () => ({
  href: VALUE,
  parentId: VALUE,
  creationDate: DATE,
  state: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  vm: Vm,
  disks: [Disk],
}));
