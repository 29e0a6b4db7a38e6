// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalProvider } from './external-provider';
import type { ExternalProviderInit } from './external-provider';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `external_network_provider_configuration` type of the API, on the wire `<external_network_provider_configuration>` (a list: `<external_network_provider_configurations>` with one `<external_network_provider_configuration>` per item); 4 attributes and 2 links.
 *
 * Create one with `new ExternalNetworkProviderConfiguration({ ... })`, or pass a plain {@link ExternalNetworkProviderConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration}
 * @since API 4.2
 */
export class ExternalNetworkProviderConfiguration extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<external_network_provider_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `ExternalProvider`. On the wire: element `<external_network_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `external_network_provider` link)
   * @since API 4.2
   */
  externalNetworkProvider?: ExternalProvider;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `host` link)
   * @since API 4.2
   */
  host?: Host;

  /**
   * Creates a `external_network_provider_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalNetworkProviderConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.externalNetworkProvider = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `external_network_provider_configuration` as the SDK accepts it: a {@link ExternalNetworkProviderConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration}
 */
export interface ExternalNetworkProviderConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_network_provider_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<external_network_provider_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ExternalProviderInit` (a `ExternalProvider` or a plain object). On the wire: element `<external_network_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `external_network_provider` link)
   * @since API 4.2
   */
  externalNetworkProvider?: ExternalProviderInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_network_provider_configuration | reference: external_network_provider_configuration} (its `host` link)
   * @since API 4.2
   */
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
