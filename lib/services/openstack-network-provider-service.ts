// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';
import { OpenstackNetworksService } from './openstack-networks-service';

/**
 * Options of {@link OpenstackNetworkProviderService.importCertificates}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/import_certificates | reference: openstack_network_provider.import_certificates}
 */
export interface OpenstackNetworkProviderServiceImportCertificatesOptions extends RequestOptions {
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object), sent as `<certificates>` in the `<action>` body of `POST /openstacknetworkproviders/{provider_id}/importcertificates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/import_certificates | reference: openstack_network_provider.import_certificates}
   */
  certificates?: t.CertificateInit[];
}

/**
 * Options of {@link OpenstackNetworkProviderService.testConnectivity}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/test_connectivity | reference: openstack_network_provider.test_connectivity}
 */
export interface OpenstackNetworkProviderServiceTestConnectivityOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /openstacknetworkproviders/{provider_id}/testconnectivity`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/test_connectivity | reference: openstack_network_provider.test_connectivity}
   */
  async?: boolean;
}

/**
 * Options of {@link OpenstackNetworkProviderService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/get | reference: openstack_network_provider.get}
 */
export interface OpenstackNetworkProviderServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstacknetworkproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/get | reference: openstack_network_provider.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackNetworkProviderService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/update | reference: openstack_network_provider.update}
 */
export interface OpenstackNetworkProviderServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /openstacknetworkproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/update | reference: openstack_network_provider.update}
   */
  async?: boolean;
}

/**
 * Options of {@link OpenstackNetworkProviderService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/remove | reference: openstack_network_provider.remove}
 */
export interface OpenstackNetworkProviderServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /openstacknetworkproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/remove | reference: openstack_network_provider.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('OpenstackNetworkProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('OpenstackNetworkProviderService.testConnectivity', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('OpenstackNetworkProviderService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('OpenstackNetworkProviderService.update', { async: 'boolean' }, ['openStackNetworkProvider', t.OpenStackNetworkProvider]);
const REMOVE_PARAMETERS = methodParameters('OpenstackNetworkProviderService.remove', { async: 'boolean' });

/**
 * The `openstack_network_provider` service of the API.
 *
 * Path below the API root: `/openstacknetworkproviders/{provider_id}`.
 * Reached with `connection.systemService().openstackNetworkProvidersService().providerService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider | reference: openstack_network_provider}
 */
export class OpenstackNetworkProviderService extends Service {
  /**
   * The `import_certificates` action: sends `POST /openstacknetworkproviders/{provider_id}/importcertificates` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/import_certificates | reference: openstack_network_provider.import_certificates}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkProviderServiceImportCertificatesOptions}).
   */
  importCertificates(opts: OpenstackNetworkProviderServiceImportCertificatesOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_CERTIFICATES_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      certificates: opts.certificates,
    };
    return this._action('importcertificates', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `test_connectivity` action: sends `POST /openstacknetworkproviders/{provider_id}/testconnectivity` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/test_connectivity | reference: openstack_network_provider.test_connectivity}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkProviderServiceTestConnectivityOptions}).
   */
  testConnectivity(opts: OpenstackNetworkProviderServiceTestConnectivityOptions = {}): Promise<void> {
    const refused = checkParameters(TEST_CONNECTIVITY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('testconnectivity', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `open_stack_network_provider`: sends `GET /openstacknetworkproviders/{provider_id}` and reads the `<openstack_network_provider>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/get | reference: openstack_network_provider.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkProviderServiceGetOptions}).
   * @returns The `provider`: `OpenStackNetworkProvider`.
   */
  get(opts: OpenstackNetworkProviderServiceGetOptions = {}): Promise<t.OpenStackNetworkProvider> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackNetworkProvider>;
  }

  /**
   * Updates the `open_stack_network_provider`: sends `PUT /openstacknetworkproviders/{provider_id}` with the `<openstack_network_provider>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `provider.authenticationUrl`, `provider.description`, `provider.name`, `provider.password`, `provider.requiresAuthentication`, `provider.tenantName`, `provider.userDomainName`, `provider.projectName`, `provider.projectDomainName`, `provider.username`, `provider.properties[].name`, `provider.properties[].value`, `provider.autoSync`, `provider.unmanaged`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/update | reference: openstack_network_provider.update}
   * @param provider The `provider` to send: `OpenStackNetworkProviderInit` (a `OpenStackNetworkProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkProviderServiceUpdateOptions}).
   * @returns The `open_stack_network_provider` as the engine answers it.
   */
  update(provider: t.OpenStackNetworkProviderInit, opts: OpenstackNetworkProviderServiceUpdateOptions = {}): Promise<t.OpenStackNetworkProvider> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(provider, 'open_stack_network_provider', query, opts) as Promise<t.OpenStackNetworkProvider>;
  }

  /**
   * Removes: sends `DELETE /openstacknetworkproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider/methods/remove | reference: openstack_network_provider.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkProviderServiceRemoveOptions}).
   */
  remove(opts: OpenstackNetworkProviderServiceRemoveOptions = {}): Promise<void> {
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
   * Locates the `openstack_networks` service at `networks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks | reference: openstack_networks}
   */
  networksService(): OpenstackNetworksService {
    return new OpenstackNetworksService(this.connection, `${this.path}/networks`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'certificates': return this.certificatesService().service(rest);
      case 'networks': return this.networksService().service(rest);
    }
    return super.service(path);
  }
}
