// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { ImageFileType } from './image-file-type';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `image` type of the API, on the wire `<image>` (a list: `<images>` with one `<image>` per item); 6 attributes and 1 link.
 *
 * Create one with `new Image({ ... })`, or pass a plain {@link ImageInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image}
 */
export class Image extends Struct {
  /**
   * `ImageFileType` (`iso`, `floppy`, `disk`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `type` attribute)
   * @since API 4.2.0
   */
  type?: ImageFileType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `size` attribute)
   * @since API 4.2.0
   */
  size?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * Creates a `image` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ImageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.size = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.storageDomain = undefined;
    }
  }
}

/**
 * A `image` as the SDK accepts it: a {@link Image} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image}
 */
export interface ImageInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image}
   */
  href?: string;
  /**
   * `ImageFileType` (`iso`, `floppy`, `disk`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `type` attribute)
   * @since API 4.2.0
   */
  type?: ImageFileType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `size` attribute)
   * @since API 4.2.0
   */
  size?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<image>`.
   *
   * Needed by:
   * - `ImageTransfersService.addForImage`: `imageTransfer.image.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image | reference: image} (its `storage_domain` link)
   */
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
