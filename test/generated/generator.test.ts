/**
 * The generator: deterministic output, and the same output from an
 * engine-served model.json (no explicit xml/http fields, no wire_rules).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareNames } from '../../generator/emit-xml';
import { generate } from '../../generator/generate';
import { loadInputRules } from '../../generator/input-rules';
import { resolveModel, RawModel } from '../../generator/model';
import { MODEL_PATH, readModelJson } from '../support/model';

const repo = path.resolve(__dirname, '..', '..');

function strip(raw: any, keepRules: boolean): RawModel {
  const copy = JSON.parse(JSON.stringify(raw));
  if (!keepRules) delete copy.wire_rules;
  const walk = (o: any): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o !== null && typeof o === 'object') {
      delete o.xml;
      delete o.http;
      Object.values(o).forEach(walk);
    }
  };
  walk(copy.types);
  walk(copy.services);
  return copy;
}

const explicit = generate(resolveModel(readModelJson()));

test('the output is deterministic', () => {
  const again = generate(resolveModel(readModelJson()));
  expect(again.map((f) => f.path)).toEqual(explicit.map((f) => f.path));
  again.forEach((f, i) => expect(f.text).toBe(explicit[i].text));
});

test.each([
  ['with wire_rules', true],
  ['without wire_rules (as an engine serves it)', false],
])('a model.json without xml/http fields %s gives the same files', (_label, keepRules) => {
  const derived = generate(resolveModel(strip(readModelJson(), keepRules)));
  expect(derived.map((f) => f.path)).toEqual(explicit.map((f) => f.path));
  const different = derived.filter((f, i) => f.text !== explicit[i].text).map((f) => f.path);
  expect(different).toEqual([]);
});

test('the committed files are what the model gives (npm run generate:check does the same in CI)', () => {
  const stale = explicit.filter((f) => fs.readFileSync(path.join(repo, f.path), 'utf8') !== f.text).map((f) => f.path);
  expect(stale).toEqual([]);
});

test('every generated file starts with the generated header naming the model version', () => {
  const version = readModelJson().version;
  for (const f of explicit) {
    expect(f.text.split('\n')[0]).toContain(`Generated from the oVirt API model ${version}`);
    expect(f.text.split('\n')[1]).toMatch(/^\/\/ Do not edit/);
  }
  expect(MODEL_PATH).toMatch(/model\.json$/);
});

test("the writers' order compares model names word by word, as the oVirt metamodel does", () => {
  // By characters 'a1' would come before 'a_b' ('1' < '_'); by words 'a' < 'a1'.
  expect(['a1', 'clone_permissions', 'a_b', 'clone', 'a'].sort(compareNames)).toEqual(['a', 'a_b', 'a1', 'clone', 'clone_permissions']);
});

describe('the input overrides are checked as they are read', () => {
  /** The model's input detail with these overrides, in a folder of their own. */
  function withOverrides(overrides: unknown[]): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overrides-'));
    fs.copyFileSync(path.join(path.dirname(MODEL_PATH), 'input_detail.json'), path.join(dir, 'input_detail.json'));
    fs.writeFileSync(path.join(dir, 'input_overrides.json'), JSON.stringify({ overrides }));
    return dir;
  }
  const model = resolveModel(readModelJson());
  const start = { service: 'disks', method: 'add', rule: 'BackendDisksResource.add' };

  test.each([
    [{ ...start, mandatroy: [['disk.name']] }, "input_overrides.json disks.add: unknown key 'mandatroy'"],
    [{ ...start, cases: [{ when: [{ path: 'disk.name', present: true }], mandatory: [[]], rule: 'r' }] }, 'an empty list of alternatives in a case'],
    [{ ...start, cases: [{ when: [{ path: 'disk.name', presnet: true }], mandatory: [['disk.name']], rule: 'r' }] }, "a condition: unknown key 'presnet'"],
  ])('%j is refused', (override, message) => {
    const dir = withOverrides([override]);
    try {
      expect(() => loadInputRules(model, dir)).toThrow(message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
