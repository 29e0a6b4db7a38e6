// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { SchedulingPolicyUnit } from './scheduling-policy-unit';
import type { SchedulingPolicyUnitInit } from './scheduling-policy-unit';

/**
 * The `filter` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter}
 */
export class Filter extends Struct {
  /** The `position` attribute (`<position>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter/attributes/position} */
  position?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter/attributes/comment} */
  comment?: string;

  /** The `scheduling_policy_unit` link (`<scheduling_policy_unit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/filter/links/scheduling_policy_unit} */
  schedulingPolicyUnit?: SchedulingPolicyUnit;

  /** Creates a `filter`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: FilterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `filter` as the SDK accepts it: a {@link Filter} or a plain object of the same shape, at any depth. */
export interface FilterInit {
  href?: string;
  position?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  schedulingPolicyUnit?: SchedulingPolicyUnitInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Filter, () => ({
  href: VALUE,
  position: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  schedulingPolicyUnit: SchedulingPolicyUnit,
}));
