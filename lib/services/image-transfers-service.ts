// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ImageTransferService } from './image-transfer-service';

/** Options of {@link ImageTransfersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ImageTransfersServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_FOR_IMAGE_PARAMETERS = methodParameters('ImageTransfersService.addForImage', {}, ['imageTransfer', t.ImageTransfer]);
const ADD_FOR_DISK_PARAMETERS = methodParameters('ImageTransfersService.addForDisk', {}, ['imageTransfer', t.ImageTransfer]);
const ADD_FOR_SNAPSHOT_PARAMETERS = methodParameters('ImageTransfersService.addForSnapshot', {}, ['imageTransfer', t.ImageTransfer]);
const ADD_PARAMETERS = methodParameters('ImageTransfersService.add', {}, ['imageTransfer', t.ImageTransfer]);
const LIST_PARAMETERS = methodParameters('ImageTransfersService.list', { follow: 'string' });

/**
 * The `image_transfers` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers}
 * @since API 4.0.4
 */
export class ImageTransfersService extends Service {
  /**
   * Adds an object: `POST` of `<image_transfer>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add_for_image}
   * @param imageTransfer The `image_transfer` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add_for_image/parameters/image_transfer}
   * @deprecated The model marks it deprecated.
   */
  addForImage(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_FOR_IMAGE_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Adds an object: `POST` of `<image_transfer>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add_for_disk}
   * @param imageTransfer The `image_transfer` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add_for_disk/parameters/image_transfer}
   * @since API 4.2.0
   */
  addForDisk(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_FOR_DISK_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Adds an object: `POST` of `<image_transfer>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add_for_snapshot}
   * @param imageTransfer The `image_transfer` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add_for_snapshot/parameters/image_transfer}
   * @since API 4.2.0
   */
  addForSnapshot(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_FOR_SNAPSHOT_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Adds an object: `POST` of `<image_transfer>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add}
   * @param imageTransfer The `image_transfer` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/add/parameters/image_transfer}
   * @since API 4.4.2
   */
  add(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/list}
   * @returns The `image_transfer` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/list/parameters/image_transfer}
   * @since API 4.0.4
   */
  list(opts: ImageTransfersServiceListOptions = {}): Promise<List<t.ImageTransfer>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ImageTransfer>>;
  }

  /**
   * Like {@link ImageTransfersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers/methods/list}
   */
  listStream(opts: ImageTransfersServiceListOptions = {}): AsyncGenerator<t.ImageTransfer, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ImageTransfersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ImageTransfer, void, undefined>;
  }

  /**
   * Locates the `image_transfer` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer}); sends no request.
   * @since API 4.0.4
   */
  imageTransferService(id: string | number): ImageTransferService {
    return new ImageTransferService(this.connection, `${this.path}/${idSegment(id, 'ImageTransfersService.imageTransferService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.imageTransferService(decodeURIComponent(head)).service(rest);
  }
}
