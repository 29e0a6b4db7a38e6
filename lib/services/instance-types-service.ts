// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { InstanceTypeService } from './instance-type-service';

/**
 * Options of {@link InstanceTypesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
 */
export interface InstanceTypesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /instancetypes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /instancetypes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /instancetypes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /instancetypes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('InstanceTypesService.add', {}, ['instanceType', t.InstanceType]);
const LIST_PARAMETERS = methodParameters('InstanceTypesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `instance_types` service of the API.
 *
 * Path below the API root: `/instancetypes`.
 * Reached with `connection.systemService().instanceTypesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types | reference: instance_types}
 */
export class InstanceTypesService extends Service {
  /**
   * Adds a `instance_type`: sends `POST /instancetypes` with it as the `<instance_type>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `instanceType.name`
   *
   * Also accepts: `instanceType.console.enabled`, `instanceType.cpu.architecture`, `instanceType.cpu.topology.cores`, `instanceType.cpu.topology.sockets`, `instanceType.cpu.topology.threads`, `instanceType.cpuShares`, `instanceType.customCpuModel`, `instanceType.customEmulatedMachine`, `instanceType.description`, `instanceType.display.monitors`, `instanceType.display.smartcardEnabled`, `instanceType.display.type`, `instanceType.highAvailability.enabled`, `instanceType.highAvailability.priority`, `instanceType.io.threads`, `instanceType.memory`, `instanceType.memoryPolicy.ballooning`, `instanceType.memoryPolicy.guaranteed`, `instanceType.migrationDowntime`, `instanceType.origin`, `instanceType.soundcardEnabled`, `instanceType.usb.enabled`, `instanceType.usb.type`, `instanceType.virtioScsi.enabled`, `instanceType.storageErrorResumeBehaviour`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/add | reference: instance_types.add}
   * @param instanceType The `instance_type` to send: `InstanceTypeInit` (a `InstanceType` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `instance_type` as the engine answers it.
   */
  add(instanceType: t.InstanceTypeInit, opts: RequestOptions = {}): Promise<t.InstanceType> {
    const refused = checkParameters(ADD_PARAMETERS, opts, instanceType);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(instanceType, 'instance_type', {}, opts) as Promise<t.InstanceType>;
  }

  /**
   * Lists the `instance_type` objects: sends `GET /instancetypes` and reads the `<instance_types>` the engine answers, one item per `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypesServiceListOptions}).
   * @returns The `instance_type`: a list of `InstanceType`.
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
   * Like {@link InstanceTypesService.list} (it sends `GET /instancetypes` with the same options), but yields
   * each `instance_type` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types/methods/list | reference: instance_types.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `instance_type` service at `{instance_type_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type | reference: instance_type}
   */
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
