// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import type { GlusterHookStatus } from './gluster-hook-status';
import { GlusterServerHook } from './gluster-server-hook';
import type { GlusterServerHookInit } from './gluster-server-hook';
import type { HookContentType } from './hook-content-type';
import type { HookStage } from './hook-stage';

/**
 * The `gluster_hook` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook}
 */
export class GlusterHook extends Struct {
  /** The `gluster_command` attribute (`<gluster_command>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/gluster_command} */
  glusterCommand?: string;

  /** The `stage` attribute (`<stage>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/stage} */
  stage?: HookStage;

  /** The `content_type` attribute (`<content_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/content_type} */
  contentType?: HookContentType;

  /** The `checksum` attribute (`<checksum>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/checksum} */
  checksum?: string;

  /** The `content` attribute (`<content>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/content} */
  content?: string;

  /** The `conflict_status` attribute (`<conflict_status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/conflict_status} */
  conflictStatus?: number;

  /** The `conflicts` attribute (`<conflicts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/conflicts} */
  conflicts?: string;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/status} */
  status?: GlusterHookStatus;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/attributes/comment} */
  comment?: string;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/links/cluster} */
  cluster?: Cluster;

  /** The `server_hooks` link (`<server_hooks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_hook/links/server_hooks} */
  serverHooks?: List<GlusterServerHook>;

  /** Creates a `gluster_hook`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterHookInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_hook` as the SDK accepts it: a {@link GlusterHook} or a plain object of the same shape, at any depth. */
export interface GlusterHookInit {
  href?: string;
  glusterCommand?: string;
  stage?: HookStage;
  contentType?: HookContentType;
  checksum?: string;
  content?: string;
  conflictStatus?: number;
  conflicts?: string;
  status?: GlusterHookStatus;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  cluster?: ClusterInit;
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
