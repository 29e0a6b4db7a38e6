// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { GlusterVolumeService } from './gluster-volume-service';

/** Options of {@link GlusterVolumesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('GlusterVolumesService.add', {}, ['glusterVolume', t.GlusterVolume]);
const LIST_PARAMETERS = methodParameters('GlusterVolumesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `gluster_volumes` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes}
 */
export class GlusterVolumesService extends Service {
  /**
   * Adds an object: `POST` of `<gluster_volume>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/add}
   * @param volume The `volume` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/add/parameters/volume}
   */
  add(volume: t.GlusterVolumeInit, opts: RequestOptions = {}): Promise<t.GlusterVolume> {
    const refused = checkParameters(ADD_PARAMETERS, opts, volume);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(volume, 'gluster_volume', {}, opts) as Promise<t.GlusterVolume>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list}
   * @returns The `volumes` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list/parameters/volumes}
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
   * Like {@link GlusterVolumesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes/methods/list}
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

  /** Locates the `volume` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume}); sends no request. */
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
