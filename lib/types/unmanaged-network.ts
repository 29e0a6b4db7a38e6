// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';

/**
 * The `unmanaged_network` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network}
 */
export class UnmanagedNetwork extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network/attributes/comment} */
  comment?: string;

  /** The `host_nic` link (`<host_nic>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network/links/host_nic} */
  hostNic?: HostNic;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/unmanaged_network/links/host} */
  host?: Host;

  /** Creates a `unmanaged_network`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: UnmanagedNetworkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `unmanaged_network` as the SDK accepts it: a {@link UnmanagedNetwork} or a plain object of the same shape, at any depth. */
export interface UnmanagedNetworkInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  hostNic?: HostNicInit;
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(UnmanagedNetwork, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  hostNic: HostNic,
  host: Host,
}));
