// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `hook` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook}
 */
export class Hook extends Struct {
  /** The `event_name` attribute (`<event_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/attributes/event_name} */
  eventName?: string;

  /** The `md5` attribute (`<md5>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/attributes/md5} */
  md5?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hook/links/host} */
  host?: Host;

  /** Creates a `hook`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HookInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `hook` as the SDK accepts it: a {@link Hook} or a plain object of the same shape, at any depth. */
export interface HookInit {
  href?: string;
  eventName?: string;
  md5?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
