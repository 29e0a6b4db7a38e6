// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { PolicyUnitType } from './policy-unit-type';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `scheduling_policy_unit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit}
 */
export class SchedulingPolicyUnit extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/type} */
  type?: PolicyUnitType;

  /** The `internal` attribute (`<internal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/internal} */
  internal?: boolean;

  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/enabled} */
  enabled?: boolean;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy_unit/attributes/comment} */
  comment?: string;

  /** Creates a `scheduling_policy_unit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SchedulingPolicyUnitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `scheduling_policy_unit` as the SDK accepts it: a {@link SchedulingPolicyUnit} or a plain object of the same shape, at any depth. */
export interface SchedulingPolicyUnitInit {
  href?: string;
  type?: PolicyUnitType;
  internal?: boolean;
  enabled?: boolean;
  properties?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SchedulingPolicyUnit, () => ({
  href: VALUE,
  type: VALUE,
  internal: VALUE,
  enabled: VALUE,
  properties: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
