// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link AssignedTagService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag/methods/get | reference: assigned_tag.get}
 */
export interface AssignedTagServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /groups/{group_id}/tags/{tag_id}` (or the same below any other of the service's 5 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag/methods/get | reference: assigned_tag.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link AssignedTagService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag/methods/remove | reference: assigned_tag.remove}
 */
export interface AssignedTagServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /groups/{group_id}/tags/{tag_id}` (or the same below any other of the service's 5 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag/methods/remove | reference: assigned_tag.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AssignedTagService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AssignedTagService.remove', { async: 'boolean' });

/**
 * The `assigned_tag` service of the API.
 *
 * Path below the API root: `/groups/{group_id}/tags/{tag_id}` (and 4 others, such as `/hosts/{host_id}/tags/{tag_id}`).
 * Reached with `connection.systemService().groupsService().groupService(id).tagsService().tagService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag | reference: assigned_tag}
 */
export class AssignedTagService extends Service {
  /**
   * Retrieves the `tag`: sends `GET /groups/{group_id}/tags/{tag_id}` (or the same below any other of the service's 5 paths) and reads the `<tag>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag/methods/get | reference: assigned_tag.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedTagServiceGetOptions}).
   * @returns The `tag`: `Tag`.
   */
  get(opts: AssignedTagServiceGetOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Tag>;
  }

  /**
   * Removes: sends `DELETE /groups/{group_id}/tags/{tag_id}` (or the same below any other of the service's 5 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag/methods/remove | reference: assigned_tag.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedTagServiceRemoveOptions}).
   */
  remove(opts: AssignedTagServiceRemoveOptions = {}): Promise<void> {
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
