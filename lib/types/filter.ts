// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { SchedulingPolicyUnit } from './scheduling-policy-unit';
import type { SchedulingPolicyUnitInit } from './scheduling-policy-unit';

/**
 * The `filter` type of the API, on the wire `<filter>` (a list: `<filters>` with one `<filter>` per item); 5 attributes and 1 link.
 *
 * Create one with `new Filter({ ... })`, or pass a plain {@link FilterInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter}
 */
export class Filter extends Struct {
  /**
   * `number` (an integer). On the wire: element `<position>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `position` attribute)
   */
  position?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `SchedulingPolicyUnit`. On the wire: element `<scheduling_policy_unit>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `scheduling_policy_unit` link)
   */
  schedulingPolicyUnit?: SchedulingPolicyUnit;

  /**
   * Creates a `filter` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: FilterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.position = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.schedulingPolicyUnit = undefined;
    }
  }
}

/**
 * A `filter` as the SDK accepts it: a {@link Filter} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter}
 */
export interface FilterInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<position>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `position` attribute)
   */
  position?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `SchedulingPolicyUnitInit` (a `SchedulingPolicyUnit` or a plain object). On the wire: element `<scheduling_policy_unit>`.
   *
   * Needed by:
   * - `FiltersService.add`: `filter.schedulingPolicyUnit.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/filter | reference: filter} (its `scheduling_policy_unit` link)
   */
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
