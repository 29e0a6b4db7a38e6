// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `storage_connection_extension` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension}
 */
export class StorageConnectionExtension extends Struct {
  /** The `target` attribute (`<target>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/target} */
  target?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/password} */
  password?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection_extension/links/host} */
  host?: Host;

  /** Creates a `storage_connection_extension`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: StorageConnectionExtensionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `storage_connection_extension` as the SDK accepts it: a {@link StorageConnectionExtension} or a plain object of the same shape, at any depth. */
export interface StorageConnectionExtensionInit {
  href?: string;
  target?: string;
  username?: string;
  password?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
