// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ImageTransferService } from './image-transfer-service';

/**
 * Options of {@link ImageTransfersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/list | reference: image_transfers.list}
 */
export interface ImageTransfersServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /imagetransfers`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/list | reference: image_transfers.list}
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
 * The `image_transfers` service of the API.
 *
 * Path below the API root: `/imagetransfers`.
 * Reached with `connection.systemService().imageTransfersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers | reference: image_transfers}
 * @since API 4.0.4
 */
export class ImageTransfersService extends Service {
  /**
   * Adds a `image_transfer`: sends `POST /imagetransfers` with it as the `<image_transfer>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `imageTransfer.image` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `imageTransfer.image.id`
   *
   * Also accepts: `imageTransfer.inactivityTimeout`, `imageTransfer.timeoutPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/add | reference: image_transfers.add}
   * @param imageTransfer The `image_transfer` to send: `ImageTransferInit` (a `ImageTransfer` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `image_transfer` as the engine answers it.
   * @deprecated The API model marks it deprecated.
   */
  addForImage(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_FOR_IMAGE_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Adds a `image_transfer`: sends `POST /imagetransfers` with it as the `<image_transfer>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `imageTransfer.disk` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `imageTransfer.disk.id`
   *
   * Also accepts: `imageTransfer.inactivityTimeout`, `imageTransfer.timeoutPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/add | reference: image_transfers.add}
   * @param imageTransfer The `image_transfer` to send: `ImageTransferInit` (a `ImageTransfer` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `image_transfer` as the engine answers it.
   * @since API 4.2.0
   */
  addForDisk(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_FOR_DISK_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Adds a `image_transfer`: sends `POST /imagetransfers` with it as the `<image_transfer>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `imageTransfer.snapshot` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `imageTransfer.snapshot.id`
   *
   * Also accepts: `imageTransfer.inactivityTimeout`, `imageTransfer.timeoutPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/add | reference: image_transfers.add}
   * @param imageTransfer The `image_transfer` to send: `ImageTransferInit` (a `ImageTransfer` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `image_transfer` as the engine answers it.
   * @since API 4.2.0
   */
  addForSnapshot(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_FOR_SNAPSHOT_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Adds a `image_transfer`: sends `POST /imagetransfers` with it as the `<image_transfer>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addForImage` (when `imageTransfer.image` is given), `addForDisk` (when `imageTransfer.disk` is given), `addForSnapshot` (when `imageTransfer.snapshot` is given).
   *
   * Also accepts: `imageTransfer.inactivityTimeout`, `imageTransfer.timeoutPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/add | reference: image_transfers.add}
   * @param imageTransfer The `image_transfer` to send: `ImageTransferInit` (a `ImageTransfer` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `image_transfer` as the engine answers it.
   * @since API 4.4.2
   */
  add(imageTransfer: t.ImageTransferInit, opts: RequestOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(ADD_PARAMETERS, opts, imageTransfer);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(imageTransfer, 'image_transfer', {}, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * Lists the `image_transfer` objects: sends `GET /imagetransfers` and reads the `<image_transfers>` the engine answers, one item per `<image_transfer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/list | reference: image_transfers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ImageTransfersServiceListOptions}).
   * @returns The `image_transfer`: a list of `ImageTransfer`.
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
   * Like {@link ImageTransfersService.list} (it sends `GET /imagetransfers` with the same options), but yields
   * each `image_transfer` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers/methods/list | reference: image_transfers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.0.4
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
   * Locates the `image_transfer` service at `{image_transfer_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer | reference: image_transfer}
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
