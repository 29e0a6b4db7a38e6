// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { GlusterBricksService } from './gluster-bricks-service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link GlusterVolumeService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/get | reference: gluster_volume.get}
 */
export interface GlusterVolumeServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/glustervolumes/{volume_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/get | reference: gluster_volume.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link GlusterVolumeService.rebalance}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/rebalance | reference: gluster_volume.rebalance}
 */
export interface GlusterVolumeServiceRebalanceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<fix_layout>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/rebalance` (or the same below any other of the service's 2 paths).
   *
   * Also accepts: `opts.fixLayout`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/rebalance | reference: gluster_volume.rebalance}
   */
  fixLayout?: boolean;
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/rebalance` (or the same below any other of the service's 2 paths).
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/rebalance | reference: gluster_volume.rebalance}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/rebalance` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/rebalance | reference: gluster_volume.rebalance}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/remove | reference: gluster_volume.remove}
 */
export interface GlusterVolumeServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/remove | reference: gluster_volume.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.resetAllOptions}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_all_options | reference: gluster_volume.reset_all_options}
 */
export interface GlusterVolumeServiceResetAllOptionsOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/resetalloptions` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_all_options | reference: gluster_volume.reset_all_options}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.resetOption}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_option | reference: gluster_volume.reset_option}
 */
export interface GlusterVolumeServiceResetOptionOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/resetoption` (or the same below any other of the service's 2 paths).
   *
   * Needs (the engine refuses the request without them):
   * - `opts.force`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_option | reference: gluster_volume.reset_option}
   */
  force?: boolean;
  /**
   * `OptionInit` (a `Option` or a plain object), sent as `<option>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/resetoption` (or the same below any other of the service's 2 paths).
   *
   * Needs (the engine refuses the request without them):
   * - `opts.option.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_option | reference: gluster_volume.reset_option}
   */
  option?: t.OptionInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/resetoption` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_option | reference: gluster_volume.reset_option}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.setOption}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/set_option | reference: gluster_volume.set_option}
 */
export interface GlusterVolumeServiceSetOptionOptions extends RequestOptions {
  /**
   * `OptionInit` (a `Option` or a plain object), sent as `<option>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/setoption` (or the same below any other of the service's 2 paths).
   *
   * Needs (the engine refuses the request without them):
   * - `opts.option.name`
   * - `opts.option.value`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/set_option | reference: gluster_volume.set_option}
   */
  option?: t.OptionInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/setoption` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/set_option | reference: gluster_volume.set_option}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.start}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start | reference: gluster_volume.start}
 */
export interface GlusterVolumeServiceStartOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/start` (or the same below any other of the service's 2 paths).
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start | reference: gluster_volume.start}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/start` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start | reference: gluster_volume.start}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.startProfile}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start_profile | reference: gluster_volume.start_profile}
 */
export interface GlusterVolumeServiceStartProfileOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/startprofile` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start_profile | reference: gluster_volume.start_profile}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.stop}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop | reference: gluster_volume.stop}
 */
export interface GlusterVolumeServiceStopOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stop` (or the same below any other of the service's 2 paths).
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop | reference: gluster_volume.stop}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stop` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop | reference: gluster_volume.stop}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.stopProfile}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop_profile | reference: gluster_volume.stop_profile}
 */
export interface GlusterVolumeServiceStopProfileOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stopprofile` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop_profile | reference: gluster_volume.stop_profile}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterVolumeService.stopRebalance}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop_rebalance | reference: gluster_volume.stop_rebalance}
 */
export interface GlusterVolumeServiceStopRebalanceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stoprebalance` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop_rebalance | reference: gluster_volume.stop_rebalance}
   */
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
 * The `gluster_volume` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/glustervolumes/{volume_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/glustervolumes/{volume_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).glusterVolumesService().volumeService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume | reference: gluster_volume}
 */
export class GlusterVolumeService extends Service {
  /**
   * Retrieves the `gluster_volume`: sends `GET /clusters/{cluster_id}/glustervolumes/{volume_id}` (or the same below any other of the service's 2 paths) and reads the `<gluster_volume>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/get | reference: gluster_volume.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceGetOptions}).
   * @returns The `volume`: `GlusterVolume`.
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
   * The `get_profile_statistics` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/getprofilestatistics` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given, and reads `<details>` from the `<action>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/get_profile_statistics | reference: gluster_volume.get_profile_statistics}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `details`: `GlusterVolumeProfileDetails`.
   */
  getProfileStatistics(opts: RequestOptions = {}): Promise<t.GlusterVolumeProfileDetails> {
    const refused = checkParameters(GET_PROFILE_STATISTICS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('getprofilestatistics', {}, 'details', opts) as Promise<t.GlusterVolumeProfileDetails>;
  }

  /**
   * The `rebalance` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/rebalance` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.fixLayout`, `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/rebalance | reference: gluster_volume.rebalance}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceRebalanceOptions}).
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
   * Removes: sends `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/remove | reference: gluster_volume.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceRemoveOptions}).
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
   * The `reset_all_options` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/resetalloptions` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_all_options | reference: gluster_volume.reset_all_options}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceResetAllOptionsOptions}).
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
   * The `reset_option` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/resetoption` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.force`
   * - `opts.option.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/reset_option | reference: gluster_volume.reset_option}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceResetOptionOptions}).
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
   * The `set_option` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/setoption` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.option.name`
   * - `opts.option.value`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/set_option | reference: gluster_volume.set_option}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceSetOptionOptions}).
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
   * The `start` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/start` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start | reference: gluster_volume.start}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceStartOptions}).
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
   * The `start_profile` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/startprofile` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/start_profile | reference: gluster_volume.start_profile}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceStartProfileOptions}).
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
   * The `stop` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stop` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop | reference: gluster_volume.stop}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceStopOptions}).
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
   * The `stop_profile` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stopprofile` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop_profile | reference: gluster_volume.stop_profile}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceStopProfileOptions}).
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
   * The `stop_rebalance` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/stoprebalance` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volume/methods/stop_rebalance | reference: gluster_volume.stop_rebalance}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterVolumeServiceStopRebalanceOptions}).
   */
  stopRebalance(opts: GlusterVolumeServiceStopRebalanceOptions = {}): Promise<void> {
    const refused = checkParameters(STOP_REBALANCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('stoprebalance', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /**
   * Locates the `gluster_bricks` service at `glusterbricks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks | reference: gluster_bricks}
   */
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
