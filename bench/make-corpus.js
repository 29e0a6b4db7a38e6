#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * The benchmark corpus: synthetic engine responses (`<vms>`, `<hosts>` and
 * `<events>` list documents) shaped like what an oVirt 4.6 engine returns:
 * href/id attributes, nested structs in the model's element order, `<link
 * rel>` and `<actions>`, 4-space indentation, the XML declaration with
 * standalone="yes". A VM is about 12 KB, a host about 9 KB, an event about
 * 0.8 KB.
 *
 * Values come from a seeded Mersenne Twister that draws exactly like
 * CPython's `random.Random` (seeding, getrandbits, random, randint, choice),
 * so with the default seed the files are byte-identical to those of the
 * Python generator the first benchmarks were measured with, on every
 * machine (test/bench/corpus.test.ts checks digests of them).
 *
 * Usage: node bench/make-corpus.js [OUTDIR] [--sizes 1,100,1000,10000] [--seed N]
 *   OUTDIR  default /tmp/ovirt-corpus
 *   --sizes for each size n: vms-n.xml, hosts-n.xml (n <= 1000 only) and events-(10n).xml
 *   --seed  another seed gives other values of the same shapes (default 20240601)
 */
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_SEED = 20240601;
const API = '/ovirt-engine/api';

// ---- CPython's random.Random, draw for draw ----

const N = 624;
const M = 397;

class PyRandom {
  /** @param {number} seed a non-negative integer below 2^53 */
  constructor(seed) {
    this.mt = new Uint32Array(N);
    this.mti = N + 1;
    seed = Math.abs(seed);
    // The seed as 32-bit words, least significant first (at least one word).
    /** @type {number[]} */
    const key = [];
    do {
      key.push(seed % 0x100000000);
      seed = Math.floor(seed / 0x100000000);
    } while (seed > 0);
    this.initByArray(key);
  }

  /** @param {number} s */
  initGenrand(s) {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.mti = N;
  }

  /** @param {number[]} key */
  initByArray(key) {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32 random bits, as an unsigned number. */
  uint32() {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `getrandbits(k)` for k <= 32, as a number. */
  bits(k) {
    if (k === 0) return 0;
    return this.uint32() >>> (32 - k);
  }

  /** `getrandbits(k)` for any k, as a bigint (32-bit words, least significant first). */
  bigBits(k) {
    let out = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
      let word = this.uint32();
      if (k < 32) word >>>= 32 - k;
      out |= BigInt(word) << shift;
    }
    return out;
  }

  /** `random()`: a double in [0, 1) from 53 random bits. */
  random() {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** `_randbelow(n)` for 0 < n <= 2^32: rejection sampling on bit_length(n) bits. */
  below(n) {
    const k = 32 - Math.clz32(n);
    let r = this.bits(k);
    while (r >= n) r = this.bits(k);
    return r;
  }

  /** `randint(a, b)`, both ends included. */
  randint(a, b) {
    return a + this.below(b - a + 1);
  }

  /**
   * `choice(seq)`.
   * @template T
   * @param {readonly T[]} seq
   * @returns {T}
   */
  choice(seq) {
    return seq[this.below(seq.length)];
  }
}

// ---- Values ----

const VM_ACTIONS = [
  'autopincpuandnumanodes', 'cancelmigration', 'clone', 'commitsnapshot', 'detach', 'export', 'freezefilesystems', 'logon',
  'maintenance', 'migrate', 'previewsnapshot', 'reboot', 'reordermacaddresses', 'reset', 'screenshot', 'shutdown', 'start',
  'stop', 'suspend', 'thawfilesystems', 'ticket', 'undosnapshot',
];
const VM_LINKS = [
  'affinitylabels', 'applications', 'backups', 'cdroms', 'checkpoints', 'diskattachments', 'graphicsconsoles', 'hostdevices',
  'katelloerrata', 'mediateddevices', 'nics', 'numanodes', 'permissions', 'reporteddevices', 'sessions', 'snapshots',
  'statistics', 'tags', 'watchdogs',
];
const HOST_ACTIONS = [
  'activate', 'approve', 'commitnetconfig', 'copyhostnetworks', 'deactivate', 'discoveriscsi', 'enrollcertificate', 'fence',
  'forceselectspm', 'install', 'iscsidiscover', 'iscsilogin', 'refresh', 'setupnetworks', 'syncallnetworks',
  'unregisteredstoragedomainsdiscover', 'upgrade', 'upgradecheck',
];
const HOST_LINKS = [
  'affinitylabels', 'agents', 'cpuunits', 'devices', 'externalnetworkproviderconfigurations', 'hooks', 'katelloerrata',
  'networkattachments', 'nics', 'numanodes', 'permissions', 'statistics', 'storage', 'storageconnectionextensions', 'tags',
  'unmanagednetworks',
];
const repeat = (/** @type {string} */ value, /** @type {number} */ n) => Array(n).fill(value);
const VM_STATUS = [...repeat('up', 6), ...repeat('down', 3), 'paused', 'migrating', 'powering_up', 'suspended'];
const RUNNING = new Set(['up', 'paused', 'migrating', 'powering_up']);
const OS_TYPES = ['rhel_8x64', 'rhel_9x64', 'other_linux', 'windows_2019x64', 'windows_2022', 'debian_9', 'ubuntu_20_04', 'other'];
const TIMEZONES = ['Etc/GMT', 'Europe/Prague', 'America/New_York', 'Asia/Tokyo', 'GMT Standard Time', 'UTC'];
const DISPLAY = ['vnc', 'spice'];
const BIOS = ['q35_ovmf', 'q35_sea_bios', 'i440fx_sea_bios', 'q35_secure_boot'];
const CPU_TYPES = ['Intel Cascadelake Server Family', 'AMD EPYC', 'Intel Icelake Server IBRS SSBD', 'Secure Intel Skylake Server Family'];
const WORDS = ['prod', 'db', 'web', 'cache', 'build', 'ci', 'k8s', 'worker', 'api', 'edge', 'mail', 'ldap', 'vpn', 'mon', 'log', 'test'];
const SEVERITY = [...repeat('normal', 6), 'warning', 'error', 'alert'];
/** Event descriptions; each takes every value (vm, host, host2, n), used or not. */
const EVENT_MSGS = [
  (/** @type {Record<string, string|number>} */ v) => `VM ${v.vm} started on Host ${v.host}`,
  (/** @type {Record<string, string|number>} */ v) => `VM ${v.vm} is down. Exit message: User shut down from within the guest`,
  (/** @type {Record<string, string|number>} */ v) =>
    `Migration started (VM: ${v.vm}, Source: ${v.host}, Destination: ${v.host2}, User: admin@internal-authz).`,
  () => 'User admin@internal-authz logged in.',
  (/** @type {Record<string, string|number>} */ v) => `Snapshot 'backup-${v.n}' creation for VM '${v.vm}' was initiated by admin@internal-authz.`,
  (/** @type {Record<string, string|number>} */ v) => `Host ${v.host} power management was verified successfully & status is <ok>.`,
  (/** @type {Record<string, string|number>} */ v) => `Available memory of host ${v.host} [${v.n} MB] is under defined threshold [1024 MB].`,
];

/** Zero-padded decimal (`%0<width>d`). */
const pad = (/** @type {number} */ n, /** @type {number} */ width) => String(n).padStart(width, '0');
/** Zero-padded hex of a bigint (`%0<width>x`). */
const hex = (/** @type {bigint} */ n, /** @type {number} */ width) => n.toString(16).padStart(width, '0');

class Gen {
  /** @param {number} seed */
  constructor(seed) {
    this.r = new PyRandom(seed);
  }

  uuid() {
    const h = hex(this.r.bigBits(128), 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  date() {
    const r = this.r;
    const year = r.randint(18, 24);
    const month = r.randint(1, 12);
    const day = r.randint(1, 28);
    const hour = r.randint(0, 23);
    const minute = r.randint(0, 59);
    const second = r.randint(0, 59);
    const ms = r.randint(0, 999);
    const zone = r.choice([0, 1, 2]);
    return `20${pad(year, 2)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ms, 3)}+${pad(zone, 2)}:00`;
  }

  b(p = 0.5) {
    return this.r.random() < p ? 'true' : 'false';
  }

  /** @param {string} prefix */
  name(prefix) {
    const r = this.r;
    const a = r.choice(WORDS);
    const b = r.choice(WORDS);
    return `${prefix}-${a}-${b}-${pad(r.randint(0, 999), 3)}`;
  }
}

// ---- Writing ----

const esc = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {[string, string][] | undefined} attrs */
function attrs(attrs) {
  if (!attrs) return '';
  return attrs.map(([k, v]) => ` ${k}="${esc(v).replace(/"/g, '&quot;')}"`).join('');
}

