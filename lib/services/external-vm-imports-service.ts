// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ExternalVmImportsService.add', {}, ['externalVmImport', t.ExternalVmImport]);

/**
 * The `external_vm_imports` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_vm_imports}
 * @since API 4.0.4
 */
export class ExternalVmImportsService extends Service {
  /**
   * Adds an object: `POST` of `<external_vm_import>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_vm_imports/methods/add}
   * @param externalVmImport The `import` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_vm_imports/methods/add/parameters/import}
   * @since API 4.0
   */
  add(externalVmImport: t.ExternalVmImportInit, opts: RequestOptions = {}): Promise<t.ExternalVmImport> {
    const refused = checkParameters(ADD_PARAMETERS, opts, externalVmImport);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(externalVmImport, 'external_vm_import', {}, opts) as Promise<t.ExternalVmImport>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
