// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { ClusterFeature } from './cluster-feature';
import type { ClusterFeatureInit } from './cluster-feature';
import { CpuType } from './cpu-type';
import type { CpuTypeInit } from './cpu-type';
import { Permit } from './permit';
import type { PermitInit } from './permit';

/**
 * The `cluster_level` type of the API, on the wire `<cluster_level>` (a list: `<cluster_levels>` with one `<cluster_level>` per item); 6 attributes and 1 link.
 *
 * Create one with `new ClusterLevel({ ... })`, or pass a plain {@link ClusterLevelInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level}
 */
export class ClusterLevel extends Struct {
  /**
   * A list of `CpuType`. On the wire: element `<cpu_types>` with one `<cpu_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `cpu_types` attribute)
   */
  cpuTypes?: List<CpuType>;

  /**
   * A list of `Permit`. On the wire: element `<permits>` with one `<permit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `permits` attribute)
   */
  permits?: List<Permit>;

  /**
   * `string`. On the wire: XML attribute `id` of `<cluster_level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `ClusterFeature`. On the wire: a link, `<link rel="clusterfeatures" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<cluster_features>` with one `<cluster_feature>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `cluster_features` link)
   * @since API 4.1.6
   */
  clusterFeatures?: List<ClusterFeature>;

  /**
   * Creates a `cluster_level` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ClusterLevelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.cpuTypes = undefined;
      this.permits = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.clusterFeatures = undefined;
    }
  }
}

/**
 * A `cluster_level` as the SDK accepts it: a {@link ClusterLevel} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level}
 */
export interface ClusterLevelInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cluster_level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level}
   */
  href?: string;
  /**
   * A list of `CpuTypeInit` (a `CpuType` or a plain object). On the wire: element `<cpu_types>` with one `<cpu_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `cpu_types` attribute)
   */
  cpuTypes?: CpuTypeInit[];
  /**
   * A list of `PermitInit` (a `Permit` or a plain object). On the wire: element `<permits>` with one `<permit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `permits` attribute)
   */
  permits?: PermitInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<cluster_level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `ClusterFeatureInit` (a `ClusterFeature` or a plain object). On the wire: element `<cluster_features>` with one `<cluster_feature>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_level | reference: cluster_level} (its `cluster_features` link)
   * @since API 4.1.6
   */
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
