// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link CopyableService.copy}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/copyable/methods/copy | reference: copyable.copy}
 */
export interface CopyableServiceCopyOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/copyable/methods/copy | reference: copyable.copy}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const COPY_PARAMETERS = methodParameters('CopyableService.copy', { async: 'boolean' });

/**
 * The `copyable` service of the API.
 *
 * No locator of the API leads to it: it has no path below the API root.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/copyable | reference: copyable}
 */
export class CopyableService extends Service {
  /**
   * The `copy` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/copyable/methods/copy | reference: copyable.copy}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link CopyableServiceCopyOptions}).
   */
  copy(opts: CopyableServiceCopyOptions = {}): Promise<void> {
    const refused = checkParameters(COPY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('copy', action, undefined, opts) as Promise<void>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
