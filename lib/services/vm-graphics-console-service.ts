// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link VmGraphicsConsoleService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmGraphicsConsoleServiceGetOptions extends RequestOptions {
  /** The `current` parameter (query parameter `current`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/get/parameters/current} */
  current?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmGraphicsConsoleService.proxyTicket}: the method's parameters, plus extra `query` and `headers`. */
export interface VmGraphicsConsoleServiceProxyTicketOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/proxy_ticket/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmGraphicsConsoleService.ticket}: the method's parameters, plus extra `query` and `headers`. */
export interface VmGraphicsConsoleServiceTicketOptions extends RequestOptions {
  /**
   * The `ticket` parameter (`<ticket>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/ticket/parameters/ticket}
   * @since API 4.1
   */
  ticket?: t.TicketInit;
}

/** Options of {@link VmGraphicsConsoleService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmGraphicsConsoleServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmGraphicsConsoleService.get', { current: 'boolean', follow: 'string' });
const PROXY_TICKET_PARAMETERS = methodParameters('VmGraphicsConsoleService.proxyTicket', { async: 'boolean' });
const TICKET_PARAMETERS = methodParameters('VmGraphicsConsoleService.ticket', { ticket: t.Ticket });
const REMOTE_VIEWER_CONNECTION_FILE_PARAMETERS = methodParameters('VmGraphicsConsoleService.remoteViewerConnectionFile', {});
const REMOVE_PARAMETERS = methodParameters('VmGraphicsConsoleService.remove', { async: 'boolean' });

/**
 * The `vm_graphics_console` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console}
 */
export class VmGraphicsConsoleService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/get}
   * @returns The `console` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/get/parameters/console}
   */
  get(opts: VmGraphicsConsoleServiceGetOptions = {}): Promise<t.GraphicsConsole> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      current: opts.current,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.GraphicsConsole>;
  }

  /**
   * The `proxy_ticket` action: `POST` of an `<action>` to `.../proxyticket`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/proxy_ticket}
   * @returns The `proxy_ticket` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/proxy_ticket/parameters/proxy_ticket}
   */
  proxyTicket(opts: VmGraphicsConsoleServiceProxyTicketOptions = {}): Promise<t.ProxyTicket> {
    const refused = checkParameters(PROXY_TICKET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('proxyticket', action, 'proxyTicket', opts) as Promise<t.ProxyTicket>;
  }

  /**
   * The `ticket` action: `POST` of an `<action>` to `.../ticket`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/ticket}
   * @returns The `ticket` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/ticket/parameters/ticket}
   * @since API 4.1
   */
  ticket(opts: VmGraphicsConsoleServiceTicketOptions = {}): Promise<t.Ticket> {
    const refused = checkParameters(TICKET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      ticket: opts.ticket,
    };
    return this._action('ticket', action, 'ticket', opts) as Promise<t.Ticket>;
  }

  /**
   * The `remote_viewer_connection_file` action: `POST` of an `<action>` to `.../remoteviewerconnectionfile`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/remote_viewer_connection_file}
   * @returns The `remote_viewer_connection_file` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/remote_viewer_connection_file/parameters/remote_viewer_connection_file}
   * @since API 4.1
   */
  remoteViewerConnectionFile(opts: RequestOptions = {}): Promise<string> {
    const refused = checkParameters(REMOTE_VIEWER_CONNECTION_FILE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('remoteviewerconnectionfile', {}, 'remoteViewerConnectionFile', opts) as Promise<string>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console/methods/remove}
   */
  remove(opts: VmGraphicsConsoleServiceRemoveOptions = {}): Promise<void> {
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
