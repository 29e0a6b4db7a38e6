// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { Mac } from './mac';
import type { MacInit } from './mac';
import { Option } from './option';
import type { OptionInit } from './option';

/**
 * The `bonding` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bonding}
 */
export class Bonding extends Struct {
  /** The `options` attribute (`<options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bonding/attributes/options} */
  options?: List<Option>;

  /** The `slaves` attribute (`<slaves>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bonding/attributes/slaves} */
  slaves?: List<HostNic>;

  /**
   * The `ad_partner_mac` attribute (`<ad_partner_mac>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bonding/attributes/ad_partner_mac}
   * @since API 4.0.3
   */
  adPartnerMac?: Mac;

  /**
   * The `active_slave` link (`<active_slave>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bonding/links/active_slave}
   * @since API 4.1.0
   */
  activeSlave?: HostNic;

  /** Creates a `bonding`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BondingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `bonding` as the SDK accepts it: a {@link Bonding} or a plain object of the same shape, at any depth. */
export interface BondingInit {
  href?: string;
  options?: OptionInit[];
  slaves?: HostNicInit[];
  adPartnerMac?: MacInit;
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
