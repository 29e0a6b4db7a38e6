// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SnapshotService } from './snapshot-service';

/** Options of {@link SnapshotsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface SnapshotsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/list/parameters/max} */
  max?: number;
  /**
   * The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/list/parameters/all_content}
   * @since API 4.2
   */
  allContent?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('SnapshotsService.add', {}, ['snapshot', t.Snapshot]);
const LIST_PARAMETERS = methodParameters('SnapshotsService.list', { max: 'integer', allContent: 'boolean', follow: 'string' });

/**
 * The `snapshots` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots}
 */
export class SnapshotsService extends Service {
  /**
   * Adds an object: `POST` of `<snapshot>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/add}
   * @param snapshot The `snapshot` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/add/parameters/snapshot}
   */
  add(snapshot: t.SnapshotInit, opts: RequestOptions = {}): Promise<t.Snapshot> {
    const refused = checkParameters(ADD_PARAMETERS, opts, snapshot);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(snapshot, 'snapshot', {}, opts) as Promise<t.Snapshot>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/list}
   * @returns The `snapshots` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/list/parameters/snapshots}
   */
  list(opts: SnapshotsServiceListOptions = {}): Promise<List<t.Snapshot>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Snapshot>>;
  }

  /**
   * Like {@link SnapshotsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots/methods/list}
   */
  listStream(opts: SnapshotsServiceListOptions = {}): AsyncGenerator<t.Snapshot, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'SnapshotsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Snapshot, void, undefined>;
  }

  /** Locates the `snapshot` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot}); sends no request. */
  snapshotService(id: string | number): SnapshotService {
    return new SnapshotService(this.connection, `${this.path}/${idSegment(id, 'SnapshotsService.snapshotService')}`);
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
