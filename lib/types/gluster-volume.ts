// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `gluster_volume` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume}
 */
export class GlusterVolume extends Struct {
  /** The `volume_type` attribute (`<volume_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/volume_type} */
  volumeType?: GlusterVolumeType;

  /** The `transport_types` attribute (`<transport_types>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/transport_types} */
  transportTypes?: List<TransportType>;

  /** The `replica_count` attribute (`<replica_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/replica_count} */
  replicaCount?: number;

  /** The `stripe_count` attribute (`<stripe_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/stripe_count} */
  stripeCount?: number;

  /** The `disperse_count` attribute (`<disperse_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/disperse_count} */
  disperseCount?: number;

  /** The `redundancy_count` attribute (`<redundancy_count>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/redundancy_count} */
  redundancyCount?: number;

  /** The `options` attribute (`<options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/options} */
  options?: List<Option>;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/status} */
  status?: GlusterVolumeStatus;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/attributes/comment} */
  comment?: string;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/links/cluster} */
  cluster?: Cluster;

  /** The `bricks` link (`<bricks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/links/bricks} */
  bricks?: List<GlusterBrick>;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume/links/statistics} */
  statistics?: List<Statistic>;

  /** Creates a `gluster_volume`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterVolumeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_volume` as the SDK accepts it: a {@link GlusterVolume} or a plain object of the same shape, at any depth. */
export interface GlusterVolumeInit {
  href?: string;
  volumeType?: GlusterVolumeType;
  transportTypes?: TransportType[];
  replicaCount?: number;
  stripeCount?: number;
  disperseCount?: number;
  redundancyCount?: number;
  options?: OptionInit[];
  status?: GlusterVolumeStatus;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  cluster?: ClusterInit;
  bricks?: GlusterBrickInit[];
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
