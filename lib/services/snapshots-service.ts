// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SnapshotService } from './snapshot-service';

/**
 * Options of {@link SnapshotsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/list | reference: snapshots.list}
 */
export interface SnapshotsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/snapshots`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/list | reference: snapshots.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /vms/{vm_id}/snapshots`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/list | reference: snapshots.list}
   * @since API 4.2
   */
  allContent?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/snapshots`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/list | reference: snapshots.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('SnapshotsService.add', {}, ['snapshot', t.Snapshot]);
const LIST_PARAMETERS = methodParameters('SnapshotsService.list', { max: 'integer', allContent: 'boolean', follow: 'string' });

/**
 * The `snapshots` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/snapshots`.
 * Reached with `connection.systemService().vmsService().vmService(id).snapshotsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots | reference: snapshots}
 */
export class SnapshotsService extends Service {
  /**
   * Adds a `snapshot`: sends `POST /vms/{vm_id}/snapshots` with it as the `<snapshot>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `snapshot.description`
   *
   * Also accepts: `snapshot.persistMemorystate`, `snapshot.diskAttachments[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/add | reference: snapshots.add}
   * @param snapshot The `snapshot` to send: `SnapshotInit` (a `Snapshot` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `snapshot` as the engine answers it.
   */
  add(snapshot: t.SnapshotInit, opts: RequestOptions = {}): Promise<t.Snapshot> {
    const refused = checkParameters(ADD_PARAMETERS, opts, snapshot);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(snapshot, 'snapshot', {}, opts) as Promise<t.Snapshot>;
  }

  /**
   * Lists the `snapshot` objects: sends `GET /vms/{vm_id}/snapshots` and reads the `<snapshots>` the engine answers, one item per `<snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/list | reference: snapshots.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SnapshotsServiceListOptions}).
   * @returns The `snapshots`: a list of `Snapshot`.
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
   * Like {@link SnapshotsService.list} (it sends `GET /vms/{vm_id}/snapshots` with the same options), but yields
   * each `snapshot` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots/methods/list | reference: snapshots.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `snapshot` service at `{snapshot_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot | reference: snapshot}
   */
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
