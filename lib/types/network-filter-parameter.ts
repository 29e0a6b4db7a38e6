// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Nic } from './nic';
import type { NicInit } from './nic';

/**
 * The `network_filter_parameter` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter}
 * @since API 4.2
 */
export class NetworkFilterParameter extends Struct {
  /**
   * The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter/attributes/value}
   * @since API 4.2
   */
  value?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter/attributes/comment} */
  comment?: string;

  /**
   * The `nic` link (`<nic>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter_parameter/links/nic}
   * @since API 4.2
   */
  nic?: Nic;

  /** Creates a `network_filter_parameter`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NetworkFilterParameterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `network_filter_parameter` as the SDK accepts it: a {@link NetworkFilterParameter} or a plain object of the same shape, at any depth. */
export interface NetworkFilterParameterInit {
  href?: string;
  value?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  nic?: NicInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkFilterParameter, () => ({
  href: VALUE,
  value: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  nic: Nic,
}));
