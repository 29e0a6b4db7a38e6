// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link KatelloErratumService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_erratum/methods/get | reference: katello_erratum.get}
 */
export interface KatelloErratumServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /katelloerrata/{katello_erratum_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_erratum/methods/get | reference: katello_erratum.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('KatelloErratumService.get', { follow: 'string' });

/**
 * The `katello_erratum` service of the API.
 *
 * Path below the API root: `/katelloerrata/{katello_erratum_id}` (and 2 others, such as `/hosts/{host_id}/katelloerrata/{katello_erratum_id}`).
 * Reached with `connection.systemService().katelloErrataService().katelloErratumService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_erratum | reference: katello_erratum}
 */
export class KatelloErratumService extends Service {
  /**
   * Retrieves the `katello_erratum`: sends `GET /katelloerrata/{katello_erratum_id}` (or the same below any other of the service's 3 paths) and reads the `<katello_erratum>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_erratum/methods/get | reference: katello_erratum.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link KatelloErratumServiceGetOptions}).
   * @returns The `erratum`: `KatelloErratum`.
   */
  get(opts: KatelloErratumServiceGetOptions = {}): Promise<t.KatelloErratum> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.KatelloErratum>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
