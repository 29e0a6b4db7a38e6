// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmGraphicsConsoleService } from './vm-graphics-console-service';

/** Options of {@link VmGraphicsConsolesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmGraphicsConsolesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/list/parameters/max} */
  max?: number;
  /** The `current` parameter (query parameter `current`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/list/parameters/current} */
  current?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmGraphicsConsolesService.add', {}, ['graphicsConsole', t.GraphicsConsole]);
const LIST_PARAMETERS = methodParameters('VmGraphicsConsolesService.list', { max: 'integer', current: 'boolean', follow: 'string' });

/**
 * The `vm_graphics_consoles` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles}
 */
export class VmGraphicsConsolesService extends Service {
  /**
   * Adds an object: `POST` of `<graphics_console>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/add}
   * @param console The `console` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/add/parameters/console}
   */
  add(console: t.GraphicsConsoleInit, opts: RequestOptions = {}): Promise<t.GraphicsConsole> {
    const refused = checkParameters(ADD_PARAMETERS, opts, console);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(console, 'graphics_console', {}, opts) as Promise<t.GraphicsConsole>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/list}
   * @returns The `consoles` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/list/parameters/consoles}
   */
  list(opts: VmGraphicsConsolesServiceListOptions = {}): Promise<List<t.GraphicsConsole>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      current: opts.current,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.GraphicsConsole>>;
  }

  /**
   * Like {@link VmGraphicsConsolesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles/methods/list}
   */
  listStream(opts: VmGraphicsConsolesServiceListOptions = {}): AsyncGenerator<t.GraphicsConsole, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmGraphicsConsolesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      current: opts.current,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.GraphicsConsole, void, undefined>;
  }

  /** Locates the `console` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_console}); sends no request. */
  consoleService(id: string | number): VmGraphicsConsoleService {
    return new VmGraphicsConsoleService(this.connection, `${this.path}/${idSegment(id, 'VmGraphicsConsolesService.consoleService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.consoleService(decodeURIComponent(head)).service(rest);
  }
}
