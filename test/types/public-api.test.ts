/**
 * The public types, pinned down. `npm test` type-checks this file with
 * `tsc --noEmit` before jest runs: every `@ts-expect-error` line must be a
 * type error (tsc fails if it compiles), and every `expectType<Equal<...>>()`
 * must hold exactly. The bodies that need an engine are in functions that are
 * type-checked and never called; the rest also runs, so that what the types
 * say is what the values are.
 */
import {
  AuthError,
  Connection,
  type ConnectionOptions,
  type List,
  NotFoundError,
  Error as OvirtError,
  Reader,
  services,
  TimeoutError,
  types,
  Writer,
  XmlError,
} from '../../lib';

/** True when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(): T | void {
  return undefined;
}

const OPTIONS: ConnectionOptions = { url: 'https://engine.example.com/ovirt-engine/api', username: 'admin@internal', password: 'secret' };

describe('the connection', () => {
  test('options are checked by name and type', () => {
    // @ts-expect-error an unknown option name
    const misspelt: ConnectionOptions = { ...OPTIONS, timout: 1000 };
    // @ts-expect-error an option of the wrong type
    const wrong: ConnectionOptions = { ...OPTIONS, timeout: '10s' };
    // @ts-expect-error url is required
    const noUrl: ConnectionOptions = { username: 'admin@internal', password: 'secret' };
    expect([misspelt, wrong, noUrl]).toHaveLength(3);
    // @ts-expect-error in the constructor too
    expect(() => new Connection({ ...OPTIONS, timout: 1000 })).toThrow(OvirtError);
  });

  test('systemService() returns the SystemService, and locators the services they name', async () => {
    const connection = new Connection(OPTIONS);
    const system = connection.systemService();
    expectType<Equal<typeof system, services.SystemService>>();
    const vms = system.vmsService();
    expectType<Equal<typeof vms, services.VmsService>>();
    const vm = vms.vmService('123');
    expectType<Equal<typeof vm, services.VmService>>();
    expectType<Equal<ReturnType<typeof vm.nicsService>, services.VmNicsService>>();
    expect(system).toBeInstanceOf(services.SystemService);
    expect(vm).toBeInstanceOf(services.VmService);
    expect(vm.path).toBe('vms/123');
    // The id is a string or a number; without one the locator throws before any request could be made.
    expectType<Equal<Parameters<typeof vms.vmService>[0], string | number>>();
    expect(vms.vmService(123).path).toBe('vms/123');
    // @ts-expect-error the locator takes the id
    expect(() => vms.vmService()).toThrow('Wrong parameter for VmsService.vmService(): id must be a non-empty string or an integer, got undefined');
    await connection.close();
  });
});

describe('services', () => {
  test('what get(), list(), listStream(), add() and actions return', () => {
    type Vms = services.VmsService;
    type Vm = services.VmService;
    expectType<Equal<ReturnType<Vms['list']>, Promise<List<types.Vm>>>>();
    expectType<Equal<ReturnType<Vm['get']>, Promise<types.Vm>>>();
    expectType<Equal<ReturnType<Vms['listStream']>, AsyncGenerator<types.Vm, void, undefined>>>();
    expectType<Equal<ReturnType<Vms['add']>, Promise<types.Vm>>>();
    expectType<Equal<ReturnType<Vm['start']>, Promise<void>>>();
    expectType<Equal<ReturnType<services.StorageDomainService['isAttached']>, Promise<boolean>>>();
    expectType<Equal<Parameters<Vms['add']>[0], types.VmInit>>();
    // A List is an array that may carry the href of a link.
    expectType<Equal<List<types.Vm>['href'], string | undefined>>();
  });

  test('the option names of a method, with their types, and the option types are exported', () => {
    type ListOptions = services.VmsServiceListOptions;
    expectType<Equal<Parameters<services.VmsService['list']>[0], ListOptions | undefined>>();
    expectType<Equal<ListOptions['search'], string | undefined>>();
    expectType<Equal<ListOptions['max'], number | undefined>>();
    expectType<Equal<ListOptions['caseSensitive'], boolean | undefined>>();
    expectType<Equal<ListOptions['allContent'], boolean | undefined>>();
    expectType<Equal<ListOptions['follow'], string | undefined>>();
    expectType<Equal<ListOptions['headers'], Record<string, string> | undefined>>();
    expectType<Equal<services.VmServiceStartOptions['useCloudInit'], boolean | undefined>>();
    expectType<Equal<services.VmServiceStartOptions['vm'], types.VmInit | undefined>>();
  });

  // Type-checked, never called: these would send requests.
  async function calls(vms: services.VmsService, vm: services.VmService): Promise<void> {
    await vms.list({ search: 'name=web*', max: 10, caseSensitive: false, headers: { 'X-A': 'b' }, query: { extra: 1 } });
    // @ts-expect-error a misspelt option
    await vms.list({ serach: 'name=web*' });
    // @ts-expect-error snake_case is the wire name, not the option
    await vms.list({ case_sensitive: false });
    // @ts-expect-error an option of the wrong type
    await vms.list({ max: '10' });
    // @ts-expect-error an option of another method
    await vms.list({ clonePermissions: true });

    await vms.add({ name: 'web-1', cluster: { name: 'Default' }, template: { name: 'Blank' }, memory: 2 ** 30 });
    // @ts-expect-error an unknown member in an object literal
    await vms.add({ name: 'web-1', nmae: 'web-1' });
    // @ts-expect-error an unknown member of a nested literal
    await vms.add({ name: 'web-1', cluster: { nme: 'Default' } });
    // @ts-expect-error a member of the wrong type
    await vms.add({ name: 'web-1', memory: '2 GiB' });
    // @ts-expect-error a list member needs an array
    await vms.add({ name: 'web-1', nics: { name: 'nic1' } });

    // What the engine returns can be sent back.
    const read = await vm.get({ allContent: true });
    await vm.update(read);
    await vm.start({ useCloudInit: true, vm: { os: { boot: { devices: [types.BootDevice.CDROM] } } } });

    for await (const item of vms.listStream({ search: 'status=up' })) {
      expectType<Equal<typeof item, types.Vm>>();
    }
  }

  test('the calls above are type-checked only', () => {
    expect(typeof calls).toBe('function');
  });
});

describe('types', () => {
  test('constructors take the Init shape; unknown members and wrong types are type errors', () => {
    const vm = new types.Vm({ name: 'a', cluster: { name: 'Default' }, nics: [{ name: 'nic1' }] });
    expectType<Equal<typeof vm.cluster, types.Cluster | undefined>>();
    expectType<Equal<typeof vm.nics, List<types.Nic> | undefined>>();
    expectType<Equal<typeof vm.memory, number | undefined>>();
    expectType<Equal<typeof vm.creationTime, Date | undefined>>();
    expect(vm.cluster).toBeInstanceOf(types.Cluster);
    // @ts-expect-error an unknown member
    expect(() => new types.Vm({ nmae: 'a' })).toThrow(OvirtError);
    // @ts-expect-error a wrong type (the writer refuses it when it is sent)
    expect(() => Writer.write(new types.Vm({ name: 5 }))).toThrow(OvirtError);
  });

  test('an enum member admits the values of a newer engine, and reads them as plain strings', () => {
    expectType<Equal<types.Vm['status'], types.VmStatus | (string & {}) | undefined>>();
    expectType<Equal<types.VmInit['status'], types.VmStatus | (string & {}) | undefined>>();
    expectType<Equal<types.Boot['devices'], List<types.BootDevice | (string & {})> | undefined>>();
    expectType<Equal<types.VmStatus, (typeof types.VmStatus)[keyof typeof types.VmStatus]>>();

    const vm = Reader.read('<vm><status>up</status><type>hibernating_in_space</type></vm>') as types.Vm;
    expect(vm.status).toBe(types.VmStatus.UP);
    expect(vm.type).toBe('hibernating_in_space');
    // The known type is narrower than what a member holds.
    // @ts-expect-error a member may hold a value the SDK does not know
    const known: types.VmType | undefined = vm.type;
    expect(known).toBe('hibernating_in_space');
    // So code that switches over it keeps a default branch.
    const kind = (t: types.Vm['type']): string => {
      switch (t) {
        case types.VmType.DESKTOP:
        case types.VmType.SERVER:
        case types.VmType.HIGH_PERFORMANCE:
          return t;
        case undefined:
          return 'none';
        default:
          return `unknown (${t})`;
      }
    };
    expect(kind(vm.type)).toBe('unknown (hibernating_in_space)');
    // The input side takes the known values and any other string (sent as it is).
    const written = Writer.write(new types.Vm({ status: types.VmStatus.DOWN, type: 'from_a_newer_engine' }));
    expect(written).toContain('<type>from_a_newer_engine</type>');
    // @ts-expect-error but not a value of another kind
    expect(() => Writer.write(new types.Vm({ status: 1 }))).toThrow(OvirtError);
  });
});

describe('errors', () => {
  function classify(e: unknown): string {
    if (!(e instanceof OvirtError)) return 'other';
    expectType<Equal<typeof e, OvirtError>>();
    if (e instanceof AuthError) {
      expectType<Equal<typeof e, AuthError>>();
      return `auth ${e.code}`;
    }
    if (e instanceof NotFoundError) {
      expectType<Equal<typeof e, NotFoundError>>();
      return `not found ${e.fault?.reason}`;
    }
    if (e instanceof XmlError) {
      expectType<Equal<typeof e, XmlError>>();
      return `xml ${e.line}:${e.column}`;
    }
    if (e instanceof TimeoutError) return 'timeout';
    // Narrowing by one subclass does not lose the others.
    expectType<Equal<typeof e, OvirtError>>();
    return `sdk ${e.code}`;
  }

  test('narrow with instanceof, and share the base class', () => {
    expect(classify(new AuthError('no', { code: 401 }))).toBe('auth 401');
    expect(classify(new NotFoundError('gone', { code: 404, fault: { reason: 'Not Found' } }))).toBe('not found Not Found');
    expect(classify(new XmlError('bad', { line: 2, column: 3 }))).toBe('xml 2:3');
    expect(classify(new OvirtError('x', { code: 400 }))).toBe('sdk 400');
    expect(classify(new globalThis.Error('x'))).toBe('other');
    let caught: unknown;
    try {
      Reader.read('<vm><name>');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(XmlError);
    expect(classify(caught)).toMatch(/^xml /);
  });
});
