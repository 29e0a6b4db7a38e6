// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `m_dev_type` type of the API, on the wire `<m_dev_type>` (a list: `<m_dev_types>` with one `<m_dev_type>` per item); 4 attributes and 0 links.
 *
 * Create one with `new MDevType({ ... })`, or pass a plain {@link MDevTypeInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type}
 * @since API 4.4
 */
export class MDevType extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `name` attribute)
   * @since API 4.4
   */
  name?: string;

  /**
   * `string`. On the wire: element `<human_readable_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `human_readable_name` attribute)
   * @since API 4.4.7
   */
  humanReadableName?: string;

  /**
   * `number` (an integer). On the wire: element `<available_instances>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `available_instances` attribute)
   * @since API 4.4
   */
  availableInstances?: number;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `description` attribute)
   * @since API 4.4
   */
  description?: string;

  /**
   * Creates a `m_dev_type` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MDevTypeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.humanReadableName = undefined;
      this.availableInstances = undefined;
      this.description = undefined;
    }
  }
}

/**
 * A `m_dev_type` as the SDK accepts it: a {@link MDevType} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type}
 */
export interface MDevTypeInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<m_dev_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `name` attribute)
   * @since API 4.4
   */
  name?: string;
  /**
   * `string`. On the wire: element `<human_readable_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `human_readable_name` attribute)
   * @since API 4.4.7
   */
  humanReadableName?: string;
  /**
   * `number` (an integer). On the wire: element `<available_instances>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `available_instances` attribute)
   * @since API 4.4
   */
  availableInstances?: number;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/m_dev_type | reference: m_dev_type} (its `description` attribute)
   * @since API 4.4
   */
  description?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MDevType, () => ({
  href: VALUE,
  name: VALUE,
  humanReadableName: VALUE,
  availableInstances: VALUE,
  description: VALUE,
}));
