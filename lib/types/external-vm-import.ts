// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { CpuProfile } from './cpu-profile';
import type { CpuProfileInit } from './cpu-profile';
import type { ExternalVmProviderType } from './external-vm-provider-type';
import { File } from './file';
import type { FileInit } from './file';
import { Host } from './host';
import type { HostInit } from './host';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `external_vm_import` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import}
 * @since API 4.0.4
 */
export class ExternalVmImport extends Struct {
  /**
   * The `provider` attribute (`<provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/attributes/provider}
   * @since API 4.0.4
   */
  provider?: ExternalVmProviderType;

  /**
   * The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/attributes/url}
   * @since API 4.0.4
   */
  url?: string;

  /**
   * The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/attributes/username}
   * @since API 4.0.4
   */
  username?: string;

  /**
   * The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/attributes/password}
   * @since API 4.0
   */
  password?: string;

  /**
   * The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/attributes/name}
   * @since API 4.0.4
   */
  name?: string;

  /**
   * The `sparse` attribute (`<sparse>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/attributes/sparse}
   * @since API 4.0.4
   */
  sparse?: boolean;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/vm}
   * @since API 4.0.4
   */
  vm?: Vm;

  /**
   * The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/cluster}
   * @since API 4.0.4
   */
  cluster?: Cluster;

  /**
   * The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/storage_domain}
   * @since API 4.0.4
   */
  storageDomain?: StorageDomain;

  /**
   * The `cpu_profile` link (`<cpu_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/cpu_profile}
   * @since API 4.0.4
   */
  cpuProfile?: CpuProfile;

  /**
   * The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/quota}
   * @since API 4.0.4
   */
  quota?: Quota;

  /**
   * The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/host}
   * @since API 4.0.4
   */
  host?: Host;

  /**
   * The `drivers_iso` link (`<drivers_iso>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_import/links/drivers_iso}
   * @since API 4.0.4
   */
  driversIso?: File;

  /** Creates a `external_vm_import`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalVmImportInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_vm_import` as the SDK accepts it: a {@link ExternalVmImport} or a plain object of the same shape, at any depth. */
export interface ExternalVmImportInit {
  href?: string;
  provider?: ExternalVmProviderType;
  url?: string;
  username?: string;
  password?: string;
  name?: string;
  sparse?: boolean;
  vm?: VmInit;
  cluster?: ClusterInit;
  storageDomain?: StorageDomainInit;
  cpuProfile?: CpuProfileInit;
  quota?: QuotaInit;
  host?: HostInit;
  driversIso?: FileInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalVmImport, () => ({
  href: VALUE,
  provider: VALUE,
  url: VALUE,
  username: VALUE,
  password: VALUE,
  name: VALUE,
  sparse: VALUE,
  vm: Vm,
  cluster: Cluster,
  storageDomain: StorageDomain,
  cpuProfile: CpuProfile,
  quota: Quota,
  host: Host,
  driversIso: File,
}));
