// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';

/**
 * The `external_host_group` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group}
 */
export class ExternalHostGroup extends Struct {
  /** The `architecture_name` attribute (`<architecture_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/architecture_name} */
  architectureName?: string;

  /** The `operating_system_name` attribute (`<operating_system_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/operating_system_name} */
  operatingSystemName?: string;

  /** The `domain_name` attribute (`<domain_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/domain_name} */
  domainName?: string;

  /** The `subnet_name` attribute (`<subnet_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/subnet_name} */
  subnetName?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/attributes/comment} */
  comment?: string;

  /** The `external_host_provider` link (`<external_host_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_host_group/links/external_host_provider} */
  externalHostProvider?: ExternalHostProvider;

  /** Creates a `external_host_group`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalHostGroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_host_group` as the SDK accepts it: a {@link ExternalHostGroup} or a plain object of the same shape, at any depth. */
export interface ExternalHostGroupInit {
  href?: string;
  architectureName?: string;
  operatingSystemName?: string;
  domainName?: string;
  subnetName?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  externalHostProvider?: ExternalHostProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalHostGroup, () => ({
  href: VALUE,
  architectureName: VALUE,
  operatingSystemName: VALUE,
  domainName: VALUE,
  subnetName: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  externalHostProvider: ExternalHostProvider,
}));
