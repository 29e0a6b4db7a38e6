// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `tag` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag}
 */
export class Tag extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/links/host} */
  host?: Host;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/links/vm} */
  vm?: Vm;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/links/user} */
  user?: User;

  /** The `group` link (`<group>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/links/group} */
  group?: Group;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/links/template} */
  template?: Template;

  /** The `parent` link (`<parent>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/tag/links/parent} */
  parent?: Tag;

  /** Creates a `tag`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: TagInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `tag` as the SDK accepts it: a {@link Tag} or a plain object of the same shape, at any depth. */
export interface TagInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
  vm?: VmInit;
  user?: UserInit;
  group?: GroupInit;
  template?: TemplateInit;
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
