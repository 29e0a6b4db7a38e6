// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { ClusterFeature } from './cluster-feature';
import type { ClusterFeatureInit } from './cluster-feature';
import { CpuType } from './cpu-type';
import type { CpuTypeInit } from './cpu-type';
import { Permit } from './permit';
import type { PermitInit } from './permit';

/**
 * The `cluster_level` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level}
 */
export class ClusterLevel extends Struct {
  /** The `cpu_types` attribute (`<cpu_types>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/attributes/cpu_types} */
  cpuTypes?: List<CpuType>;

  /** The `permits` attribute (`<permits>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/attributes/permits} */
  permits?: List<Permit>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/attributes/comment} */
  comment?: string;

  /**
   * The `cluster_features` link (`<cluster_features>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_level/links/cluster_features}
   * @since API 4.1.6
   */
  clusterFeatures?: List<ClusterFeature>;

  /** Creates a `cluster_level`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ClusterLevelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cluster_level` as the SDK accepts it: a {@link ClusterLevel} or a plain object of the same shape, at any depth. */
export interface ClusterLevelInit {
  href?: string;
  cpuTypes?: CpuTypeInit[];
  permits?: PermitInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  clusterFeatures?: ClusterFeatureInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ClusterLevel, () => ({
  href: VALUE,
  cpuTypes: [CpuType],
  permits: [Permit],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  clusterFeatures: [ClusterFeature],
}));
