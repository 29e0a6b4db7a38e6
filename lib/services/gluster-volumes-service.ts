// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { GlusterVolumeService } from './gluster-volume-service';

/**
 * Options of {@link GlusterVolumesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
 */
export interface GlusterVolumesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('GlusterVolumesService.add', {}, ['glusterVolume', t.GlusterVolume]);
const LIST_PARAMETERS = methodParameters('GlusterVolumesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `gluster_volumes` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/glustervolumes` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/glustervolumes`).
 * Reached with `connection.systemService().clustersService().clusterService(id).glusterVolumesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes | reference: gluster_volumes}
 */
export class GlusterVolumesService extends Service {
  /**
   * Adds a `gluster_volume`: sends `POST /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths) with it as the `<gluster_volume>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `volume.name`
   * - `volume.volumeType`
   * - `volume.bricks[].brickDir`
   * - `volume.bricks[].serverId`
   *
   * Also accepts: `volume.replicaCount`, `volume.stripeCount`, `volume.options[].name`, `volume.options[].value`, `volume.transportTypes[]`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/add | reference: gluster_volumes.add}
   * @param volume The `volume` to send: `GlusterVolumeInit` (a `GlusterVolume` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `gluster_volume` as the engine answers it.
   */
  add(volume: t.GlusterVolumeInit, opts: RequestOptions = {}): Promise<t.GlusterVolume> {
    const refused = checkParameters(ADD_PARAMETERS, opts, volume);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(volume, 'gluster_volume', {}, opts) as Promise<t.GlusterVolume>;
  }

  /**
   * Lists the `gluster_volume` objects: sends `GET /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths) and reads the `<gluster_volumes>` the engine answers, one item per `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumesServiceListOptions}).
   * @returns The `volumes`: a list of `GlusterVolume`.
   */
  list(opts: GlusterVolumesServiceListOptions = {}): Promise<List<t.GlusterVolume>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.GlusterVolume>>;
  }

  /**
   * Like {@link GlusterVolumesService.list} (it sends `GET /clusters/{cluster_id}/glustervolumes` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `gluster_volume` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes/methods/list | reference: gluster_volumes.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: GlusterVolumesServiceListOptions = {}): AsyncGenerator<t.GlusterVolume, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'GlusterVolumesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.GlusterVolume, void, undefined>;
  }

  /**
   * Locates the `gluster_volume` service at `{volume_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume | reference: gluster_volume}
   */
  volumeService(id: string | number): GlusterVolumeService {
    return new GlusterVolumeService(this.connection, `${this.path}/${idSegment(id, 'GlusterVolumesService.volumeService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.volumeService(decodeURIComponent(head)).service(rest);
  }
}
