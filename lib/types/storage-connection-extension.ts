// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `storage_connection_extension` type of the API, on the wire `<storage_connection_extension>` (a list: `<storage_connection_extensions>` with one `<storage_connection_extension>` per item); 7 attributes and 1 link.
 *
 * Create one with `new StorageConnectionExtension({ ... })`, or pass a plain {@link StorageConnectionExtensionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension}
 */
export class StorageConnectionExtension extends Struct {
  /**
   * `string`. On the wire: element `<target>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `target` attribute)
   */
  target?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<storage_connection_extension>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `storage_connection_extension` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: StorageConnectionExtensionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.target = undefined;
      this.username = undefined;
      this.password = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `storage_connection_extension` as the SDK accepts it: a {@link StorageConnectionExtension} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension}
 */
export interface StorageConnectionExtensionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<storage_connection_extension>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<target>`.
   *
   * Needed by:
   * - `StorageServerConnectionExtensionsService.add`: `extension.target`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `target` attribute)
   */
  target?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Needed by:
   * - `StorageServerConnectionExtensionsService.add`: `extension.username`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Needed by:
   * - `StorageServerConnectionExtensionsService.add`: `extension.password`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<storage_connection_extension>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection_extension | reference: storage_connection_extension} (its `host` link)
   */
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(StorageConnectionExtension, () => ({
  href: VALUE,
  target: VALUE,
  username: VALUE,
  password: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
}));
