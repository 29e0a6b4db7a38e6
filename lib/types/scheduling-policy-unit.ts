// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { PolicyUnitType } from './policy-unit-type';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `scheduling_policy_unit` type of the API, on the wire `<scheduling_policy_unit>` (a list: `<scheduling_policy_units>` with one `<scheduling_policy_unit>` per item); 8 attributes and 0 links.
 *
 * Create one with `new SchedulingPolicyUnit({ ... })`, or pass a plain {@link SchedulingPolicyUnitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit}
 */
export class SchedulingPolicyUnit extends Struct {
  /**
   * `PolicyUnitType` (`filter`, `weight`, `load_balancing`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `type` attribute)
   */
  type?: PolicyUnitType | (string & {});

  /**
   * `boolean`. On the wire: element `<internal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `internal` attribute)
   */
  internal?: boolean;

  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<scheduling_policy_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `scheduling_policy_unit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SchedulingPolicyUnitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.internal = undefined;
      this.enabled = undefined;
      this.properties = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `scheduling_policy_unit` as the SDK accepts it: a {@link SchedulingPolicyUnit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit}
 */
export interface SchedulingPolicyUnitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<scheduling_policy_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit}
   */
  href?: string;
  /**
   * `PolicyUnitType` (`filter`, `weight`, `load_balancing`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `type` attribute)
   */
  type?: PolicyUnitType | (string & {});
  /**
   * `boolean`. On the wire: element `<internal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `internal` attribute)
   */
  internal?: boolean;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<scheduling_policy_unit>`.
   *
   * Needed by:
   * - `BalancesService.add`: `balance.schedulingPolicyUnit.id`
   * - `FiltersService.add`: `filter.schedulingPolicyUnit.id`
   * - `WeightsService.add`: `weight.schedulingPolicyUnit.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy_unit | reference: scheduling_policy_unit} (its `comment` attribute)
   */
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
