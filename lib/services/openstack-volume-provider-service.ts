// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';
import { OpenstackVolumeAuthenticationKeysService } from './openstack-volume-authentication-keys-service';
import { OpenstackVolumeTypesService } from './openstack-volume-types-service';

/**
 * Options of {@link OpenstackVolumeProviderService.importCertificates}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/import_certificates | reference: openstack_volume_provider.import_certificates}
 */
export interface OpenstackVolumeProviderServiceImportCertificatesOptions extends RequestOptions {
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object), sent as `<certificates>` in the `<action>` body of `POST /openstackvolumeproviders/{provider_id}/importcertificates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/import_certificates | reference: openstack_volume_provider.import_certificates}
   */
  certificates?: t.CertificateInit[];
}

/**
 * Options of {@link OpenstackVolumeProviderService.testConnectivity}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/test_connectivity | reference: openstack_volume_provider.test_connectivity}
 */
export interface OpenstackVolumeProviderServiceTestConnectivityOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /openstackvolumeproviders/{provider_id}/testconnectivity`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/test_connectivity | reference: openstack_volume_provider.test_connectivity}
   */
  async?: boolean;
}

/**
 * Options of {@link OpenstackVolumeProviderService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/get | reference: openstack_volume_provider.get}
 */
export interface OpenstackVolumeProviderServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackvolumeproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/get | reference: openstack_volume_provider.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackVolumeProviderService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/update | reference: openstack_volume_provider.update}
 */
export interface OpenstackVolumeProviderServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /openstackvolumeproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/update | reference: openstack_volume_provider.update}
   */
  async?: boolean;
}

/**
 * Options of {@link OpenstackVolumeProviderService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/remove | reference: openstack_volume_provider.remove}
 */
export interface OpenstackVolumeProviderServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /openstackvolumeproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/remove | reference: openstack_volume_provider.remove}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `DELETE /openstackvolumeproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/remove | reference: openstack_volume_provider.remove}
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
 * The `openstack_volume_provider` service of the API.
 *
 * Path below the API root: `/openstackvolumeproviders/{provider_id}`.
 * Reached with `connection.systemService().openstackVolumeProvidersService().providerService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider | reference: openstack_volume_provider}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeProviderService extends Service {
  /**
   * The `import_certificates` action: sends `POST /openstackvolumeproviders/{provider_id}/importcertificates` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/import_certificates | reference: openstack_volume_provider.import_certificates}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeProviderServiceImportCertificatesOptions}).
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
   * The `test_connectivity` action: sends `POST /openstackvolumeproviders/{provider_id}/testconnectivity` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/test_connectivity | reference: openstack_volume_provider.test_connectivity}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeProviderServiceTestConnectivityOptions}).
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
   * Retrieves the `open_stack_volume_provider`: sends `GET /openstackvolumeproviders/{provider_id}` and reads the `<openstack_volume_provider>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/get | reference: openstack_volume_provider.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeProviderServiceGetOptions}).
   * @returns The `provider`: `OpenStackVolumeProvider`.
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
   * Updates the `open_stack_volume_provider`: sends `PUT /openstackvolumeproviders/{provider_id}` with the `<openstack_volume_provider>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `provider.authenticationUrl`, `provider.description`, `provider.name`, `provider.password`, `provider.requiresAuthentication`, `provider.tenantName`, `provider.username`, `provider.dataCenter.id` or `provider.dataCenter.name`, `provider.properties[].name`, `provider.properties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/update | reference: openstack_volume_provider.update}
   * @param provider The `provider` to send: `OpenStackVolumeProviderInit` (a `OpenStackVolumeProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeProviderServiceUpdateOptions}).
   * @returns The `open_stack_volume_provider` as the engine answers it.
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
   * Removes: sends `DELETE /openstackvolumeproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider/methods/remove | reference: openstack_volume_provider.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeProviderServiceRemoveOptions}).
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

  /**
   * Locates the `external_provider_certificates` service at `certificates` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates | reference: external_provider_certificates}
   */
  certificatesService(): ExternalProviderCertificatesService {
    return new ExternalProviderCertificatesService(this.connection, `${this.path}/certificates`);
  }

  /**
   * Locates the `openstack_volume_types` service at `volumetypes` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types | reference: openstack_volume_types}
   */
  volumeTypesService(): OpenstackVolumeTypesService {
    return new OpenstackVolumeTypesService(this.connection, `${this.path}/volumetypes`);
  }

  /**
   * Locates the `openstack_volume_authentication_keys` service at `authenticationkeys` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys | reference: openstack_volume_authentication_keys}
   */
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
