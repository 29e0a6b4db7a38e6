// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TagService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/get | reference: tag.get}
 */
export interface TagServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /tags/{tag_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/get | reference: tag.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TagService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/update | reference: tag.update}
 */
export interface TagServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /tags/{tag_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/update | reference: tag.update}
   */
  async?: boolean;
}

/**
 * Options of {@link TagService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/remove | reference: tag.remove}
 */
export interface TagServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /tags/{tag_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/remove | reference: tag.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TagService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('TagService.update', { async: 'boolean' }, ['tag', t.Tag]);
const REMOVE_PARAMETERS = methodParameters('TagService.remove', { async: 'boolean' });

/**
 * The `tag` service of the API.
 *
 * Path below the API root: `/tags/{tag_id}`.
 * Reached with `connection.systemService().tagsService().tagService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag | reference: tag}
 */
export class TagService extends Service {
  /**
   * Retrieves the `tag`: sends `GET /tags/{tag_id}` and reads the `<tag>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/get | reference: tag.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TagServiceGetOptions}).
   * @returns The `tag`: `Tag`.
   */
  get(opts: TagServiceGetOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Tag>;
  }

  /**
   * Updates the `tag`: sends `PUT /tags/{tag_id}` with the `<tag>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `tag.description`, `tag.name`, `tag.parent.id` or `tag.parent.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/update | reference: tag.update}
   * @param tag The `tag` to send: `TagInit` (a `Tag` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TagServiceUpdateOptions}).
   * @returns The `tag` as the engine answers it.
   */
  update(tag: t.TagInit, opts: TagServiceUpdateOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, tag);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(tag, 'tag', query, opts) as Promise<t.Tag>;
  }

  /**
   * Removes: sends `DELETE /tags/{tag_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tag/methods/remove | reference: tag.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TagServiceRemoveOptions}).
   */
  remove(opts: TagServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