/** A pretty-printing writer with the engine's 4-space indentation. */
class W {
  constructor() {
    /** @type {string[]} */
    this.parts = [];
    this.depth = 0;
  }

  /** @param {string} tag @param {[string, string][]} [a] */
  open(tag, a) {
    this.parts.push(`${'    '.repeat(this.depth)}<${tag}${attrs(a)}>\n`);
    this.depth++;
  }

  /** @param {string} tag */
  close(tag) {
    this.depth--;
    this.parts.push(`${'    '.repeat(this.depth)}</${tag}>\n`);
  }

  /** @param {string} tag @param {string | number | null} [text] @param {[string, string][]} [a] */
  leaf(tag, text = null, a) {
    const ind = '    '.repeat(this.depth);
    if (text === null) this.parts.push(`${ind}<${tag}${attrs(a)}/>\n`);
    else this.parts.push(`${ind}<${tag}${attrs(a)}>${esc(String(text))}</${tag}>\n`);
  }

  /** A link to one object: `<tag href=".../coll/id" id="id"/>`. @param {string} tag @param {string} coll @param {string} id */
  ref(tag, coll, id) {
    this.leaf(tag, null, [['href', `${API}/${coll}/${id}`], ['id', id]]);
  }

  text() {
    const s = this.parts.join('');
    this.parts = [];
    return s;
  }
}

