// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateDiskService } from './template-disk-service';

/**
 * Options of {@link TemplateDisksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disks/methods/list | reference: template_disks.list}
 */
export interface TemplateDisksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disks/methods/list | reference: template_disks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disks/methods/list | reference: template_disks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('TemplateDisksService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_disks` service of the API.
 *
 * No locator of the API leads to it: it has no path below the API root.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disks | reference: template_disks}
 */
export class TemplateDisksService extends Service {
  /**
   * Lists the `disk` objects: sends `GET` to the service and reads the `<disks>` the engine answers, one item per `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disks/methods/list | reference: template_disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDisksServiceListOptions}).
   * @returns The `disks`: a list of `Disk`.
   */
  list(opts: TemplateDisksServiceListOptions = {}): Promise<List<t.Disk>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Disk>>;
  }

  /**
   * Like {@link TemplateDisksService.list} (it sends `GET` to the service with the same options), but yields
   * each `disk` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disks/methods/list | reference: template_disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplateDisksServiceListOptions = {}): AsyncGenerator<t.Disk, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateDisksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Disk, void, undefined>;
  }

  /**
   * Locates the `template_disk` service at `{disk_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk | reference: template_disk}
   */
  diskService(id: string | number): TemplateDiskService {
    return new TemplateDiskService(this.connection, `${this.path}/${idSegment(id, 'TemplateDisksService.diskService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.diskService(decodeURIComponent(head)).service(rest);
  }
}
