// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `gluster_client` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_client}
 */
export class GlusterClient extends Struct {
  /** The `host_name` attribute (`<host_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_client/attributes/host_name} */
  hostName?: string;

  /** The `client_port` attribute (`<client_port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_client/attributes/client_port} */
  clientPort?: number;

  /** The `bytes_read` attribute (`<bytes_read>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_client/attributes/bytes_read} */
  bytesRead?: number;

  /** The `bytes_written` attribute (`<bytes_written>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_client/attributes/bytes_written} */
  bytesWritten?: number;

  /** Creates a `gluster_client`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GlusterClientInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `gluster_client` as the SDK accepts it: a {@link GlusterClient} or a plain object of the same shape, at any depth. */
export interface GlusterClientInit {
  href?: string;
  hostName?: string;
  clientPort?: number;
  bytesRead?: number;
  bytesWritten?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GlusterClient, () => ({
  href: VALUE,
  hostName: VALUE,
  clientPort: VALUE,
  bytesRead: VALUE,
  bytesWritten: VALUE,
}));