/**
 * @param {W} w @param {string} tag @param {number} major @param {number} minor
 * @param {number} [build] @param {number} [rev]
 */
function writeVersion(w, tag, major, minor, build, rev) {
  w.open(tag);
  if (build !== undefined) w.leaf('build', build);
  w.leaf('full_version', `${major}.${minor}${build === undefined ? '' : `.${build}-${rev}`}`);
  w.leaf('major', major);
  w.leaf('minor', minor);
  if (rev !== undefined) w.leaf('revision', rev);
  w.close(tag);
}

/**
 * @typedef {{ hosts: string[], clusters: string[], templates: string[], cpuprofiles: string[],
 *   icons: string[], dc: string, quota: string, user: string }} Context
 */

/** @param {W} w @param {Gen} g @param {Context} ctx */
function vm(w, g, ctx) {
  const r = g.r;
  const vid = g.uuid();
  const base = `${API}/vms/${vid}`;
  const status = r.choice(VM_STATUS);
  const running = RUNNING.has(status);
  const mem = r.choice([1, 2, 4, 8, 16, 32, 64]) * 1073741824;
  w.open('vm', [['href', base], ['id', vid]]);
  w.open('actions');
  for (const a of VM_ACTIONS) w.leaf('link', null, [['href', `${base}/${a}`], ['rel', a]]);
  w.close('actions');
  const name = g.name('vm');
  w.leaf('name', name);
  {
    const [a, b, c] = [r.choice(WORDS), r.choice(WORDS), r.choice(WORDS)];
    w.leaf('description', `${a} server for team ${b} & ${c}`);
  }
  w.leaf('comment', r.random() < 0.7 ? '' : `ticket #${r.randint(1000, 99999)}`);
  for (const l of VM_LINKS) w.leaf('link', null, [['href', `${base}/${l}`], ['rel', l]]);
  w.leaf('auto_pinning_policy', 'disabled');
  w.open('bios');
  w.open('boot_menu');
  w.leaf('enabled', g.b(0.1));
  w.close('boot_menu');
  w.leaf('type', r.choice(BIOS));
  w.close('bios');
  w.open('console');
  w.leaf('enabled', g.b(0.2));
  w.close('console');
  w.open('cpu');
  w.leaf('architecture', 'x86_64');
  w.open('topology');
  w.leaf('cores', r.choice([1, 2, 4]));
  w.leaf('sockets', r.choice([1, 2, 4, 8, 16]));
  w.leaf('threads', r.choice([1, 1, 2]));
  w.close('topology');
  w.close('cpu');
  w.leaf('cpu_pinning_policy', 'none');
  w.leaf('cpu_shares', r.choice([0, 0, 512, 1024]));
  w.leaf('creation_time', g.date());
  w.leaf('delete_protected', g.b(0.1));
  w.open('display');
  if (running) {
    const [a, b, c] = [r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)];
    w.leaf('address', `10.${a}.${b}.${c}`);
  }
  w.leaf('allow_override', g.b(0.3));
  w.leaf('copy_paste_enabled', 'true');
  w.leaf('disconnect_action', 'LOCK_SCREEN');
  w.leaf('disconnect_action_delay', 0);
  w.leaf('file_transfer_enabled', 'true');
  w.leaf('monitors', r.choice([1, 1, 2]));
  if (running) {
    w.leaf('port', r.randint(5900, 6100));
    w.leaf('secure_port', r.randint(5900, 6100));
  }
  w.leaf('single_qxl_pci', 'false');
  w.leaf('smartcard_enabled', 'false');
  w.leaf('type', r.choice(DISPLAY));
  w.close('display');
  w.open('high_availability');
  w.leaf('enabled', g.b(0.3));
  w.leaf('priority', r.choice([0, 1, 50, 100]));
  w.close('high_availability');
  w.open('initialization');
  w.leaf('authorized_ssh_keys', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${hex(r.bigBits(128), 32)} admin@${name}`);
  w.leaf('cloud_init_network_protocol', 'eni');
  w.leaf('custom_script', `#cloud-config\nruncmd:\n  - echo ${r.randint(0, 1 << 30)} > /etc/motd\n`);
  w.leaf('dns_search', 'example.test');
  {
    const [a, b] = [r.randint(1, 9), r.randint(1, 9)];
    w.leaf('dns_servers', `10.0.0.${a} 10.0.1.${b}`);
  }
  w.leaf('host_name', `${name}.example.test`);
  w.open('nic_configurations');
  w.open('nic_configuration');
  w.leaf('boot_protocol', 'dhcp');
  w.leaf('name', 'eth0');
  w.leaf('on_boot', 'true');
  w.close('nic_configuration');
  w.close('nic_configurations');
  w.leaf('regenerate_ids', 'false');
  w.leaf('regenerate_ssh_keys', 'false');
  w.leaf('user_name', 'root');
  w.close('initialization');
  w.open('io');
  w.leaf('threads', r.choice([0, 1, 2]));
  w.close('io');
  w.ref('large_icon', 'icons', ctx.icons[1]);
  w.leaf('memory', mem);
  w.open('memory_policy');
  w.leaf('ballooning', g.b(0.8));
  w.leaf('guaranteed', mem / 2);
  w.leaf('max', mem * 4);
  w.close('memory_policy');
  w.open('migration');
  w.leaf('auto_converge', 'inherit');
  w.leaf('compressed', 'inherit');
  w.leaf('encrypted', 'inherit');
  w.leaf('parallel_migrations_policy', 'inherit');
  w.close('migration');
  w.leaf('migration_downtime', -1);
  w.leaf('multi_queues_enabled', 'true');
  w.leaf('origin', 'ovirt');
  w.open('os');
  w.open('boot');
  w.open('devices');
  w.leaf('device', 'hd');
  if (r.random() < 0.3) w.leaf('device', 'network');
  w.close('devices');
  w.close('boot');
  w.leaf('type', r.choice(OS_TYPES));
  w.close('os');
  w.open('placement_policy');
  w.leaf('affinity', r.choice(['migratable', 'user_migratable', 'pinned']));
  w.open('hosts');
  for (let i = r.randint(1, 2); i > 0; i--) w.ref('host', 'hosts', r.choice(ctx.hosts));
  w.close('hosts');
  w.close('placement_policy');
  w.open('rng_device');
  w.leaf('source', 'urandom');
  w.close('rng_device');
  w.open('serial_number');
  w.leaf('policy', 'vm');
  w.close('serial_number');
  w.ref('small_icon', 'icons', ctx.icons[0]);
  w.leaf('soundcard_enabled', g.b(0.1));
  w.open('sso');
  w.open('methods');
  w.leaf('method', null, [['id', 'guest_agent']]);
  w.close('methods');
  w.close('sso');
  w.leaf('start_paused', 'false');
  w.leaf('stateless', g.b(0.05));
  w.leaf('storage_error_resume_behaviour', 'auto_resume');
  w.open('time_zone');
  w.leaf('name', r.choice(TIMEZONES));
  w.close('time_zone');
  w.leaf('tpm_enabled', g.b(0.2));
  w.leaf('tunnel_migration', 'false');
  w.leaf('type', r.choice(['server', 'desktop', 'high_performance']));
  w.open('usb');
  w.leaf('enabled', g.b(0.2));
  w.close('usb');
  w.open('virtio_scsi');
  w.leaf('enabled', 'true');
  w.close('virtio_scsi');
  w.leaf('virtio_scsi_multi_queues_enabled', 'false');
  w.ref('cluster', 'clusters', r.choice(ctx.clusters));
  w.ref('cpu_profile', 'cpuprofiles', r.choice(ctx.cpuprofiles));
  w.open('custom_properties');
  for (let i = r.randint(1, 3); i > 0; i--) {
    w.open('custom_property');
    w.leaf('name', r.choice(['sap_agent', 'viodiskcache', 'hugepages', 'vhost', 'sndbuf']));
    w.leaf('value', String(r.randint(0, 4096)));
    w.close('custom_property');
  }
  w.close('custom_properties');
  w.open('custom_compatibility_version');
  w.leaf('major', 4);
  w.leaf('minor', r.choice([6, 7]));
  w.close('custom_compatibility_version');
  w.leaf('fqdn', `${name}.example.test`);
  if (running) {
    w.open('guest_operating_system');
    w.leaf('architecture', 'x86_64');
    w.leaf('codename', r.choice(['Ootpa', 'Plow', 'focal']));
    w.leaf('distribution', r.choice(['Red Hat Enterprise Linux', 'CentOS Stream', 'Ubuntu']));
    w.leaf('family', 'Linux');
    w.open('kernel');
    {
      const major = r.choice([4, 5]);
      const minor = r.randint(0, 18);
      writeVersion(w, 'version', major, minor, 0, r.randint(100, 500));
    }
    w.close('kernel');
    {
      const major = r.choice([8, 9]);
      writeVersion(w, 'version', major, r.randint(0, 9));
    }
    w.close('guest_operating_system');
    w.open('guest_time_zone');
    w.leaf('name', r.choice(TIMEZONES));
    w.leaf('utc_offset', `+0${r.randint(0, 2)}:00`);
    w.close('guest_time_zone');
  }
  w.leaf('has_illegal_images', 'false');
  w.leaf('next_run_configuration_exists', g.b(0.1));
  w.leaf('numa_tune_mode', 'interleave');
  w.leaf('run_once', 'false');
  if (running) w.leaf('start_time', g.date());
  w.leaf('status', status);
  w.leaf('stop_time', g.date());
  w.leaf('stop_reason', r.random() < 0.8 ? '' : `maintenance window ${r.randint(1, 52)}`);
  w.leaf('use_latest_template_version', 'false');
  if (running) w.ref('host', 'hosts', r.choice(ctx.hosts));
  const t = r.choice(ctx.templates);
  w.ref('original_template', 'templates', t);
  w.ref('template', 'templates', t);
  w.ref('quota', `datacenters/${ctx.dc}/quotas`, ctx.quota);
  w.close('vm');
}

