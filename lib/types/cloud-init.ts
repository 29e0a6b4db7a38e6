// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AuthorizedKey } from './authorized-key';
import type { AuthorizedKeyInit } from './authorized-key';
import { File } from './file';
import type { FileInit } from './file';
import { Host } from './host';
import type { HostInit } from './host';
import { NetworkConfiguration } from './network-configuration';
import type { NetworkConfigurationInit } from './network-configuration';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `cloud_init` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init}
 * @deprecated The model marks it deprecated.
 */
export class CloudInit extends Struct {
  /** The `host` attribute (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/host} */
  host?: Host;

  /** The `authorized_keys` attribute (`<authorized_keys>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/authorized_keys} */
  authorizedKeys?: List<AuthorizedKey>;

  /** The `network_configuration` attribute (`<network_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/network_configuration} */
  networkConfiguration?: NetworkConfiguration;

  /** The `regenerate_ssh_keys` attribute (`<regenerate_ssh_keys>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/regenerate_ssh_keys} */
  regenerateSshKeys?: boolean;

  /** The `timezone` attribute (`<timezone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/timezone} */
  timezone?: string;

  /** The `users` attribute (`<users>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/users} */
  users?: List<User>;

  /** The `files` attribute (`<files>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init/attributes/files} */
  files?: List<File>;

  /** Creates a `cloud_init`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CloudInitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cloud_init` as the SDK accepts it: a {@link CloudInit} or a plain object of the same shape, at any depth. */
export interface CloudInitInit {
  href?: string;
  host?: HostInit;
  authorizedKeys?: AuthorizedKeyInit[];
  networkConfiguration?: NetworkConfigurationInit;
  regenerateSshKeys?: boolean;
  timezone?: string;
  users?: UserInit[];
  files?: FileInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CloudInit, () => ({
  href: VALUE,
  host: Host,
  authorizedKeys: [AuthorizedKey],
  networkConfiguration: NetworkConfiguration,
  regenerateSshKeys: VALUE,
  timezone: VALUE,
  users: [User],
  files: [File],
}));
