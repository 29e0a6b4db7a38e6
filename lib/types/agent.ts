// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { Option } from './option';
import type { OptionInit } from './option';

/**
 * The `agent` type of the API, on the wire `<agent>` (a list: `<agents>` with one `<agent>` per item); 13 attributes and 1 link.
 *
 * Create one with `new Agent({ ... })`, or pass a plain {@link AgentInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent}
 */
export class Agent extends Struct {
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `type` attribute)
   */
  type?: string;

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `address` attribute)
   */
  address?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `password` attribute)
   */
  password?: string;

  /**
   * A list of `Option`. On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `options` attribute)
   */
  options?: List<Option>;

  /**
   * `boolean`. On the wire: element `<encrypt_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `encrypt_options` attribute)
   */
  encryptOptions?: boolean;

  /**
   * `boolean`. On the wire: element `<concurrent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `concurrent` attribute)
   */
  concurrent?: boolean;

  /**
   * `number` (an integer). On the wire: element `<order>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `order` attribute)
   */
  order?: number;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<agent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `agent` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: AgentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.address = undefined;
      this.username = undefined;
      this.password = undefined;
      this.options = undefined;
      this.encryptOptions = undefined;
      this.concurrent = undefined;
      this.order = undefined;
      this.port = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `agent` as the SDK accepts it: a {@link Agent} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent}
 */
export interface AgentInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<agent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Needed by:
   * - `FenceAgentsService.add`: `agent.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `type` attribute)
   */
  type?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Needed by:
   * - `FenceAgentsService.add`: `agent.address`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `address` attribute)
   */
  address?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Needed by:
   * - `FenceAgentsService.add`: `agent.username`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Needed by:
   * - `FenceAgentsService.add`: `agent.password`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `password` attribute)
   */
  password?: string;
  /**
   * A list of `OptionInit` (a `Option` or a plain object). On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `options` attribute)
   */
  options?: OptionInit[];
  /**
   * `boolean`. On the wire: element `<encrypt_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `encrypt_options` attribute)
   */
  encryptOptions?: boolean;
  /**
   * `boolean`. On the wire: element `<concurrent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `concurrent` attribute)
   */
  concurrent?: boolean;
  /**
   * `number` (an integer). On the wire: element `<order>`.
   *
   * Needed by:
   * - `FenceAgentsService.add`: `agent.order`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `order` attribute)
   */
  order?: number;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<agent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent | reference: agent} (its `host` link)
   */
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
