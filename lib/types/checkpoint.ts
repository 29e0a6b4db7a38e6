// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { CheckpointState } from './checkpoint-state';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `checkpoint` type of the API, on the wire `<checkpoint>` (a list: `<checkpoints>` with one `<checkpoint>` per item); 7 attributes and 2 links.
 *
 * Create one with `new Checkpoint({ ... })`, or pass a plain {@link CheckpointInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint}
 */
export class Checkpoint extends Struct {
  /**
   * `string`. On the wire: element `<parent_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `parent_id` attribute)
   * @since API 4.4
   */
  parentId?: string;

  /**
   * `Date`. On the wire: element `<creation_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `creation_date` attribute)
   * @since API 4.4
   */
  creationDate?: Date;

  /**
   * `CheckpointState` (`created`, `invalid`; or another string, from a newer engine). On the wire: element `<state>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `state` attribute)
   * @since API 4.4.7
   */
  state?: CheckpointState | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<checkpoint>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `vm` link)
   * @since API 4.4
   */
  vm?: Vm;

  /**
   * A list of `Disk`. On the wire: a link, `<link rel="disks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `disks` link)
   * @since API 4.4
   */
  disks?: List<Disk>;

  /**
   * Creates a `checkpoint` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CheckpointInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.parentId = undefined;
      this.creationDate = undefined;
      this.state = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.vm = undefined;
      this.disks = undefined;
    }
  }
}

/**
 * A `checkpoint` as the SDK accepts it: a {@link Checkpoint} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint}
 */
export interface CheckpointInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<checkpoint>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<parent_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `parent_id` attribute)
   * @since API 4.4
   */
  parentId?: string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<creation_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `creation_date` attribute)
   * @since API 4.4
   */
  creationDate?: Date | string;
  /**
   * `CheckpointState` (`created`, `invalid`; another string is sent as it is). On the wire: element `<state>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `state` attribute)
   * @since API 4.4.7
   */
  state?: CheckpointState | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<checkpoint>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `vm` link)
   * @since API 4.4
   */
  vm?: VmInit;
  /**
   * A list of `DiskInit` (a `Disk` or a plain object). On the wire: element `<disks>` with one `<disk>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint | reference: checkpoint} (its `disks` link)
   * @since API 4.4
   */
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
