// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Ip } from './ip';
import type { IpInit } from './ip';
import { User } from './user';
import type { UserInit } from './user';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `session` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session}
 */
export class Session extends Struct {
  /** The `protocol` attribute (`<protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/protocol} */
  protocol?: string;

  /** The `ip` attribute (`<ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/ip} */
  ip?: Ip;

  /** The `console_user` attribute (`<console_user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/console_user} */
  consoleUser?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/attributes/comment} */
  comment?: string;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/links/user} */
  user?: User;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/session/links/vm} */
  vm?: Vm;

  /** Creates a `session`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SessionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `session` as the SDK accepts it: a {@link Session} or a plain object of the same shape, at any depth. */
export interface SessionInit {
  href?: string;
  protocol?: string;
  ip?: IpInit;
  consoleUser?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  user?: UserInit;
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Session, () => ({
  href: VALUE,
  protocol: VALUE,
  ip: Ip,
  consoleUser: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  user: User,
  vm: Vm,
}));
