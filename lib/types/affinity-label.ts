// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `affinity_label` type of the API, on the wire `<affinity_label>` (a list: `<affinity_labels>` with one `<affinity_label>` per item); 6 attributes and 2 links.
 *
 * Create one with `new AffinityLabel({ ... })`, or pass a plain {@link AffinityLabelInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label}
 */
export class AffinityLabel extends Struct {
  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `read_only` attribute)
   */
  readOnly?: boolean;

  /**
   * `boolean`. On the wire: element `<has_implicit_affinity_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `has_implicit_affinity_group` attribute)
   * @since API 4.3.6
   */
  hasImplicitAffinityGroup?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<affinity_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Host`. On the wire: a link, `<link rel="hosts" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<hosts>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `hosts` link)
   */
  hosts?: List<Host>;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * Creates a `affinity_label` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: AffinityLabelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.readOnly = undefined;
      this.hasImplicitAffinityGroup = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.hosts = undefined;
      this.vms = undefined;
    }
  }
}

/**
 * A `affinity_label` as the SDK accepts it: a {@link AffinityLabel} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label}
 */
export interface AffinityLabelInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<affinity_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `read_only` attribute)
   */
  readOnly?: boolean;
  /**
   * `boolean`. On the wire: element `<has_implicit_affinity_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `has_implicit_affinity_group` attribute)
   * @since API 4.3.6
   */
  hasImplicitAffinityGroup?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<affinity_label>`.
   *
   * Needed by:
   * - `AffinityGroupHostLabelsService.add`: `label.id` or `label.name`
   * - `AffinityGroupVmLabelsService.add`: `label.id` or `label.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AffinityGroupHostLabelsService.add`: `label.id` or `label.name`
   * - `AffinityGroupVmLabelsService.add`: `label.id` or `label.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `HostInit` (a `Host` or a plain object). On the wire: element `<hosts>` with one `<host>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `hosts` link)
   */
  hosts?: HostInit[];
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/affinity_label | reference: affinity_label} (its `vms` link)
   */
  vms?: VmInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AffinityLabel, () => ({
  href: VALUE,
  readOnly: VALUE,
  hasImplicitAffinityGroup: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  hosts: [Host],
  vms: [Vm],
}));
