// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import { ExternalComputeResource } from './external-compute-resource';
import type { ExternalComputeResourceInit } from './external-compute-resource';
import { ExternalDiscoveredHost } from './external-discovered-host';
import type { ExternalDiscoveredHostInit } from './external-discovered-host';
import { ExternalHostGroup } from './external-host-group';
import type { ExternalHostGroupInit } from './external-host-group';
import { Host } from './host';
import type { HostInit } from './host';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `external_host_provider` type of the API, on the wire `<external_host_provider>` (a list: `<external_host_providers>` with one `<external_host_provider>` per item); 10 attributes and 5 links.
 *
 * Create one with `new ExternalHostProvider({ ... })`, or pass a plain {@link ExternalHostProviderInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider}
 */
export class ExternalHostProvider extends Struct {
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `url` attribute)
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Certificate`. On the wire: a link, `<link rel="certificates" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<certificates>` with one `<certificate>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `certificates` link)
   */
  certificates?: List<Certificate>;

  /**
   * A list of `ExternalComputeResource`. On the wire: a link, `<link rel="computeresources" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<compute_resources>` with one `<external_compute_resource>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `compute_resources` link)
   */
  computeResources?: List<ExternalComputeResource>;

  /**
   * A list of `ExternalDiscoveredHost`. On the wire: a link, `<link rel="discoveredhosts" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<discovered_hosts>` with one `<external_discovered_host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `discovered_hosts` link)
   */
  discoveredHosts?: List<ExternalDiscoveredHost>;

  /**
   * A list of `ExternalHostGroup`. On the wire: a link, `<link rel="hostgroups" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<host_groups>` with one `<external_host_group>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `host_groups` link)
   */
  hostGroups?: List<ExternalHostGroup>;

  /**
   * A list of `Host`. On the wire: a link, `<link rel="hosts" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<hosts>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `hosts` link)
   */
  hosts?: List<Host>;

  /**
   * Creates a `external_host_provider` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalHostProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
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
      this.computeResources = undefined;
      this.discoveredHosts = undefined;
      this.hostGroups = undefined;
      this.hosts = undefined;
    }
  }
}

/**
 * A `external_host_provider` as the SDK accepts it: a {@link ExternalHostProvider} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider}
 */
export interface ExternalHostProviderInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `url` attribute)
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `ExternalHostProvidersService.add`: `provider.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificates>` with one `<certificate>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `certificates` link)
   */
  certificates?: CertificateInit[];
  /**
   * A list of `ExternalComputeResourceInit` (a `ExternalComputeResource` or a plain object). On the wire: element `<compute_resources>` with one `<external_compute_resource>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `compute_resources` link)
   */
  computeResources?: ExternalComputeResourceInit[];
  /**
   * A list of `ExternalDiscoveredHostInit` (a `ExternalDiscoveredHost` or a plain object). On the wire: element `<discovered_hosts>` with one `<external_discovered_host>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `discovered_hosts` link)
   */
  discoveredHosts?: ExternalDiscoveredHostInit[];
  /**
   * A list of `ExternalHostGroupInit` (a `ExternalHostGroup` or a plain object). On the wire: element `<host_groups>` with one `<external_host_group>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `host_groups` link)
   */
  hostGroups?: ExternalHostGroupInit[];
  /**
   * A list of `HostInit` (a `Host` or a plain object). On the wire: element `<hosts>` with one `<host>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host_provider | reference: external_host_provider} (its `hosts` link)
   */
  hosts?: HostInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalHostProvider, () => ({
  href: VALUE,
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
  computeResources: [ExternalComputeResource],
  discoveredHosts: [ExternalDiscoveredHost],
  hostGroups: [ExternalHostGroup],
  hosts: [Host],
}));
