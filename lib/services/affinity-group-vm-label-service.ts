// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link AffinityGroupVmLabelService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupVmLabelServiceRemoveOptions extends RequestOptions {
  /**
   * The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_label/methods/remove/parameters/async}
   * @since API 4.3.6
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const REMOVE_PARAMETERS = methodParameters('AffinityGroupVmLabelService.remove', { async: 'boolean' });

/**
 * The `affinity_group_vm_label` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_label}
 * @since API 4.3.6
 */
export class AffinityGroupVmLabelService extends Service {
  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_label/methods/remove}
   * @since API 4.3.6
   */
  remove(opts: AffinityGroupVmLabelServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
