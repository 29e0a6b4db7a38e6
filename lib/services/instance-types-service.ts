// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { InstanceTypeService } from './instance-type-service';

/** Options of {@link InstanceTypesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('InstanceTypesService.add', {}, ['instanceType', t.InstanceType]);
const LIST_PARAMETERS = methodParameters('InstanceTypesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `instance_types` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types}
 */
export class InstanceTypesService extends Service {
  /**
   * Adds an object: `POST` of `<instance_type>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/add}
   * @param instanceType The `instance_type` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/add/parameters/instance_type}
   */
  add(instanceType: t.InstanceTypeInit, opts: RequestOptions = {}): Promise<t.InstanceType> {
    const refused = checkParameters(ADD_PARAMETERS, opts, instanceType);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(instanceType, 'instance_type', {}, opts) as Promise<t.InstanceType>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list}
   * @returns The `instance_type` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list/parameters/instance_type}
   */
  list(opts: InstanceTypesServiceListOptions = {}): Promise<List<t.InstanceType>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.InstanceType>>;
  }

  /**
   * Like {@link InstanceTypesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types/methods/list}
   */
  listStream(opts: InstanceTypesServiceListOptions = {}): AsyncGenerator<t.InstanceType, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'InstanceTypesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.InstanceType, void, undefined>;
  }

  /** Locates the `instance_type` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type}); sends no request. */
  instanceTypeService(id: string | number): InstanceTypeService {
    return new InstanceTypeService(this.connection, `${this.path}/${idSegment(id, 'InstanceTypesService.instanceTypeService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.instanceTypeService(decodeURIComponent(head)).service(rest);
  }
}
