// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Balance } from './balance';
import type { BalanceInit } from './balance';
import { Filter } from './filter';
import type { FilterInit } from './filter';
import { Property } from './property';
import type { PropertyInit } from './property';
import { Weight } from './weight';
import type { WeightInit } from './weight';

/**
 * The `scheduling_policy` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy}
 */
export class SchedulingPolicy extends Struct {
  /** The `locked` attribute (`<locked>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/locked} */
  locked?: boolean;

  /** The `default_policy` attribute (`<default_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/default_policy} */
  defaultPolicy?: boolean;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/attributes/comment} */
  comment?: string;

  /** The `balances` link (`<balances>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/links/balances} */
  balances?: List<Balance>;

  /** The `filters` link (`<filters>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/links/filters} */
  filters?: List<Filter>;

  /** The `weight` link (`<weight>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/scheduling_policy/links/weight} */
  weight?: List<Weight>;

  /** Creates a `scheduling_policy`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SchedulingPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `scheduling_policy` as the SDK accepts it: a {@link SchedulingPolicy} or a plain object of the same shape, at any depth. */
export interface SchedulingPolicyInit {
  href?: string;
  locked?: boolean;
  defaultPolicy?: boolean;
  properties?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  balances?: BalanceInit[];
  filters?: FilterInit[];
  weight?: WeightInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SchedulingPolicy, () => ({
  href: VALUE,
  locked: VALUE,
  defaultPolicy: VALUE,
  properties: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  balances: [Balance],
  filters: [Filter],
  weight: [Weight],
}));
