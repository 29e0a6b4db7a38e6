// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `link_layer_discovery_protocol_element` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element}
 * @since API 4.1.6
 */
export class LinkLayerDiscoveryProtocolElement extends Struct {
  /**
   * The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/type}
   * @since API 4.1.6
   */
  type?: number;

  /**
   * The `oui` attribute (`<oui>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/oui}
   * @since API 4.1.6
   */
  oui?: number;

  /**
   * The `subtype` attribute (`<subtype>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/subtype}
   * @since API 4.1.6
   */
  subtype?: number;

  /**
   * The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/properties}
   * @since API 4.1.6
   */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/link_layer_discovery_protocol_element/attributes/comment} */
  comment?: string;

  /** Creates a `link_layer_discovery_protocol_element`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: LinkLayerDiscoveryProtocolElementInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `link_layer_discovery_protocol_element` as the SDK accepts it: a {@link LinkLayerDiscoveryProtocolElement} or a plain object of the same shape, at any depth. */
export interface LinkLayerDiscoveryProtocolElementInit {
  href?: string;
  type?: number;
  oui?: number;
  subtype?: number;
  properties?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
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
