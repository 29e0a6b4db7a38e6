// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import type { GlusterHookStatus } from './gluster-hook-status';
import { GlusterServerHook } from './gluster-server-hook';
import type { GlusterServerHookInit } from './gluster-server-hook';
import type { HookContentType } from './hook-content-type';
import type { HookStage } from './hook-stage';

/**
 * The `gluster_hook` type of the API, on the wire `<gluster_hook>` (a list: `<gluster_hooks>` with one `<gluster_hook>` per item); 12 attributes and 2 links.
 *
 * Create one with `new GlusterHook({ ... })`, or pass a plain {@link GlusterHookInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook}
 */
export class GlusterHook extends Struct {
  /**
   * `string`. On the wire: element `<gluster_command>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `gluster_command` attribute)
   */
  glusterCommand?: string;

  /**
   * `HookStage` (`pre`, `post`; or another string, from a newer engine). On the wire: element `<stage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `stage` attribute)
   */
  stage?: HookStage | (string & {});

  /**
   * `HookContentType` (`text`, `binary`; or another string, from a newer engine). On the wire: element `<content_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `content_type` attribute)
   */
  contentType?: HookContentType | (string & {});

  /**
   * `string`. On the wire: element `<checksum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `checksum` attribute)
   */
  checksum?: string;

  /**
   * `string`. On the wire: element `<content>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `content` attribute)
   */
  content?: string;

  /**
   * `number` (an integer). On the wire: element `<conflict_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `conflict_status` attribute)
   */
  conflictStatus?: number;

  /**
   * `string`. On the wire: element `<conflicts>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `conflicts` attribute)
   */
  conflicts?: string;

  /**
   * `GlusterHookStatus` (`enabled`, `disabled`, `missing`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `status` attribute)
   */
  status?: GlusterHookStatus | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<gluster_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * A list of `GlusterServerHook`. On the wire: a link, `<link rel="serverhooks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<server_hooks>` with one `<server_hook>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `server_hooks` link)
   */
  serverHooks?: List<GlusterServerHook>;

  /**
   * Creates a `gluster_hook` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterHookInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.glusterCommand = undefined;
      this.stage = undefined;
      this.contentType = undefined;
      this.checksum = undefined;
      this.content = undefined;
      this.conflictStatus = undefined;
      this.conflicts = undefined;
      this.status = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.cluster = undefined;
      this.serverHooks = undefined;
    }
  }
}

/**
 * A `gluster_hook` as the SDK accepts it: a {@link GlusterHook} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook}
 */
export interface GlusterHookInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<gluster_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<gluster_command>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `gluster_command` attribute)
   */
  glusterCommand?: string;
  /**
   * `HookStage` (`pre`, `post`; another string is sent as it is). On the wire: element `<stage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `stage` attribute)
   */
  stage?: HookStage | (string & {});
  /**
   * `HookContentType` (`text`, `binary`; another string is sent as it is). On the wire: element `<content_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `content_type` attribute)
   */
  contentType?: HookContentType | (string & {});
  /**
   * `string`. On the wire: element `<checksum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `checksum` attribute)
   */
  checksum?: string;
  /**
   * `string`. On the wire: element `<content>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `content` attribute)
   */
  content?: string;
  /**
   * `number` (an integer). On the wire: element `<conflict_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `conflict_status` attribute)
   */
  conflictStatus?: number;
  /**
   * `string`. On the wire: element `<conflicts>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `conflicts` attribute)
   */
  conflicts?: string;
  /**
   * `GlusterHookStatus` (`enabled`, `disabled`, `missing`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `status` attribute)
   */
  status?: GlusterHookStatus | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<gluster_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * A list of `GlusterServerHookInit` (a `GlusterServerHook` or a plain object). On the wire: element `<server_hooks>` with one `<server_hook>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_hook | reference: gluster_hook} (its `server_hooks` link)
   */
  serverHooks?: GlusterServerHookInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterHook, () => ({
  href: VALUE,
  glusterCommand: VALUE,
  stage: VALUE,
  contentType: VALUE,
  checksum: VALUE,
  content: VALUE,
  conflictStatus: VALUE,
  conflicts: VALUE,
  status: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  cluster: Cluster,
  serverHooks: [GlusterServerHook],
}));
