// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskSnapshotService } from './disk-snapshot-service';

/** Options of {@link DiskSnapshotsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskSnapshotsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list/parameters/max} */
  max?: number;
  /**
   * The `include_active` parameter (query parameter `include_active`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list/parameters/include_active}
   * @since API 4.4.3
   */
  includeActive?: boolean;
  /**
   * The `include_template` parameter (query parameter `include_template`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list/parameters/include_template}
   * @since API 4.4.8
   */
  includeTemplate?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DiskSnapshotsService.list', { max: 'integer', includeActive: 'boolean', includeTemplate: 'boolean', follow: 'string' });

/**
 * The `disk_snapshots` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots}
 */
export class DiskSnapshotsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list}
   * @returns The `snapshots` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list/parameters/snapshots}
   */
  list(opts: DiskSnapshotsServiceListOptions = {}): Promise<List<t.DiskSnapshot>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      include_active: opts.includeActive,
      include_template: opts.includeTemplate,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DiskSnapshot>>;
  }

  /**
   * Like {@link DiskSnapshotsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots/methods/list}
   */
  listStream(opts: DiskSnapshotsServiceListOptions = {}): AsyncGenerator<t.DiskSnapshot, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DiskSnapshotsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      include_active: opts.includeActive,
      include_template: opts.includeTemplate,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskSnapshot, void, undefined>;
  }

  /** Locates the `snapshot` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshot}); sends no request. */
  snapshotService(id: string | number): DiskSnapshotService {
    return new DiskSnapshotService(this.connection, `${this.path}/${idSegment(id, 'DiskSnapshotsService.snapshotService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.snapshotService(decodeURIComponent(head)).service(rest);
  }
}
