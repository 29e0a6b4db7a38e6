// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { GlusterBrick } from './gluster-brick';
import type { GlusterBrickInit } from './gluster-brick';
import { ProfileDetail } from './profile-detail';
import type { ProfileDetailInit } from './profile-detail';

/**
 * The `brick_profile_detail` type of the API, on the wire `<brick_profile_detail>` (a list: `<brick_profile_details>` with one `<brick_profile_detail>` per item); 1 attribute and 1 link.
 *
 * Create one with `new BrickProfileDetail({ ... })`, or pass a plain {@link BrickProfileDetailInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail}
 */
export class BrickProfileDetail extends Struct {
  /**
   * A list of `ProfileDetail`. On the wire: element `<profile_details>` with one `<profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail} (its `profile_details` attribute)
   */
  profileDetails?: List<ProfileDetail>;

  /**
   * `GlusterBrick`. On the wire: element `<brick>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail} (its `brick` link)
   */
  brick?: GlusterBrick;

  /**
   * Creates a `brick_profile_detail` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BrickProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.profileDetails = undefined;
      this.brick = undefined;
    }
  }
}

/**
 * A `brick_profile_detail` as the SDK accepts it: a {@link BrickProfileDetail} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail}
 */
export interface BrickProfileDetailInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<brick_profile_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail}
   */
  href?: string;
  /**
   * A list of `ProfileDetailInit` (a `ProfileDetail` or a plain object). On the wire: element `<profile_details>` with one `<profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail} (its `profile_details` attribute)
   */
  profileDetails?: ProfileDetailInit[];
  /**
   * `GlusterBrickInit` (a `GlusterBrick` or a plain object). On the wire: element `<brick>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/brick_profile_detail | reference: brick_profile_detail} (its `brick` link)
   */
  brick?: GlusterBrickInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(BrickProfileDetail, () => ({
  href: VALUE,
  profileDetails: [ProfileDetail],
  brick: GlusterBrick,
}));
