import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { AnswersValidationError, parseAnswers } from '../answers.js';
import { runCases } from '../catalog/cases.js';
import { validateCatalog } from '../catalog/validate.js';
import { defaultCatalog } from '../default-catalog/index.js';
import { evaluateAssessment } from '../engine/evaluate.js';
import { CatalogSchema, ClinicalCaseSchema, type Catalog, type ClinicalCase } from '../schemas/catalog.js';
import { zodIssues, type Issue } from '../schemas/common.js';
import { formatRecommendation } from './format.js';
import { jsonFilesAt, readJson, UsageError, type CliIo } from './io.js';

const HELP = {
  main: `painpath: PainPath's decision engine on the command line

Usage:
  painpath assess <answers.json|-> [--catalog <catalog.json>] [--format json|text]
  painpath validate-catalog <catalog.json>
  painpath cases [<dir|file>] [--catalog <catalog.json>]
  painpath <command> --help

Exit codes: 0 success, 1 invalid catalog or failing case, 2 bad input.`,
  assess: `painpath assess <answers.json|-> [--catalog <catalog.json>] [--format json|text]

Evaluates Answers v1 (a file, or "-" for standard input) and prints the Recommendation.
  --catalog  use this catalog instead of the default one
  --format   json (default, the Recommendation v1 document) or text (a readable summary)
Invalid answers: exit 2, one "path: message" line per problem on stderr.`,
  'validate-catalog': `painpath validate-catalog <catalog.json>

Checks a whole catalog: shape, unique slugs, every criterion against the fact registry,
every treatment and condition named, reference cycles and the stored cases' answers.
Exit 0 when valid, 1 when invalid (issues on stderr), 2 when the file cannot be read.`,
  cases: `painpath cases [<dir|file>] [--catalog <catalog.json>]

Runs clinical test cases: every .json file in a folder, or one file holding a case or a list
of cases. Without a path, runs the cases stored in the catalog. Prints one line per case and
a closing "N passed, N failed". Exit 1 if any case fails, 2 on unreadable or invalid files.`,
} as const;

type Command = (args: string[], io: CliIo) => Promise<number>;

// Every command takes the same options; each one rejects those it does not use.
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  catalog: { type: 'string' },
  format: { type: 'string', default: 'json' },
} as const;

function parse(args: string[], allowed: readonly (keyof typeof OPTIONS)[] = []) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  for (const key of ['catalog', 'format'] as const) {
    if (args.some((a) => a === `--${key}` || a.startsWith(`--${key}=`)) && !allowed.includes(key)) {
      throw new UsageError(`unknown option --${key} for this command`);
    }
  }
  return parsed;
}

function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((i) => `  ${i.path}: ${i.message}`);
}

async function loadCatalog(path: string | undefined, io: CliIo): Promise<Catalog> {
  if (path === undefined) return defaultCatalog;
  const raw = await readJson(path, io);
  const validation = validateCatalog(raw);
  if (!validation.ok) throw new UsageError(`catalog ${path} is invalid:`, issueLines(validation.issues));
  return CatalogSchema.parse(raw);
}

const assess: Command = async (args, io) => {
  const { values, positionals } = parse(args, ['catalog', 'format']);
  if (values.help) return help(io, 'assess');
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError('assess takes exactly one answers file (or "-")');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError('--format must be json or text');
  const catalog = await loadCatalog(values.catalog, io);
  const raw = await readJson(path, io);
  try {
    const result = evaluateAssessment(catalog, parseAnswers(raw), { checks: values.format === 'text' });
    io.stdout.write(
      values.format === 'text' ? `${formatRecommendation(result, catalog)}\n` : `${JSON.stringify(result, null, 2)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AnswersValidationError) throw new UsageError('invalid answers:', issueLines(error.issues));
    throw error;
  }
};

const validate: Command = async (args, io) => {
  const { values, positionals } = parse(args);
  if (values.help) return help(io, 'validate-catalog');
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError('validate-catalog takes exactly one catalog file');
  const validation = validateCatalog(await readJson(path, io));
  if (validation.ok) {
    io.stdout.write(`${path}: valid\n`);
    return 0;
  }
  io.stderr.write(
    [`${path}: ${validation.issues.length} issue(s)`, ...issueLines(validation.issues)].join('\n') + '\n',
  );
  return 1;
};

async function loadCases(path: string, io: CliIo): Promise<ClinicalCase[]> {
  const cases: ClinicalCase[] = [];
  for (const file of await jsonFilesAt(path)) {
    const raw = await readJson(file, io);
    const parsed = z.union([ClinicalCaseSchema, z.array(ClinicalCaseSchema)]).safeParse(raw);
    if (!parsed.success)
      throw new UsageError(`${file} is not a valid clinical test case:`, issueLines(zodIssues(parsed.error)));
    cases.push(...(Array.isArray(parsed.data) ? parsed.data : [parsed.data]));
  }
  return cases;
}

const cases: Command = async (args, io) => {
  const { values, positionals } = parse(args, ['catalog']);
  if (values.help) return help(io, 'cases');
  if (positionals.length > 1) throw new UsageError('cases takes at most one folder or file');
  const catalog = await loadCatalog(values.catalog, io);
  const [path] = positionals;
  const selected = path === undefined ? catalog.cases : await loadCases(path, io);
  const { results, passed, failed } = runCases(catalog, selected);
  for (const r of results) {
    io.stdout.write(r.passed ? `PASS ${r.id}\n` : `FAIL ${r.id}: ${r.failures.join('; ')}\n`);
  }
  io.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
};

const COMMANDS: Record<string, Command> = { assess, 'validate-catalog': validate, cases };

function help(io: CliIo, topic: keyof typeof HELP): number {
  io.stdout.write(`${HELP[topic]}\n`);
  return 0;
}

/** Runs the CLI and returns the exit code; never calls process.exit, so it is testable in-process. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return help(io, 'main');
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; run painpath --help`);
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write([`painpath: ${error.message}`, ...error.details].join('\n') + '\n');
    return 2;
  }
}
