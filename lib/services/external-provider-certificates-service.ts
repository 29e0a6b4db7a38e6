// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalProviderCertificateService } from './external-provider-certificate-service';

/**
 * Options of {@link ExternalProviderCertificatesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates/methods/list | reference: external_provider_certificates.list}
 */
export interface ExternalProviderCertificatesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /externalhostproviders/{provider_id}/certificates` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates/methods/list | reference: external_provider_certificates.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/certificates` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates/methods/list | reference: external_provider_certificates.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalProviderCertificatesService.list', { max: 'integer', follow: 'string' });

/**
 * The `external_provider_certificates` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/certificates` (and 3 others, such as `/openstackimageproviders/{provider_id}/certificates`).
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).certificatesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates | reference: external_provider_certificates}
 */
export class ExternalProviderCertificatesService extends Service {
  /**
   * Lists the `certificate` objects: sends `GET /externalhostproviders/{provider_id}/certificates` (or the same below any other of the service's 4 paths) and reads the `<certificates>` the engine answers, one item per `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates/methods/list | reference: external_provider_certificates.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalProviderCertificatesServiceListOptions}).
   * @returns The `certificates`: a list of `Certificate`.
   */
  list(opts: ExternalProviderCertificatesServiceListOptions = {}): Promise<List<t.Certificate>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Certificate>>;
  }

  /**
   * Like {@link ExternalProviderCertificatesService.list} (it sends `GET /externalhostproviders/{provider_id}/certificates` (or the same below any other of the service's 4 paths) with the same options), but yields
   * each `certificate` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates/methods/list | reference: external_provider_certificates.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ExternalProviderCertificatesServiceListOptions = {}): AsyncGenerator<t.Certificate, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalProviderCertificatesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Certificate, void, undefined>;
  }

  /**
   * Locates the `external_provider_certificate` service at `{certificate_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificate | reference: external_provider_certificate}
   */
  certificateService(id: string | number): ExternalProviderCertificateService {
    return new ExternalProviderCertificateService(this.connection, `${this.path}/${idSegment(id, 'ExternalProviderCertificatesService.certificateService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.certificateService(decodeURIComponent(head)).service(rest);
  }
}
