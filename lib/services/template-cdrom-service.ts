// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TemplateCdromService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdrom/methods/get | reference: template_cdrom.get}
 */
export interface TemplateCdromServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/cdroms/{cdrom_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdrom/methods/get | reference: template_cdrom.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateCdromService.get', { follow: 'string' });

/**
 * The `template_cdrom` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/cdroms/{cdrom_id}`.
 * Reached with `connection.systemService().templatesService().templateService(id).cdromsService().cdromService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdrom | reference: template_cdrom}
 */
export class TemplateCdromService extends Service {
  /**
   * Retrieves the `cdrom`: sends `GET /templates/{template_id}/cdroms/{cdrom_id}` and reads the `<cdrom>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdrom/methods/get | reference: template_cdrom.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateCdromServiceGetOptions}).
   * @returns The `cdrom`: `Cdrom`.
   */
  get(opts: TemplateCdromServiceGetOptions = {}): Promise<t.Cdrom> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Cdrom>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
