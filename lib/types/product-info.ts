// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `product_info` type of the API, on the wire `<product_info>` (a list: `<product_infos>` with one `<product_info>` per item); 4 attributes and 0 links.
 *
 * Create one with `new ProductInfo({ ... })`, or pass a plain {@link ProductInfoInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info}
 */
export class ProductInfo extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<vendor>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `vendor` attribute)
   */
  vendor?: string;

  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `version` attribute)
   */
  version?: Version;

  /**
   * `string`. On the wire: element `<instance_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `instance_id` attribute)
   */
  instanceId?: string;

  /**
   * Creates a `product_info` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ProductInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.vendor = undefined;
      this.version = undefined;
      this.instanceId = undefined;
    }
  }
}

/**
 * A `product_info` as the SDK accepts it: a {@link ProductInfo} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info}
 */
export interface ProductInfoInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<product_info>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<vendor>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `vendor` attribute)
   */
  vendor?: string;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `version` attribute)
   */
  version?: VersionInit;
  /**
   * `string`. On the wire: element `<instance_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/product_info | reference: product_info} (its `instance_id` attribute)
   */
  instanceId?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ProductInfo, () => ({
  href: VALUE,
  name: VALUE,
  vendor: VALUE,
  version: Version,
  instanceId: VALUE,
}));
