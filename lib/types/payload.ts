// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { File } from './file';
import type { FileInit } from './file';
import type { VmDeviceType } from './vm-device-type';

/**
 * The `payload` type of the API, on the wire `<payload>` (a list: `<payloads>` with one `<payload>` per item); 3 attributes and 0 links.
 *
 * Create one with `new Payload({ ... })`, or pass a plain {@link PayloadInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload}
 */
export class Payload extends Struct {
  /**
   * A list of `File`. On the wire: element `<files>` with one `<file>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload} (its `files` attribute)
   */
  files?: List<File>;

  /**
   * `string`. On the wire: element `<volume_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload} (its `volume_id` attribute)
   */
  volumeId?: string;

  /**
   * `VmDeviceType` (`floppy`, `cdrom`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload} (its `type` attribute)
   */
  type?: VmDeviceType | (string & {});

  /**
   * Creates a `payload` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PayloadInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.files = undefined;
      this.volumeId = undefined;
      this.type = undefined;
    }
  }
}

/**
 * A `payload` as the SDK accepts it: a {@link Payload} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload}
 */
export interface PayloadInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<payload>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload}
   */
  href?: string;
  /**
   * A list of `FileInit` (a `File` or a plain object). On the wire: element `<files>` with one `<file>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload} (its `files` attribute)
   */
  files?: FileInit[];
  /**
   * `string`. On the wire: element `<volume_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload} (its `volume_id` attribute)
   */
  volumeId?: string;
  /**
   * `VmDeviceType` (`floppy`, `cdrom`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/payload | reference: payload} (its `type` attribute)
   */
  type?: VmDeviceType | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Payload, () => ({
  href: VALUE,
  files: [File],
  volumeId: VALUE,
  type: VALUE,
}));
