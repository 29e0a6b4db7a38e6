// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Tag } from './tag';
import type { TagInit } from './tag';
import { Template } from './template';
import type { TemplateInit } from './template';

/**
 * The `special_objects` type of the API, on the wire `<special_objects>` (a list: `<special_objectss>` with one `<special_objects>` per item); 0 attributes and 2 links.
 *
 * Create one with `new SpecialObjects({ ... })`, or pass a plain {@link SpecialObjectsInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects}
 */
export class SpecialObjects extends Struct {
  /**
   * `Template`. On the wire: element `<blank_template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects} (its `blank_template` link)
   */
  blankTemplate?: Template;

  /**
   * `Tag`. On the wire: element `<root_tag>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects} (its `root_tag` link)
   */
  rootTag?: Tag;

  /**
   * Creates a `special_objects` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SpecialObjectsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.blankTemplate = undefined;
      this.rootTag = undefined;
    }
  }
}

/**
 * A `special_objects` as the SDK accepts it: a {@link SpecialObjects} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects}
 */
export interface SpecialObjectsInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<special_objects>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects}
   */
  href?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<blank_template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects} (its `blank_template` link)
   */
  blankTemplate?: TemplateInit;
  /**
   * `TagInit` (a `Tag` or a plain object). On the wire: element `<root_tag>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/special_objects | reference: special_objects} (its `root_tag` link)
   */
  rootTag?: TagInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SpecialObjects, () => ({
  href: VALUE,
  blankTemplate: Template,
  rootTag: Tag,
}));
