// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { SchedulingPolicy } from './scheduling-policy';
import type { SchedulingPolicyInit } from './scheduling-policy';
import { SchedulingPolicyUnit } from './scheduling-policy-unit';
import type { SchedulingPolicyUnitInit } from './scheduling-policy-unit';

/**
 * The `balance` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance}
 */
export class Balance extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance/attributes/comment} */
  comment?: string;

  /** The `scheduling_policy` link (`<scheduling_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance/links/scheduling_policy} */
  schedulingPolicy?: SchedulingPolicy;

  /** The `scheduling_policy_unit` link (`<scheduling_policy_unit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/balance/links/scheduling_policy_unit} */
  schedulingPolicyUnit?: SchedulingPolicyUnit;

  /** Creates a `balance`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BalanceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `balance` as the SDK accepts it: a {@link Balance} or a plain object of the same shape, at any depth. */
export interface BalanceInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  schedulingPolicy?: SchedulingPolicyInit;
  schedulingPolicyUnit?: SchedulingPolicyUnitInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Balance, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  schedulingPolicy: SchedulingPolicy,
  schedulingPolicyUnit: SchedulingPolicyUnit,
}));
