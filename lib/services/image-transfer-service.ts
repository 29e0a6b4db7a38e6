// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link ImageTransferService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface ImageTransferServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/get/parameters/follow}
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
 * The `image_transfer` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer}
 * @since API 4.0.4
 */
export class ImageTransferService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/get}
   * @returns The `image_transfer` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/get/parameters/image_transfer}
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
   * The `extend` action: `POST` of an `<action>` to `.../extend`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/extend}
   * @since API 4.0.4
   */
  extend(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(EXTEND_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('extend', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `pause` action: `POST` of an `<action>` to `.../pause`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/pause}
   * @since API 4.0.4
   */
  pause(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(PAUSE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('pause', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `resume` action: `POST` of an `<action>` to `.../resume`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/resume}
   * @since API 4.0.4
   */
  resume(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(RESUME_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('resume', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `cancel` action: `POST` of an `<action>` to `.../cancel`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/cancel}
   * @since API 4.2.3
   */
  cancel(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(CANCEL_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('cancel', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `finalize` action: `POST` of an `<action>` to `.../finalize`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfer/methods/finalize}
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
