// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AgentConfiguration } from './agent-configuration';
import type { AgentConfigurationInit } from './agent-configuration';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import type { NetworkPluginType } from './network-plugin-type';
import { OpenStackNetwork } from './open-stack-network';
import type { OpenStackNetworkInit } from './open-stack-network';
import type { OpenStackNetworkProviderType } from './open-stack-network-provider-type';
import { OpenStackSubnet } from './open-stack-subnet';
import type { OpenStackSubnetInit } from './open-stack-subnet';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_network_provider` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider}
 */
export class OpenStackNetworkProvider extends Struct {
  /**
   * The `plugin_type` attribute (`<plugin_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/plugin_type}
   * @deprecated The model marks it deprecated.
   */
  pluginType?: NetworkPluginType;

  /**
   * The `external_plugin_type` attribute (`<external_plugin_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/external_plugin_type}
   * @since API 4.2
   */
  externalPluginType?: string;

  /**
   * The `agent_configuration` attribute (`<agent_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/agent_configuration}
   * @deprecated The model marks it deprecated.
   */
  agentConfiguration?: AgentConfiguration;

  /** The `read_only` attribute (`<read_only>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/read_only} */
  readOnly?: boolean;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/type} */
  type?: OpenStackNetworkProviderType;

  /**
   * The `auto_sync` attribute (`<auto_sync>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/auto_sync}
   * @since API 4.2
   */
  autoSync?: boolean;

  /**
   * The `unmanaged` attribute (`<unmanaged>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/unmanaged}
   * @since API 4.2.1
   */
  unmanaged?: boolean;

  /**
   * The `user_domain_name` attribute (`<user_domain_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/user_domain_name}
   * @since API 4.2.7
   */
  userDomainName?: string;

  /**
   * The `project_name` attribute (`<project_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/project_name}
   * @since API 4.2.7
   */
  projectName?: string;

  /**
   * The `project_domain_name` attribute (`<project_domain_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/project_domain_name}
   * @since API 4.2.7
   */
  projectDomainName?: string;

  /** The `tenant_name` attribute (`<tenant_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/tenant_name} */
  tenantName?: string;

  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/url} */
  url?: string;

  /** The `requires_authentication` attribute (`<requires_authentication>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/requires_authentication} */
  requiresAuthentication?: boolean;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/password} */
  password?: string;

  /** The `authentication_url` attribute (`<authentication_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/authentication_url} */
  authenticationUrl?: string;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/attributes/comment} */
  comment?: string;

  /** The `certificates` link (`<certificates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/links/certificates} */
  certificates?: List<Certificate>;

  /** The `networks` link (`<networks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/links/networks} */
  networks?: List<OpenStackNetwork>;

  /** The `subnets` link (`<subnets>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network_provider/links/subnets} */
  subnets?: List<OpenStackSubnet>;

  /** Creates a `open_stack_network_provider`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackNetworkProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_network_provider` as the SDK accepts it: a {@link OpenStackNetworkProvider} or a plain object of the same shape, at any depth. */
export interface OpenStackNetworkProviderInit {
  href?: string;
  pluginType?: NetworkPluginType;
  externalPluginType?: string;
  agentConfiguration?: AgentConfigurationInit;
  readOnly?: boolean;
  type?: OpenStackNetworkProviderType;
  autoSync?: boolean;
  unmanaged?: boolean;
  userDomainName?: string;
  projectName?: string;
  projectDomainName?: string;
  tenantName?: string;
  url?: string;
  requiresAuthentication?: boolean;
  username?: string;
  password?: string;
  authenticationUrl?: string;
  properties?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  certificates?: CertificateInit[];
  networks?: OpenStackNetworkInit[];
  subnets?: OpenStackSubnetInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackNetworkProvider, () => ({
  href: VALUE,
  pluginType: VALUE,
  externalPluginType: VALUE,
  agentConfiguration: AgentConfiguration,
  readOnly: VALUE,
  type: VALUE,
  autoSync: VALUE,
  unmanaged: VALUE,
  userDomainName: VALUE,
  projectName: VALUE,
  projectDomainName: VALUE,
  tenantName: VALUE,
  url: VALUE,
  requiresAuthentication: VALUE,
  username: VALUE,
  password: VALUE,
  authenticationUrl: VALUE,
  properties: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  certificates: [Certificate],
  networks: [OpenStackNetwork],
  subnets: [OpenStackSubnet],
}));
