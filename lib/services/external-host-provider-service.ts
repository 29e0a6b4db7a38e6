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

/**
 * Options of {@link ExternalHostProviderService.importCertificates}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/import_certificates | reference: external_host_provider.import_certificates}
 */
export interface ExternalHostProviderServiceImportCertificatesOptions extends RequestOptions {
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object), sent as `<certificates>` in the `<action>` body of `POST /externalhostproviders/{provider_id}/importcertificates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/import_certificates | reference: external_host_provider.import_certificates}
   */
  certificates?: t.CertificateInit[];
}

/**
 * Options of {@link ExternalHostProviderService.testConnectivity}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/test_connectivity | reference: external_host_provider.test_connectivity}
 */
export interface ExternalHostProviderServiceTestConnectivityOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /externalhostproviders/{provider_id}/testconnectivity`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/test_connectivity | reference: external_host_provider.test_connectivity}
   */
  async?: boolean;
}

/**
 * Options of {@link ExternalHostProviderService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/get | reference: external_host_provider.get}
 */
export interface ExternalHostProviderServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/get | reference: external_host_provider.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link ExternalHostProviderService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/update | reference: external_host_provider.update}
 */
export interface ExternalHostProviderServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /externalhostproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/update | reference: external_host_provider.update}
   */
  async?: boolean;
}

/**
 * Options of {@link ExternalHostProviderService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/remove | reference: external_host_provider.remove}
 */
export interface ExternalHostProviderServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /externalhostproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/remove | reference: external_host_provider.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('ExternalHostProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('ExternalHostProviderService.testConnectivity', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('ExternalHostProviderService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('ExternalHostProviderService.update', { async: 'boolean' }, ['externalHostProvider', t.ExternalHostProvider]);
const REMOVE_PARAMETERS = methodParameters('ExternalHostProviderService.remove', { async: 'boolean' });

/**
 * The `external_host_provider` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider | reference: external_host_provider}
 */
export class ExternalHostProviderService extends Service {
  /**
   * The `import_certificates` action: sends `POST /externalhostproviders/{provider_id}/importcertificates` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/import_certificates | reference: external_host_provider.import_certificates}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostProviderServiceImportCertificatesOptions}).
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
   * The `test_connectivity` action: sends `POST /externalhostproviders/{provider_id}/testconnectivity` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/test_connectivity | reference: external_host_provider.test_connectivity}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostProviderServiceTestConnectivityOptions}).
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
   * Retrieves the `external_host_provider`: sends `GET /externalhostproviders/{provider_id}` and reads the `<external_host_provider>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/get | reference: external_host_provider.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostProviderServiceGetOptions}).
   * @returns The `provider`: `ExternalHostProvider`.
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
   * Updates the `external_host_provider`: sends `PUT /externalhostproviders/{provider_id}` with the `<external_host_provider>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `provider.description`, `provider.name`, `provider.password`, `provider.requiresAuthentication`, `provider.username`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/update | reference: external_host_provider.update}
   * @param provider The `provider` to send: `ExternalHostProviderInit` (a `ExternalHostProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostProviderServiceUpdateOptions}).
   * @returns The `external_host_provider` as the engine answers it.
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
   * Removes: sends `DELETE /externalhostproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider/methods/remove | reference: external_host_provider.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostProviderServiceRemoveOptions}).
   */
  remove(opts: ExternalHostProviderServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `external_provider_certificates` service at `certificates` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates | reference: external_provider_certificates}
   */
  certificatesService(): ExternalProviderCertificatesService {
    return new ExternalProviderCertificatesService(this.connection, `${this.path}/certificates`);
  }

  /**
   * Locates the `external_compute_resources` service at `computeresources` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources | reference: external_compute_resources}
   */
  computeResourcesService(): ExternalComputeResourcesService {
    return new ExternalComputeResourcesService(this.connection, `${this.path}/computeresources`);
  }

  /**
   * Locates the `external_discovered_hosts` service at `discoveredhosts` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts | reference: external_discovered_hosts}
   */
  discoveredHostsService(): ExternalDiscoveredHostsService {
    return new ExternalDiscoveredHostsService(this.connection, `${this.path}/discoveredhosts`);
  }

  /**
   * Locates the `external_host_groups` service at `hostgroups` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups | reference: external_host_groups}
   */
  hostGroupsService(): ExternalHostGroupsService {
    return new ExternalHostGroupsService(this.connection, `${this.path}/hostgroups`);
  }

  /**
   * Locates the `external_hosts` service at `hosts` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts | reference: external_hosts}
   */
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
