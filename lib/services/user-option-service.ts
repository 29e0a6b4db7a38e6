// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('UserOptionService.get', {});
const REMOVE_PARAMETERS = methodParameters('UserOptionService.remove', {});

/**
 * The `user_option` service of the API.
 *
 * Path below the API root: `/users/{user_id}/options/{option_id}`.
 * Reached with `connection.systemService().usersService().userService(id).optionsService().optionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_option | reference: user_option}
 */
export class UserOptionService extends Service {
  /**
   * Retrieves the `user_option`: sends `GET /users/{user_id}/options/{option_id}` and reads the `<user_option>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_option/methods/get | reference: user_option.get}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `option`: `UserOption`.
   * @since API 4.4.5
   */
  get(opts: RequestOptions = {}): Promise<t.UserOption> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._get({}, opts) as Promise<t.UserOption>;
  }

  /**
   * Removes: sends `DELETE /users/{user_id}/options/{option_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_option/methods/remove | reference: user_option.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.4.5
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
