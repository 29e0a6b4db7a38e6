// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `engine_backup_info` type of the API, on the wire `<engine_backup_info>` (a list: `<engine_backup_infos>` with one `<engine_backup_info>` per item); 6 attributes and 0 links.
 *
 * Create one with `new EngineBackupInfo({ ... })`, or pass a plain {@link EngineBackupInfoInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info}
 * @since API 4.6.1
 */
export class EngineBackupInfo extends Struct {
  /**
   * `Date`. On the wire: element `<last_engine_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_engine_backup` attribute)
   * @since API 4.6.1
   */
  lastEngineBackup?: Date;

  /**
   * `Date`. On the wire: element `<last_db_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_db_backup` attribute)
   * @since API 4.6.1
   */
  lastDbBackup?: Date;

  /**
   * `Date`. On the wire: element `<last_dwh_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_dwh_backup` attribute)
   * @since API 4.6.1
   */
  lastDwhBackup?: Date;

  /**
   * `Date`. On the wire: element `<last_cinder_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_cinder_backup` attribute)
   * @since API 4.6.1
   */
  lastCinderBackup?: Date;

  /**
   * `Date`. On the wire: element `<last_keycloak_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_keycloak_backup` attribute)
   * @since API 4.6.1
   */
  lastKeycloakBackup?: Date;

  /**
   * `Date`. On the wire: element `<last_grafana_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_grafana_backup` attribute)
   * @since API 4.6.1
   */
  lastGrafanaBackup?: Date;

  /**
   * Creates a `engine_backup_info` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: EngineBackupInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.lastEngineBackup = undefined;
      this.lastDbBackup = undefined;
      this.lastDwhBackup = undefined;
      this.lastCinderBackup = undefined;
      this.lastKeycloakBackup = undefined;
      this.lastGrafanaBackup = undefined;
    }
  }
}

/**
 * A `engine_backup_info` as the SDK accepts it: a {@link EngineBackupInfo} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info}
 */
export interface EngineBackupInfoInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<engine_backup_info>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info}
   */
  href?: string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_engine_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_engine_backup` attribute)
   * @since API 4.6.1
   */
  lastEngineBackup?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_db_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_db_backup` attribute)
   * @since API 4.6.1
   */
  lastDbBackup?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_dwh_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_dwh_backup` attribute)
   * @since API 4.6.1
   */
  lastDwhBackup?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_cinder_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_cinder_backup` attribute)
   * @since API 4.6.1
   */
  lastCinderBackup?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_keycloak_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_keycloak_backup` attribute)
   * @since API 4.6.1
   */
  lastKeycloakBackup?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_grafana_backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/engine_backup_info | reference: engine_backup_info} (its `last_grafana_backup` attribute)
   * @since API 4.6.1
   */
  lastGrafanaBackup?: Date | string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(EngineBackupInfo, () => ({
  href: VALUE,
  lastEngineBackup: DATE,
  lastDbBackup: DATE,
  lastDwhBackup: DATE,
  lastCinderBackup: DATE,
  lastKeycloakBackup: DATE,
  lastGrafanaBackup: DATE,
}));
