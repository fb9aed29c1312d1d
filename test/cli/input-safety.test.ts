import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput, looksBinary } from '../../cli/decode-input.ts';
import type { CliIo } from '../../cli/io.ts';
import { createProcessIo, readBounded } from '../../cli/process-io.ts';
import { run } from '../../cli/run.ts';
import { parseMap, serializeMap } from '../../core/index.ts';
import { fixture, runCli } from './fake-io.ts';

const lumusPath = fixture('lumus-gaps.cjm.json');
const lumusText = readFileSync(lumusPath, 'utf8');
const lumusJson = serializeMap(parseMap(JSON.parse(lumusText)));

/** The text in Windows-1251, byte by byte (the encoder side of what TextDecoder('windows-1251') reads). */
function toWindows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return new Uint8Array([...text].map((char) => table.get(char) ?? 0x3f));
}

function utf32(text: string, little: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? '\uFEFF' : ''), ...text].map((char) => char.codePointAt(0) ?? 0);
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((point, i) => view.setUint32(i * 4, point, little));
  return new Uint8Array(view.buffer);
}

describe('other encodings', () => {
  it('reads a Windows-1251 file as Cyrillic text, with a warning, instead of U+FFFD everywhere', async () => {
    const { code, stdout, stderr } = await runCli(['read', 'cp1251.json', '--json'], { files: { 'cp1251.json': toWindows1251(lumusText) } });
    expect(code).toBe(0);
    expect(stdout).toBe(lumusJson);
    expect(stdout).not.toContain('\uFFFD');
    expect(stderr).toBe('cjm: cp1251.json: warning: the file is not UTF-8; read it as Windows-1251 (Cyrillic). Save it as UTF-8 to be sure every letter is right\n');
  });

  it('refuses other non-UTF-8 text with the place of the first bad byte', async () => {
    // Latin-1 "café": one accented letter between ASCII ones, not Russian in Windows-1251.
    const latin1 = new Uint8Array([...new TextEncoder().encode('{\n  "title": "caf'), 0xe9, ...new TextEncoder().encode('"\n}')]);
    const { code, stderr } = await runCli(['read', 'latin1.json'], { files: { 'latin1.json': latin1 } });
    expect(code).toBe(2);
    expect(stderr).toBe('cjm: latin1.json: not UTF-8 text (byte 0xe9 at line 2, column 16 is not valid UTF-8); save the file as UTF-8\n');
  });

  it('reads UTF-32 with a byte order mark, and names UTF-32 without one', async () => {
    for (const little of [true, false]) {
      const read = await runCli(['read', 'u32.json', '--json'], { files: { 'u32.json': utf32(lumusText, little, true) } });
      expect(read.code).toBe(0);
      expect(read.stdout).toBe(lumusJson);
      const bare = await runCli(['read', 'u32.json'], { files: { 'u32.json': utf32(lumusText, little, false) } });
      expect(bare.code).toBe(2);
      expect(bare.stderr).toBe(`cjm: u32.json: the file looks like UTF-32 (${little ? 'little' : 'big'}-endian); save it as UTF-8\n`);
    }
  });

  it('decodes every encoding it names back to the same text', () => {
    const text = '{"t": "Поиск решения 🚀"}';
    expect(decodeInput(utf32(text, true, true), 'x').text).toBe(text);
    expect(decodeInput(utf32(text, false, true), 'x').text).toBe(text);
    expect(decodeInput(new TextEncoder().encode(text), 'x')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeInput(toWindows1251('{"t": "Поиск решения"}'), 'x').encoding).toBe('windows-1251');
  });
});