/** @param {W} w @param {Gen} g @param {Context} ctx @param {string} hid */
function host(w, g, ctx, hid) {
  const r = g.r;
  const base = `${API}/hosts/${hid}`;
  w.open('host', [['href', base], ['id', hid]]);
  w.open('actions');
  for (const a of HOST_ACTIONS) w.leaf('link', null, [['href', `${base}/${a}`], ['rel', a]]);
  w.close('actions');
  const word = r.choice(WORDS);
  const name = `host-${word}-${pad(r.randint(0, 9999), 4)}`;
  w.leaf('name', name);
  w.leaf('comment', '');
  for (const l of HOST_LINKS) w.leaf('link', null, [['href', `${base}/${l}`], ['rel', l]]);
  w.leaf('address', `${name}.example.test`);
  w.leaf('auto_numa_status', 'enable');
  w.open('certificate');
  w.leaf('organization', 'example.test');
  w.leaf('subject', `O=example.test,CN=${name}.example.test`);
  w.close('certificate');
  w.open('cpu');
  w.leaf('name', r.choice(CPU_TYPES));
  w.leaf('speed', r.choice([2100, 2400, 2900, 3300]));
  w.open('topology');
  w.leaf('cores', r.choice([16, 24, 32]));
  w.leaf('sockets', 2);
  w.leaf('threads', 2);
  w.close('topology');
  w.leaf('type', r.choice(CPU_TYPES));
  w.close('cpu');
  w.open('device_passthrough');
  w.leaf('enabled', g.b(0.2));
  w.close('device_passthrough');
  w.open('display');
  {
    const [a, b] = [r.randint(0, 255), r.randint(1, 254)];
    w.leaf('address', `10.1.${a}.${b}`);
  }
  w.close('display');
  w.leaf('external_status', 'ok');
  w.open('hardware_information');
  w.leaf('family', 'PowerEdge');
  w.leaf('manufacturer', r.choice(['Dell Inc.', 'HPE', 'Lenovo', 'Supermicro']));
  w.leaf('product_name', `R${r.choice([640, 650, 740, 750])}`);
  w.leaf('serial_number', r.bits(32).toString(16).toUpperCase().padStart(8, '0'));
  w.open('supported_rng_sources');
  w.leaf('supported_rng_source', 'hwrng');
  w.leaf('supported_rng_source', 'urandom');
  w.close('supported_rng_sources');
  w.leaf('uuid', g.uuid());
  {
    const [a, b, c] = [r.randint(1, 3), r.randint(0, 20), r.randint(0, 9)];
    w.leaf('version', `${a}.${b}.${c}`);
  }
  w.close('hardware_information');
  w.open('hosted_engine');
  w.leaf('active', g.b(0.1));
  w.leaf('configured', g.b(0.3));
  w.leaf('global_maintenance', 'false');
  w.leaf('local_maintenance', 'false');
  w.leaf('score', r.choice([0, 3400]));
  w.close('hosted_engine');
  w.leaf('kdump_status', 'disabled');
  w.open('ksm');
  w.leaf('enabled', g.b(0.5));
  w.close('ksm');
  w.open('libvirt_version');
  w.leaf('build', 0);
  w.leaf('full_version', `libvirt-8.0.0-${r.randint(1, 20)}.module+el8`);
  w.leaf('major', 8);
  w.leaf('minor', 0);
  w.leaf('revision', 0);
  w.close('libvirt_version');
  w.leaf('max_scheduling_memory', r.randint(1, 1000) * 1073741824);
  w.leaf('memory', r.choice([256, 512, 1024]) * 1073741824);
  w.leaf('network_operation_in_progress', 'false');
  w.leaf('numa_supported', 'true');
  w.open('os');
  w.leaf('custom_kernel_cmdline', '');
  w.leaf('reported_kernel_cmdline', 'BOOT_IMAGE=(hd0,msdos1)/vmlinuz-4.18.0 root=/dev/mapper/rhel-root ro crashkernel=auto');
  w.leaf('type', 'RHEL');
  writeVersion(w, 'version', 8, r.randint(4, 9));
  w.close('os');
  w.leaf('ovn_configured', 'true');
  w.leaf('port', 54321);
  w.open('power_management');
  w.leaf('automatic_pm_enabled', 'true');
  w.leaf('enabled', g.b(0.5));
  w.leaf('kdump_detection', 'true');
  w.open('pm_proxies');
  for (const type of ['cluster', 'dc']) {
    w.open('pm_proxy');
    w.leaf('type', type);
    w.close('pm_proxy');
  }
  w.close('pm_proxies');
  w.close('power_management');
  w.leaf('protocol', 'stomp');
  w.leaf('reinstallation_required', 'false');
  w.open('se_linux');
  w.leaf('mode', 'enforcing');
  w.close('se_linux');
  w.open('spm');
  w.leaf('priority', 5);
  w.leaf('status', r.choice(['none', 'none', 'spm']));
  w.close('spm');
  w.open('ssh');
  w.leaf('fingerprint', `SHA256:${hex(r.bigBits(128), 32)}`);
  w.leaf('port', 22);
  w.leaf('public_key', `ssh-rsa AAAAB3NzaC1yc2E${hex(r.bigBits(256), 64)}`);
  w.close('ssh');
  w.leaf('status', r.choice([...repeat('up', 8), 'maintenance', 'non_responsive']));
  w.open('summary');
  const active = r.randint(0, 80);
  w.leaf('active', active);
  w.leaf('migrating', r.randint(0, 2));
  w.leaf('total', active + r.randint(0, 5));
  w.close('summary');
  w.open('transparent_hugepages');
  w.leaf('enabled', 'true');
  w.close('transparent_hugepages');
  w.leaf('type', 'rhel');
  w.leaf('update_available', g.b(0.2));
  writeVersion(w, 'version', 4, 50, r.randint(1, 9), 0);
  w.leaf('vgpu_placement', 'consolidated');
  w.ref('cluster', 'clusters', r.choice(ctx.clusters));
  w.close('host');
}

