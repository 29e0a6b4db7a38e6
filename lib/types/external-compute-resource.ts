// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';

/**
 * The `external_compute_resource` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource}
 */
export class ExternalComputeResource extends Struct {
  /** The `provider` attribute (`<provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/provider} */
  provider?: string;

  /** The `user` attribute (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/user} */
  user?: string;

  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/url} */
  url?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/attributes/comment} */
  comment?: string;

  /** The `external_host_provider` link (`<external_host_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_compute_resource/links/external_host_provider} */
  externalHostProvider?: ExternalHostProvider;

  /** Creates a `external_compute_resource`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalComputeResourceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_compute_resource` as the SDK accepts it: a {@link ExternalComputeResource} or a plain object of the same shape, at any depth. */
export interface ExternalComputeResourceInit {
  href?: string;
  provider?: string;
  user?: string;
  url?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  externalHostProvider?: ExternalHostProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalComputeResource, () => ({
  href: VALUE,
  provider: VALUE,
  user: VALUE,
  url: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  externalHostProvider: ExternalHostProvider,
}));
