// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackImageService } from './openstack-image-service';

/**
 * Options of {@link OpenstackImagesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images/methods/list | reference: openstack_images.list}
 */
export interface OpenstackImagesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstackimageproviders/{provider_id}/images`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images/methods/list | reference: openstack_images.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackimageproviders/{provider_id}/images`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images/methods/list | reference: openstack_images.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('OpenstackImagesService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_images` service of the API.
 *
 * Path below the API root: `/openstackimageproviders/{provider_id}/images`.
 * Reached with `connection.systemService().openstackImageProvidersService().providerService(id).imagesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images | reference: openstack_images}
 */
export class OpenstackImagesService extends Service {
  /**
   * Lists the `open_stack_image` objects: sends `GET /openstackimageproviders/{provider_id}/images` and reads the `<openstack_images>` the engine answers, one item per `<openstack_image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images/methods/list | reference: openstack_images.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImagesServiceListOptions}).
   * @returns The `images`: a list of `OpenStackImage`.
   */
  list(opts: OpenstackImagesServiceListOptions = {}): Promise<List<t.OpenStackImage>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackImage>>;
  }

  /**
   * Like {@link OpenstackImagesService.list} (it sends `GET /openstackimageproviders/{provider_id}/images` with the same options), but yields
   * each `open_stack_image` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_images/methods/list | reference: openstack_images.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OpenstackImagesServiceListOptions = {}): AsyncGenerator<t.OpenStackImage, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackImagesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackImage, void, undefined>;
  }

  /**
   * Locates the `openstack_image` service at `{image_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image | reference: openstack_image}
   */
  imageService(id: string | number): OpenstackImageService {
    return new OpenstackImageService(this.connection, `${this.path}/${idSegment(id, 'OpenstackImagesService.imageService')}`);
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
