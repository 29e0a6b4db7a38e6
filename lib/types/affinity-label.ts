// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `affinity_label` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label}
 */
export class AffinityLabel extends Struct {
  /** The `read_only` attribute (`<read_only>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/attributes/read_only} */
  readOnly?: boolean;

  /**
   * The `has_implicit_affinity_group` attribute (`<has_implicit_affinity_group>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/attributes/has_implicit_affinity_group}
   * @since API 4.3.6
   */
  hasImplicitAffinityGroup?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/attributes/comment} */
  comment?: string;

  /** The `hosts` link (`<hosts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/links/hosts} */
  hosts?: List<Host>;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_label/links/vms} */
  vms?: List<Vm>;

  /** Creates a `affinity_label`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: AffinityLabelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `affinity_label` as the SDK accepts it: a {@link AffinityLabel} or a plain object of the same shape, at any depth. */
export interface AffinityLabelInit {
  href?: string;
  readOnly?: boolean;
  hasImplicitAffinityGroup?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  hosts?: HostInit[];
  vms?: VmInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AffinityLabel, () => ({
  href: VALUE,
  readOnly: VALUE,
  hasImplicitAffinityGroup: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  hosts: [Host],
  vms: [Vm],
}));
