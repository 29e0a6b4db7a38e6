// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { BrickProfileDetail } from './brick-profile-detail';
import type { BrickProfileDetailInit } from './brick-profile-detail';
import { NfsProfileDetail } from './nfs-profile-detail';
import type { NfsProfileDetailInit } from './nfs-profile-detail';

/**
 * The `gluster_volume_profile_details` type of the API, on the wire `<gluster_volume_profile_details>` (a list: `<gluster_volume_profile_detailss>` with one `<gluster_volume_profile_details>` per item); 6 attributes and 0 links.
 *
 * Create one with `new GlusterVolumeProfileDetails({ ... })`, or pass a plain {@link GlusterVolumeProfileDetailsInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details}
 */
export class GlusterVolumeProfileDetails extends Struct {
  /**
   * A list of `BrickProfileDetail`. On the wire: element `<brick_profile_details>` with one `<brick_profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `brick_profile_details` attribute)
   */
  brickProfileDetails?: List<BrickProfileDetail>;

  /**
   * A list of `NfsProfileDetail`. On the wire: element `<nfs_profile_details>` with one `<nfs_profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `nfs_profile_details` attribute)
   */
  nfsProfileDetails?: List<NfsProfileDetail>;

  /**
   * `string`. On the wire: XML attribute `id` of `<gluster_volume_profile_details>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `gluster_volume_profile_details` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterVolumeProfileDetailsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.brickProfileDetails = undefined;
      this.nfsProfileDetails = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `gluster_volume_profile_details` as the SDK accepts it: a {@link GlusterVolumeProfileDetails} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details}
 */
export interface GlusterVolumeProfileDetailsInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<gluster_volume_profile_details>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details}
   */
  href?: string;
  /**
   * A list of `BrickProfileDetailInit` (a `BrickProfileDetail` or a plain object). On the wire: element `<brick_profile_details>` with one `<brick_profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `brick_profile_details` attribute)
   */
  brickProfileDetails?: BrickProfileDetailInit[];
  /**
   * A list of `NfsProfileDetailInit` (a `NfsProfileDetail` or a plain object). On the wire: element `<nfs_profile_details>` with one `<nfs_profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `nfs_profile_details` attribute)
   */
  nfsProfileDetails?: NfsProfileDetailInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<gluster_volume_profile_details>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_profile_details | reference: gluster_volume_profile_details} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterVolumeProfileDetails, () => ({
  href: VALUE,
  brickProfileDetails: [BrickProfileDetail],
  nfsProfileDetails: [NfsProfileDetail],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
