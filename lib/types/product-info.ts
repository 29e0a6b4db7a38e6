// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `product_info` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/product_info}
 */
export class ProductInfo extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/product_info/attributes/name} */
  name?: string;

  /** The `vendor` attribute (`<vendor>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/product_info/attributes/vendor} */
  vendor?: string;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/product_info/attributes/version} */
  version?: Version;

  /** The `instance_id` attribute (`<instance_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/product_info/attributes/instance_id} */
  instanceId?: string;

  /** Creates a `product_info`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ProductInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `product_info` as the SDK accepts it: a {@link ProductInfo} or a plain object of the same shape, at any depth. */
export interface ProductInfoInit {
  href?: string;
  name?: string;
  vendor?: string;
  version?: VersionInit;
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
