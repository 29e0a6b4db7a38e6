// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NetworkAttachmentService } from './network-attachment-service';

/** Options of {@link NetworkAttachmentsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkAttachmentsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('NetworkAttachmentsService.add', {}, ['networkAttachment', t.NetworkAttachment]);
const LIST_PARAMETERS = methodParameters('NetworkAttachmentsService.list', { max: 'integer', follow: 'string' });

/**
 * The `network_attachments` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments}
 */
export class NetworkAttachmentsService extends Service {
  /**
   * Adds an object: `POST` of `<network_attachment>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/add}
   * @param attachment The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/add/parameters/attachment}
   */
  add(attachment: t.NetworkAttachmentInit, opts: RequestOptions = {}): Promise<t.NetworkAttachment> {
    const refused = checkParameters(ADD_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'network_attachment', {}, opts) as Promise<t.NetworkAttachment>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/list}
   * @returns The `attachments` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/list/parameters/attachments}
   */
  list(opts: NetworkAttachmentsServiceListOptions = {}): Promise<List<t.NetworkAttachment>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.NetworkAttachment>>;
  }

  /**
   * Like {@link NetworkAttachmentsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments/methods/list}
   */
  listStream(opts: NetworkAttachmentsServiceListOptions = {}): AsyncGenerator<t.NetworkAttachment, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'NetworkAttachmentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.NetworkAttachment, void, undefined>;
  }

  /** Locates the `attachment` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment}); sends no request. */
  attachmentService(id: string | number): NetworkAttachmentService {
    return new NetworkAttachmentService(this.connection, `${this.path}/${idSegment(id, 'NetworkAttachmentsService.attachmentService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.attachmentService(decodeURIComponent(head)).service(rest);
  }
}
