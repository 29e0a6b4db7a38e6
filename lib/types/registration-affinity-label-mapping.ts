// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { AffinityLabel } from './affinity-label';
import type { AffinityLabelInit } from './affinity-label';

/**
 * The `registration_affinity_label_mapping` type of the API, on the wire `<registration_affinity_label_mapping>` (a list: `<registration_affinity_label_mappings>` with one `<registration_affinity_label_mapping>` per item); 0 attributes and 2 links.
 *
 * Create one with `new RegistrationAffinityLabelMapping({ ... })`, or pass a plain {@link RegistrationAffinityLabelMappingInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping}
 * @since API 4.2
 */
export class RegistrationAffinityLabelMapping extends Struct {
  /**
   * `AffinityLabel`. On the wire: element `<from>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping} (its `from` link)
   * @since API 4.2
   */
  from?: AffinityLabel;

  /**
   * `AffinityLabel`. On the wire: element `<to>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping} (its `to` link)
   * @since API 4.2
   */
  to?: AffinityLabel;

  /**
   * Creates a `registration_affinity_label_mapping` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RegistrationAffinityLabelMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.from = undefined;
      this.to = undefined;
    }
  }
}

/**
 * A `registration_affinity_label_mapping` as the SDK accepts it: a {@link RegistrationAffinityLabelMapping} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping}
 */
export interface RegistrationAffinityLabelMappingInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<registration_affinity_label_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping}
   */
  href?: string;
  /**
   * `AffinityLabelInit` (a `AffinityLabel` or a plain object). On the wire: element `<from>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping} (its `from` link)
   * @since API 4.2
   */
  from?: AffinityLabelInit;
  /**
   * `AffinityLabelInit` (a `AffinityLabel` or a plain object). On the wire: element `<to>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_affinity_label_mapping | reference: registration_affinity_label_mapping} (its `to` link)
   * @since API 4.2
   */
  to?: AffinityLabelInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationAffinityLabelMapping, () => ({
  href: VALUE,
  from: AffinityLabel,
  to: AffinityLabel,
}));
