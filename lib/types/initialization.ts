// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { CloudInit } from './cloud-init';
import type { CloudInitInit } from './cloud-init';
import type { CloudInitNetworkProtocol } from './cloud-init-network-protocol';
import { Configuration } from './configuration';
import type { ConfigurationInit } from './configuration';
import { NicConfiguration } from './nic-configuration';
import type { NicConfigurationInit } from './nic-configuration';

/**
 * The `initialization` type of the API, on the wire `<initialization>` (a list: `<initializations>` with one `<initialization>` per item); 22 attributes and 0 links.
 *
 * Create one with `new Initialization({ ... })`, or pass a plain {@link InitializationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization}
 */
export class Initialization extends Struct {
  /**
   * `Configuration`. On the wire: element `<configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `configuration` attribute)
   */
  configuration?: Configuration;

  /**
   * `CloudInit`. On the wire: element `<cloud_init>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `cloud_init` attribute)
   * @deprecated The API model marks it deprecated.
   */
  cloudInit?: CloudInit;

  /**
   * `string`. On the wire: element `<host_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `host_name` attribute)
   */
  hostName?: string;

  /**
   * `string`. On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `domain` attribute)
   */
  domain?: string;

  /**
   * `string`. On the wire: element `<timezone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `timezone` attribute)
   */
  timezone?: string;

  /**
   * `string`. On the wire: element `<authorized_ssh_keys>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `authorized_ssh_keys` attribute)
   */
  authorizedSshKeys?: string;

  /**
   * `boolean`. On the wire: element `<regenerate_ssh_keys>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `regenerate_ssh_keys` attribute)
   */
  regenerateSshKeys?: boolean;

  /**
   * `boolean`. On the wire: element `<regenerate_ids>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `regenerate_ids` attribute)
   */
  regenerateIds?: boolean;

  /**
   * `string`. On the wire: element `<dns_servers>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `dns_servers` attribute)
   */
  dnsServers?: string;

  /**
   * `string`. On the wire: element `<dns_search>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `dns_search` attribute)
   */
  dnsSearch?: string;

  /**
   * A list of `NicConfiguration`. On the wire: element `<nic_configurations>` with one `<nic_configuration>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `nic_configurations` attribute)
   */
  nicConfigurations?: List<NicConfiguration>;

  /**
   * `string`. On the wire: element `<windows_license_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `windows_license_key` attribute)
   */
  windowsLicenseKey?: string;

  /**
   * `string`. On the wire: element `<root_password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `root_password` attribute)
   */
  rootPassword?: string;

  /**
   * `string`. On the wire: element `<custom_script>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `custom_script` attribute)
   */
  customScript?: string;

  /**
   * `string`. On the wire: element `<input_locale>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `input_locale` attribute)
   */
  inputLocale?: string;

  /**
   * `string`. On the wire: element `<ui_language>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `ui_language` attribute)
   */
  uiLanguage?: string;

  /**
   * `string`. On the wire: element `<system_locale>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `system_locale` attribute)
   */
  systemLocale?: string;

  /**
   * `string`. On the wire: element `<user_locale>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `user_locale` attribute)
   */
  userLocale?: string;

  /**
   * `string`. On the wire: element `<user_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `user_name` attribute)
   */
  userName?: string;

  /**
   * `string`. On the wire: element `<active_directory_ou>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `active_directory_ou` attribute)
   */
  activeDirectoryOu?: string;

  /**
   * `string`. On the wire: element `<org_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `org_name` attribute)
   */
  orgName?: string;

  /**
   * `CloudInitNetworkProtocol` (`eni`, `openstack_metadata`; or another string, from a newer engine). On the wire: element `<cloud_init_network_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `cloud_init_network_protocol` attribute)
   * @since API 4.2.8
   */
  cloudInitNetworkProtocol?: CloudInitNetworkProtocol | (string & {});

