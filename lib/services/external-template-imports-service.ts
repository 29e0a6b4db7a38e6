// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ExternalTemplateImportsService.add', {}, ['externalTemplateImport', t.ExternalTemplateImport]);

/**
 * The `external_template_imports` service of the API.
 *
 * Path below the API root: `/externaltemplateimports`.
 * Reached with `connection.systemService().externalTemplateImportsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_template_imports | reference: external_template_imports}
 * @since API 4.4.7
 */
export class ExternalTemplateImportsService extends Service {
  /**
   * Adds a `external_template_import`: sends `POST /externaltemplateimports` with it as the `<external_template_import>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_template_imports/methods/add | reference: external_template_imports.add}
   * @param externalTemplateImport The `import` to send: `ExternalTemplateImportInit` (a `ExternalTemplateImport` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `external_template_import` as the engine answers it.
   * @since API 4.4.7
   */
  add(externalTemplateImport: t.ExternalTemplateImportInit, opts: RequestOptions = {}): Promise<t.ExternalTemplateImport> {
    const refused = checkParameters(ADD_PARAMETERS, opts, externalTemplateImport);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(externalTemplateImport, 'external_template_import', {}, opts) as Promise<t.ExternalTemplateImport>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
