// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Tag } from './tag';
import type { TagInit } from './tag';
import { Template } from './template';
import type { TemplateInit } from './template';

/**
 * The `special_objects` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/special_objects}
 */
export class SpecialObjects extends Struct {
  /** The `blank_template` link (`<blank_template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/special_objects/links/blank_template} */
  blankTemplate?: Template;

  /** The `root_tag` link (`<root_tag>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/special_objects/links/root_tag} */
  rootTag?: Tag;

  /** Creates a `special_objects`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SpecialObjectsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `special_objects` as the SDK accepts it: a {@link SpecialObjects} or a plain object of the same shape, at any depth. */
export interface SpecialObjectsInit {
  href?: string;
  blankTemplate?: TemplateInit;
  rootTag?: TagInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SpecialObjects, () => ({
  href: VALUE,
  blankTemplate: Template,
  rootTag: Tag,
}));
