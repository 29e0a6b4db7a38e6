// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `hook` type of the API, on the wire `<hook>` (a list: `<hooks>` with one `<hook>` per item); 6 attributes and 1 link.
 *
 * Create one with `new Hook({ ... })`, or pass a plain {@link HookInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook}
 */
export class Hook extends Struct {
  /**
   * `string`. On the wire: element `<event_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `event_name` attribute)
   */
  eventName?: string;

  /**
   * `string`. On the wire: element `<md5>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `md5` attribute)
   */
  md5?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `hook` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HookInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.eventName = undefined;
      this.md5 = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `hook` as the SDK accepts it: a {@link Hook} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook}
 */
export interface HookInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<event_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `event_name` attribute)
   */
  eventName?: string;
  /**
   * `string`. On the wire: element `<md5>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `md5` attribute)
   */
  md5?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook | reference: hook} (its `host` link)
   */
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Hook, () => ({
  href: VALUE,
  eventName: VALUE,
  md5: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
}));
