// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { Network } from './network';
import type { NetworkInit } from './network';

/**
 * The `network_label` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label}
 */
export class NetworkLabel extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label/attributes/comment} */
  comment?: string;

  /** The `network` link (`<network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label/links/network} */
  network?: Network;

  /** The `host_nic` link (`<host_nic>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_label/links/host_nic} */
  hostNic?: HostNic;

  /** Creates a `network_label`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NetworkLabelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `network_label` as the SDK accepts it: a {@link NetworkLabel} or a plain object of the same shape, at any depth. */
export interface NetworkLabelInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  network?: NetworkInit;
  hostNic?: HostNicInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkLabel, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  network: Network,
  hostNic: HostNic,
}));
