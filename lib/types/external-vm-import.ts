// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `external_vm_import` type of the API, on the wire `<external_vm_import>` (a list: `<external_vm_imports>` with one `<external_vm_import>` per item); 6 attributes and 7 links.
 *
 * Create one with `new ExternalVmImport({ ... })`, or pass a plain {@link ExternalVmImportInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import}
 * @since API 4.0.4
 */
export class ExternalVmImport extends Struct {
  /**
   * `ExternalVmProviderType` (`kvm`, `xen`, `vmware`; or another string, from a newer engine). On the wire: element `<provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `provider` attribute)
   * @since API 4.0.4
   */
  provider?: ExternalVmProviderType | (string & {});

  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `url` attribute)
   * @since API 4.0.4
   */
  url?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `username` attribute)
   * @since API 4.0.4
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `password` attribute)
   * @since API 4.0
   */
  password?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `name` attribute)
   * @since API 4.0.4
   */
  name?: string;

  /**
   * `boolean`. On the wire: element `<sparse>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `sparse` attribute)
   * @since API 4.0.4
   */
  sparse?: boolean;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `vm` link)
   * @since API 4.0.4
   */
  vm?: Vm;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `cluster` link)
   * @since API 4.0.4
   */
  cluster?: Cluster;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `storage_domain` link)
   * @since API 4.0.4
   */
  storageDomain?: StorageDomain;

  /**
   * `CpuProfile`. On the wire: element `<cpu_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `cpu_profile` link)
   * @since API 4.0.4
   */
  cpuProfile?: CpuProfile;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `quota` link)
   * @since API 4.0.4
   */
  quota?: Quota;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `host` link)
   * @since API 4.0.4
   */
  host?: Host;

  /**
   * `File`. On the wire: element `<drivers_iso>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `drivers_iso` link)
   * @since API 4.0.4
   */
  driversIso?: File;

  /**
   * Creates a `external_vm_import` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalVmImportInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.provider = undefined;
      this.url = undefined;
      this.username = undefined;
      this.password = undefined;
      this.name = undefined;
      this.sparse = undefined;
      this.vm = undefined;
      this.cluster = undefined;
      this.storageDomain = undefined;
      this.cpuProfile = undefined;
      this.quota = undefined;
      this.host = undefined;
      this.driversIso = undefined;
    }
  }
}

/**
 * A `external_vm_import` as the SDK accepts it: a {@link ExternalVmImport} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import}
 */
export interface ExternalVmImportInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_vm_import>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import}
   */
  href?: string;
  /**
   * `ExternalVmProviderType` (`kvm`, `xen`, `vmware`; another string is sent as it is). On the wire: element `<provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `provider` attribute)
   * @since API 4.0.4
   */
  provider?: ExternalVmProviderType | (string & {});
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `url` attribute)
   * @since API 4.0.4
   */
  url?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `username` attribute)
   * @since API 4.0.4
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `password` attribute)
   * @since API 4.0
   */
  password?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `name` attribute)
   * @since API 4.0.4
   */
  name?: string;
  /**
   * `boolean`. On the wire: element `<sparse>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `sparse` attribute)
   * @since API 4.0.4
   */
  sparse?: boolean;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `vm` link)
   * @since API 4.0.4
   */
  vm?: VmInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `cluster` link)
   * @since API 4.0.4
   */
  cluster?: ClusterInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `storage_domain` link)
   * @since API 4.0.4
   */
  storageDomain?: StorageDomainInit;
  /**
   * `CpuProfileInit` (a `CpuProfile` or a plain object). On the wire: element `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `cpu_profile` link)
   * @since API 4.0.4
   */
  cpuProfile?: CpuProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `quota` link)
   * @since API 4.0.4
   */
  quota?: QuotaInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `host` link)
   * @since API 4.0.4
   */
  host?: HostInit;
  /**
   * `FileInit` (a `File` or a plain object). On the wire: element `<drivers_iso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_import | reference: external_vm_import} (its `drivers_iso` link)
   * @since API 4.0.4
   */
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
