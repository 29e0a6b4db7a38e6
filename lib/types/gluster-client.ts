// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `gluster_client` type of the API, on the wire `<gluster_client>` (a list: `<gluster_clients>` with one `<gluster_client>` per item); 4 attributes and 0 links.
 *
 * Create one with `new GlusterClient({ ... })`, or pass a plain {@link GlusterClientInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client}
 */
export class GlusterClient extends Struct {
  /**
   * `string`. On the wire: element `<host_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `host_name` attribute)
   */
  hostName?: string;

  /**
   * `number` (an integer). On the wire: element `<client_port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `client_port` attribute)
   */
  clientPort?: number;

  /**
   * `number` (an integer). On the wire: element `<bytes_read>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `bytes_read` attribute)
   */
  bytesRead?: number;

  /**
   * `number` (an integer). On the wire: element `<bytes_written>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `bytes_written` attribute)
   */
  bytesWritten?: number;

  /**
   * Creates a `gluster_client` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GlusterClientInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.hostName = undefined;
      this.clientPort = undefined;
      this.bytesRead = undefined;
      this.bytesWritten = undefined;
    }
  }
}

/**
 * A `gluster_client` as the SDK accepts it: a {@link GlusterClient} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client}
 */
export interface GlusterClientInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<gluster_client>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<host_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `host_name` attribute)
   */
  hostName?: string;
  /**
   * `number` (an integer). On the wire: element `<client_port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `client_port` attribute)
   */
  clientPort?: number;
  /**
   * `number` (an integer). On the wire: element `<bytes_read>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `bytes_read` attribute)
   */
  bytesRead?: number;
  /**
   * `number` (an integer). On the wire: element `<bytes_written>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_client | reference: gluster_client} (its `bytes_written` attribute)
   */
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
