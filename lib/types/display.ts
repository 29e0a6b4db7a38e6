// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import type { DisplayType } from './display-type';
import type { VideoType } from './video-type';

/**
 * The `display` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display}
 */
export class Display extends Struct {
  /**
   * The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/type}
   * @deprecated The model marks it deprecated.
   */
  type?: DisplayType;

  /** The `video_type` attribute (`<video_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/video_type} */
  videoType?: VideoType;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/address} */
  address?: string;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/port} */
  port?: number;

  /** The `secure_port` attribute (`<secure_port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/secure_port} */
  securePort?: number;

  /** The `monitors` attribute (`<monitors>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/monitors} */
  monitors?: number;

  /**
   * The `single_qxl_pci` attribute (`<single_qxl_pci>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/single_qxl_pci}
   * @deprecated The model marks it deprecated.
   */
  singleQxlPci?: boolean;

  /** The `allow_override` attribute (`<allow_override>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/allow_override} */
  allowOverride?: boolean;

  /** The `certificate` attribute (`<certificate>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/certificate} */
  certificate?: Certificate;

  /** The `smartcard_enabled` attribute (`<smartcard_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/smartcard_enabled} */
  smartcardEnabled?: boolean;

  /** The `keyboard_layout` attribute (`<keyboard_layout>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/keyboard_layout} */
  keyboardLayout?: string;

  /** The `proxy` attribute (`<proxy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/proxy} */
  proxy?: string;

  /** The `file_transfer_enabled` attribute (`<file_transfer_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/file_transfer_enabled} */
  fileTransferEnabled?: boolean;

  /** The `copy_paste_enabled` attribute (`<copy_paste_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/copy_paste_enabled} */
  copyPasteEnabled?: boolean;

  /** The `disconnect_action` attribute (`<disconnect_action>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/disconnect_action} */
  disconnectAction?: string;

  /**
   * The `disconnect_action_delay` attribute (`<disconnect_action_delay>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/display/attributes/disconnect_action_delay}
   * @since API 4.5
   */
  disconnectActionDelay?: number;

  /** Creates a `display`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DisplayInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `display` as the SDK accepts it: a {@link Display} or a plain object of the same shape, at any depth. */
export interface DisplayInit {
  href?: string;
  type?: DisplayType;
  videoType?: VideoType;
  address?: string;
  port?: number;
  securePort?: number;
  monitors?: number;
  singleQxlPci?: boolean;
  allowOverride?: boolean;
  certificate?: CertificateInit;
  smartcardEnabled?: boolean;
  keyboardLayout?: string;
  proxy?: string;
  fileTransferEnabled?: boolean;
  copyPasteEnabled?: boolean;
  disconnectAction?: string;
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
