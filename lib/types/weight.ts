// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { SchedulingPolicy } from './scheduling-policy';
import type { SchedulingPolicyInit } from './scheduling-policy';
import { SchedulingPolicyUnit } from './scheduling-policy-unit';
import type { SchedulingPolicyUnitInit } from './scheduling-policy-unit';

/**
 * The `weight` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight}
 */
export class Weight extends Struct {
  /** The `factor` attribute (`<factor>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/attributes/factor} */
  factor?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/attributes/comment} */
  comment?: string;

  /** The `scheduling_policy` link (`<scheduling_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/links/scheduling_policy} */
  schedulingPolicy?: SchedulingPolicy;

  /** The `scheduling_policy_unit` link (`<scheduling_policy_unit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/weight/links/scheduling_policy_unit} */
  schedulingPolicyUnit?: SchedulingPolicyUnit;

  /** Creates a `weight`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: WeightInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `weight` as the SDK accepts it: a {@link Weight} or a plain object of the same shape, at any depth. */
export interface WeightInit {
  href?: string;
  factor?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  schedulingPolicy?: SchedulingPolicyInit;
  schedulingPolicyUnit?: SchedulingPolicyUnitInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Weight, () => ({
  href: VALUE,
  factor: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  schedulingPolicy: SchedulingPolicy,
  schedulingPolicyUnit: SchedulingPolicyUnit,
}));
