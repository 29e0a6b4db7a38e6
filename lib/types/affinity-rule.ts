// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `affinity_rule` type of the API, on the wire `<affinity_rule>` (a list: `<affinity_rules>` with one `<affinity_rule>` per item); 3 attributes and 0 links.
 *
 * Create one with `new AffinityRule({ ... })`, or pass a plain {@link AffinityRuleInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule}
 * @since API 4.1
 */
export class AffinityRule extends Struct {
  /**
   * `boolean`. On the wire: element `<positive>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule} (its `positive` attribute)
   * @since API 4.1
   */
  positive?: boolean;

  /**
   * `boolean`. On the wire: element `<enforcing>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule} (its `enforcing` attribute)
   * @since API 4.1
   */
  enforcing?: boolean;

  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule} (its `enabled` attribute)
   * @since API 4.1
   */
  enabled?: boolean;

  /**
   * Creates a `affinity_rule` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: AffinityRuleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.positive = undefined;
      this.enforcing = undefined;
      this.enabled = undefined;
    }
  }
}

/**
 * A `affinity_rule` as the SDK accepts it: a {@link AffinityRule} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule}
 */
export interface AffinityRuleInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<affinity_rule>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<positive>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule} (its `positive` attribute)
   * @since API 4.1
   */
  positive?: boolean;
  /**
   * `boolean`. On the wire: element `<enforcing>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule} (its `enforcing` attribute)
   * @since API 4.1
   */
  enforcing?: boolean;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_rule | reference: affinity_rule} (its `enabled` attribute)
   * @since API 4.1
   */
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AffinityRule, () => ({
  href: VALUE,
  positive: VALUE,
  enforcing: VALUE,
  enabled: VALUE,
}));
