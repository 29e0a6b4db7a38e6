/**
 * `npm run generate`: writes lib/types/, lib/services/ and lib/generated/ from
 * the API model. `npm run generate:check` writes nothing and
 * fails when the committed files differ from what the model gives.
 *
 * Options: --model FILE (or OVIRT_MODEL; default model/model.json of the
 * repository), --out DIR (default: the repository), --check.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generate, GENERATED_DIRS } from './generate';
import { loadModel } from './model';

const repo = path.resolve(__dirname, '..', '..');

function parseArgs(argv: string[]): { model: string; out: string; check: boolean } {
  let model = process.env.OVIRT_MODEL ?? path.join(repo, 'model', 'model.json');
  let out = repo;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--model') model = path.resolve(argv[++i] ?? '');
    else if (a === '--out') out = path.resolve(argv[++i] ?? '');
    else if (a === '--check') check = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: generate [--model model.json] [--out dir] [--check]\n');
      process.exit(0);
    } else {
      process.stderr.write(`generate: unknown argument '${a}'\n`);
      process.exit(2);
    }
  }
  return { model, out, check };
}

/** Files under the generated folders now on disk, relative to `root`. */
function existing(root: string): string[] {
  const found: string[] = [];
  for (const dir of GENERATED_DIRS) {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs)) found.push(`${dir}/${f}`);
  }
  return found.sort();
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.model)) {
    process.stderr.write(`generate: the model file ${args.model} does not exist (use --model or OVIRT_MODEL)\n`);
    process.exit(2);
  }
  const model = loadModel(args.model);
  const files = generate(model);
  const wanted = new Map(files.map((f) => [f.path, f.text]));
  const present = existing(args.out);
  if (args.check) {
    const problems: string[] = [];
    for (const [p, text] of wanted) {
      const abs = path.join(args.out, p);
      if (!fs.existsSync(abs)) problems.push(`missing: ${p}`);
      else if (fs.readFileSync(abs, 'utf8') !== text) problems.push(`stale:   ${p}`);
    }
    for (const p of present) if (!wanted.has(p)) problems.push(`extra:   ${p}`);
    if (problems.length > 0) {
      process.stderr.write(`generate:check: the generated code is not what ${args.model} gives (${problems.length} files):\n`);
      for (const p of problems.slice(0, 20)) process.stderr.write(`  ${p}\n`);
      if (problems.length > 20) process.stderr.write(`  ... and ${problems.length - 20} more\n`);
      process.stderr.write('Run `npm run generate` and commit the result.\n');
      process.exit(1);
    }
    process.stdout.write(`generate:check: ${wanted.size} generated files are up to date (model ${model.version})\n`);
    return;
  }
  for (const p of present) if (!wanted.has(p)) fs.rmSync(path.join(args.out, p));
  let written = 0;
  for (const [p, text] of wanted) {
    const abs = path.join(args.out, p);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    if (!fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== text) {
      fs.writeFileSync(abs, text);
      written++;
    }
  }
  process.stdout.write(`generate: ${wanted.size} files from model ${model.version} (${written} changed) in ${args.out}\n`);
}

main();