  /**
   * Creates a `initialization` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: InitializationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.configuration = undefined;
      this.cloudInit = undefined;
      this.hostName = undefined;
      this.domain = undefined;
      this.timezone = undefined;
      this.authorizedSshKeys = undefined;
      this.regenerateSshKeys = undefined;
      this.regenerateIds = undefined;
      this.dnsServers = undefined;
      this.dnsSearch = undefined;
      this.nicConfigurations = undefined;
      this.windowsLicenseKey = undefined;
      this.rootPassword = undefined;
      this.customScript = undefined;
      this.inputLocale = undefined;
      this.uiLanguage = undefined;
      this.systemLocale = undefined;
      this.userLocale = undefined;
      this.userName = undefined;
      this.activeDirectoryOu = undefined;
      this.orgName = undefined;
      this.cloudInitNetworkProtocol = undefined;
    }
  }
}

/**
 * A `initialization` as the SDK accepts it: a {@link Initialization} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization}
 */
export interface InitializationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization}
   */
  href?: string;
  /**
   * `ConfigurationInit` (a `Configuration` or a plain object). On the wire: element `<configuration>`.
   *
   * Needed by:
   * - `TemplatesService.addFromConfiguration`: `template.initialization.configuration.data`
   * - `TemplatesService.addFromConfiguration`: `template.initialization.configuration.type`
   * - `VmsService.addFromConfiguration`: `vm.initialization.configuration.type`
   * - `VmsService.addFromConfiguration`: `vm.initialization.configuration.data`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `configuration` attribute)
   */
  configuration?: ConfigurationInit;
  /**
   * `CloudInitInit` (a `CloudInit` or a plain object). On the wire: element `<cloud_init>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `cloud_init` attribute)
   * @deprecated The API model marks it deprecated.
   */
  cloudInit?: CloudInitInit;
  /**
   * `string`. On the wire: element `<host_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `host_name` attribute)
   */
  hostName?: string;
  /**
   * `string`. On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `domain` attribute)
   */
  domain?: string;
  /**
   * `string`. On the wire: element `<timezone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `timezone` attribute)
   */
  timezone?: string;
  /**
   * `string`. On the wire: element `<authorized_ssh_keys>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `authorized_ssh_keys` attribute)
   */
  authorizedSshKeys?: string;
  /**
   * `boolean`. On the wire: element `<regenerate_ssh_keys>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `regenerate_ssh_keys` attribute)
   */
  regenerateSshKeys?: boolean;
  /**
   * `boolean`. On the wire: element `<regenerate_ids>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `regenerate_ids` attribute)
   */
  regenerateIds?: boolean;
  /**
   * `string`. On the wire: element `<dns_servers>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `dns_servers` attribute)
   */
  dnsServers?: string;
  /**
   * `string`. On the wire: element `<dns_search>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `dns_search` attribute)
   */
  dnsSearch?: string;
  /**
   * A list of `NicConfigurationInit` (a `NicConfiguration` or a plain object). On the wire: element `<nic_configurations>` with one `<nic_configuration>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `nic_configurations` attribute)
   */
  nicConfigurations?: NicConfigurationInit[];
  /**
   * `string`. On the wire: element `<windows_license_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `windows_license_key` attribute)
   */
  windowsLicenseKey?: string;
  /**
   * `string`. On the wire: element `<root_password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `root_password` attribute)
   */
  rootPassword?: string;
  /**
   * `string`. On the wire: element `<custom_script>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `custom_script` attribute)
   */
  customScript?: string;
  /**
   * `string`. On the wire: element `<input_locale>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `input_locale` attribute)
   */
  inputLocale?: string;
  /**
   * `string`. On the wire: element `<ui_language>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `ui_language` attribute)
   */
  uiLanguage?: string;
  /**
   * `string`. On the wire: element `<system_locale>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `system_locale` attribute)
   */
  systemLocale?: string;
  /**
   * `string`. On the wire: element `<user_locale>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `user_locale` attribute)
   */
  userLocale?: string;
  /**
   * `string`. On the wire: element `<user_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `user_name` attribute)
   */
  userName?: string;
  /**
   * `string`. On the wire: element `<active_directory_ou>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `active_directory_ou` attribute)
   */
  activeDirectoryOu?: string;
  /**
   * `string`. On the wire: element `<org_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `org_name` attribute)
   */
  orgName?: string;
  /**
   * `CloudInitNetworkProtocol` (`eni`, `openstack_metadata`; another string is sent as it is). On the wire: element `<cloud_init_network_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/initialization | reference: initialization} (its `cloud_init_network_protocol` attribute)
   * @since API 4.2.8
   */
  cloudInitNetworkProtocol?: CloudInitNetworkProtocol | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Initialization, () => ({
  href: VALUE,
  configuration: Configuration,
  cloudInit: CloudInit,
  hostName: VALUE,
  domain: VALUE,
  timezone: VALUE,
  authorizedSshKeys: VALUE,
  regenerateSshKeys: VALUE,
  regenerateIds: VALUE,
  dnsServers: VALUE,
  dnsSearch: VALUE,
  nicConfigurations: [NicConfiguration],
  windowsLicenseKey: VALUE,
  rootPassword: VALUE,
  customScript: VALUE,
  inputLocale: VALUE,
  uiLanguage: VALUE,
  systemLocale: VALUE,
  userLocale: VALUE,
  userName: VALUE,
  activeDirectoryOu: VALUE,
  orgName: VALUE,
  cloudInitNetworkProtocol: VALUE,
}));
