// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { ProfileDetail } from './profile-detail';
import type { ProfileDetailInit } from './profile-detail';

/**
 * The `entity_profile_detail` type of the API, on the wire `<entity_profile_detail>` (a list: `<entity_profile_details>` with one `<entity_profile_detail>` per item); 1 attribute and 0 links.
 *
 * Create one with `new EntityProfileDetail({ ... })`, or pass a plain {@link EntityProfileDetailInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_profile_detail | reference: entity_profile_detail}
 */
export class EntityProfileDetail extends Struct {
  /**
   * A list of `ProfileDetail`. On the wire: element `<profile_details>` with one `<profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_profile_detail | reference: entity_profile_detail} (its `profile_details` attribute)
   */
  profileDetails?: List<ProfileDetail>;

  /**
   * Creates a `entity_profile_detail` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: EntityProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.profileDetails = undefined;
    }
  }
}

/**
 * A `entity_profile_detail` as the SDK accepts it: a {@link EntityProfileDetail} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_profile_detail | reference: entity_profile_detail}
 */
export interface EntityProfileDetailInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<entity_profile_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_profile_detail | reference: entity_profile_detail}
   */
  href?: string;
  /**
   * A list of `ProfileDetailInit` (a `ProfileDetail` or a plain object). On the wire: element `<profile_details>` with one `<profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_profile_detail | reference: entity_profile_detail} (its `profile_details` attribute)
   */
  profileDetails?: ProfileDetailInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(EntityProfileDetail, () => ({
  href: VALUE,
  profileDetails: [ProfileDetail],
}));
