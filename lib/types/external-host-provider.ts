// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `external_host_provider` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider}
 */
export class ExternalHostProvider extends Struct {
  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/url} */
  url?: string;

  /** The `requires_authentication` attribute (`<requires_authentication>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/requires_authentication} */
  requiresAuthentication?: boolean;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/password} */
  password?: string;

  /** The `authentication_url` attribute (`<authentication_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/authentication_url} */
  authenticationUrl?: string;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/attributes/comment} */
  comment?: string;

  /** The `certificates` link (`<certificates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/links/certificates} */
  certificates?: List<Certificate>;

  /** The `compute_resources` link (`<compute_resources>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/links/compute_resources} */
  computeResources?: List<ExternalComputeResource>;

  /** The `discovered_hosts` link (`<discovered_hosts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/links/discovered_hosts} */
  discoveredHosts?: List<ExternalDiscoveredHost>;

  /** The `host_groups` link (`<host_groups>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/links/host_groups} */
  hostGroups?: List<ExternalHostGroup>;

  /** The `hosts` link (`<hosts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_provider/links/hosts} */
  hosts?: List<Host>;

  /** Creates a `external_host_provider`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalHostProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_host_provider` as the SDK accepts it: a {@link ExternalHostProvider} or a plain object of the same shape, at any depth. */
export interface ExternalHostProviderInit {
  href?: string;
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
  computeResources?: ExternalComputeResourceInit[];
  discoveredHosts?: ExternalDiscoveredHostInit[];
  hostGroups?: ExternalHostGroupInit[];
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
