// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { File } from './file';
import type { FileInit } from './file';
import type { VmDeviceType } from './vm-device-type';

/**
 * The `payload` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/payload}
 */
export class Payload extends Struct {
  /** The `files` attribute (`<files>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/payload/attributes/files} */
  files?: List<File>;

  /** The `volume_id` attribute (`<volume_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/payload/attributes/volume_id} */
  volumeId?: string;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/payload/attributes/type} */
  type?: VmDeviceType;

  /** Creates a `payload`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PayloadInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `payload` as the SDK accepts it: a {@link Payload} or a plain object of the same shape, at any depth. */
export interface PayloadInit {
  href?: string;
  files?: FileInit[];
  volumeId?: string;
  type?: VmDeviceType;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Payload, () => ({
  href: VALUE,
  files: [File],
  volumeId: VALUE,
  type: VALUE,
}));
