// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `link_layer_discovery_protocol_element` type of the API, on the wire `<link_layer_discovery_protocol_element>` (a list: `<link_layer_discovery_protocol_elements>` with one `<link_layer_discovery_protocol_element>` per item); 8 attributes and 0 links.
 *
 * Create one with `new LinkLayerDiscoveryProtocolElement({ ... })`, or pass a plain {@link LinkLayerDiscoveryProtocolElementInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element}
 * @since API 4.1.6
 */
export class LinkLayerDiscoveryProtocolElement extends Struct {
  /**
   * `number` (an integer). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `type` attribute)
   * @since API 4.1.6
   */
  type?: number;

  /**
   * `number` (an integer). On the wire: element `<oui>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `oui` attribute)
   * @since API 4.1.6
   */
  oui?: number;

  /**
   * `number` (an integer). On the wire: element `<subtype>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `subtype` attribute)
   * @since API 4.1.6
   */
  subtype?: number;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `properties` attribute)
   * @since API 4.1.6
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<link_layer_discovery_protocol_element>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `link_layer_discovery_protocol_element` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: LinkLayerDiscoveryProtocolElementInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.oui = undefined;
      this.subtype = undefined;
      this.properties = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `link_layer_discovery_protocol_element` as the SDK accepts it: a {@link LinkLayerDiscoveryProtocolElement} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element}
 */
export interface LinkLayerDiscoveryProtocolElementInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<link_layer_discovery_protocol_element>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `type` attribute)
   * @since API 4.1.6
   */
  type?: number;
  /**
   * `number` (an integer). On the wire: element `<oui>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `oui` attribute)
   * @since API 4.1.6
   */
  oui?: number;
  /**
   * `number` (an integer). On the wire: element `<subtype>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `subtype` attribute)
   * @since API 4.1.6
   */
  subtype?: number;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `properties` attribute)
   * @since API 4.1.6
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<link_layer_discovery_protocol_element>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/link_layer_discovery_protocol_element | reference: link_layer_discovery_protocol_element} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(LinkLayerDiscoveryProtocolElement, () => ({
  href: VALUE,
  type: VALUE,
  oui: VALUE,
  subtype: VALUE,
  properties: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
