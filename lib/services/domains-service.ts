// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DomainService } from './domain-service';

/** Options of {@link DomainsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface DomainsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DomainsService.list', { max: 'integer', follow: 'string' });

/**
 * The `domains` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains}
 */
export class DomainsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains/methods/list}
   * @returns The `domains` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains/methods/list/parameters/domains}
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
   * Like {@link DomainsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains/methods/list}
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

  /** Locates the `domain` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain}); sends no request. */
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
