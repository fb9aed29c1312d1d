import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../../cli/color.ts';
import { COMMANDS, run } from '../../cli/run.ts';
import { createFakeIo, fixture, hasAnsi, linesOf, runCli } from './fake-io.ts';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const COMMAND_NAMES = ['read', 'audit', 'export', 'preview', 'templates', 'new'];

describe('cjm help and version', () => {
  it('lists every command, the exit codes and the locale note', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of COMMAND_NAMES) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'mu'));
    expect(stdout).toContain('Exit codes: 0 ok; 1 audit found errors; 2 bad input');
    expect(stdout).toContain("reports, findings and exports follow the map's locale");
  });

  it('has a command object for each listed name', () => {
    expect(COMMANDS.map((command) => command.name)).toEqual(COMMAND_NAMES);
  });

  it.each(COMMAND_NAMES)('prints the help of %s with --help, -h and `cjm help`', async (name) => {
    const long = await runCli([name, '--help']);
    const short = await runCli([name, '-h']);
    const viaHelp = await runCli(['help', name]);
    expect(long.code).toBe(0);
    expect(long.stderr).toBe('');
    expect(long.stdout).toMatch(new RegExp(`^Usage: cjm ${name}\\b`, 'u'));
    expect(long.stdout).toMatch(/Exit codes:/u);
    expect(short.stdout).toBe(long.stdout);
    expect(viaHelp.stdout).toBe(long.stdout);
  });

  it('prints help even next to a bad option, but not after --', async () => {
    expect((await runCli(['audit', '--bogus', '--help'])).code).toBe(0);
    const afterDashes = await runCli(['read', '--', '--help']);
    expect(afterDashes.code).toBe(2);
    expect(afterDashes.stderr).toBe('cjm: --help: no such file\n');
  });

  it('prints the package version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${packageVersion}\n`);
  });

  it('documents every audit rule with its default severity', async () => {
    const { stdout } = await runCli(['audit', '--help']);
    expect(stdout).toMatch(/missing-touchpoints +Stage without touchpoints \(error\)/u);
    expect(stdout).toMatch(/funnel-bottleneck +Funnel bottleneck \(info\)/u);
  });
});

describe('cjm usage errors: one stderr line, exit 2', () => {
  it.each([
    [[], /^cjm: missing command \(read, audit, export, preview, templates, new\) \(see 'cjm --help'\)$/u],
    [['aduit', 'x.json'], /^cjm: unknown command 'aduit'; did you mean 'audit'\? \(see 'cjm --help'\)$/u],
    [['frobnicate'], /^cjm: unknown command 'frobnicate' \(see 'cjm --help'\)$/u],
    [['--json'], /^cjm: unknown option '--json' \(options go after the command/u],
    [['help', 'nope'], /^cjm: unknown command 'nope'/u],
    [['audit', 'x.json', '--bogus'], /^cjm audit: unknown option '--bogus' \(see 'cjm audit --help'\)$/u],
    [['audit', 'x.json', '-z'], /^cjm audit: unknown option '-z'/u],
    [['audit', 'x.json', '--format'], /^cjm audit: option '--format' needs a value/u],
    [['audit', 'x.json', '-f'], /^cjm audit: option '--format' needs a value/u],
    [['audit', 'x.json', '--output', '--exit-zero'], /^cjm audit: option '--output' needs a value/u],
    [['audit', 'x.json', '--exit-zero=yes'], /^cjm audit: option '--exit-zero' takes no value/u],
    [['audit', 'x.json', '--format', 'html'], /^cjm audit: --format must be one of text, json, md, got 'html'/u],
    [['audit', 'x.json', '--locale', 'de'], /^cjm audit: --locale must be one of ru, en, got 'de'/u],
    [['audit', 'x.json', '--map', '0'], /^cjm audit: --map must be a whole number, 1 or more, got '0'/u],
    [['audit'], /^cjm audit: missing FILE/u],
    [['audit', '-', '-'], /^cjm audit: standard input \('-'\) can be read only once/u],
    [['read'], /^cjm read: missing FILE/u],
    [['read', 'a.json', 'b.json'], /^cjm read: expects one FILE, got 2/u],
    [['export', 'a.json'], /^cjm export: missing --format csv\|md\|json/u],
    [['export', 'a.json', '--format', 'xlsx'], /^cjm export: --format must be one of csv, md, json, got 'xlsx'/u],
    [['templates', 'extra'], /^cjm templates: takes no arguments, got 'extra'/u],
    [['new'], /^cjm new: missing TEMPLATE \(one of race-basic, /u],
  ])('cjm %j', async (argv, expected) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(linesOf(stderr)).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(expected);
  });
});

describe('cjm internal errors', () => {
  const failingIo = (env: Record<string, string> = {}) => {
    const io = createFakeIo({ env });
    return { ...io, stdout: { write: () => { throw new TypeError('stdout exploded'); } } };
  };

  it('prints one line saying so and exits 3, with no stack trace', async () => {
    const io = failingIo();
    expect(await run(['--help'], io)).toBe(3);
    expect(io.stderrText()).toBe('cjm: internal error: stdout exploded (a bug in cjm; run with CJM_DEBUG=1 for details)\n');
  });

  it('shows the stack with CJM_DEBUG=1', async () => {
    const io = failingIo({ CJM_DEBUG: '1' });
    expect(await run(['--help'], io)).toBe(3);
    expect(io.stderrText()).toMatch(/^cjm: internal error: stdout exploded .*\nTypeError: stdout exploded\n\s+at /u);
  });
});

describe('colour', () => {
  it('is used only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise', () => {
    const decide = (isTTY: boolean, env: Record<string, string> = {}) => shouldUseColor({ stdout: { write: () => undefined, isTTY }, env });
    expect(decide(true)).toBe(true);
    expect(decide(false)).toBe(false);
    expect(decide(true, { NO_COLOR: '1' })).toBe(false);
    expect(decide(true, { NO_COLOR: '' })).toBe(true);
    expect(decide(true, { TERM: 'dumb' })).toBe(false);
    expect(decide(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(decide(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(decide(true, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('colours the audit and read output on a terminal only', async () => {
    const file = fixture('lumus-gaps.cjm.json');
    for (const command of [['audit', file], ['read', file]]) {
      expect(hasAnsi((await runCli(command, { tty: true })).stdout)).toBe(true);
      expect(hasAnsi((await runCli(command, { tty: false })).stdout)).toBe(false);
      expect(hasAnsi((await runCli(command, { tty: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
      expect(hasAnsi((await runCli(command, { tty: false, env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    }
  });

  it('never colours a file written with --output, nor JSON', async () => {
    const file = fixture('lumus-gaps.cjm.json');
    const toFile = await runCli(['audit', file, '--output', 'report.txt'], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(toFile.stdout).toBe('');
    expect(hasAnsi(toFile.io.written.get('report.txt') ?? '')).toBe(false);
    expect(toFile.io.written.get('report.txt')).toContain('[missing-touchpoints]');
    expect(hasAnsi((await runCli(['audit', file, '--format', 'json'], { tty: true })).stdout)).toBe(false);
  });
});
