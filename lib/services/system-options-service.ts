// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, idSegment } from '../service';
import type { RequestOptions } from '../service';
import { SystemOptionService } from './system-option-service';

/**
 * The `system_options` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_options}
 * @since API 4.2
 */
export class SystemOptionsService extends Service {
  /**
   * Locates the `option` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_option}); sends no request.
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
