// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Group } from './group';
import type { GroupInit } from './group';
import { Host } from './host';
import type { HostInit } from './host';
import { Template } from './template';
import type { TemplateInit } from './template';
import { User } from './user';
import type { UserInit } from './user';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `tag` type of the API, on the wire `<tag>` (a list: `<tags>` with one `<tag>` per item); 4 attributes and 6 links.
 *
 * Create one with `new Tag({ ... })`, or pass a plain {@link TagInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag}
 */
export class Tag extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<tag>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `host` link)
   */
  host?: Host;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `vm` link)
   */
  vm?: Vm;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `user` link)
   */
  user?: User;

  /**
   * `Group`. On the wire: element `<group>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `group` link)
   */
  group?: Group;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `template` link)
   */
  template?: Template;

  /**
   * `Tag`. On the wire: element `<parent>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `parent` link)
   */
  parent?: Tag;

  /**
   * Creates a `tag` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: TagInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
      this.vm = undefined;
      this.user = undefined;
      this.group = undefined;
      this.template = undefined;
      this.parent = undefined;
    }
  }
}

/**
 * A `tag` as the SDK accepts it: a {@link Tag} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag}
 */
export interface TagInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<tag>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<tag>`.
   *
   * Needed by:
   * - `AssignedTagsService.add`: `tag.id` or `tag.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AssignedTagsService.add`: `tag.id` or `tag.name`
   * - `TagsService.add`: `tag.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `host` link)
   */
  host?: HostInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `user` link)
   */
  user?: UserInit;
  /**
   * `GroupInit` (a `Group` or a plain object). On the wire: element `<group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `group` link)
   */
  group?: GroupInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `TagInit` (a `Tag` or a plain object). On the wire: element `<parent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tag | reference: tag} (its `parent` link)
   */
  parent?: TagInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Tag, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
  vm: Vm,
  user: User,
  group: Group,
  template: Template,
  parent: Tag,
}));
