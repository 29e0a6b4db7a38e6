// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ExternalProviderCertificatesService } from './external-provider-certificates-service';

/** Options of {@link ExternalProviderService.importCertificates}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalProviderServiceImportCertificatesOptions extends RequestOptions {
  /** The `certificates` parameter (`<certificates>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider/methods/import_certificates/parameters/certificates} */
  certificates?: t.CertificateInit[];
}

/** Options of {@link ExternalProviderService.testConnectivity}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalProviderServiceTestConnectivityOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider/methods/test_connectivity/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const IMPORT_CERTIFICATES_PARAMETERS = methodParameters('ExternalProviderService.importCertificates', { certificates: [t.Certificate] });
const TEST_CONNECTIVITY_PARAMETERS = methodParameters('ExternalProviderService.testConnectivity', { async: 'boolean' });

/**
 * The `external_provider` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider}
 */
export class ExternalProviderService extends Service {
  /**
   * The `import_certificates` action: `POST` of an `<action>` to `.../importcertificates`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider/methods/import_certificates}
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
   * The `test_connectivity` action: `POST` of an `<action>` to `.../testconnectivity`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider/methods/test_connectivity}
   */
  testConnectivity(opts: ExternalProviderServiceTestConnectivityOptions = {}): Promise<void> {
    const refused = checkParameters(TEST_CONNECTIVITY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('testconnectivity', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `certificates` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_provider_certificates}); sends no request. */
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
