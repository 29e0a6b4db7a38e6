// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { ApiSummary } from './api-summary';
import type { ApiSummaryInit } from './api-summary';
import { EngineBackupInfo } from './engine-backup-info';
import type { EngineBackupInfoInit } from './engine-backup-info';
import { ProductInfo } from './product-info';
import type { ProductInfoInit } from './product-info';
import { SpecialObjects } from './special-objects';
import type { SpecialObjectsInit } from './special-objects';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `api` type of the API, on the wire `<api>` (a list: `<apis>` with one `<api>` per item); 5 attributes and 2 links.
 *
 * Create one with `new Api({ ... })`, or pass a plain {@link ApiInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api}
 */
export class Api extends Struct {
  /**
   * `SpecialObjects`. On the wire: element `<special_objects>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `special_objects` attribute)
   */
  specialObjects?: SpecialObjects;

  /**
   * `ProductInfo`. On the wire: element `<product_info>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `product_info` attribute)
   */
  productInfo?: ProductInfo;

  /**
   * `ApiSummary`. On the wire: element `<summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `summary` attribute)
   */
  summary?: ApiSummary;

  /**
   * `Date`. On the wire: element `<time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `time` attribute)
   */
  time?: Date;

  /**
   * `EngineBackupInfo`. On the wire: element `<engine_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `engine_backup` attribute)
   * @since API 4.6.1
   */
  engineBackup?: EngineBackupInfo;

  /**
   * `User`. On the wire: element `<authenticated_user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `authenticated_user` link)
   * @since API 4.2
   */
  authenticatedUser?: User;

  /**
   * `User`. On the wire: element `<effective_user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `effective_user` link)
   * @since API 4.2
   */
  effectiveUser?: User;

  /**
   * Creates a `api` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ApiInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.specialObjects = undefined;
      this.productInfo = undefined;
      this.summary = undefined;
      this.time = undefined;
      this.engineBackup = undefined;
      this.authenticatedUser = undefined;
      this.effectiveUser = undefined;
    }
  }
}

/**
 * A `api` as the SDK accepts it: a {@link Api} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api}
 */
export interface ApiInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<api>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api}
   */
  href?: string;
  /**
   * `SpecialObjectsInit` (a `SpecialObjects` or a plain object). On the wire: element `<special_objects>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `special_objects` attribute)
   */
  specialObjects?: SpecialObjectsInit;
  /**
   * `ProductInfoInit` (a `ProductInfo` or a plain object). On the wire: element `<product_info>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `product_info` attribute)
   */
  productInfo?: ProductInfoInit;
  /**
   * `ApiSummaryInit` (a `ApiSummary` or a plain object). On the wire: element `<summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `summary` attribute)
   */
  summary?: ApiSummaryInit;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `time` attribute)
   */
  time?: Date | string;
  /**
   * `EngineBackupInfoInit` (a `EngineBackupInfo` or a plain object). On the wire: element `<engine_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `engine_backup` attribute)
   * @since API 4.6.1
   */
  engineBackup?: EngineBackupInfoInit;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<authenticated_user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `authenticated_user` link)
   * @since API 4.2
   */
  authenticatedUser?: UserInit;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<effective_user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api | reference: api} (its `effective_user` link)
   * @since API 4.2
   */
  effectiveUser?: UserInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Api, () => ({
  href: VALUE,
  specialObjects: SpecialObjects,
  productInfo: ProductInfo,
  summary: ApiSummary,
  time: DATE,
  engineBackup: EngineBackupInfo,
  authenticatedUser: User,
  effectiveUser: User,
}));
