// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `image_transfer` type of the API, on the wire `<image_transfer>` (a list: `<image_transfers>` with one `<image_transfer>` per item); 14 attributes and 5 links.
 *
 * Create one with `new ImageTransfer({ ... })`, or pass a plain {@link ImageTransferInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer}
 * @since API 4.0.4
 */
export class ImageTransfer extends Struct {
  /**
   * `string`. On the wire: element `<proxy_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `proxy_url` attribute)
   * @since API 4.0.4
   */
  proxyUrl?: string;

  /**
   * `string`. On the wire: element `<transfer_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `transfer_url` attribute)
   * @since API 4.2.0
   */
  transferUrl?: string;

  /**
   * `ImageTransferPhase` (`unknown`, `initializing`, `transferring`, `resuming`, `paused_system`, `paused_user`, `cancelled`, `finalizing_success`, `finalizing_failure`, `finished_success`, `finished_failure`, `cancelled_system`, `cancelled_user`, `finalizing_cleanup`, `finished_cleanup`; or another string, from a newer engine). On the wire: element `<phase>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `phase` attribute)
   * @since API 4.0.4
   */
  phase?: ImageTransferPhase | (string & {});

  /**
   * `ImageTransferDirection` (`upload`, `download`; or another string, from a newer engine). On the wire: element `<direction>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `direction` attribute)
   * @since API 4.1
   */
  direction?: ImageTransferDirection | (string & {});

  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `active` attribute)
   * @since API 4.2
   */
  active?: boolean;

  /**
   * `number` (an integer). On the wire: element `<transferred>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `transferred` attribute)
   * @since API 4.2
   */
  transferred?: number;

  /**
   * `number` (an integer). On the wire: element `<inactivity_timeout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `inactivity_timeout` attribute)
   * @since API 4.2.3
   */
  inactivityTimeout?: number;

  /**
   * `ImageTransferTimeoutPolicy` (`legacy`, `pause`, `cancel`; or another string, from a newer engine). On the wire: element `<timeout_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `timeout_policy` attribute)
   * @since API 4.4.5
   */
  timeoutPolicy?: ImageTransferTimeoutPolicy | (string & {});

  /**
   * `DiskFormat` (`cow`, `raw`; or another string, from a newer engine). On the wire: element `<format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `format` attribute)
   * @since API 4.3
   */
  format?: DiskFormat | (string & {});

  /**
   * `boolean`. On the wire: element `<shallow>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `shallow` attribute)
   * @since API 4.4.3
   */
  shallow?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<image_transfer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Image`. On the wire: element `<image>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `image` link)
   * @since API 4.0.4
   * @deprecated The API model marks it deprecated.
   */
  image?: Image;

  /**
   * `Disk`. On the wire: element `<disk>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `disk` link)
   * @since API 4.2.0
   */
  disk?: Disk;

  /**
   * `DiskSnapshot`. On the wire: element `<snapshot>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `snapshot` link)
   * @since API 4.2.0
   */
  snapshot?: DiskSnapshot;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `host` link)
   * @since API 4.0.4
   */
  host?: Host;

  /**
   * `Backup`. On the wire: element `<backup>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `backup` link)
   * @since API 4.3
   */
  backup?: Backup;

  /**
   * Creates a `image_transfer` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ImageTransferInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.proxyUrl = undefined;
      this.transferUrl = undefined;
      this.phase = undefined;
      this.direction = undefined;
      this.active = undefined;
      this.transferred = undefined;
      this.inactivityTimeout = undefined;
      this.timeoutPolicy = undefined;
      this.format = undefined;
      this.shallow = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.image = undefined;
      this.disk = undefined;
      this.snapshot = undefined;
      this.host = undefined;
      this.backup = undefined;
    }
  }
}

/**
 * A `image_transfer` as the SDK accepts it: a {@link ImageTransfer} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer}
 */
export interface ImageTransferInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<image_transfer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<proxy_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `proxy_url` attribute)
   * @since API 4.0.4
   */
  proxyUrl?: string;
  /**
   * `string`. On the wire: element `<transfer_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `transfer_url` attribute)
   * @since API 4.2.0
   */
  transferUrl?: string;
  /**
   * `ImageTransferPhase` (`unknown`, `initializing`, `transferring`, `resuming`, `paused_system`, `paused_user`, `cancelled`, `finalizing_success`, `finalizing_failure`, `finished_success`, `finished_failure`, `cancelled_system`, `cancelled_user`, `finalizing_cleanup`, `finished_cleanup`; another string is sent as it is). On the wire: element `<phase>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `phase` attribute)
   * @since API 4.0.4
   */
  phase?: ImageTransferPhase | (string & {});
  /**
   * `ImageTransferDirection` (`upload`, `download`; another string is sent as it is). On the wire: element `<direction>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `direction` attribute)
   * @since API 4.1
   */
  direction?: ImageTransferDirection | (string & {});
  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `active` attribute)
   * @since API 4.2
   */
  active?: boolean;
  /**
   * `number` (an integer). On the wire: element `<transferred>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `transferred` attribute)
   * @since API 4.2
   */
  transferred?: number;
  /**
   * `number` (an integer). On the wire: element `<inactivity_timeout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `inactivity_timeout` attribute)
   * @since API 4.2.3
   */
  inactivityTimeout?: number;
  /**
   * `ImageTransferTimeoutPolicy` (`legacy`, `pause`, `cancel`; another string is sent as it is). On the wire: element `<timeout_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `timeout_policy` attribute)
   * @since API 4.4.5
   */
  timeoutPolicy?: ImageTransferTimeoutPolicy | (string & {});
  /**
   * `DiskFormat` (`cow`, `raw`; another string is sent as it is). On the wire: element `<format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `format` attribute)
   * @since API 4.3
   */
  format?: DiskFormat | (string & {});
  /**
   * `boolean`. On the wire: element `<shallow>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `shallow` attribute)
   * @since API 4.4.3
   */
  shallow?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<image_transfer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ImageInit` (a `Image` or a plain object). On the wire: element `<image>`.
   *
   * Needed by:
   * - `ImageTransfersService.addForImage`: `imageTransfer.image.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `image` link)
   * @since API 4.0.4
   * @deprecated The API model marks it deprecated.
   */
  image?: ImageInit;
  /**
   * `DiskInit` (a `Disk` or a plain object). On the wire: element `<disk>`.
   *
   * Needed by:
   * - `ImageTransfersService.addForDisk`: `imageTransfer.disk.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `disk` link)
   * @since API 4.2.0
   */
  disk?: DiskInit;
  /**
   * `DiskSnapshotInit` (a `DiskSnapshot` or a plain object). On the wire: element `<snapshot>`.
   *
   * Needed by:
   * - `ImageTransfersService.addForSnapshot`: `imageTransfer.snapshot.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `snapshot` link)
   * @since API 4.2.0
   */
  snapshot?: DiskSnapshotInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `host` link)
   * @since API 4.0.4
   */
  host?: HostInit;
  /**
   * `BackupInit` (a `Backup` or a plain object). On the wire: element `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer | reference: image_transfer} (its `backup` link)
   * @since API 4.3
   */
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