/** @param {W} w @param {Gen} g @param {Context} ctx @param {number} idx */
function event(w, g, ctx, idx) {
  const r = g.r;
  const eid = String(idx);
  w.open('event', [['href', `${API}/events/${eid}`], ['id', eid]]);
  const template = r.choice(EVENT_MSGS);
  const values = {
    vm: g.name('vm'),
    host: `host-${pad(r.randint(0, 9999), 4)}`,
    host2: `host-${pad(r.randint(0, 9999), 4)}`,
    n: r.randint(1, 9999),
  };
  w.leaf('description', template(values));
  w.leaf('code', r.choice([30, 31, 32, 153, 61, 62, 68, 9000, 10802]));
  w.leaf('correlation_id', r.bits(32).toString(16).padStart(8, '0'));
  w.leaf('custom_id', -1);
  w.leaf('flood_rate', 30);
  w.leaf('origin', 'oVirt');
  w.leaf('severity', r.choice(SEVERITY));
  w.leaf('time', g.date());
  w.ref('user', 'users', ctx.user);
  if (r.random() < 0.6) {
    w.ref('vm', 'vms', g.uuid());
    w.ref('host', 'hosts', r.choice(ctx.hosts));
    w.ref('cluster', 'clusters', r.choice(ctx.clusters));
  }
  w.close('event');
}

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The documents of one size: `[file name, root, items, seed offset, writer]`.
 * @typedef {(w: W, g: Gen, ctx: Context, i: number) => void} ItemWriter
 * @param {number} n
 * @returns {{ name: string, root: string, count: number, item: ItemWriter }[]}
 */
