// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { BrickProfileDetail } from './brick-profile-detail';
import type { BrickProfileDetailInit } from './brick-profile-detail';
import { NfsProfileDetail } from './nfs-profile-detail';
import type { NfsProfileDetailInit } from './nfs-profile-detail';

/**
 * The `gluster_volume_profile_details` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details}
 */
export class GlusterVolumeProfileDetails extends Struct {
  /** The `brick_profile_details` attribute (`<brick_profile_details>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details/attributes/brick_profile_details} */
  brickProfileDetails?: List<BrickProfileDetail>;

  /** The `nfs_profile_details` attribute (`<nfs_profile_details>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details/attributes/nfs_profile_details} */
  nfsProfileDetails?: List<NfsProfileDetail>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_profile_details/attributes/comment} */
  comment?: string;

  /** Creates a `gluster_volume_profile_details`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterVolumeProfileDetailsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_volume_profile_details` as the SDK accepts it: a {@link GlusterVolumeProfileDetails} or a plain object of the same shape, at any depth. */
export interface GlusterVolumeProfileDetailsInit {
  href?: string;
  brickProfileDetails?: BrickProfileDetailInit[];
  nfsProfileDetails?: NfsProfileDetailInit[];
  id?: string;
  name?: string;
  description?: string;
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
