// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Backup } from './backup';
import type { BackupInit } from './backup';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import type { DiskFormat } from './disk-format';
import { DiskSnapshot } from './disk-snapshot';
import type { DiskSnapshotInit } from './disk-snapshot';
import { Host } from './host';
import type { HostInit } from './host';
import { Image } from './image';
import type { ImageInit } from './image';
import type { ImageTransferDirection } from './image-transfer-direction';
import type { ImageTransferPhase } from './image-transfer-phase';
import type { ImageTransferTimeoutPolicy } from './image-transfer-timeout-policy';

/**
 * The `image_transfer` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer}
 * @since API 4.0.4
 */
export class ImageTransfer extends Struct {
  /**
   * The `proxy_url` attribute (`<proxy_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/proxy_url}
   * @since API 4.0.4
   */
  proxyUrl?: string;

  /**
   * The `transfer_url` attribute (`<transfer_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/transfer_url}
   * @since API 4.2.0
   */
  transferUrl?: string;

  /**
   * The `phase` attribute (`<phase>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/phase}
   * @since API 4.0.4
   */
  phase?: ImageTransferPhase;

  /**
   * The `direction` attribute (`<direction>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/direction}
   * @since API 4.1
   */
  direction?: ImageTransferDirection;

  /**
   * The `active` attribute (`<active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/active}
   * @since API 4.2
   */
  active?: boolean;

  /**
   * The `transferred` attribute (`<transferred>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/transferred}
   * @since API 4.2
   */
  transferred?: number;

  /**
   * The `inactivity_timeout` attribute (`<inactivity_timeout>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/inactivity_timeout}
   * @since API 4.2.3
   */
  inactivityTimeout?: number;

  /**
   * The `timeout_policy` attribute (`<timeout_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/timeout_policy}
   * @since API 4.4.5
   */
  timeoutPolicy?: ImageTransferTimeoutPolicy;

  /**
   * The `format` attribute (`<format>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/format}
   * @since API 4.3
   */
  format?: DiskFormat;

  /**
   * The `shallow` attribute (`<shallow>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/shallow}
   * @since API 4.4.3
   */
  shallow?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/attributes/comment} */
  comment?: string;

  /**
   * The `image` link (`<image>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/links/image}
   * @since API 4.0.4
   * @deprecated The model marks it deprecated.
   */
  image?: Image;

  /**
   * The `disk` link (`<disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/links/disk}
   * @since API 4.2.0
   */
  disk?: Disk;

  /**
   * The `snapshot` link (`<snapshot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/links/snapshot}
   * @since API 4.2.0
   */
  snapshot?: DiskSnapshot;

  /**
   * The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/links/host}
   * @since API 4.0.4
   */
  host?: Host;

  /**
   * The `backup` link (`<backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer/links/backup}
   * @since API 4.3
   */
  backup?: Backup;

  /** Creates a `image_transfer`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ImageTransferInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `image_transfer` as the SDK accepts it: a {@link ImageTransfer} or a plain object of the same shape, at any depth. */
export interface ImageTransferInit {
  href?: string;
  proxyUrl?: string;
  transferUrl?: string;
  phase?: ImageTransferPhase;
  direction?: ImageTransferDirection;
  active?: boolean;
  transferred?: number;
  inactivityTimeout?: number;
  timeoutPolicy?: ImageTransferTimeoutPolicy;
  format?: DiskFormat;
  shallow?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  image?: ImageInit;
  disk?: DiskInit;
  snapshot?: DiskSnapshotInit;
  host?: HostInit;
  backup?: BackupInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ImageTransfer, () => ({
  href: VALUE,
  proxyUrl: VALUE,
  transferUrl: VALUE,
  phase: VALUE,
  direction: VALUE,
  active: VALUE,
  transferred: VALUE,
  inactivityTimeout: VALUE,
  timeoutPolicy: VALUE,
  format: VALUE,
  shallow: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  image: Image,
  disk: Disk,
  snapshot: DiskSnapshot,
  host: Host,
  backup: Backup,
}));
