// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { Mac } from './mac';
import type { MacInit } from './mac';
import { Option } from './option';
import type { OptionInit } from './option';

/**
 * The `bonding` type of the API, on the wire `<bonding>` (a list: `<bondings>` with one `<bonding>` per item); 3 attributes and 1 link.
 *
 * Create one with `new Bonding({ ... })`, or pass a plain {@link BondingInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding}
 */
export class Bonding extends Struct {
  /**
   * A list of `Option`. On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `options` attribute)
   */
  options?: List<Option>;

  /**
   * A list of `HostNic`. On the wire: element `<slaves>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `slaves` attribute)
   */
  slaves?: List<HostNic>;

  /**
   * `Mac`. On the wire: element `<ad_partner_mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `ad_partner_mac` attribute)
   * @since API 4.0.3
   */
  adPartnerMac?: Mac;

  /**
   * `HostNic`. On the wire: element `<active_slave>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `active_slave` link)
   * @since API 4.1.0
   */
  activeSlave?: HostNic;

  /**
   * Creates a `bonding` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BondingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.options = undefined;
      this.slaves = undefined;
      this.adPartnerMac = undefined;
      this.activeSlave = undefined;
    }
  }
}

/**
 * A `bonding` as the SDK accepts it: a {@link Bonding} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding}
 */
export interface BondingInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<bonding>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding}
   */
  href?: string;
  /**
   * A list of `OptionInit` (a `Option` or a plain object). On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `options` attribute)
   */
  options?: OptionInit[];
  /**
   * A list of `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<slaves>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `slaves` attribute)
   */
  slaves?: HostNicInit[];
  /**
   * `MacInit` (a `Mac` or a plain object). On the wire: element `<ad_partner_mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `ad_partner_mac` attribute)
   * @since API 4.0.3
   */
  adPartnerMac?: MacInit;
  /**
   * `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<active_slave>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bonding | reference: bonding} (its `active_slave` link)
   * @since API 4.1.0
   */
  activeSlave?: HostNicInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Bonding, () => ({
  href: VALUE,
  options: [Option],
  slaves: [HostNic],
  adPartnerMac: Mac,
  activeSlave: HostNic,
}));
