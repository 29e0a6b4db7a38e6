// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { Option } from './option';
import type { OptionInit } from './option';

/**
 * The `agent` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent}
 */
export class Agent extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/type} */
  type?: string;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/address} */
  address?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/password} */
  password?: string;

  /** The `options` attribute (`<options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/options} */
  options?: List<Option>;

  /** The `encrypt_options` attribute (`<encrypt_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/encrypt_options} */
  encryptOptions?: boolean;

  /** The `concurrent` attribute (`<concurrent>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/concurrent} */
  concurrent?: boolean;

  /** The `order` attribute (`<order>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/order} */
  order?: number;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/port} */
  port?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent/links/host} */
  host?: Host;

  /** Creates a `agent`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: AgentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `agent` as the SDK accepts it: a {@link Agent} or a plain object of the same shape, at any depth. */
export interface AgentInit {
  href?: string;
  type?: string;
  address?: string;
  username?: string;
  password?: string;
  options?: OptionInit[];
  encryptOptions?: boolean;
  concurrent?: boolean;
  order?: number;
  port?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Agent, () => ({
  href: VALUE,
  type: VALUE,
  address: VALUE,
  username: VALUE,
  password: VALUE,
  options: [Option],
  encryptOptions: VALUE,
  concurrent: VALUE,
  order: VALUE,
  port: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
}));
