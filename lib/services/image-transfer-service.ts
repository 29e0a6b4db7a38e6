// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ImageTransferService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/get | reference: image_transfer.get}
 */
export interface ImageTransferServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /imagetransfers/{image_transfer_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/get | reference: image_transfer.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ImageTransferService.get', { follow: 'string' });
const EXTEND_PARAMETERS = methodParameters('ImageTransferService.extend', {});
const PAUSE_PARAMETERS = methodParameters('ImageTransferService.pause', {});
const RESUME_PARAMETERS = methodParameters('ImageTransferService.resume', {});
const CANCEL_PARAMETERS = methodParameters('ImageTransferService.cancel', {});
const FINALIZE_PARAMETERS = methodParameters('ImageTransferService.finalize', {});

/**
 * The `image_transfer` service of the API.
 *
 * Path below the API root: `/imagetransfers/{image_transfer_id}`.
 * Reached with `connection.systemService().imageTransfersService().imageTransferService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer | reference: image_transfer}
 * @since API 4.0.4
 */
export class ImageTransferService extends Service {
  /**
   * Retrieves the `image_transfer`: sends `GET /imagetransfers/{image_transfer_id}` and reads the `<image_transfer>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/get | reference: image_transfer.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ImageTransferServiceGetOptions}).
   * @returns The `image_transfer`: `ImageTransfer`.
   * @since API 4.0.4
   */
  get(opts: ImageTransferServiceGetOptions = {}): Promise<t.ImageTransfer> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ImageTransfer>;
  }

  /**
   * The `extend` action: sends `POST /imagetransfers/{image_transfer_id}/extend` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/extend | reference: image_transfer.extend}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.0.4
   */
  extend(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(EXTEND_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('extend', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `pause` action: sends `POST /imagetransfers/{image_transfer_id}/pause` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/pause | reference: image_transfer.pause}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.0.4
   */
  pause(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(PAUSE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('pause', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `resume` action: sends `POST /imagetransfers/{image_transfer_id}/resume` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/resume | reference: image_transfer.resume}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.0.4
   */
  resume(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(RESUME_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('resume', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `cancel` action: sends `POST /imagetransfers/{image_transfer_id}/cancel` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/cancel | reference: image_transfer.cancel}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.2.3
   */
  cancel(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(CANCEL_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('cancel', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `finalize` action: sends `POST /imagetransfers/{image_transfer_id}/finalize` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfer/methods/finalize | reference: image_transfer.finalize}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.0.4
   */
  finalize(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(FINALIZE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('finalize', {}, undefined, opts) as Promise<void>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
