// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { GlusterBrick } from './gluster-brick';
import type { GlusterBrickInit } from './gluster-brick';
import type { GlusterVolumeStatus } from './gluster-volume-status';
import type { GlusterVolumeType } from './gluster-volume-type';
import { Option } from './option';
import type { OptionInit } from './option';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import type { TransportType } from './transport-type';

/**
 * The `gluster_volume` type of the API, on the wire `<gluster_volume>` (a list: `<gluster_volumes>` with one `<gluster_volume>` per item); 12 attributes and 3 links.
 *
 * Create one with `new GlusterVolume({ ... })`, or pass a plain {@link GlusterVolumeInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume}
 */
export class GlusterVolume extends Struct {
  /**
   * `GlusterVolumeType` (`distribute`, `replicate`, `distributed_replicate`, `stripe`, `distributed_stripe`, `striped_replicate`, `distributed_striped_replicate`, `disperse`, `distributed_disperse`; or another string, from a newer engine). On the wire: element `<volume_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `volume_type` attribute)
   */
  volumeType?: GlusterVolumeType | (string & {});

  /**
   * A list of `TransportType` (`tcp`, `rdma`; or another string, from a newer engine). On the wire: element `<transport_types>` with one `<transport_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `transport_types` attribute)
   */
  transportTypes?: List<TransportType | (string & {})>;

  /**
   * `number` (an integer). On the wire: element `<replica_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `replica_count` attribute)
   */
  replicaCount?: number;

  /**
   * `number` (an integer). On the wire: element `<stripe_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `stripe_count` attribute)
   */
  stripeCount?: number;

  /**
   * `number` (an integer). On the wire: element `<disperse_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `disperse_count` attribute)
   */
  disperseCount?: number;

  /**
   * `number` (an integer). On the wire: element `<redundancy_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `redundancy_count` attribute)
   */
  redundancyCount?: number;

  /**
   * A list of `Option`. On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `options` attribute)
   */
  options?: List<Option>;

  /**
   * `GlusterVolumeStatus` (`up`, `down`, `unknown`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `status` attribute)
   */
  status?: GlusterVolumeStatus | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * A list of `GlusterBrick`. On the wire: a link, `<link rel="bricks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<bricks>` with one `<brick>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `bricks` link)
   */
  bricks?: List<GlusterBrick>;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * Creates a `gluster_volume` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterVolumeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.volumeType = undefined;
      this.transportTypes = undefined;
      this.replicaCount = undefined;
      this.stripeCount = undefined;
      this.disperseCount = undefined;
      this.redundancyCount = undefined;
      this.options = undefined;
      this.status = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.cluster = undefined;
      this.bricks = undefined;
      this.statistics = undefined;
    }
  }
}

/**
 * A `gluster_volume` as the SDK accepts it: a {@link GlusterVolume} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume}
 */
export interface GlusterVolumeInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume}
   */
  href?: string;
  /**
   * `GlusterVolumeType` (`distribute`, `replicate`, `distributed_replicate`, `stripe`, `distributed_stripe`, `striped_replicate`, `distributed_striped_replicate`, `disperse`, `distributed_disperse`; another string is sent as it is). On the wire: element `<volume_type>`.
   *
   * Needed by:
   * - `GlusterVolumesService.add`: `volume.volumeType`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `volume_type` attribute)
   */
  volumeType?: GlusterVolumeType | (string & {});
  /**
   * A list of `TransportType` (`tcp`, `rdma`; another string is sent as it is). On the wire: element `<transport_types>` with one `<transport_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `transport_types` attribute)
   */
  transportTypes?: (TransportType | (string & {}))[];
  /**
   * `number` (an integer). On the wire: element `<replica_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `replica_count` attribute)
   */
  replicaCount?: number;
  /**
   * `number` (an integer). On the wire: element `<stripe_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `stripe_count` attribute)
   */
  stripeCount?: number;
  /**
   * `number` (an integer). On the wire: element `<disperse_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `disperse_count` attribute)
   */
  disperseCount?: number;
  /**
   * `number` (an integer). On the wire: element `<redundancy_count>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `redundancy_count` attribute)
   */
  redundancyCount?: number;
  /**
   * A list of `OptionInit` (a `Option` or a plain object). On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `options` attribute)
   */
  options?: OptionInit[];
  /**
   * `GlusterVolumeStatus` (`up`, `down`, `unknown`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `status` attribute)
   */
  status?: GlusterVolumeStatus | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `GlusterVolumesService.add`: `volume.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * A list of `GlusterBrickInit` (a `GlusterBrick` or a plain object). On the wire: element `<bricks>` with one `<brick>` per item (a list read as a link and never fetched is not sent).
   *
   * Needed by:
   * - `GlusterVolumesService.add`: `volume.bricks[].brickDir`
   * - `GlusterVolumesService.add`: `volume.bricks[].serverId`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `bricks` link)
   */
  bricks?: GlusterBrickInit[];
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume | reference: gluster_volume} (its `statistics` link)
   */
  statistics?: StatisticInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterVolume, () => ({
  href: VALUE,
  volumeType: VALUE,
  transportTypes: [VALUE],
  replicaCount: VALUE,
  stripeCount: VALUE,
  disperseCount: VALUE,
  redundancyCount: VALUE,
  options: [Option],
  status: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  cluster: Cluster,
  bricks: [GlusterBrick],
  statistics: [Statistic],
}));
