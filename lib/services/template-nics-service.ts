// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateNicService } from './template-nic-service';

/** Options of {@link TemplateNicsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateNicsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('TemplateNicsService.add', {}, ['nic', t.Nic]);
const LIST_PARAMETERS = methodParameters('TemplateNicsService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_nics` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics}
 */
export class TemplateNicsService extends Service {
  /**
   * Adds an object: `POST` of `<nic>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/add}
   * @param nic The `nic` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/add/parameters/nic}
   */
  add(nic: t.NicInit, opts: RequestOptions = {}): Promise<t.Nic> {
    const refused = checkParameters(ADD_PARAMETERS, opts, nic);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(nic, 'nic', {}, opts) as Promise<t.Nic>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/list}
   * @returns The `nics` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/list/parameters/nics}
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
   * Like {@link TemplateNicsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics/methods/list}
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

  /** Locates the `nic` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nic}); sends no request. */
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
