// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { MessageBrokerType } from './message-broker-type';

/**
 * The `agent_configuration` type of the API, on the wire `<agent_configuration>` (a list: `<agent_configurations>` with one `<agent_configuration>` per item); 6 attributes and 0 links.
 *
 * Create one with `new AgentConfiguration({ ... })`, or pass a plain {@link AgentConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration}
 * @deprecated The API model marks it deprecated.
 */
export class AgentConfiguration extends Struct {
  /**
   * `string`. On the wire: element `<network_mappings>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `network_mappings` attribute)
   */
  networkMappings?: string;

  /**
   * `MessageBrokerType` (`qpid`, `rabbit_mq`; or another string, from a newer engine). On the wire: element `<broker_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `broker_type` attribute)
   */
  brokerType?: MessageBrokerType | (string & {});

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `address` attribute)
   */
  address?: string;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `password` attribute)
   */
  password?: string;

  /**
   * Creates a `agent_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: AgentConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.networkMappings = undefined;
      this.brokerType = undefined;
      this.address = undefined;
      this.port = undefined;
      this.username = undefined;
      this.password = undefined;
    }
  }
}

/**
 * A `agent_configuration` as the SDK accepts it: a {@link AgentConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration}
 */
export interface AgentConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<agent_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<network_mappings>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `network_mappings` attribute)
   */
  networkMappings?: string;
  /**
   * `MessageBrokerType` (`qpid`, `rabbit_mq`; another string is sent as it is). On the wire: element `<broker_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `broker_type` attribute)
   */
  brokerType?: MessageBrokerType | (string & {});
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `address` attribute)
   */
  address?: string;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/agent_configuration | reference: agent_configuration} (its `password` attribute)
   */
  password?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AgentConfiguration, () => ({
  href: VALUE,
  networkMappings: VALUE,
  brokerType: VALUE,
  address: VALUE,
  port: VALUE,
  username: VALUE,
  password: VALUE,
}));
