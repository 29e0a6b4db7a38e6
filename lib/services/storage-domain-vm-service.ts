// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StorageDomainContentDisksService } from './storage-domain-content-disks-service';
import { StorageDomainVmDiskAttachmentsService } from './storage-domain-vm-disk-attachments-service';

/** Options of {@link StorageDomainVmService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainVmServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link StorageDomainVmService.import}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainVmServiceImportOptions extends RequestOptions {
  /** The `clone` parameter (`<clone>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/clone} */
  clone?: boolean;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `vm` parameter (`<vm>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/vm} */
  vm?: t.VmInit;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/exclusive} */
  exclusive?: boolean;
  /** The `collapse_snapshots` parameter (`<collapse_snapshots>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/collapse_snapshots} */
  collapseSnapshots?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainVmService.register}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainVmServiceRegisterOptions extends RequestOptions {
  /** The `clone` parameter (`<clone>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/clone} */
  clone?: boolean;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `vm` parameter (`<vm>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/vm} */
  vm?: t.VmInit;
  /**
   * The `allow_partial_import` parameter (`<allow_partial_import>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/allow_partial_import}
   * @since API 4.1
   */
  allowPartialImport?: boolean;
  /**
   * The `vnic_profile_mappings` parameter (`<vnic_profile_mappings>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/vnic_profile_mappings}
   * @since API 4.1
   * @deprecated The model marks it deprecated.
   */
  vnicProfileMappings?: t.VnicProfileMappingInit[];
  /**
   * The `reassign_bad_macs` parameter (`<reassign_bad_macs>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/reassign_bad_macs}
   * @since API 4.1
   */
  reassignBadMacs?: boolean;
  /**
   * The `registration_configuration` parameter (`<registration_configuration>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/registration_configuration}
   * @since API 4.2
   */
  registrationConfiguration?: t.RegistrationConfigurationInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainVmService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainVmServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainVmService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('StorageDomainVmService.import', { clone: 'boolean', cluster: t.Cluster, storageDomain: t.StorageDomain, vm: t.Vm, exclusive: 'boolean', collapseSnapshots: 'boolean', async: 'boolean' });
const REGISTER_PARAMETERS = methodParameters('StorageDomainVmService.register', { clone: 'boolean', cluster: t.Cluster, vm: t.Vm, allowPartialImport: 'boolean', vnicProfileMappings: [t.VnicProfileMapping], reassignBadMacs: 'boolean', registrationConfiguration: t.RegistrationConfiguration, async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainVmService.remove', { async: 'boolean' });

/**
 * The `storage_domain_vm` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm}
 */
export class StorageDomainVmService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/get}
   * @returns The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/get/parameters/vm}
   */
  get(opts: StorageDomainVmServiceGetOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Vm>;
  }

  /**
   * The `import` action: `POST` of an `<action>` to `.../import`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/import}
   */
  import(opts: StorageDomainVmServiceImportOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      clone: opts.clone,
      cluster: opts.cluster,
      storageDomain: opts.storageDomain,
      vm: opts.vm,
      exclusive: opts.exclusive,
      collapseSnapshots: opts.collapseSnapshots,
      async: opts.async,
    };
    return this._action('import', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `register` action: `POST` of an `<action>` to `.../register`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/register}
   */
  register(opts: StorageDomainVmServiceRegisterOptions = {}): Promise<void> {
    const refused = checkParameters(REGISTER_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      clone: opts.clone,
      cluster: opts.cluster,
      vm: opts.vm,
      allowPartialImport: opts.allowPartialImport,
      vnicProfileMappings: opts.vnicProfileMappings,
      reassignBadMacs: opts.reassignBadMacs,
      registrationConfiguration: opts.registrationConfiguration,
      async: opts.async,
    };
    return this._action('register', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm/methods/remove}
   */
  remove(opts: StorageDomainVmServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_content_disks}); sends no request. */
  disksService(): StorageDomainContentDisksService {
    return new StorageDomainContentDisksService(this.connection, `${this.path}/disks`);
  }

  /**
   * Locates the `disk_attachments` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachments}); sends no request.
   * @since API 4.0.4
   */
  diskAttachmentsService(): StorageDomainVmDiskAttachmentsService {
    return new StorageDomainVmDiskAttachmentsService(this.connection, `${this.path}/diskattachments`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'disks': return this.disksService().service(rest);
      case 'diskattachments': return this.diskAttachmentsService().service(rest);
    }
    return super.service(path);
  }
}