describe('bounded input', () => {
  /** An endless stream of JSON-looking text, like `yes '{' | cjm read -`. */
  async function* endless(): AsyncIterable<Uint8Array> {
    const chunk = new TextEncoder().encode('[' + '{"id": 1, "type": "text"},'.repeat(2000));
    for (;;) yield await Promise.resolve(chunk);
  }

  it('stops reading an endless stream at the limit with a clear message', async () => {
    const { code, stderr } = await runCli(['read', '-'], { stdin: endless, env: { CJM_MAX_INPUT_MB: '1' } });
    expect(code).toBe(2);
    expect(stderr).toBe('cjm: <stdin>: more than 1 MB of input: stopped reading. A board export is far smaller; if this really is one, raise the limit with CJM_MAX_INPUT_MB (up to 500)\n');
  });

  it('refuses a file over the limit before reading it, with its size', async () => {
    const { code, stderr } = await runCli(['audit', 'big.json'], { files: { 'big.json': `${lumusText}${' '.repeat(700_000)}` }, env: { CJM_MAX_INPUT_MB: '0.5' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cjm: big\.json: 0\.\d+ MB, over the 0\.5 MB input limit\. A board export is far smaller/u);
  });

  it('rejects a bad CJM_MAX_INPUT_MB', async () => {
    const { code, stderr } = await runCli(['read', lumusPath], { env: { CJM_MAX_INPUT_MB: 'lots' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cjm: CJM_MAX_INPUT_MB must be a number of megabytes from 1 to 500, got 'lots'/u);
  });

  it('reads /dev/zero for no more than its first bytes and calls it binary', async () => {
    let stderr = '';
    const io: CliIo = { ...createProcessIo(), stdout: { write: () => undefined }, stderr: { write: (text) => void (stderr += text) }, env: {} };
    const code = await run(['read', '/dev/zero'], io);
    expect(code).toBe(2);
    expect(stderr).toBe('cjm: /dev/zero: binary data (NUL bytes), not a JSON text file\n');
  });

  it('stops an endless stream even when it is not binary', async () => {
    await expect(readBounded(endless(), { maxBytes: 200_000, stopAfterHead: looksBinary })).rejects.toMatchObject({ code: 'EFBIG', limit: 200_000 });
  });
});

describe('--output never replaces an input', () => {
  const board = { 'b.json': lumusText };

  it('refuses -o naming the input file, and writes nothing', async () => {
    for (const [argv, command] of [
      [['audit', 'b.json', '-f', 'md', '-o', 'b.json'], 'audit'],
      [['audit', 'other.json', './b.json', '--output', 'b.json'], 'audit'],
      [['read', 'b.json', '--json', '-o', './b.json'], 'read'],
      [['export', 'b.json', '-o', 'b.json'], 'export'],
      [['preview', 'b.json', '-o', 'b.json'], 'preview'],
    ] as const) {
      const { code, stderr, io } = await runCli(argv, { files: { ...board, 'other.json': lumusText } });
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^cjm ${command}: --output \\S*b\\.json is the input file \\S*b\\.json: writing would replace it; choose another output file`, 'u'));
      expect(io.written.size).toBe(0);
    }
  });

  it('still writes to another file', async () => {
    const { code, io } = await runCli(['audit', 'b.json', '-f', 'md', '-o', 'report.md', '--exit-zero'], { files: board });
    expect(code).toBe(0);
    expect(io.written.has('report.md')).toBe(true);
  });

  it('knows a link to the input is the input (real files)', async () => {
    const io = createProcessIo();
    expect(await io.sameFile(lumusPath, `${lumusPath}/../${lumusPath.split('/').at(-1) ?? ''}`)).toBe(true);
    expect(await io.sameFile(lumusPath, fixture('complete.cjm.json'))).toBe(false);
    expect(await io.sameFile(lumusPath, '/nonexistent/out.json')).toBe(false);
  });
});

describe('import warnings on the command line', () => {
  it('prints what the importer could not fully understand, and still reads the board', async () => {
    const items = [
      { id: '1', type: 'shape', data: { content: '<p>Поиск решения</p>' }, position: { x: 400, y: 100, origin: 'center' }, geometry: { width: 300, height: 80 } },
      { id: '2', type: 'mindmap_node', data: { nodeView: { data: { content: '<p>Выбор</p>' } } }, position: { x: 800, y: 100, origin: 'center' }, geometry: { width: 300, height: 80 } },
      { id: '3', type: 'shape', data: { content: '<p>Точки контакта</p>' }, position: { x: 100, y: 300, origin: 'center' }, geometry: { width: 300, height: 80 } },
      { id: '4', type: 'sticky_note', data: { content: '<p>Статья на vc.ru</p>' }, position: { x: 400, y: 300, origin: 'center' }, geometry: { width: 199 } },
      { id: '5', type: 'sticky_note', data: { content: '<p>Потерянная</p>' }, position: { x: 'a', y: 300, origin: 'center' }, geometry: { width: 199 } },
    ];
    const { code, stdout, stderr } = await runCli(['read', 'b.json', '--json'], { files: { 'b.json': JSON.stringify({ data: items }) } });
    expect(code).toBe(0);
    const map = parseMap(JSON.parse(stdout));
    expect(map.stages.map((stage) => stage.name)).toEqual(['Поиск решения', 'Выбор']);
    expect(map.orphans.map((orphan) => [orphan.text, orphan.reason])).toEqual([['Потерянная', 'unreadable']]);
    expect(stderr).toContain('cjm: b.json: warning: Элемент экспорта прочитан не полностью (data[1]: unknown item type "mindmap_node": read as an "other" item with its text) — элемент прочитан как прочий, его текст сохранён. [item 2]\n');
    expect(stderr).toContain('cjm: b.json: warning: Элемент экспорта прочитан не полностью (data[4].position.x: expected a number, got "a"; its text is kept, but not in a cell) — ');
  });
});
