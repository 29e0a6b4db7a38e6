// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `application` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/application}
 */
export class Application extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/application/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/application/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/application/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/application/attributes/comment} */
  comment?: string;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/application/links/vm} */
  vm?: Vm;

  /** Creates a `application`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ApplicationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `application` as the SDK accepts it: a {@link Application} or a plain object of the same shape, at any depth. */
export interface ApplicationInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Application, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  vm: Vm,
}));
