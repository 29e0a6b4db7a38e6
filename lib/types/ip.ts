// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { IpVersion } from './ip-version';

/**
 * The `ip` type of the API, on the wire `<ip>` (a list: `<ips>` with one `<ip>` per item); 4 attributes and 0 links.
 *
 * Create one with `new Ip({ ... })`, or pass a plain {@link IpInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip}
 */
export class Ip extends Struct {
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `address` attribute)
   */
  address?: string;

  /**
   * `string`. On the wire: element `<netmask>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `netmask` attribute)
   */
  netmask?: string;

  /**
   * `string`. On the wire: element `<gateway>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `gateway` attribute)
   */
  gateway?: string;

  /**
   * `IpVersion` (`v4`, `v6`; or another string, from a newer engine). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `version` attribute)
   */
  version?: IpVersion | (string & {});

  /**
   * Creates a `ip` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: IpInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.address = undefined;
      this.netmask = undefined;
      this.gateway = undefined;
      this.version = undefined;
    }
  }
}

/**
 * A `ip` as the SDK accepts it: a {@link Ip} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip}
 */
export interface IpInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `address` attribute)
   */
  address?: string;
  /**
   * `string`. On the wire: element `<netmask>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `netmask` attribute)
   */
  netmask?: string;
  /**
   * `string`. On the wire: element `<gateway>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `gateway` attribute)
   */
  gateway?: string;
  /**
   * `IpVersion` (`v4`, `v6`; another string is sent as it is). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip | reference: ip} (its `version` attribute)
   */
  version?: IpVersion | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ip, () => ({
  href: VALUE,
  address: VALUE,
  netmask: VALUE,
  gateway: VALUE,
  version: VALUE,
}));
