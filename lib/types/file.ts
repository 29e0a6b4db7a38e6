// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `file` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file}
 */
export class File extends Struct {
  /** The `content` attribute (`<content>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/attributes/content} */
  content?: string;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/attributes/type} */
  type?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/attributes/comment} */
  comment?: string;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/file/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** Creates a `file`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: FileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `file` as the SDK accepts it: a {@link File} or a plain object of the same shape, at any depth. */
export interface FileInit {
  href?: string;
  content?: string;
  type?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