function documents(n) {
  /** @type {{ name: string, root: string, count: number, item: ItemWriter }[]} */
  const docs = [{ name: `vms-${n}`, root: 'vms', count: n, item: (w, g, c) => vm(w, g, c) }];
  // Host lists are small in practice.
  if (n <= 1000) docs.push({ name: `hosts-${n}`, root: 'hosts', count: n, item: (w, g, c) => host(w, g, c, g.uuid()) });
  docs.push({ name: `events-${n * 10}`, root: 'events', count: n * 10, item: (w, g, c, i) => event(w, g, c, 1000000 - i) });
  return docs;
}

/** The references every document shares (hosts, clusters, templates...). @param {number} seed @returns {Context} */
function context(seed) {
  const g = new Gen(seed);
  const uuids = (/** @type {number} */ n) => Array.from({ length: n }, () => g.uuid());
  return {
    hosts: uuids(200),
    clusters: uuids(8),
    templates: uuids(30),
    cpuprofiles: uuids(8),
    icons: uuids(2),
    dc: g.uuid(),
    quota: g.uuid(),
    user: g.uuid(),
  };
}

/**
 * Writes one document to `file`, 256 items at a time; returns its size in bytes.
 * @param {string} file @param {string} root @param {number} count @param {ItemWriter} item @param {Context} ctx @param {Gen} g
 */
