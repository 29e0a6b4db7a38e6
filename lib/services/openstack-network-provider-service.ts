// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';
import { OpenstackNetworksService } from './openstack-networks-service';

/** Options of {@link OpenstackNetworkProviderService.importCertificates}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkProviderServiceImportCertificatesOptions extends RequestOptions {
  /** The `certificates` parameter (`<certificates>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/import_certificates/parameters/certificates} */
  certificates?: t.CertificateInit[];
}

/** Options of {@link OpenstackNetworkProviderService.testConnectivity}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkProviderServiceTestConnectivityOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/test_connectivity/parameters/async} */
  async?: boolean;
}

/** Options of {@link OpenstackNetworkProviderService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkProviderServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link OpenstackNetworkProviderService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkProviderServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link OpenstackNetworkProviderService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkProviderServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('OpenstackNetworkProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('OpenstackNetworkProviderService.testConnectivity', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('OpenstackNetworkProviderService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('OpenstackNetworkProviderService.update', { async: 'boolean' }, ['openStackNetworkProvider', t.OpenStackNetworkProvider]);
const REMOVE_PARAMETERS = methodParameters('OpenstackNetworkProviderService.remove', { async: 'boolean' });

/**
 * The `openstack_network_provider` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider}
 */
export class OpenstackNetworkProviderService extends Service {
  /**
   * The `import_certificates` action: `POST` of an `<action>` to `.../importcertificates`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/import_certificates}
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
   * The `test_connectivity` action: `POST` of an `<action>` to `.../testconnectivity`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/test_connectivity}
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
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/get}
   * @returns The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/get/parameters/provider}
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
   * Updates the object: `PUT` of `<openstack_network_provider>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/update}
   * @param provider The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/update/parameters/provider}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_provider/methods/remove}
   */
  remove(opts: OpenstackNetworkProviderServiceRemoveOptions = {}): Promise<void> {
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

  /** Locates the `networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks}); sends no request. */
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
