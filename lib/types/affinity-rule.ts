// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `affinity_rule` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_rule}
 * @since API 4.1
 */
export class AffinityRule extends Struct {
  /**
   * The `positive` attribute (`<positive>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_rule/attributes/positive}
   * @since API 4.1
   */
  positive?: boolean;

  /**
   * The `enforcing` attribute (`<enforcing>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_rule/attributes/enforcing}
   * @since API 4.1
   */
  enforcing?: boolean;

  /**
   * The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/affinity_rule/attributes/enabled}
   * @since API 4.1
   */
  enabled?: boolean;

  /** Creates a `affinity_rule`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: AffinityRuleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `affinity_rule` as the SDK accepts it: a {@link AffinityRule} or a plain object of the same shape, at any depth. */
export interface AffinityRuleInit {
  href?: string;
  positive?: boolean;
  enforcing?: boolean;
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AffinityRule, () => ({
  href: VALUE,
  positive: VALUE,
  enforcing: VALUE,
  enabled: VALUE,
}));
