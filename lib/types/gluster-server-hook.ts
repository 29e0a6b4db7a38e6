// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { GlusterHookStatus } from './gluster-hook-status';
import type { HookContentType } from './hook-content-type';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `gluster_server_hook` type of the API, on the wire `<server_hook>` (a list: `<server_hooks>` with one `<server_hook>` per item); 7 attributes and 1 link.
 *
 * Create one with `new GlusterServerHook({ ... })`, or pass a plain {@link GlusterServerHookInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook}
 */
export class GlusterServerHook extends Struct {
  /**
   * `HookContentType` (`text`, `binary`; or another string, from a newer engine). On the wire: element `<content_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `content_type` attribute)
   */
  contentType?: HookContentType | (string & {});

  /**
   * `GlusterHookStatus` (`enabled`, `disabled`, `missing`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `status` attribute)
   */
  status?: GlusterHookStatus | (string & {});

  /**
   * `string`. On the wire: element `<checksum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `checksum` attribute)
   */
  checksum?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<server_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `gluster_server_hook` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterServerHookInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.contentType = undefined;
      this.status = undefined;
      this.checksum = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `gluster_server_hook` as the SDK accepts it: a {@link GlusterServerHook} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook}
 */
export interface GlusterServerHookInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<server_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook}
   */
  href?: string;
  /**
   * `HookContentType` (`text`, `binary`; another string is sent as it is). On the wire: element `<content_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `content_type` attribute)
   */
  contentType?: HookContentType | (string & {});
  /**
   * `GlusterHookStatus` (`enabled`, `disabled`, `missing`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `status` attribute)
   */
  status?: GlusterHookStatus | (string & {});
  /**
   * `string`. On the wire: element `<checksum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `checksum` attribute)
   */
  checksum?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<server_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_server_hook | reference: gluster_server_hook} (its `host` link)
   */
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterServerHook, () => ({
  href: VALUE,
  contentType: VALUE,
  status: VALUE,
  checksum: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
}));
