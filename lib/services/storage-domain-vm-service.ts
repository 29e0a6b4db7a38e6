// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StorageDomainContentDisksService } from './storage-domain-content-disks-service';
import { StorageDomainVmDiskAttachmentsService } from './storage-domain-vm-disk-attachments-service';

/**
 * Options of {@link StorageDomainVmService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/get | reference: storage_domain_vm.get}
 */
export interface StorageDomainVmServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/get | reference: storage_domain_vm.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageDomainVmService.import}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
 */
export interface StorageDomainVmServiceImportOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<clone>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Also accepts: `opts.clone`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  clone?: boolean;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  cluster?: t.ClusterInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Also accepts: `opts.storageDomain.id` or `opts.storageDomain.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `VmInit` (a `Vm` or a plain object), sent as `<vm>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Also accepts: `opts.vm.name`, `opts.vm.diskAttachments[].disk.format`, `opts.vm.diskAttachments[].id`, `opts.vm.diskAttachments[].disk.sparse`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  vm?: t.VmInit;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Also accepts: `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  exclusive?: boolean;
  /**
   * `boolean`, sent as `<collapse_snapshots>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  collapseSnapshots?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainVmService.register}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
 */
export interface StorageDomainVmServiceRegisterOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<clone>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   */
  clone?: boolean;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   */
  cluster?: t.ClusterInit;
  /**
   * `VmInit` (a `Vm` or a plain object), sent as `<vm>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   */
  vm?: t.VmInit;
  /**
   * `boolean`, sent as `<allow_partial_import>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   * @since API 4.1
   */
  allowPartialImport?: boolean;
  /**
   * A list of `VnicProfileMappingInit` (a `VnicProfileMapping` or a plain object), sent as `<vnic_profile_mappings>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  vnicProfileMappings?: t.VnicProfileMappingInit[];
  /**
   * `boolean`, sent as `<reassign_bad_macs>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   * @since API 4.1
   */
  reassignBadMacs?: boolean;
  /**
   * `RegistrationConfigurationInit` (a `RegistrationConfiguration` or a plain object), sent as `<registration_configuration>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Also accepts: `opts.registrationConfiguration`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   * @since API 4.2
   */
  registrationConfiguration?: t.RegistrationConfigurationInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainVmService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/remove | reference: storage_domain_vm.remove}
 */
export interface StorageDomainVmServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /storagedomains/{storage_domain_id}/vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/remove | reference: storage_domain_vm.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainVmService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('StorageDomainVmService.import', { clone: 'boolean', cluster: t.Cluster, storageDomain: t.StorageDomain, vm: t.Vm, exclusive: 'boolean', collapseSnapshots: 'boolean', async: 'boolean' });
const REGISTER_PARAMETERS = methodParameters('StorageDomainVmService.register', { clone: 'boolean', cluster: t.Cluster, vm: t.Vm, allowPartialImport: 'boolean', vnicProfileMappings: [t.VnicProfileMapping], reassignBadMacs: 'boolean', registrationConfiguration: t.RegistrationConfiguration, async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainVmService.remove', { async: 'boolean' });

/**
 * The `storage_domain_vm` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/vms/{vm_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).vmsService().vmService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm | reference: storage_domain_vm}
 */
export class StorageDomainVmService extends Service {
  /**
   * Retrieves the `vm`: sends `GET /storagedomains/{storage_domain_id}/vms/{vm_id}` and reads the `<vm>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/get | reference: storage_domain_vm.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmServiceGetOptions}).
   * @returns The `vm`: `Vm`.
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
   * The `import` action: sends `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/import` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`, `opts.clone`, `opts.exclusive`, `opts.vm.name`, `opts.storageDomain.id` or `opts.storageDomain.name`, `opts.vm.diskAttachments[].disk.format`, `opts.vm.diskAttachments[].id`, `opts.vm.diskAttachments[].disk.sparse`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/import | reference: storage_domain_vm.import}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmServiceImportOptions}).
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
   * The `register` action: sends `POST /storagedomains/{storage_domain_id}/vms/{vm_id}/register` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`, `opts.registrationConfiguration`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/register | reference: storage_domain_vm.register}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmServiceRegisterOptions}).
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
   * Removes: sends `DELETE /storagedomains/{storage_domain_id}/vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm/methods/remove | reference: storage_domain_vm.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmServiceRemoveOptions}).
   */
  remove(opts: StorageDomainVmServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `storage_domain_content_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks | reference: storage_domain_content_disks}
   */
  disksService(): StorageDomainContentDisksService {
    return new StorageDomainContentDisksService(this.connection, `${this.path}/disks`);
  }

  /**
   * Locates the `storage_domain_vm_disk_attachments` service at `diskattachments` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachments | reference: storage_domain_vm_disk_attachments}
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
