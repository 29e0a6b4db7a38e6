// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';

/**
 * Options of {@link ExternalProviderService.importCertificates}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider/methods/import_certificates | reference: external_provider.import_certificates}
 */
export interface ExternalProviderServiceImportCertificatesOptions extends RequestOptions {
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object), sent as `<certificates>` in the `<action>` body of `POST` to the service.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.certificates[].content`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider/methods/import_certificates | reference: external_provider.import_certificates}
   */
  certificates?: t.CertificateInit[];
}

/**
 * Options of {@link ExternalProviderService.testConnectivity}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider/methods/test_connectivity | reference: external_provider.test_connectivity}
 */
export interface ExternalProviderServiceTestConnectivityOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider/methods/test_connectivity | reference: external_provider.test_connectivity}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('ExternalProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('ExternalProviderService.testConnectivity', { async: 'boolean' });

/**
 * The `external_provider` service of the API.
 *
 * No locator of the API leads to it: it has no path below the API root.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider | reference: external_provider}
 */
export class ExternalProviderService extends Service {
  /**
   * The `import_certificates` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.certificates[].content`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider/methods/import_certificates | reference: external_provider.import_certificates}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalProviderServiceImportCertificatesOptions}).
   */
  importCertificates(opts: ExternalProviderServiceImportCertificatesOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_CERTIFICATES_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      certificates: opts.certificates,
    };
    return this._action('importcertificates', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `test_connectivity` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider/methods/test_connectivity | reference: external_provider.test_connectivity}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalProviderServiceTestConnectivityOptions}).
   */
  testConnectivity(opts: ExternalProviderServiceTestConnectivityOptions = {}): Promise<void> {
    const refused = checkParameters(TEST_CONNECTIVITY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('testconnectivity', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `external_provider_certificates` service at `certificates` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_provider_certificates | reference: external_provider_certificates}
   */
  certificatesService(): ExternalProviderCertificatesService {
    return new ExternalProviderCertificatesService(this.connection, `${this.path}/certificates`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'certificates': return this.certificatesService().service(rest);
    }
    return super.service(path);
  }
}
