// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `bookmark` type of the API, on the wire `<bookmark>` (a list: `<bookmarks>` with one `<bookmark>` per item); 5 attributes and 0 links.
 *
 * Create one with `new Bookmark({ ... })`, or pass a plain {@link BookmarkInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark}
 */
export class Bookmark extends Struct {
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `value` attribute)
   */
  value?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<bookmark>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `bookmark` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BookmarkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.value = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `bookmark` as the SDK accepts it: a {@link Bookmark} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark}
 */
export interface BookmarkInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<bookmark>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Needed by:
   * - `BookmarksService.add`: `bookmark.value`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `value` attribute)
   */
  value?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<bookmark>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `BookmarksService.add`: `bookmark.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bookmark | reference: bookmark} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Bookmark, () => ({
  href: VALUE,
  value: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
