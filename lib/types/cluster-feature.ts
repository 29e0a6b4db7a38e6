// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { ClusterLevel } from './cluster-level';
import type { ClusterLevelInit } from './cluster-level';

/**
 * The `cluster_feature` type of the API, on the wire `<cluster_feature>` (a list: `<cluster_features>` with one `<cluster_feature>` per item); 4 attributes and 1 link.
 *
 * Create one with `new ClusterFeature({ ... })`, or pass a plain {@link ClusterFeatureInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature}
 * @since API 4.1.6
 */
export class ClusterFeature extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<cluster_feature>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `ClusterLevel`. On the wire: element `<cluster_level>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `cluster_level` link)
   * @since API 4.1.6
   */
  clusterLevel?: ClusterLevel;

  /**
   * Creates a `cluster_feature` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ClusterFeatureInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.clusterLevel = undefined;
    }
  }
}

/**
 * A `cluster_feature` as the SDK accepts it: a {@link ClusterFeature} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature}
 */
export interface ClusterFeatureInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cluster_feature>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<cluster_feature>`.
   *
   * Needed by:
   * - `ClusterEnabledFeaturesService.add`: `feature.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterLevelInit` (a `ClusterLevel` or a plain object). On the wire: element `<cluster_level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster_feature | reference: cluster_feature} (its `cluster_level` link)
   * @since API 4.1.6
   */
  clusterLevel?: ClusterLevelInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ClusterFeature, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  clusterLevel: ClusterLevel,
}));
