// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { MessageBrokerType } from './message-broker-type';

/**
 * The `agent_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration}
 * @deprecated The model marks it deprecated.
 */
export class AgentConfiguration extends Struct {
  /** The `network_mappings` attribute (`<network_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration/attributes/network_mappings} */
  networkMappings?: string;

  /** The `broker_type` attribute (`<broker_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration/attributes/broker_type} */
  brokerType?: MessageBrokerType;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration/attributes/address} */
  address?: string;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration/attributes/port} */
  port?: number;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/agent_configuration/attributes/password} */
  password?: string;

  /** Creates a `agent_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: AgentConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `agent_configuration` as the SDK accepts it: a {@link AgentConfiguration} or a plain object of the same shape, at any depth. */
export interface AgentConfigurationInit {
  href?: string;
  networkMappings?: string;
  brokerType?: MessageBrokerType;
  address?: string;
  port?: number;
  username?: string;
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
