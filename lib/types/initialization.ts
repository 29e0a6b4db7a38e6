// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { CloudInit } from './cloud-init';
import type { CloudInitInit } from './cloud-init';
import type { CloudInitNetworkProtocol } from './cloud-init-network-protocol';
import { Configuration } from './configuration';
import type { ConfigurationInit } from './configuration';
import { NicConfiguration } from './nic-configuration';
import type { NicConfigurationInit } from './nic-configuration';

/**
 * The `initialization` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization}
 */
export class Initialization extends Struct {
  /** The `configuration` attribute (`<configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/configuration} */
  configuration?: Configuration;

  /**
   * The `cloud_init` attribute (`<cloud_init>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/cloud_init}
   * @deprecated The model marks it deprecated.
   */
  cloudInit?: CloudInit;

  /** The `host_name` attribute (`<host_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/host_name} */
  hostName?: string;

  /** The `domain` attribute (`<domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/domain} */
  domain?: string;

  /** The `timezone` attribute (`<timezone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/timezone} */
  timezone?: string;

  /** The `authorized_ssh_keys` attribute (`<authorized_ssh_keys>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/authorized_ssh_keys} */
  authorizedSshKeys?: string;

  /** The `regenerate_ssh_keys` attribute (`<regenerate_ssh_keys>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/regenerate_ssh_keys} */
  regenerateSshKeys?: boolean;

  /** The `regenerate_ids` attribute (`<regenerate_ids>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/regenerate_ids} */
  regenerateIds?: boolean;

  /** The `dns_servers` attribute (`<dns_servers>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/dns_servers} */
  dnsServers?: string;

  /** The `dns_search` attribute (`<dns_search>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/dns_search} */
  dnsSearch?: string;

  /** The `nic_configurations` attribute (`<nic_configurations>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/nic_configurations} */
  nicConfigurations?: List<NicConfiguration>;

  /** The `windows_license_key` attribute (`<windows_license_key>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/windows_license_key} */
  windowsLicenseKey?: string;

  /** The `root_password` attribute (`<root_password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/root_password} */
  rootPassword?: string;

  /** The `custom_script` attribute (`<custom_script>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/custom_script} */
  customScript?: string;

  /** The `input_locale` attribute (`<input_locale>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/input_locale} */
  inputLocale?: string;

  /** The `ui_language` attribute (`<ui_language>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/ui_language} */
  uiLanguage?: string;

  /** The `system_locale` attribute (`<system_locale>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/system_locale} */
  systemLocale?: string;

  /** The `user_locale` attribute (`<user_locale>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/user_locale} */
  userLocale?: string;

  /** The `user_name` attribute (`<user_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/user_name} */
  userName?: string;

  /** The `active_directory_ou` attribute (`<active_directory_ou>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/active_directory_ou} */
  activeDirectoryOu?: string;

  /** The `org_name` attribute (`<org_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/org_name} */
  orgName?: string;

  /**
   * The `cloud_init_network_protocol` attribute (`<cloud_init_network_protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/initialization/attributes/cloud_init_network_protocol}
   * @since API 4.2.8
   */
  cloudInitNetworkProtocol?: CloudInitNetworkProtocol;

  /** Creates a `initialization`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: InitializationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `initialization` as the SDK accepts it: a {@link Initialization} or a plain object of the same shape, at any depth. */
export interface InitializationInit {
  href?: string;
  configuration?: ConfigurationInit;
  cloudInit?: CloudInitInit;
  hostName?: string;
  domain?: string;
  timezone?: string;
  authorizedSshKeys?: string;
  regenerateSshKeys?: boolean;
  regenerateIds?: boolean;
  dnsServers?: string;
  dnsSearch?: string;
  nicConfigurations?: NicConfigurationInit[];
  windowsLicenseKey?: string;
  rootPassword?: string;
  customScript?: string;
  inputLocale?: string;
  uiLanguage?: string;
  systemLocale?: string;
  userLocale?: string;
  userName?: string;
  activeDirectoryOu?: string;
  orgName?: string;
  cloudInitNetworkProtocol?: CloudInitNetworkProtocol;
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
