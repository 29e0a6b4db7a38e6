// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalComputeResourcesService } from './external-compute-resources-service';
import { ExternalDiscoveredHostsService } from './external-discovered-hosts-service';
import { ExternalHostGroupsService } from './external-host-groups-service';
import { ExternalHostsService } from './external-hosts-service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';

/** Options of {@link ExternalHostProviderService.importCertificates}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalHostProviderServiceImportCertificatesOptions extends RequestOptions {
  /** The `certificates` parameter (`<certificates>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/import_certificates/parameters/certificates} */
  certificates?: t.CertificateInit[];
}

/** Options of {@link ExternalHostProviderService.testConnectivity}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalHostProviderServiceTestConnectivityOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/test_connectivity/parameters/async} */
  async?: boolean;
}

/** Options of {@link ExternalHostProviderService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalHostProviderServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link ExternalHostProviderService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalHostProviderServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link ExternalHostProviderService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalHostProviderServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('ExternalHostProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('ExternalHostProviderService.testConnectivity', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('ExternalHostProviderService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('ExternalHostProviderService.update', { async: 'boolean' }, ['externalHostProvider', t.ExternalHostProvider]);
const REMOVE_PARAMETERS = methodParameters('ExternalHostProviderService.remove', { async: 'boolean' });

/**
 * The `external_host_provider` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider}
 */
export class ExternalHostProviderService extends Service {
  /**
   * The `import_certificates` action: `POST` of an `<action>` to `.../importcertificates`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/import_certificates}
   */
  importCertificates(opts: ExternalHostProviderServiceImportCertificatesOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_CERTIFICATES_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      certificates: opts.certificates,
    };
    return this._action('importcertificates', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `test_connectivity` action: `POST` of an `<action>` to `.../testconnectivity`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/test_connectivity}
   */
  testConnectivity(opts: ExternalHostProviderServiceTestConnectivityOptions = {}): Promise<void> {
    const refused = checkParameters(TEST_CONNECTIVITY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('testconnectivity', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/get}
   * @returns The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/get/parameters/provider}
   */
  get(opts: ExternalHostProviderServiceGetOptions = {}): Promise<t.ExternalHostProvider> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ExternalHostProvider>;
  }

  /**
   * Updates the object: `PUT` of `<external_host_provider>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/update}
   * @param provider The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/update/parameters/provider}
   */
  update(provider: t.ExternalHostProviderInit, opts: ExternalHostProviderServiceUpdateOptions = {}): Promise<t.ExternalHostProvider> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(provider, 'external_host_provider', query, opts) as Promise<t.ExternalHostProvider>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_provider/methods/remove}
   */
  remove(opts: ExternalHostProviderServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `certificates` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider_certificates}); sends no request. */
  certificatesService(): ExternalProviderCertificatesService {
    return new ExternalProviderCertificatesService(this.connection, `${this.path}/certificates`);
  }

  /** Locates the `compute_resources` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_compute_resources}); sends no request. */
  computeResourcesService(): ExternalComputeResourcesService {
    return new ExternalComputeResourcesService(this.connection, `${this.path}/computeresources`);
  }

  /** Locates the `discovered_hosts` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_discovered_hosts}); sends no request. */
  discoveredHostsService(): ExternalDiscoveredHostsService {
    return new ExternalDiscoveredHostsService(this.connection, `${this.path}/discoveredhosts`);
  }

  /** Locates the `host_groups` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups}); sends no request. */
  hostGroupsService(): ExternalHostGroupsService {
    return new ExternalHostGroupsService(this.connection, `${this.path}/hostgroups`);
  }

  /** Locates the `hosts` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_hosts}); sends no request. */
  hostsService(): ExternalHostsService {
    return new ExternalHostsService(this.connection, `${this.path}/hosts`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'certificates': return this.certificatesService().service(rest);
      case 'computeresources': return this.computeResourcesService().service(rest);
      case 'discoveredhosts': return this.discoveredHostsService().service(rest);
      case 'hostgroups': return this.hostGroupsService().service(rest);
      case 'hosts': return this.hostsService().service(rest);
    }
    return super.service(path);
  }
}
