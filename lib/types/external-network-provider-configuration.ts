// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalProvider } from './external-provider';
import type { ExternalProviderInit } from './external-provider';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `external_network_provider_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration}
 * @since API 4.2
 */
export class ExternalNetworkProviderConfiguration extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration/attributes/comment} */
  comment?: string;

  /**
   * The `external_network_provider` link (`<external_network_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration/links/external_network_provider}
   * @since API 4.2
   */
  externalNetworkProvider?: ExternalProvider;

  /**
   * The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_network_provider_configuration/links/host}
   * @since API 4.2
   */
  host?: Host;

  /** Creates a `external_network_provider_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalNetworkProviderConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_network_provider_configuration` as the SDK accepts it: a {@link ExternalNetworkProviderConfiguration} or a plain object of the same shape, at any depth. */
export interface ExternalNetworkProviderConfigurationInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  externalNetworkProvider?: ExternalProviderInit;
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalNetworkProviderConfiguration, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  externalNetworkProvider: ExternalProvider,
  host: Host,
}));
