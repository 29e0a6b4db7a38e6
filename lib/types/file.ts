// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `file` type of the API, on the wire `<file>` (a list: `<files>` with one `<file>` per item); 6 attributes and 1 link.
 *
 * Create one with `new File({ ... })`, or pass a plain {@link FileInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file}
 */
export class File extends Struct {
  /**
   * `string`. On the wire: element `<content>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `content` attribute)
   */
  content?: string;

  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `type` attribute)
   */
  type?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<file>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * Creates a `file` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: FileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.content = undefined;
      this.type = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.storageDomain = undefined;
    }
  }
}

/**
 * A `file` as the SDK accepts it: a {@link File} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file}
 */
export interface FileInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<file>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<content>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `content` attribute)
   */
  content?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `type` attribute)
   */
  type?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<file>`.
   *
   * Needed by:
   * - `VmCdromsService.add`: `cdrom.file.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/file | reference: file} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(File, () => ({
  href: VALUE,
  content: VALUE,
  type: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  storageDomain: StorageDomain,
}));
