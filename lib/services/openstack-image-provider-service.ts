// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';
import { OpenstackImagesService } from './openstack-images-service';

/**
 * Options of {@link OpenstackImageProviderService.importCertificates}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/import_certificates | reference: openstack_image_provider.import_certificates}
 */
export interface OpenstackImageProviderServiceImportCertificatesOptions extends RequestOptions {
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object), sent as `<certificates>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/importcertificates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/import_certificates | reference: openstack_image_provider.import_certificates}
   */
  certificates?: t.CertificateInit[];
}

/**
 * Options of {@link OpenstackImageProviderService.testConnectivity}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/test_connectivity | reference: openstack_image_provider.test_connectivity}
 */
export interface OpenstackImageProviderServiceTestConnectivityOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/testconnectivity`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/test_connectivity | reference: openstack_image_provider.test_connectivity}
   */
  async?: boolean;
}

/**
 * Options of {@link OpenstackImageProviderService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/get | reference: openstack_image_provider.get}
 */
export interface OpenstackImageProviderServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackimageproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/get | reference: openstack_image_provider.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackImageProviderService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/update | reference: openstack_image_provider.update}
 */
export interface OpenstackImageProviderServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /openstackimageproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/update | reference: openstack_image_provider.update}
   */
  async?: boolean;
}

/**
 * Options of {@link OpenstackImageProviderService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/remove | reference: openstack_image_provider.remove}
 */
export interface OpenstackImageProviderServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /openstackimageproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/remove | reference: openstack_image_provider.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('OpenstackImageProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('OpenstackImageProviderService.testConnectivity', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('OpenstackImageProviderService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('OpenstackImageProviderService.update', { async: 'boolean' }, ['openStackImageProvider', t.OpenStackImageProvider]);
const REMOVE_PARAMETERS = methodParameters('OpenstackImageProviderService.remove', { async: 'boolean' });

/**
 * The `openstack_image_provider` service of the API.
 *
 * Path below the API root: `/openstackimageproviders/{provider_id}`.
 * Reached with `connection.systemService().openstackImageProvidersService().providerService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider | reference: openstack_image_provider}
 */
export class OpenstackImageProviderService extends Service {
  /**
   * The `import_certificates` action: sends `POST /openstackimageproviders/{provider_id}/importcertificates` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/import_certificates | reference: openstack_image_provider.import_certificates}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageProviderServiceImportCertificatesOptions}).
   */
  importCertificates(opts: OpenstackImageProviderServiceImportCertificatesOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_CERTIFICATES_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      certificates: opts.certificates,
    };
    return this._action('importcertificates', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `test_connectivity` action: sends `POST /openstackimageproviders/{provider_id}/testconnectivity` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/test_connectivity | reference: openstack_image_provider.test_connectivity}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageProviderServiceTestConnectivityOptions}).
   */
  testConnectivity(opts: OpenstackImageProviderServiceTestConnectivityOptions = {}): Promise<void> {
    const refused = checkParameters(TEST_CONNECTIVITY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('testconnectivity', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `open_stack_image_provider`: sends `GET /openstackimageproviders/{provider_id}` and reads the `<openstack_image_provider>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/get | reference: openstack_image_provider.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageProviderServiceGetOptions}).
   * @returns The `provider`: `OpenStackImageProvider`.
   */
  get(opts: OpenstackImageProviderServiceGetOptions = {}): Promise<t.OpenStackImageProvider> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackImageProvider>;
  }

  /**
   * Updates the `open_stack_image_provider`: sends `PUT /openstackimageproviders/{provider_id}` with the `<openstack_image_provider>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `provider.authenticationUrl`, `provider.description`, `provider.name`, `provider.password`, `provider.requiresAuthentication`, `provider.tenantName`, `provider.username`, `provider.properties[].name`, `provider.properties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/update | reference: openstack_image_provider.update}
   * @param provider The `provider` to send: `OpenStackImageProviderInit` (a `OpenStackImageProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageProviderServiceUpdateOptions}).
   * @returns The `open_stack_image_provider` as the engine answers it.
   */
  update(provider: t.OpenStackImageProviderInit, opts: OpenstackImageProviderServiceUpdateOptions = {}): Promise<t.OpenStackImageProvider> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(provider, 'open_stack_image_provider', query, opts) as Promise<t.OpenStackImageProvider>;
  }

  /**
   * Removes: sends `DELETE /openstackimageproviders/{provider_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider/methods/remove | reference: openstack_image_provider.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageProviderServiceRemoveOptions}).
   */
  remove(opts: OpenstackImageProviderServiceRemoveOptions = {}): Promise<void> {
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
   * Locates the `openstack_images` service at `images` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images | reference: openstack_images}
   */
  imagesService(): OpenstackImagesService {
    return new OpenstackImagesService(this.connection, `${this.path}/images`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'certificates': return this.certificatesService().service(rest);
      case 'images': return this.imagesService().service(rest);
    }
    return super.service(path);
  }
}
