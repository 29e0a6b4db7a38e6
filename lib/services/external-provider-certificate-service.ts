// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ExternalProviderCertificateService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificate/methods/get | reference: external_provider_certificate.get}
 */
export interface ExternalProviderCertificateServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/certificates/{certificate_id}` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificate/methods/get | reference: external_provider_certificate.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ExternalProviderCertificateService.get', { follow: 'string' });

/**
 * The `external_provider_certificate` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/certificates/{certificate_id}` (and 3 others, such as `/openstackimageproviders/{provider_id}/certificates/{certificate_id}`).
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).certificatesService().certificateService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificate | reference: external_provider_certificate}
 */
export class ExternalProviderCertificateService extends Service {
  /**
   * Retrieves the `certificate`: sends `GET /externalhostproviders/{provider_id}/certificates/{certificate_id}` (or the same below any other of the service's 4 paths) and reads the `<certificate>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificate/methods/get | reference: external_provider_certificate.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalProviderCertificateServiceGetOptions}).
   * @returns The `certificate`: `Certificate`.
   */
  get(opts: ExternalProviderCertificateServiceGetOptions = {}): Promise<t.Certificate> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Certificate>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
