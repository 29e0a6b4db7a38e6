// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `scheduling_policy` type of the API, on the wire `<scheduling_policy>` (a list: `<scheduling_policies>` with one `<scheduling_policy>` per item); 7 attributes and 3 links.
 *
 * Create one with `new SchedulingPolicy({ ... })`, or pass a plain {@link SchedulingPolicyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy}
 */
export class SchedulingPolicy extends Struct {
  /**
   * `boolean`. On the wire: element `<locked>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `locked` attribute)
   */
  locked?: boolean;

  /**
   * `boolean`. On the wire: element `<default_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `default_policy` attribute)
   */
  defaultPolicy?: boolean;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<scheduling_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Balance`. On the wire: a link, `<link rel="balances" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<balances>` with one `<balance>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `balances` link)
   */
  balances?: List<Balance>;

  /**
   * A list of `Filter`. On the wire: a link, `<link rel="filters" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<filters>` with one `<filter>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `filters` link)
   */
  filters?: List<Filter>;

  /**
   * A list of `Weight`. On the wire: a link, `<link rel="weight" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<weight>` with one `<weight>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `weight` link)
   */
  weight?: List<Weight>;

  /**
   * Creates a `scheduling_policy` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SchedulingPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.locked = undefined;
      this.defaultPolicy = undefined;
      this.properties = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.balances = undefined;
      this.filters = undefined;
      this.weight = undefined;
    }
  }
}

/**
 * A `scheduling_policy` as the SDK accepts it: a {@link SchedulingPolicy} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy}
 */
export interface SchedulingPolicyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<scheduling_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<locked>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `locked` attribute)
   */
  locked?: boolean;
  /**
   * `boolean`. On the wire: element `<default_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `default_policy` attribute)
   */
  defaultPolicy?: boolean;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<scheduling_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `SchedulingPoliciesService.add`: `policy.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `BalanceInit` (a `Balance` or a plain object). On the wire: element `<balances>` with one `<balance>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `balances` link)
   */
  balances?: BalanceInit[];
  /**
   * A list of `FilterInit` (a `Filter` or a plain object). On the wire: element `<filters>` with one `<filter>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `filters` link)
   */
  filters?: FilterInit[];
  /**
   * A list of `WeightInit` (a `Weight` or a plain object). On the wire: element `<weight>` with one `<weight>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scheduling_policy | reference: scheduling_policy} (its `weight` link)
   */
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
