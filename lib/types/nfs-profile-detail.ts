// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { ProfileDetail } from './profile-detail';
import type { ProfileDetailInit } from './profile-detail';

/**
 * The `nfs_profile_detail` type of the API, on the wire `<nfs_profile_detail>` (a list: `<nfs_profile_details>` with one `<nfs_profile_detail>` per item); 2 attributes and 0 links.
 *
 * Create one with `new NfsProfileDetail({ ... })`, or pass a plain {@link NfsProfileDetailInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail}
 */
export class NfsProfileDetail extends Struct {
  /**
   * `string`. On the wire: element `<nfs_server_ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail} (its `nfs_server_ip` attribute)
   */
  nfsServerIp?: string;

  /**
   * A list of `ProfileDetail`. On the wire: element `<profile_details>` with one `<profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail} (its `profile_details` attribute)
   */
  profileDetails?: List<ProfileDetail>;

  /**
   * Creates a `nfs_profile_detail` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NfsProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.nfsServerIp = undefined;
      this.profileDetails = undefined;
    }
  }
}

/**
 * A `nfs_profile_detail` as the SDK accepts it: a {@link NfsProfileDetail} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail}
 */
export interface NfsProfileDetailInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<nfs_profile_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<nfs_server_ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail} (its `nfs_server_ip` attribute)
   */
  nfsServerIp?: string;
  /**
   * A list of `ProfileDetailInit` (a `ProfileDetail` or a plain object). On the wire: element `<profile_details>` with one `<profile_detail>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_profile_detail | reference: nfs_profile_detail} (its `profile_details` attribute)
   */
  profileDetails?: ProfileDetailInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NfsProfileDetail, () => ({
  href: VALUE,
  nfsServerIp: VALUE,
  profileDetails: [ProfileDetail],
}));
