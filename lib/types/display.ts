// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import type { DisplayType } from './display-type';
import type { VideoType } from './video-type';

/**
 * The `display` type of the API, on the wire `<display>` (a list: `<displays>` with one `<display>` per item); 16 attributes and 0 links.
 *
 * Create one with `new Display({ ... })`, or pass a plain {@link DisplayInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display}
 */
export class Display extends Struct {
  /**
   * `DisplayType` (`vnc`, `spice`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `type` attribute)
   * @deprecated The API model marks it deprecated.
   */
  type?: DisplayType | (string & {});

  /**
   * `VideoType` (`bochs`, `cirrus`, `vga`, `qxl`; or another string, from a newer engine). On the wire: element `<video_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `video_type` attribute)
   */
  videoType?: VideoType | (string & {});

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `address` attribute)
   */
  address?: string;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `port` attribute)
   */
  port?: number;

  /**
   * `number` (an integer). On the wire: element `<secure_port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `secure_port` attribute)
   */
  securePort?: number;

  /**
   * `number` (an integer). On the wire: element `<monitors>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `monitors` attribute)
   */
  monitors?: number;

  /**
   * `boolean`. On the wire: element `<single_qxl_pci>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `single_qxl_pci` attribute)
   * @deprecated The API model marks it deprecated.
   */
  singleQxlPci?: boolean;

  /**
   * `boolean`. On the wire: element `<allow_override>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `allow_override` attribute)
   */
  allowOverride?: boolean;

  /**
   * `Certificate`. On the wire: element `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `certificate` attribute)
   */
  certificate?: Certificate;

  /**
   * `boolean`. On the wire: element `<smartcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `smartcard_enabled` attribute)
   */
  smartcardEnabled?: boolean;

  /**
   * `string`. On the wire: element `<keyboard_layout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `keyboard_layout` attribute)
   */
  keyboardLayout?: string;

  /**
   * `string`. On the wire: element `<proxy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `proxy` attribute)
   */
  proxy?: string;

  /**
   * `boolean`. On the wire: element `<file_transfer_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `file_transfer_enabled` attribute)
   */
  fileTransferEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<copy_paste_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `copy_paste_enabled` attribute)
   */
  copyPasteEnabled?: boolean;

  /**
   * `string`. On the wire: element `<disconnect_action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `disconnect_action` attribute)
   */
  disconnectAction?: string;

  /**
   * `number` (an integer). On the wire: element `<disconnect_action_delay>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `disconnect_action_delay` attribute)
   * @since API 4.5
   */
  disconnectActionDelay?: number;

  /**
   * Creates a `display` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DisplayInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.videoType = undefined;
      this.address = undefined;
      this.port = undefined;
      this.securePort = undefined;
      this.monitors = undefined;
      this.singleQxlPci = undefined;
      this.allowOverride = undefined;
      this.certificate = undefined;
      this.smartcardEnabled = undefined;
      this.keyboardLayout = undefined;
      this.proxy = undefined;
      this.fileTransferEnabled = undefined;
      this.copyPasteEnabled = undefined;
      this.disconnectAction = undefined;
      this.disconnectActionDelay = undefined;
    }
  }
}

/**
 * A `display` as the SDK accepts it: a {@link Display} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display}
 */
export interface DisplayInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display}
   */
  href?: string;
  /**
   * `DisplayType` (`vnc`, `spice`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `type` attribute)
   * @deprecated The API model marks it deprecated.
   */
  type?: DisplayType | (string & {});
  /**
   * `VideoType` (`bochs`, `cirrus`, `vga`, `qxl`; another string is sent as it is). On the wire: element `<video_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `video_type` attribute)
   */
  videoType?: VideoType | (string & {});
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `address` attribute)
   */
  address?: string;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `port` attribute)
   */
  port?: number;
  /**
   * `number` (an integer). On the wire: element `<secure_port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `secure_port` attribute)
   */
  securePort?: number;
  /**
   * `number` (an integer). On the wire: element `<monitors>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `monitors` attribute)
   */
  monitors?: number;
  /**
   * `boolean`. On the wire: element `<single_qxl_pci>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `single_qxl_pci` attribute)
   * @deprecated The API model marks it deprecated.
   */
  singleQxlPci?: boolean;
  /**
   * `boolean`. On the wire: element `<allow_override>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `allow_override` attribute)
   */
  allowOverride?: boolean;
  /**
   * `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `certificate` attribute)
   */
  certificate?: CertificateInit;
  /**
   * `boolean`. On the wire: element `<smartcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `smartcard_enabled` attribute)
   */
  smartcardEnabled?: boolean;
  /**
   * `string`. On the wire: element `<keyboard_layout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `keyboard_layout` attribute)
   */
  keyboardLayout?: string;
  /**
   * `string`. On the wire: element `<proxy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `proxy` attribute)
   */
  proxy?: string;
  /**
   * `boolean`. On the wire: element `<file_transfer_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `file_transfer_enabled` attribute)
   */
  fileTransferEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<copy_paste_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `copy_paste_enabled` attribute)
   */
  copyPasteEnabled?: boolean;
  /**
   * `string`. On the wire: element `<disconnect_action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `disconnect_action` attribute)
   */
  disconnectAction?: string;
  /**
   * `number` (an integer). On the wire: element `<disconnect_action_delay>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/display | reference: display} (its `disconnect_action_delay` attribute)
   * @since API 4.5
   */
  disconnectActionDelay?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Display, () => ({
  href: VALUE,
  type: VALUE,
  videoType: VALUE,
  address: VALUE,
  port: VALUE,
  securePort: VALUE,
  monitors: VALUE,
  singleQxlPci: VALUE,
  allowOverride: VALUE,
  certificate: Certificate,
  smartcardEnabled: VALUE,
  keyboardLayout: VALUE,
  proxy: VALUE,
  fileTransferEnabled: VALUE,
  copyPasteEnabled: VALUE,
  disconnectAction: VALUE,
  disconnectActionDelay: VALUE,
}));
