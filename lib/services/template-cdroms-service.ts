// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateCdromService } from './template-cdrom-service';

/**
 * Options of {@link TemplateCdromsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms/methods/list | reference: template_cdroms.list}
 */
export interface TemplateCdromsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /templates/{template_id}/cdroms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms/methods/list | reference: template_cdroms.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/cdroms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms/methods/list | reference: template_cdroms.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('TemplateCdromsService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_cdroms` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/cdroms`.
 * Reached with `connection.systemService().templatesService().templateService(id).cdromsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms | reference: template_cdroms}
 */
export class TemplateCdromsService extends Service {
  /**
   * Lists the `cdrom` objects: sends `GET /templates/{template_id}/cdroms` and reads the `<cdroms>` the engine answers, one item per `<cdrom>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms/methods/list | reference: template_cdroms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateCdromsServiceListOptions}).
   * @returns The `cdroms`: a list of `Cdrom`.
   */
  list(opts: TemplateCdromsServiceListOptions = {}): Promise<List<t.Cdrom>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Cdrom>>;
  }

  /**
   * Like {@link TemplateCdromsService.list} (it sends `GET /templates/{template_id}/cdroms` with the same options), but yields
   * each `cdrom` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms/methods/list | reference: template_cdroms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplateCdromsServiceListOptions = {}): AsyncGenerator<t.Cdrom, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateCdromsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Cdrom, void, undefined>;
  }

  /**
   * Locates the `template_cdrom` service at `{cdrom_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdrom | reference: template_cdrom}
   */
  cdromService(id: string | number): TemplateCdromService {
    return new TemplateCdromService(this.connection, `${this.path}/${idSegment(id, 'TemplateCdromsService.cdromService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.cdromService(decodeURIComponent(head)).service(rest);
  }
}