function writeDocument(file, root, count, item, ctx, g) {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${HEADER}<${root}>\n`);
    const w = new W();
    w.depth = 1;
    for (let i = 0; i < count; i++) {
      item(w, g, ctx, i);
      if (i % 256 === 255) fs.writeSync(fd, w.text());
    }
    fs.writeSync(fd, w.text());
    fs.writeSync(fd, `</${root}>\n`);
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}

/**
 * Writes the corpus for `sizes` into `outDir`; `only` limits it to the named
 * files (`vms-1000`). Returns what it wrote.
 * @param {{ outDir: string, sizes?: number[], seed?: number, only?: string[], log?: (line: string) => void }} options
 */
function makeCorpus({ outDir, sizes = [1, 100, 1000, 10000], seed = DEFAULT_SEED, only, log = () => {} }) {
  if (!Number.isSafeInteger(seed)) throw new Error(`the seed must be an integer, got ${seed}`);
  fs.mkdirSync(outDir, { recursive: true });
  const ctx = context(seed);
  /** @type {{ file: string, bytes: number, objects: number }[]} */
  const written = [];
  log(`${'file'.padEnd(28)} ${'bytes'.padStart(12)} ${'objects'.padStart(8)} ${'bytes/obj'.padStart(10)}`);
  for (const n of sizes) {
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`sizes must be positive integers, got ${n}`);
    for (const doc of documents(n)) {
      if (only !== undefined && !only.includes(doc.name)) continue;
      // Each document has a generator of its own; another seed shifts them all.
      const g = new Gen(n * 7 + doc.root.length + (seed - DEFAULT_SEED));
      const file = path.join(outDir, `${doc.name}.xml`);
      const bytes = writeDocument(file, doc.root, doc.count, doc.item, ctx, g);
      written.push({ file, bytes, objects: doc.count });
      log(`${path.basename(file).padEnd(28)} ${String(bytes).padStart(12)} ${String(doc.count).padStart(8)} ${String(Math.floor(bytes / doc.count)).padStart(10)}`);
    }
  }
  return written;
}

module.exports = { makeCorpus, PyRandom, DEFAULT_SEED };

if (require.main === module) {
  const args = process.argv.slice(2);
  let outDir = '/tmp/ovirt-corpus';
  /** @type {number[] | undefined} */
  let sizes;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node bench/make-corpus.js [OUTDIR] [--sizes 1,100,1000,10000] [--seed N]\n');
      process.exit(0);
    } else if (a === '--sizes') sizes = (args[++i] ?? '').split(',').map(Number);
    else if (a === '--seed') seed = Number(args[++i]);
    else if (a.startsWith('-')) {
      process.stderr.write(`make-corpus: unknown option '${a}'\n`);
      process.exit(2);
    } else outDir = a;
  }
  try {
    makeCorpus({ outDir, sizes, seed, log: (line) => process.stdout.write(`${line}\n`) });
  } catch (error) {
    process.stderr.write(`make-corpus: ${/** @type {Error} */ (error).message}\n`);
    process.exit(2);
  }
}
