// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ImageService } from './image-service';

/**
 * Options of {@link ImagesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images/methods/list | reference: images.list}
 */
export interface ImagesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains/{storage_domain_id}/images`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images/methods/list | reference: images.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/images`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images/methods/list | reference: images.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ImagesService.list', { max: 'integer', follow: 'string' });

/**
 * The `images` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/images`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).imagesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images | reference: images}
 */
export class ImagesService extends Service {
  /**
   * Lists the `image` objects: sends `GET /storagedomains/{storage_domain_id}/images` and reads the `<images>` the engine answers, one item per `<image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images/methods/list | reference: images.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ImagesServiceListOptions}).
   * @returns The `images`: a list of `Image`.
   */
  list(opts: ImagesServiceListOptions = {}): Promise<List<t.Image>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Image>>;
  }

  /**
   * Like {@link ImagesService.list} (it sends `GET /storagedomains/{storage_domain_id}/images` with the same options), but yields
   * each `image` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images/methods/list | reference: images.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ImagesServiceListOptions = {}): AsyncGenerator<t.Image, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ImagesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Image, void, undefined>;
  }

  /**
   * Locates the `image` service at `{image_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image | reference: image}
   */
  imageService(id: string | number): ImageService {
    return new ImageService(this.connection, `${this.path}/${idSegment(id, 'ImagesService.imageService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.imageService(decodeURIComponent(head)).service(rest);
  }
}
