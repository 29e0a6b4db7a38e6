// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link MoveableService.move}: the method's parameters, plus extra `query` and `headers`. */
export interface MoveableServiceMoveOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/moveable/methods/move/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const MOVE_PARAMETERS = methodParameters('MoveableService.move', { async: 'boolean' });

/**
 * The `moveable` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/moveable}
 */
export class MoveableService extends Service {
  /**
   * The `move` action: `POST` of an `<action>` to `.../move`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/moveable/methods/move}
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
