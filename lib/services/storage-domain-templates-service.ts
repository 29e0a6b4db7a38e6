// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainTemplateService } from './storage-domain-template-service';

/** Options of {@link StorageDomainTemplatesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainTemplatesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates/methods/list/parameters/max} */
  max?: number;
  /**
   * The `unregistered` parameter (query parameter `unregistered`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates/methods/list/parameters/unregistered}
   * @since API 4.1.1
   */
  unregistered?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StorageDomainTemplatesService.list', { max: 'integer', unregistered: 'boolean', follow: 'string' });

/**
 * The `storage_domain_templates` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates}
 */
export class StorageDomainTemplatesService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates/methods/list}
   * @returns The `templates` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates/methods/list/parameters/templates}
   */
  list(opts: StorageDomainTemplatesServiceListOptions = {}): Promise<List<t.Template>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      unregistered: opts.unregistered,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Template>>;
  }

  /**
   * Like {@link StorageDomainTemplatesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates/methods/list}
   */
  listStream(opts: StorageDomainTemplatesServiceListOptions = {}): AsyncGenerator<t.Template, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainTemplatesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      unregistered: opts.unregistered,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Template, void, undefined>;
  }

  /** Locates the `template` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template}); sends no request. */
  templateService(id: string | number): StorageDomainTemplateService {
    return new StorageDomainTemplateService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainTemplatesService.templateService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.templateService(decodeURIComponent(head)).service(rest);
  }
}
