// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateNicService } from './template-nic-service';

/**
 * Options of {@link TemplateNicsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics/methods/list | reference: template_nics.list}
 */
export interface TemplateNicsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /templates/{template_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics/methods/list | reference: template_nics.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics/methods/list | reference: template_nics.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('TemplateNicsService.add', {}, ['nic', t.Nic]);
const LIST_PARAMETERS = methodParameters('TemplateNicsService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_nics` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/nics`.
 * Reached with `connection.systemService().templatesService().templateService(id).nicsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics | reference: template_nics}
 */
export class TemplateNicsService extends Service {
  /**
   * Adds a `nic`: sends `POST /templates/{template_id}/nics` with it as the `<nic>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `nic.name`
   *
   * Also accepts: `nic.interface`, `nic.linked`, `nic.mac.address`, `nic.plugged`, `nic.vnicProfile.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics/methods/add | reference: template_nics.add}
   * @param nic The `nic` to send: `NicInit` (a `Nic` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `nic` as the engine answers it.
   */
  add(nic: t.NicInit, opts: RequestOptions = {}): Promise<t.Nic> {
    const refused = checkParameters(ADD_PARAMETERS, opts, nic);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(nic, 'nic', {}, opts) as Promise<t.Nic>;
  }

  /**
   * Lists the `nic` objects: sends `GET /templates/{template_id}/nics` and reads the `<nics>` the engine answers, one item per `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics/methods/list | reference: template_nics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateNicsServiceListOptions}).
   * @returns The `nics`: a list of `Nic`.
   */
  list(opts: TemplateNicsServiceListOptions = {}): Promise<List<t.Nic>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Nic>>;
  }

  /**
   * Like {@link TemplateNicsService.list} (it sends `GET /templates/{template_id}/nics` with the same options), but yields
   * each `nic` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics/methods/list | reference: template_nics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplateNicsServiceListOptions = {}): AsyncGenerator<t.Nic, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateNicsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Nic, void, undefined>;
  }

  /**
   * Locates the `template_nic` service at `{nic_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic | reference: template_nic}
   */
  nicService(id: string | number): TemplateNicService {
    return new TemplateNicService(this.connection, `${this.path}/${idSegment(id, 'TemplateNicsService.nicService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.nicService(decodeURIComponent(head)).service(rest);
  }
}
