// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';

/**
 * The `fop_statistic` type of the API, on the wire `<fop_statistic>` (a list: `<fop_statistics>` with one `<fop_statistic>` per item); 2 attributes and 0 links.
 *
 * Create one with `new FopStatistic({ ... })`, or pass a plain {@link FopStatisticInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic}
 */
export class FopStatistic extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic} (its `name` attribute)
   */
  name?: string;

  /**
   * A list of `Statistic`. On the wire: element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic} (its `statistics` attribute)
   */
  statistics?: List<Statistic>;

  /**
   * Creates a `fop_statistic` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: FopStatisticInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.statistics = undefined;
    }
  }
}

/**
 * A `fop_statistic` as the SDK accepts it: a {@link FopStatistic} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic}
 */
export interface FopStatisticInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<fop_statistic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic} (its `name` attribute)
   */
  name?: string;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fop_statistic | reference: fop_statistic} (its `statistics` attribute)
   */
  statistics?: StatisticInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(FopStatistic, () => ({
  href: VALUE,
  name: VALUE,
  statistics: [Statistic],
}));
