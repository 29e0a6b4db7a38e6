// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';
import { OpenstackVolumeAuthenticationKeysService } from './openstack-volume-authentication-keys-service';
import { OpenstackVolumeTypesService } from './openstack-volume-types-service';

/** Options of {@link OpenstackVolumeProviderService.importCertificates}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeProviderServiceImportCertificatesOptions extends RequestOptions {
  /** The `certificates` parameter (`<certificates>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/import_certificates/parameters/certificates} */
  certificates?: t.CertificateInit[];
}

/** Options of {@link OpenstackVolumeProviderService.testConnectivity}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeProviderServiceTestConnectivityOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/test_connectivity/parameters/async} */
  async?: boolean;
}

/** Options of {@link OpenstackVolumeProviderService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeProviderServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link OpenstackVolumeProviderService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeProviderServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link OpenstackVolumeProviderService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeProviderServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/remove/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/remove/parameters/force}
   * @since API 4.2.0
   */
  force?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('OpenstackVolumeProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('OpenstackVolumeProviderService.testConnectivity', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('OpenstackVolumeProviderService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('OpenstackVolumeProviderService.update', { async: 'boolean' }, ['openStackVolumeProvider', t.OpenStackVolumeProvider]);
const REMOVE_PARAMETERS = methodParameters('OpenstackVolumeProviderService.remove', { async: 'boolean', force: 'boolean' });

/**
 * The `openstack_volume_provider` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider}
 * @deprecated The model marks it deprecated.
 */
export class OpenstackVolumeProviderService extends Service {
  /**
   * The `import_certificates` action: `POST` of an `<action>` to `.../importcertificates`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/import_certificates}
   */
  importCertificates(opts: OpenstackVolumeProviderServiceImportCertificatesOptions = {}): Promise<void> {
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
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/test_connectivity}
   */
  testConnectivity(opts: OpenstackVolumeProviderServiceTestConnectivityOptions = {}): Promise<void> {
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
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/get}
   * @returns The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/get/parameters/provider}
   */
  get(opts: OpenstackVolumeProviderServiceGetOptions = {}): Promise<t.OpenStackVolumeProvider> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackVolumeProvider>;
  }

  /**
   * Updates the object: `PUT` of `<openstack_volume_provider>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/update}
   * @param provider The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/update/parameters/provider}
   */
  update(provider: t.OpenStackVolumeProviderInit, opts: OpenstackVolumeProviderServiceUpdateOptions = {}): Promise<t.OpenStackVolumeProvider> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(provider, 'open_stack_volume_provider', query, opts) as Promise<t.OpenStackVolumeProvider>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_provider/methods/remove}
   */
  remove(opts: OpenstackVolumeProviderServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._remove(query, opts);
  }

  /** Locates the `certificates` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider_certificates}); sends no request. */
  certificatesService(): ExternalProviderCertificatesService {
    return new ExternalProviderCertificatesService(this.connection, `${this.path}/certificates`);
  }

  /** Locates the `volume_types` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_types}); sends no request. */
  volumeTypesService(): OpenstackVolumeTypesService {
    return new OpenstackVolumeTypesService(this.connection, `${this.path}/volumetypes`);
  }

  /** Locates the `authentication_keys` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys}); sends no request. */
  authenticationKeysService(): OpenstackVolumeAuthenticationKeysService {
    return new OpenstackVolumeAuthenticationKeysService(this.connection, `${this.path}/authenticationkeys`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'certificates': return this.certificatesService().service(rest);
      case 'volumetypes': return this.volumeTypesService().service(rest);
      case 'authenticationkeys': return this.authenticationKeysService().service(rest);
    }
    return super.service(path);
  }
}
