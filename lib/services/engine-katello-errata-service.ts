// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { KatelloErratumService } from './katello-erratum-service';

/**
 * Options of {@link EngineKatelloErrataService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata/methods/list | reference: engine_katello_errata.list}
 */
export interface EngineKatelloErrataServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /katelloerrata`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata/methods/list | reference: engine_katello_errata.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /katelloerrata`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata/methods/list | reference: engine_katello_errata.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('EngineKatelloErrataService.list', { max: 'integer', follow: 'string' });

/**
 * The `engine_katello_errata` service of the API.
 *
 * Path below the API root: `/katelloerrata`.
 * Reached with `connection.systemService().katelloErrataService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata | reference: engine_katello_errata}
 */
export class EngineKatelloErrataService extends Service {
  /**
   * Lists the `katello_erratum` objects: sends `GET /katelloerrata` and reads the `<katello_errata>` the engine answers, one item per `<katello_erratum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata/methods/list | reference: engine_katello_errata.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EngineKatelloErrataServiceListOptions}).
   * @returns The `errata`: a list of `KatelloErratum`.
   */
  list(opts: EngineKatelloErrataServiceListOptions = {}): Promise<List<t.KatelloErratum>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.KatelloErratum>>;
  }

  /**
   * Like {@link EngineKatelloErrataService.list} (it sends `GET /katelloerrata` with the same options), but yields
   * each `katello_erratum` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata/methods/list | reference: engine_katello_errata.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: EngineKatelloErrataServiceListOptions = {}): AsyncGenerator<t.KatelloErratum, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'EngineKatelloErrataService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.KatelloErratum, void, undefined>;
  }

  /**
   * Locates the `katello_erratum` service at `{katello_erratum_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_erratum | reference: katello_erratum}
   */
  katelloErratumService(id: string | number): KatelloErratumService {
    return new KatelloErratumService(this.connection, `${this.path}/${idSegment(id, 'EngineKatelloErrataService.katelloErratumService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.katelloErratumService(decodeURIComponent(head)).service(rest);
  }
}
