// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `cloud_init` type of the API, on the wire `<cloud_init>` (a list: `<cloud_inits>` with one `<cloud_init>` per item); 7 attributes and 0 links.
 *
 * Create one with `new CloudInit({ ... })`, or pass a plain {@link CloudInitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init}
 * @deprecated The API model marks it deprecated.
 */
export class CloudInit extends Struct {
  /**
   * `Host`. On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `host` attribute)
   */
  host?: Host;

  /**
   * A list of `AuthorizedKey`. On the wire: element `<authorized_keys>` with one `<authorized_key>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `authorized_keys` attribute)
   */
  authorizedKeys?: List<AuthorizedKey>;

  /**
   * `NetworkConfiguration`. On the wire: element `<network_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `network_configuration` attribute)
   */
  networkConfiguration?: NetworkConfiguration;

  /**
   * `boolean`. On the wire: element `<regenerate_ssh_keys>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `regenerate_ssh_keys` attribute)
   */
  regenerateSshKeys?: boolean;

  /**
   * `string`. On the wire: element `<timezone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `timezone` attribute)
   */
  timezone?: string;

  /**
   * A list of `User`. On the wire: element `<users>` with one `<user>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `users` attribute)
   */
  users?: List<User>;

  /**
   * A list of `File`. On the wire: element `<files>` with one `<file>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `files` attribute)
   */
  files?: List<File>;

  /**
   * Creates a `cloud_init` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CloudInitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.host = undefined;
      this.authorizedKeys = undefined;
      this.networkConfiguration = undefined;
      this.regenerateSshKeys = undefined;
      this.timezone = undefined;
      this.users = undefined;
      this.files = undefined;
    }
  }
}

/**
 * A `cloud_init` as the SDK accepts it: a {@link CloudInit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init}
 */
export interface CloudInitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cloud_init>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init}
   */
  href?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `host` attribute)
   */
  host?: HostInit;
  /**
   * A list of `AuthorizedKeyInit` (a `AuthorizedKey` or a plain object). On the wire: element `<authorized_keys>` with one `<authorized_key>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `authorized_keys` attribute)
   */
  authorizedKeys?: AuthorizedKeyInit[];
  /**
   * `NetworkConfigurationInit` (a `NetworkConfiguration` or a plain object). On the wire: element `<network_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `network_configuration` attribute)
   */
  networkConfiguration?: NetworkConfigurationInit;
  /**
   * `boolean`. On the wire: element `<regenerate_ssh_keys>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `regenerate_ssh_keys` attribute)
   */
  regenerateSshKeys?: boolean;
  /**
   * `string`. On the wire: element `<timezone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `timezone` attribute)
   */
  timezone?: string;
  /**
   * A list of `UserInit` (a `User` or a plain object). On the wire: element `<users>` with one `<user>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `users` attribute)
   */
  users?: UserInit[];
  /**
   * A list of `FileInit` (a `File` or a plain object). On the wire: element `<files>` with one `<file>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init | reference: cloud_init} (its `files` attribute)
   */
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
