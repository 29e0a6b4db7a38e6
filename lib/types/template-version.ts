// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Template } from './template';
import type { TemplateInit } from './template';

/**
 * The `template_version` type of the API, on the wire `<template_version>` (a list: `<template_versions>` with one `<template_version>` per item); 2 attributes and 1 link.
 *
 * Create one with `new TemplateVersion({ ... })`, or pass a plain {@link TemplateVersionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version}
 */
export class TemplateVersion extends Struct {
  /**
   * `number` (an integer). On the wire: element `<version_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version} (its `version_number` attribute)
   */
  versionNumber?: number;

  /**
   * `string`. On the wire: element `<version_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version} (its `version_name` attribute)
   */
  versionName?: string;

  /**
   * `Template`. On the wire: element `<base_template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version} (its `base_template` link)
   */
  baseTemplate?: Template;

  /**
   * Creates a `template_version` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: TemplateVersionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.versionNumber = undefined;
      this.versionName = undefined;
      this.baseTemplate = undefined;
    }
  }
}

/**
 * A `template_version` as the SDK accepts it: a {@link TemplateVersion} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version}
 */
export interface TemplateVersionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<template_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<version_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version} (its `version_number` attribute)
   */
  versionNumber?: number;
  /**
   * `string`. On the wire: element `<version_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version} (its `version_name` attribute)
   */
  versionName?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<base_template>`.
   *
   * Needed by:
   * - `TemplatesService.addFromVm`: `template.version.baseTemplate.id` when `template.version` is given
   * - `TemplatesService.addFromVmSnapshot`: `template.version.baseTemplate.id` when `template.version` is given
   * - `TemplatesService.add`: `template.version.baseTemplate.id` when `template.version` is given
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template_version | reference: template_version} (its `base_template` link)
   */
  baseTemplate?: TemplateInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(TemplateVersion, () => ({
  href: VALUE,
  versionNumber: VALUE,
  versionName: VALUE,
  baseTemplate: Template,
}));
