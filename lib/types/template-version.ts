// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Template } from './template';
import type { TemplateInit } from './template';

/**
 * The `template_version` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template_version}
 */
export class TemplateVersion extends Struct {
  /** The `version_number` attribute (`<version_number>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template_version/attributes/version_number} */
  versionNumber?: number;

  /** The `version_name` attribute (`<version_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template_version/attributes/version_name} */
  versionName?: string;

  /** The `base_template` link (`<base_template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template_version/links/base_template} */
  baseTemplate?: Template;

  /** Creates a `template_version`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: TemplateVersionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `template_version` as the SDK accepts it: a {@link TemplateVersion} or a plain object of the same shape, at any depth. */
export interface TemplateVersionInit {
  href?: string;
  versionNumber?: number;
  versionName?: string;
  baseTemplate?: TemplateInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(TemplateVersion, () => ({
  href: VALUE,
  versionNumber: VALUE,
  versionName: VALUE,
  baseTemplate: Template,
}));
