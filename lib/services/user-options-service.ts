// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { UserOptionService } from './user-option-service';

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('UserOptionsService.add', {}, ['userOption', t.UserOption]);
const LIST_PARAMETERS = methodParameters('UserOptionsService.list', {});

/**
 * The `user_options` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options}
 */
export class UserOptionsService extends Service {
  /**
   * Adds an object: `POST` of `<user_option>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options/methods/add}
   * @param option The `option` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options/methods/add/parameters/option}
   * @since API 4.4.5
   */
  add(option: t.UserOptionInit, opts: RequestOptions = {}): Promise<t.UserOption> {
    const refused = checkParameters(ADD_PARAMETERS, opts, option);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(option, 'user_option', {}, opts) as Promise<t.UserOption>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options/methods/list}
   * @returns The `options` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options/methods/list/parameters/options}
   * @since API 4.4.5
   */
  list(opts: RequestOptions = {}): Promise<List<t.UserOption>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._get({}, opts) as Promise<List<t.UserOption>>;
  }

  /**
   * Like {@link UserOptionsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options/methods/list}
   */
  listStream(opts: RequestOptions = {}): AsyncGenerator<t.UserOption, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'UserOptionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    return this._stream({}, opts) as AsyncGenerator<t.UserOption, void, undefined>;
  }

  /**
   * Locates the `option` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_option}); sends no request.
   * @since API 4.4.5
   */
  optionService(id: string | number): UserOptionService {
    return new UserOptionService(this.connection, `${this.path}/${idSegment(id, 'UserOptionsService.optionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.optionService(decodeURIComponent(head)).service(rest);
  }
}
