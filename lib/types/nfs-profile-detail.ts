// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { ProfileDetail } from './profile-detail';
import type { ProfileDetailInit } from './profile-detail';

/**
 * The `nfs_profile_detail` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nfs_profile_detail}
 */
export class NfsProfileDetail extends Struct {
  /** The `nfs_server_ip` attribute (`<nfs_server_ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nfs_profile_detail/attributes/nfs_server_ip} */
  nfsServerIp?: string;

  /** The `profile_details` attribute (`<profile_details>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nfs_profile_detail/attributes/profile_details} */
  profileDetails?: List<ProfileDetail>;

  /** Creates a `nfs_profile_detail`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NfsProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `nfs_profile_detail` as the SDK accepts it: a {@link NfsProfileDetail} or a plain object of the same shape, at any depth. */
export interface NfsProfileDetailInit {
  href?: string;
  nfsServerIp?: string;
  profileDetails?: ProfileDetailInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NfsProfileDetail, () => ({
  href: VALUE,
  nfsServerIp: VALUE,
  profileDetails: [ProfileDetail],
}));
