// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DomainService } from './domain-service';

/**
 * Options of {@link DomainsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains/methods/list | reference: domains.list}
 */
export interface DomainsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /domains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains/methods/list | reference: domains.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /domains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains/methods/list | reference: domains.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DomainsService.list', { max: 'integer', follow: 'string' });

/**
 * The `domains` service of the API.
 *
 * Path below the API root: `/domains`.
 * Reached with `connection.systemService().domainsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains | reference: domains}
 */
export class DomainsService extends Service {
  /**
   * Lists the `domain` objects: sends `GET /domains` and reads the `<domains>` the engine answers, one item per `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains/methods/list | reference: domains.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainsServiceListOptions}).
   * @returns The `domains`: a list of `Domain`.
   */
  list(opts: DomainsServiceListOptions = {}): Promise<List<t.Domain>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Domain>>;
  }

  /**
   * Like {@link DomainsService.list} (it sends `GET /domains` with the same options), but yields
   * each `domain` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains/methods/list | reference: domains.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DomainsServiceListOptions = {}): AsyncGenerator<t.Domain, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DomainsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Domain, void, undefined>;
  }

  /**
   * Locates the `domain` service at `{domain_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain | reference: domain}
   */
  domainService(id: string | number): DomainService {
    return new DomainService(this.connection, `${this.path}/${idSegment(id, 'DomainsService.domainService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.domainService(decodeURIComponent(head)).service(rest);
  }
}
