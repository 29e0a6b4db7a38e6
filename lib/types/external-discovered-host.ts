// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';

/**
 * The `external_discovered_host` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host}
 */
export class ExternalDiscoveredHost extends Struct {
  /** The `ip` attribute (`<ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/ip} */
  ip?: string;

  /** The `mac` attribute (`<mac>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/mac} */
  mac?: string;

  /** The `subnet_name` attribute (`<subnet_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/subnet_name} */
  subnetName?: string;

  /** The `last_report` attribute (`<last_report>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/last_report} */
  lastReport?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/attributes/comment} */
  comment?: string;

  /** The `external_host_provider` link (`<external_host_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_discovered_host/links/external_host_provider} */
  externalHostProvider?: ExternalHostProvider;

  /** Creates a `external_discovered_host`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalDiscoveredHostInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_discovered_host` as the SDK accepts it: a {@link ExternalDiscoveredHost} or a plain object of the same shape, at any depth. */
export interface ExternalDiscoveredHostInit {
  href?: string;
  ip?: string;
  mac?: string;
  subnetName?: string;
  lastReport?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  externalHostProvider?: ExternalHostProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalDiscoveredHost, () => ({
  href: VALUE,
  ip: VALUE,
  mac: VALUE,
  subnetName: VALUE,
  lastReport: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  externalHostProvider: ExternalHostProvider,
}));
