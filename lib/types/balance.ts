// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { SchedulingPolicy } from './scheduling-policy';
import type { SchedulingPolicyInit } from './scheduling-policy';
import { SchedulingPolicyUnit } from './scheduling-policy-unit';
import type { SchedulingPolicyUnitInit } from './scheduling-policy-unit';

/**
 * The `balance` type of the API, on the wire `<balance>` (a list: `<balances>` with one `<balance>` per item); 4 attributes and 2 links.
 *
 * Create one with `new Balance({ ... })`, or pass a plain {@link BalanceInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance}
 */
export class Balance extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<balance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `SchedulingPolicy`. On the wire: element `<scheduling_policy>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `scheduling_policy` link)
   */
  schedulingPolicy?: SchedulingPolicy;

  /**
   * `SchedulingPolicyUnit`. On the wire: element `<scheduling_policy_unit>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `scheduling_policy_unit` link)
   */
  schedulingPolicyUnit?: SchedulingPolicyUnit;

  /**
   * Creates a `balance` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BalanceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.schedulingPolicy = undefined;
      this.schedulingPolicyUnit = undefined;
    }
  }
}

/**
 * A `balance` as the SDK accepts it: a {@link Balance} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance}
 */
export interface BalanceInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<balance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<balance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `SchedulingPolicyInit` (a `SchedulingPolicy` or a plain object). On the wire: element `<scheduling_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `scheduling_policy` link)
   */
  schedulingPolicy?: SchedulingPolicyInit;
  /**
   * `SchedulingPolicyUnitInit` (a `SchedulingPolicyUnit` or a plain object). On the wire: element `<scheduling_policy_unit>`.
   *
   * Needed by:
   * - `BalancesService.add`: `balance.schedulingPolicyUnit.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/balance | reference: balance} (its `scheduling_policy_unit` link)
   */
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
