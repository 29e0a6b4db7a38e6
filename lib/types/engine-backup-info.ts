// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `engine_backup_info` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info}
 * @since API 4.6.1
 */
export class EngineBackupInfo extends Struct {
  /**
   * The `last_engine_backup` attribute (`<last_engine_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info/attributes/last_engine_backup}
   * @since API 4.6.1
   */
  lastEngineBackup?: Date;

  /**
   * The `last_db_backup` attribute (`<last_db_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info/attributes/last_db_backup}
   * @since API 4.6.1
   */
  lastDbBackup?: Date;

  /**
   * The `last_dwh_backup` attribute (`<last_dwh_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info/attributes/last_dwh_backup}
   * @since API 4.6.1
   */
  lastDwhBackup?: Date;

  /**
   * The `last_cinder_backup` attribute (`<last_cinder_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info/attributes/last_cinder_backup}
   * @since API 4.6.1
   */
  lastCinderBackup?: Date;

  /**
   * The `last_keycloak_backup` attribute (`<last_keycloak_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info/attributes/last_keycloak_backup}
   * @since API 4.6.1
   */
  lastKeycloakBackup?: Date;

  /**
   * The `last_grafana_backup` attribute (`<last_grafana_backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/engine_backup_info/attributes/last_grafana_backup}
   * @since API 4.6.1
   */
  lastGrafanaBackup?: Date;

  /** Creates a `engine_backup_info`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: EngineBackupInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `engine_backup_info` as the SDK accepts it: a {@link EngineBackupInfo} or a plain object of the same shape, at any depth. */
export interface EngineBackupInfoInit {
  href?: string;
  lastEngineBackup?: Date | string;
  lastDbBackup?: Date | string;
  lastDwhBackup?: Date | string;
  lastCinderBackup?: Date | string;
  lastKeycloakBackup?: Date | string;
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
