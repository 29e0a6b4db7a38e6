// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Qos } from './qos';
import type { QosInit } from './qos';

/**
 * The `cpu_profile` type of the API, on the wire `<cpu_profile>` (a list: `<cpu_profiles>` with one `<cpu_profile>` per item); 4 attributes and 3 links.
 *
 * Create one with `new CpuProfile({ ... })`, or pass a plain {@link CpuProfileInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile}
 */
export class CpuProfile extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Qos`. On the wire: element `<qos>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `qos` link)
   */
  qos?: Qos;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * Creates a `cpu_profile` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CpuProfileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.qos = undefined;
      this.cluster = undefined;
      this.permissions = undefined;
    }
  }
}

/**
 * A `cpu_profile` as the SDK accepts it: a {@link CpuProfile} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile}
 */
export interface CpuProfileInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AssignedCpuProfilesService.add`: `profile.name`
   * - `CpuProfilesService.add`: `profile.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `QosInit` (a `Qos` or a plain object). On the wire: element `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `qos` link)
   */
  qos?: QosInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Needed by:
   * - `CpuProfilesService.add`: `profile.cluster.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_profile | reference: cpu_profile} (its `permissions` link)
   */
  permissions?: PermissionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuProfile, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  qos: Qos,
  cluster: Cluster,
  permissions: [Permission],
}));
