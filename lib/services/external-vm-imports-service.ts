// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ExternalVmImportsService.add', {}, ['externalVmImport', t.ExternalVmImport]);

/**
 * The `external_vm_imports` service of the API.
 *
 * Path below the API root: `/externalvmimports`.
 * Reached with `connection.systemService().externalVmImportsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_vm_imports | reference: external_vm_imports}
 * @since API 4.0.4
 */
export class ExternalVmImportsService extends Service {
  /**
   * Adds a `external_vm_import`: sends `POST /externalvmimports` with it as the `<external_vm_import>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_vm_imports/methods/add | reference: external_vm_imports.add}
   * @param externalVmImport The `import` to send: `ExternalVmImportInit` (a `ExternalVmImport` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `external_vm_import` as the engine answers it.
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
