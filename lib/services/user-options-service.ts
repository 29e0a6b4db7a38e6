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
 * The `user_options` service of the API.
 *
 * Path below the API root: `/users/{user_id}/options`.
 * Reached with `connection.systemService().usersService().userService(id).optionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_options | reference: user_options}
 */
export class UserOptionsService extends Service {
  /**
   * Adds a `user_option`: sends `POST /users/{user_id}/options` with it as the `<user_option>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `option.content`
   * - `option.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_options/methods/add | reference: user_options.add}
   * @param option The `option` to send: `UserOptionInit` (a `UserOption` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `user_option` as the engine answers it.
   * @since API 4.4.5
   */
  add(option: t.UserOptionInit, opts: RequestOptions = {}): Promise<t.UserOption> {
    const refused = checkParameters(ADD_PARAMETERS, opts, option);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(option, 'user_option', {}, opts) as Promise<t.UserOption>;
  }

  /**
   * Lists the `user_option` objects: sends `GET /users/{user_id}/options` and reads the `<user_options>` the engine answers, one item per `<user_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_options/methods/list | reference: user_options.list}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `options`: a list of `UserOption`.
   * @since API 4.4.5
   */
  list(opts: RequestOptions = {}): Promise<List<t.UserOption>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._get({}, opts) as Promise<List<t.UserOption>>;
  }

  /**
   * Like {@link UserOptionsService.list} (it sends `GET /users/{user_id}/options` with the same options), but yields
   * each `user_option` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_options/methods/list | reference: user_options.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.4.5
   */
  listStream(opts: RequestOptions = {}): AsyncGenerator<t.UserOption, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'UserOptionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    return this._stream({}, opts) as AsyncGenerator<t.UserOption, void, undefined>;
  }

  /**
   * Locates the `user_option` service at `{option_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_option | reference: user_option}
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
