// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link MoveableService.move}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/moveable/methods/move | reference: moveable.move}
 */
export interface MoveableServiceMoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/moveable/methods/move | reference: moveable.move}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const MOVE_PARAMETERS = methodParameters('MoveableService.move', { async: 'boolean' });

/**
 * The `moveable` service of the API.
 *
 * No locator of the API leads to it: it has no path below the API root.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/moveable | reference: moveable}
 */
export class MoveableService extends Service {
  /**
   * The `move` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/moveable/methods/move | reference: moveable.move}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link MoveableServiceMoveOptions}).
   */
  move(opts: MoveableServiceMoveOptions = {}): Promise<void> {
    const refused = checkParameters(MOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('move', action, undefined, opts) as Promise<void>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
