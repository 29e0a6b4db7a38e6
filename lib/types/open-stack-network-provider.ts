// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `open_stack_network_provider` type of the API, on the wire `<openstack_network_provider>` (a list: `<openstack_network_providers>` with one `<openstack_network_provider>` per item); 21 attributes and 3 links.
 *
 * Create one with `new OpenStackNetworkProvider({ ... })`, or pass a plain {@link OpenStackNetworkProviderInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider}
 */
export class OpenStackNetworkProvider extends Struct {
  /**
   * `NetworkPluginType` (`open_vswitch`; or another string, from a newer engine). On the wire: element `<plugin_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `plugin_type` attribute)
   * @deprecated The API model marks it deprecated.
   */
  pluginType?: NetworkPluginType | (string & {});

  /**
   * `string`. On the wire: element `<external_plugin_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `external_plugin_type` attribute)
   * @since API 4.2
   */
  externalPluginType?: string;

  /**
   * `AgentConfiguration`. On the wire: element `<agent_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `agent_configuration` attribute)
   * @deprecated The API model marks it deprecated.
   */
  agentConfiguration?: AgentConfiguration;

  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `read_only` attribute)
   */
  readOnly?: boolean;

  /**
   * `OpenStackNetworkProviderType` (`neutron`, `external`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `type` attribute)
   */
  type?: OpenStackNetworkProviderType | (string & {});

  /**
   * `boolean`. On the wire: element `<auto_sync>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `auto_sync` attribute)
   * @since API 4.2
   */
  autoSync?: boolean;

  /**
   * `boolean`. On the wire: element `<unmanaged>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `unmanaged` attribute)
   * @since API 4.2.1
   */
  unmanaged?: boolean;

  /**
   * `string`. On the wire: element `<user_domain_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `user_domain_name` attribute)
   * @since API 4.2.7
   */
  userDomainName?: string;

  /**
   * `string`. On the wire: element `<project_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `project_name` attribute)
   * @since API 4.2.7
   */
  projectName?: string;

  /**
   * `string`. On the wire: element `<project_domain_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `project_domain_name` attribute)
   * @since API 4.2.7
   */
  projectDomainName?: string;

  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;

  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `url` attribute)
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_network_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Certificate`. On the wire: a link, `<link rel="certificates" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<certificates>` with one `<certificate>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `certificates` link)
   */
  certificates?: List<Certificate>;

  /**
   * A list of `OpenStackNetwork`. On the wire: a link, `<link rel="networks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<networks>` with one `<openstack_network>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `networks` link)
   */
  networks?: List<OpenStackNetwork>;

  /**
   * A list of `OpenStackSubnet`. On the wire: a link, `<link rel="subnets" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<subnets>` with one `<openstack_subnet>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `subnets` link)
   */
  subnets?: List<OpenStackSubnet>;

  /**
   * Creates a `open_stack_network_provider` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackNetworkProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.pluginType = undefined;
      this.externalPluginType = undefined;
      this.agentConfiguration = undefined;
      this.readOnly = undefined;
      this.type = undefined;
      this.autoSync = undefined;
      this.unmanaged = undefined;
      this.userDomainName = undefined;
      this.projectName = undefined;
      this.projectDomainName = undefined;
      this.tenantName = undefined;
      this.url = undefined;
      this.requiresAuthentication = undefined;
      this.username = undefined;
      this.password = undefined;
      this.authenticationUrl = undefined;
      this.properties = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.certificates = undefined;
      this.networks = undefined;
      this.subnets = undefined;
    }
  }
}

/**
 * A `open_stack_network_provider` as the SDK accepts it: a {@link OpenStackNetworkProvider} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider}
 */
export interface OpenStackNetworkProviderInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_network_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider}
   */
  href?: string;
  /**
   * `NetworkPluginType` (`open_vswitch`; another string is sent as it is). On the wire: element `<plugin_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `plugin_type` attribute)
   * @deprecated The API model marks it deprecated.
   */
  pluginType?: NetworkPluginType | (string & {});
  /**
   * `string`. On the wire: element `<external_plugin_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `external_plugin_type` attribute)
   * @since API 4.2
   */
  externalPluginType?: string;
  /**
   * `AgentConfigurationInit` (a `AgentConfiguration` or a plain object). On the wire: element `<agent_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `agent_configuration` attribute)
   * @deprecated The API model marks it deprecated.
   */
  agentConfiguration?: AgentConfigurationInit;
  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `read_only` attribute)
   */
  readOnly?: boolean;
  /**
   * `OpenStackNetworkProviderType` (`neutron`, `external`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `type` attribute)
   */
  type?: OpenStackNetworkProviderType | (string & {});
  /**
   * `boolean`. On the wire: element `<auto_sync>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `auto_sync` attribute)
   * @since API 4.2
   */
  autoSync?: boolean;
  /**
   * `boolean`. On the wire: element `<unmanaged>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `unmanaged` attribute)
   * @since API 4.2.1
   */
  unmanaged?: boolean;
  /**
   * `string`. On the wire: element `<user_domain_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `user_domain_name` attribute)
   * @since API 4.2.7
   */
  userDomainName?: string;
  /**
   * `string`. On the wire: element `<project_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `project_name` attribute)
   * @since API 4.2.7
   */
  projectName?: string;
  /**
   * `string`. On the wire: element `<project_domain_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `project_domain_name` attribute)
   * @since API 4.2.7
   */
  projectDomainName?: string;
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `url` attribute)
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_network_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `OpenstackNetworkProvidersService.add`: `provider.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificates>` with one `<certificate>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `certificates` link)
   */
  certificates?: CertificateInit[];
  /**
   * A list of `OpenStackNetworkInit` (a `OpenStackNetwork` or a plain object). On the wire: element `<networks>` with one `<openstack_network>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `networks` link)
   */
  networks?: OpenStackNetworkInit[];
  /**
   * A list of `OpenStackSubnetInit` (a `OpenStackSubnet` or a plain object). On the wire: element `<subnets>` with one `<openstack_subnet>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network_provider | reference: open_stack_network_provider} (its `subnets` link)
   */
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
