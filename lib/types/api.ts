// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `api` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api}
 */
export class Api extends Struct {
  /** The `special_objects` attribute (`<special_objects>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/attributes/special_objects} */
  specialObjects?: SpecialObjects;

  /** The `product_info` attribute (`<product_info>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/attributes/product_info} */
  productInfo?: ProductInfo;

  /** The `summary` attribute (`<summary>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/attributes/summary} */
  summary?: ApiSummary;

  /** The `time` attribute (`<time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/attributes/time} */
  time?: Date;

  /**
   * The `engine_backup` attribute (`<engine_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/attributes/engine_backup}
   * @since API 4.6.1
   */
  engineBackup?: EngineBackupInfo;

  /**
   * The `authenticated_user` link (`<authenticated_user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/links/authenticated_user}
   * @since API 4.2
   */
  authenticatedUser?: User;

  /**
   * The `effective_user` link (`<effective_user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api/links/effective_user}
   * @since API 4.2
   */
  effectiveUser?: User;

  /** Creates a `api`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ApiInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `api` as the SDK accepts it: a {@link Api} or a plain object of the same shape, at any depth. */
export interface ApiInit {
  href?: string;
  specialObjects?: SpecialObjectsInit;
  productInfo?: ProductInfoInit;
  summary?: ApiSummaryInit;
  time?: Date | string;
  engineBackup?: EngineBackupInfoInit;
  authenticatedUser?: UserInit;
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
