// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `virtio_scsi` type of the API, on the wire `<virtio_scsi>` (a list: `<virtio_scsis>` with one `<virtio_scsi>` per item); 1 attribute and 0 links.
 *
 * Create one with `new VirtioScsi({ ... })`, or pass a plain {@link VirtioScsiInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtio_scsi | reference: virtio_scsi}
 */
export class VirtioScsi extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtio_scsi | reference: virtio_scsi} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * Creates a `virtio_scsi` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VirtioScsiInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
    }
  }
}

/**
 * A `virtio_scsi` as the SDK accepts it: a {@link VirtioScsi} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtio_scsi | reference: virtio_scsi}
 */
export interface VirtioScsiInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtio_scsi | reference: virtio_scsi}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtio_scsi | reference: virtio_scsi} (its `enabled` attribute)
   */
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VirtioScsi, () => ({
  href: VALUE,
  enabled: VALUE,
}));
