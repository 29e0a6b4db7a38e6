// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { GlusterBrick } from './gluster-brick';
import type { GlusterBrickInit } from './gluster-brick';
import { ProfileDetail } from './profile-detail';
import type { ProfileDetailInit } from './profile-detail';

/**
 * The `brick_profile_detail` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/brick_profile_detail}
 */
export class BrickProfileDetail extends Struct {
  /** The `profile_details` attribute (`<profile_details>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/brick_profile_detail/attributes/profile_details} */
  profileDetails?: List<ProfileDetail>;

  /** The `brick` link (`<brick>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/brick_profile_detail/links/brick} */
  brick?: GlusterBrick;

  /** Creates a `brick_profile_detail`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BrickProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `brick_profile_detail` as the SDK accepts it: a {@link BrickProfileDetail} or a plain object of the same shape, at any depth. */
export interface BrickProfileDetailInit {
  href?: string;
  profileDetails?: ProfileDetailInit[];
  brick?: GlusterBrickInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(BrickProfileDetail, () => ({
  href: VALUE,
  profileDetails: [ProfileDetail],
  brick: GlusterBrick,
}));
