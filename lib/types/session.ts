// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Ip } from './ip';
import type { IpInit } from './ip';
import { User } from './user';
import type { UserInit } from './user';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `session` type of the API, on the wire `<session>` (a list: `<sessions>` with one `<session>` per item); 7 attributes and 2 links.
 *
 * Create one with `new Session({ ... })`, or pass a plain {@link SessionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session}
 */
export class Session extends Struct {
  /**
   * `string`. On the wire: element `<protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `protocol` attribute)
   */
  protocol?: string;

  /**
   * `Ip`. On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `ip` attribute)
   */
  ip?: Ip;

  /**
   * `boolean`. On the wire: element `<console_user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `console_user` attribute)
   */
  consoleUser?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<session>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `user` link)
   */
  user?: User;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `vm` link)
   */
  vm?: Vm;

  /**
   * Creates a `session` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SessionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.protocol = undefined;
      this.ip = undefined;
      this.consoleUser = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.user = undefined;
      this.vm = undefined;
    }
  }
}

/**
 * A `session` as the SDK accepts it: a {@link Session} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session}
 */
export interface SessionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<session>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `protocol` attribute)
   */
  protocol?: string;
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `ip` attribute)
   */
  ip?: IpInit;
  /**
   * `boolean`. On the wire: element `<console_user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `console_user` attribute)
   */
  consoleUser?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<session>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `user` link)
   */
  user?: UserInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/session | reference: session} (its `vm` link)
   */
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
