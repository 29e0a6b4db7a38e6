// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { GlusterBricksService } from './gluster-bricks-service';
import { StatisticsService } from './statistics-service';

/** Options of {@link GlusterVolumeService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link GlusterVolumeService.rebalance}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceRebalanceOptions extends RequestOptions {
  /** The `fix_layout` parameter (`<fix_layout>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/rebalance/parameters/fix_layout} */
  fixLayout?: boolean;
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/rebalance/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/rebalance/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.resetAllOptions}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceResetAllOptionsOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/reset_all_options/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.resetOption}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceResetOptionOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/reset_option/parameters/force} */
  force?: boolean;
  /** The `option` parameter (`<option>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/reset_option/parameters/option} */
  option?: t.OptionInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/reset_option/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.setOption}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceSetOptionOptions extends RequestOptions {
  /** The `option` parameter (`<option>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/set_option/parameters/option} */
  option?: t.OptionInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/set_option/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.start}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceStartOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/start/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/start/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.startProfile}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceStartProfileOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/start_profile/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.stop}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceStopOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.stopProfile}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceStopProfileOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop_profile/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterVolumeService.stopRebalance}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterVolumeServiceStopRebalanceOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop_rebalance/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('GlusterVolumeService.get', { follow: 'string' });
const GET_PROFILE_STATISTICS_PARAMETERS = methodParameters('GlusterVolumeService.getProfileStatistics', {});
const REBALANCE_PARAMETERS = methodParameters('GlusterVolumeService.rebalance', { fixLayout: 'boolean', force: 'boolean', async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('GlusterVolumeService.remove', { async: 'boolean' });
const RESET_ALL_OPTIONS_PARAMETERS = methodParameters('GlusterVolumeService.resetAllOptions', { async: 'boolean' });
const RESET_OPTION_PARAMETERS = methodParameters('GlusterVolumeService.resetOption', { force: 'boolean', option: t.Option, async: 'boolean' });
const SET_OPTION_PARAMETERS = methodParameters('GlusterVolumeService.setOption', { option: t.Option, async: 'boolean' });
const START_PARAMETERS = methodParameters('GlusterVolumeService.start', { force: 'boolean', async: 'boolean' });
const START_PROFILE_PARAMETERS = methodParameters('GlusterVolumeService.startProfile', { async: 'boolean' });
const STOP_PARAMETERS = methodParameters('GlusterVolumeService.stop', { force: 'boolean', async: 'boolean' });
const STOP_PROFILE_PARAMETERS = methodParameters('GlusterVolumeService.stopProfile', { async: 'boolean' });
const STOP_REBALANCE_PARAMETERS = methodParameters('GlusterVolumeService.stopRebalance', { async: 'boolean' });

/**
 * The `gluster_volume` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume}
 */
export class GlusterVolumeService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/get}
   * @returns The `volume` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/get/parameters/volume}
   */
  get(opts: GlusterVolumeServiceGetOptions = {}): Promise<t.GlusterVolume> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.GlusterVolume>;
  }

  /**
   * The `get_profile_statistics` action: `POST` of an `<action>` to `.../getprofilestatistics`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/get_profile_statistics}
   * @returns The `details` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/get_profile_statistics/parameters/details}
   */
  getProfileStatistics(opts: RequestOptions = {}): Promise<t.GlusterVolumeProfileDetails> {
    const refused = checkParameters(GET_PROFILE_STATISTICS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('getprofilestatistics', {}, 'details', opts) as Promise<t.GlusterVolumeProfileDetails>;
  }

  /**
   * The `rebalance` action: `POST` of an `<action>` to `.../rebalance`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/rebalance}
   */
  rebalance(opts: GlusterVolumeServiceRebalanceOptions = {}): Promise<void> {
    const refused = checkParameters(REBALANCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      fixLayout: opts.fixLayout,
      force: opts.force,
      async: opts.async,
    };
    return this._action('rebalance', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/remove}
   */
  remove(opts: GlusterVolumeServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `reset_all_options` action: `POST` of an `<action>` to `.../resetalloptions`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/reset_all_options}
   */
  resetAllOptions(opts: GlusterVolumeServiceResetAllOptionsOptions = {}): Promise<void> {
    const refused = checkParameters(RESET_ALL_OPTIONS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('resetalloptions', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `reset_option` action: `POST` of an `<action>` to `.../resetoption`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/reset_option}
   */
  resetOption(opts: GlusterVolumeServiceResetOptionOptions = {}): Promise<void> {
    const refused = checkParameters(RESET_OPTION_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      option: opts.option,
      async: opts.async,
    };
    return this._action('resetoption', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `set_option` action: `POST` of an `<action>` to `.../setoption`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/set_option}
   */
  setOption(opts: GlusterVolumeServiceSetOptionOptions = {}): Promise<void> {
    const refused = checkParameters(SET_OPTION_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      option: opts.option,
      async: opts.async,
    };
    return this._action('setoption', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `start` action: `POST` of an `<action>` to `.../start`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/start}
   */
  start(opts: GlusterVolumeServiceStartOptions = {}): Promise<void> {
    const refused = checkParameters(START_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      async: opts.async,
    };
    return this._action('start', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `start_profile` action: `POST` of an `<action>` to `.../startprofile`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/start_profile}
   */
  startProfile(opts: GlusterVolumeServiceStartProfileOptions = {}): Promise<void> {
    const refused = checkParameters(START_PROFILE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('startprofile', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `stop` action: `POST` of an `<action>` to `.../stop`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop}
   */
  stop(opts: GlusterVolumeServiceStopOptions = {}): Promise<void> {
    const refused = checkParameters(STOP_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      async: opts.async,
    };
    return this._action('stop', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `stop_profile` action: `POST` of an `<action>` to `.../stopprofile`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop_profile}
   */
  stopProfile(opts: GlusterVolumeServiceStopProfileOptions = {}): Promise<void> {
    const refused = checkParameters(STOP_PROFILE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('stopprofile', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `stop_rebalance` action: `POST` of an `<action>` to `.../stoprebalance`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volume/methods/stop_rebalance}
   */
  stopRebalance(opts: GlusterVolumeServiceStopRebalanceOptions = {}): Promise<void> {
    const refused = checkParameters(STOP_REBALANCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('stoprebalance', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `gluster_bricks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks}); sends no request. */
  glusterBricksService(): GlusterBricksService {
    return new GlusterBricksService(this.connection, `${this.path}/glusterbricks`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
      case 'glusterbricks': return this.glusterBricksService().service(rest);
    }
    return super.service(path);
  }
}
