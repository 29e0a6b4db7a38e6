// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { ImageFileType } from './image-file-type';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `image` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image}
 */
export class Image extends Struct {
  /**
   * The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/attributes/type}
   * @since API 4.2.0
   */
  type?: ImageFileType;

  /**
   * The `size` attribute (`<size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/attributes/size}
   * @since API 4.2.0
   */
  size?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/attributes/comment} */
  comment?: string;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** Creates a `image`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ImageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `image` as the SDK accepts it: a {@link Image} or a plain object of the same shape, at any depth. */
export interface ImageInit {
  href?: string;
  type?: ImageFileType;
  size?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  storageDomain?: StorageDomainInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Image, () => ({
  href: VALUE,
  type: VALUE,
  size: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  storageDomain: StorageDomain,
}));
