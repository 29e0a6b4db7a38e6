// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { GlusterHookStatus } from './gluster-hook-status';
import type { HookContentType } from './hook-content-type';
import { Host } from './host';
import type { HostInit } from './host';

/**
 * The `gluster_server_hook` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook}
 */
export class GlusterServerHook extends Struct {
  /** The `content_type` attribute (`<content_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/content_type} */
  contentType?: HookContentType;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/status} */
  status?: GlusterHookStatus;

  /** The `checksum` attribute (`<checksum>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/checksum} */
  checksum?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_server_hook/links/host} */
  host?: Host;

  /** Creates a `gluster_server_hook`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterServerHookInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_server_hook` as the SDK accepts it: a {@link GlusterServerHook} or a plain object of the same shape, at any depth. */
export interface GlusterServerHookInit {
  href?: string;
  contentType?: HookContentType;
  status?: GlusterHookStatus;
  checksum?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
