// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `virtio_scsi` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtio_scsi}
 */
export class VirtioScsi extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtio_scsi/attributes/enabled} */
  enabled?: boolean;

  /** Creates a `virtio_scsi`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VirtioScsiInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `virtio_scsi` as the SDK accepts it: a {@link VirtioScsi} or a plain object of the same shape, at any depth. */
export interface VirtioScsiInit {
  href?: string;
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VirtioScsi, () => ({
  href: VALUE,
  enabled: VALUE,
}));
