// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, idSegment } from '../service';
import { SystemOptionService } from './system-option-service';

/**
 * The `system_options` service of the API.
 *
 * Path below the API root: `/options`.
 * Reached with `connection.systemService().optionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_options | reference: system_options}
 * @since API 4.2
 */
export class SystemOptionsService extends Service {
  /**
   * Locates the `system_option` service at `{option_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_option | reference: system_option}
   * @since API 4.2
   */
  optionService(id: string | number): SystemOptionService {
    return new SystemOptionService(this.connection, `${this.path}/${idSegment(id, 'SystemOptionsService.optionService')}`);
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
