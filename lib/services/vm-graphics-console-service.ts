// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmGraphicsConsoleService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/get | reference: vm_graphics_console.get}
 */
export interface VmGraphicsConsoleServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `current` of `GET /vms/{vm_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/get | reference: vm_graphics_console.get}
   */
  current?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/get | reference: vm_graphics_console.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmGraphicsConsoleService.proxyTicket}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/proxy_ticket | reference: vm_graphics_console.proxy_ticket}
 */
export interface VmGraphicsConsoleServiceProxyTicketOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/graphicsconsoles/{console_id}/proxyticket`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/proxy_ticket | reference: vm_graphics_console.proxy_ticket}
   */
  async?: boolean;
}

/**
 * Options of {@link VmGraphicsConsoleService.ticket}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/ticket | reference: vm_graphics_console.ticket}
 */
export interface VmGraphicsConsoleServiceTicketOptions extends RequestOptions {
  /**
   * `TicketInit` (a `Ticket` or a plain object), sent as `<ticket>` in the `<action>` body of `POST /vms/{vm_id}/graphicsconsoles/{console_id}/ticket`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/ticket | reference: vm_graphics_console.ticket}
   * @since API 4.1
   */
  ticket?: t.TicketInit;
}

/**
 * Options of {@link VmGraphicsConsoleService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/remove | reference: vm_graphics_console.remove}
 */
export interface VmGraphicsConsoleServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/remove | reference: vm_graphics_console.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmGraphicsConsoleService.get', { current: 'boolean', follow: 'string' });
const PROXY_TICKET_PARAMETERS = methodParameters('VmGraphicsConsoleService.proxyTicket', { async: 'boolean' });
const TICKET_PARAMETERS = methodParameters('VmGraphicsConsoleService.ticket', { ticket: t.Ticket });
const REMOTE_VIEWER_CONNECTION_FILE_PARAMETERS = methodParameters('VmGraphicsConsoleService.remoteViewerConnectionFile', {});
const REMOVE_PARAMETERS = methodParameters('VmGraphicsConsoleService.remove', { async: 'boolean' });

/**
 * The `vm_graphics_console` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/graphicsconsoles/{console_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).graphicsConsolesService().consoleService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console | reference: vm_graphics_console}
 */
export class VmGraphicsConsoleService extends Service {
  /**
   * Retrieves the `graphics_console`: sends `GET /vms/{vm_id}/graphicsconsoles/{console_id}` and reads the `<graphics_console>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/get | reference: vm_graphics_console.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmGraphicsConsoleServiceGetOptions}).
   * @returns The `console`: `GraphicsConsole`.
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
   * The `proxy_ticket` action: sends `POST /vms/{vm_id}/graphicsconsoles/{console_id}/proxyticket` with an `<action>` body holding the parameters given, and reads `<proxy_ticket>` from the `<action>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/proxy_ticket | reference: vm_graphics_console.proxy_ticket}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmGraphicsConsoleServiceProxyTicketOptions}).
   * @returns The `proxy_ticket`: `ProxyTicket`.
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
   * The `ticket` action: sends `POST /vms/{vm_id}/graphicsconsoles/{console_id}/ticket` with an `<action>` body holding the parameters given, and reads `<ticket>` from the `<action>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/ticket | reference: vm_graphics_console.ticket}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmGraphicsConsoleServiceTicketOptions}).
   * @returns The `ticket`: `Ticket`.
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
   * The `remote_viewer_connection_file` action: sends `POST /vms/{vm_id}/graphicsconsoles/{console_id}/remoteviewerconnectionfile` with an `<action>` body holding the parameters given, and reads `<remote_viewer_connection_file>` from the `<action>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/remote_viewer_connection_file | reference: vm_graphics_console.remote_viewer_connection_file}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `remote_viewer_connection_file`: `string`.
   * @since API 4.1
   */
  remoteViewerConnectionFile(opts: RequestOptions = {}): Promise<string> {
    const refused = checkParameters(REMOTE_VIEWER_CONNECTION_FILE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('remoteviewerconnectionfile', {}, 'remoteViewerConnectionFile', opts) as Promise<string>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_console/methods/remove | reference: vm_graphics_console.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmGraphicsConsoleServiceRemoveOptions}).
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
