// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, initStruct } from '../struct';
import type { Group, GroupInit } from './group';
import type { Host, HostInit } from './host';
import type { Template, TemplateInit } from './template';
import type { User, UserInit } from './user';
import type { Vm, VmInit } from './vm';

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
    if (init !== undefined) initStruct(this, init, 188);
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
