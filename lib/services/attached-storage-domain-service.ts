// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AttachedStorageDomainDisksService } from './attached-storage-domain-disks-service';

/**
 * Options of {@link AttachedStorageDomainService.activate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/activate | reference: attached_storage_domain.activate}
 */
export interface AttachedStorageDomainServiceActivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/activate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/activate | reference: attached_storage_domain.activate}
   */
  async?: boolean;
}

/**
 * Options of {@link AttachedStorageDomainService.deactivate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/deactivate | reference: attached_storage_domain.deactivate}
 */
export interface AttachedStorageDomainServiceDeactivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/deactivate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/deactivate | reference: attached_storage_domain.deactivate}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/deactivate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/deactivate | reference: attached_storage_domain.deactivate}
   * @since API 4.2
   */
  force?: boolean;
}

/**
 * Options of {@link AttachedStorageDomainService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/get | reference: attached_storage_domain.get}
 */
export interface AttachedStorageDomainServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/get | reference: attached_storage_domain.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link AttachedStorageDomainService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/remove | reference: attached_storage_domain.remove}
 */
export interface AttachedStorageDomainServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /datacenters/{data_center_id}/storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/remove | reference: attached_storage_domain.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('AttachedStorageDomainService.activate', { async: 'boolean' });
const DEACTIVATE_PARAMETERS = methodParameters('AttachedStorageDomainService.deactivate', { async: 'boolean', force: 'boolean' });
const GET_PARAMETERS = methodParameters('AttachedStorageDomainService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AttachedStorageDomainService.remove', { async: 'boolean' });

/**
 * The `attached_storage_domain` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/storagedomains/{storage_domain_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).storageDomainsService().storageDomainService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain | reference: attached_storage_domain}
 */
export class AttachedStorageDomainService extends Service {
  /**
   * The `activate` action: sends `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/activate` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/activate | reference: attached_storage_domain.activate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainServiceActivateOptions}).
   */
  activate(opts: AttachedStorageDomainServiceActivateOptions = {}): Promise<void> {
    const refused = checkParameters(ACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('activate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `deactivate` action: sends `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/deactivate` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/deactivate | reference: attached_storage_domain.deactivate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainServiceDeactivateOptions}).
   */
  deactivate(opts: AttachedStorageDomainServiceDeactivateOptions = {}): Promise<void> {
    const refused = checkParameters(DEACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
      force: opts.force,
    };
    return this._action('deactivate', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `storage_domain`: sends `GET /datacenters/{data_center_id}/storagedomains/{storage_domain_id}` and reads the `<storage_domain>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/get | reference: attached_storage_domain.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainServiceGetOptions}).
   * @returns The `storage_domain`: `StorageDomain`.
   */
  get(opts: AttachedStorageDomainServiceGetOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Removes: sends `DELETE /datacenters/{data_center_id}/storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain/methods/remove | reference: attached_storage_domain.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainServiceRemoveOptions}).
   */
  remove(opts: AttachedStorageDomainServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `attached_storage_domain_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks | reference: attached_storage_domain_disks}
   */
  disksService(): AttachedStorageDomainDisksService {
    return new AttachedStorageDomainDisksService(this.connection, `${this.path}/disks`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'disks': return this.disksService().service(rest);
    }
    return super.service(path);
  }
}
