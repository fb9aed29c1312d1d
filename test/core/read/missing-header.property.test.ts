import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReading } from '../../../core/audit/index.ts';
import { planBoard } from '../../../core/layout/index.ts';
import type { PlanItem } from '../../../core/layout/types.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { MapReading } from '../../../core/read/index.ts';
import { matchLayerKind } from '../../../core/text/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';
import { TURNS, turnSnapshot } from '../../support/turn-snapshot.ts';
import type { Turn } from '../../support/turn-snapshot.ts';

/**
 * Issue #12, case 7 as an invariant: a random map (sparse notes, several in a cell, the note
 * sizes of each platform, any of the eight orientations, lanes) with ONE stage or layer heading
 * deleted — first, last or between two others — that has notes under it:
 *
 * - no note of that column (row) lands in a cell of another titled stage (layer): it is in an
 *   unnamed stage (layer), or an orphan — unless nothing drawn tells (no cells, two headers
 *   left, or a note alone past tiled headers) and the reader says so (`unsure-*`);
 * - a warning names the missing header by position (the names either side, as drawn);
 * - the audit of the damaged reading is never a pass when the intact map's fails;
 * - every other note keeps its cell.
 *
 * `FC_SEED=random CJM_FC_RUNS=2000` explores; CI runs a few on the fixed seed.
 */
const RUNS = Number(process.env['CJM_FC_RUNS'] ?? 12);

const maps = fc
  .tuple(
    arbitraryMap({ vocabularyTitles: true, maxStages: 7, maxLayers: 6 }),
    fc.double({ min: 0.1, max: 1, noNaN: true }),
    fc.nat(),
    fc.constantFrom('stage', 'layer'),
    fc.constantFrom(undefined, 'miro', 'figjam', 'figma'),
    fc.constantFrom(...TURNS),
    // Drawn cells, or none (many hand-drawn maps have only headers and notes).
    fc.boolean(),
  )
  .filter(
    ([map]) =>
      map.stages.length >= 2 &&
      map.layers.length >= 2 &&
      new Set(map.layers.map((l) => l.kind)).size >= 2 &&
      // As in sparse-orientation.property: texts that tell the parts apart.
      ![...map.stages.map((s) => s.name), ...map.notes.map((n) => n.text)].some((text) => matchLayerKind(text) !== undefined) &&
      new Set(map.stages.map((s) => s.name)).size === map.stages.length &&
      new Set(map.layers.map((l) => l.title)).size === map.layers.length &&
      ![map.title, ...map.notes.map((n) => n.text)].some((text) => map.stages.some((s) => s.name === text) || map.layers.some((l) => l.title === text)) &&
      !map.notes.some((n) => n.text === map.title) &&
      new Set(map.notes.map((n) => n.text)).size === map.notes.length,
  );

type Case = [CjmMap, number, number, 'stage' | 'layer', 'miro' | 'figjam' | 'figma' | undefined, Turn, boolean];

/**
 * Counterexamples random seeds found, run first on every run. Most are rows of different heights
 * next to the deleted heading: all notes in the deleted row of a mirrored vertical map (a line
 * of notes taken for the stage row); a tall row beside the deleted one (its room, or the end
 * past the last heading, measured by the tall row's spacing; a lone note under the stage row
 * taken for a lane label); an empty row's heading box under a taller one (taken for its caption);
 * the first row's notes under stage headers named like phases, drawn without cells over rows
 * twice as tall (taken for the stage row, the headers for bands); the first row's notes stacked
 * in two lines (the lower line taken for the stage row), one of them taller with a long text
 * (taken for a lane label).
 */
const FOUND: Case[] = [
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"a&b"},{"id":"s2","name":"Оплата"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"channels","title":"Каналы"},{"id":"l3","kind":"goal","title":"Цели"}],"notes":[{"stage":"s1","layer":"l1","text":"ad"},{"stage":"s1","layer":"l3","text":">"},{"stage":"s1","layer":"l1","text":"Lumus"},{"stage":"s2","layer":"l3","text":"Поиск Поиск"},{"stage":"s1","layer":"l3","text":"<b>bold</b>"}],"orphans":[]}, 0.23800000000000002, 334149481, "layer", undefined, {"transpose":true,"mirrorX":true,"mirrorY":true}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"FAQ"},{"id":"s2","name":"Поиск Поиск"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"emotions","title":"Эмоции"},{"id":"l3","kind":"barriers","title":"Барьеры"}],"notes":[{"stage":"s1","layer":"l2","text":"ёжик"},{"stage":"s1","layer":"l1","text":"it's"},{"stage":"s1","layer":"l1","text":"café"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l1","text":"Поиск решения"},{"stage":"s1","layer":"l1","text":"👩‍💻"},{"stage":"s1","layer":"l2","text":"Поиск FAQ"},{"stage":"s1","layer":"l2","text":"🚀"}],"orphans":[]}, 0.6120000000000001, 666763098, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"a&b"},{"id":"s2","name":"😀"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"experience","title":"Опыт"},{"id":"l3","kind":"emotions","title":"Эмоции"},{"id":"l4","kind":"goal","title":"Цели"}],"notes":[{"stage":"s1","layer":"l1","text":"Оплата"},{"stage":"s2","layer":"l1","text":"скрипты"},{"stage":"s2","layer":"l1","text":"&"},{"stage":"s1","layer":"l3","text":"Поиск Поиск"},{"stage":"s2","layer":"l1","text":"e-mail"}],"orphans":[]}, 0.28900000000000003, 112888451, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"Поиск Поиск"},{"id":"s2","name":"<b>bold</b>"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"goal","title":"Цель этапа"},{"id":"l4","kind":"touchpoints","title":"Точки контакта"},{"id":"l5","kind":"goal","title":"Цели клиента"}],"notes":[{"stage":"s1","layer":"l1","text":"Lumus"},{"stage":"s1","layer":"l1","text":"checkout"},{"stage":"s1","layer":"l1","text":"клиент"},{"stage":"s1","layer":"l5","text":"ad"},{"stage":"s1","layer":"l1","text":"😀"},{"stage":"s1","layer":"l1","text":"Оплата"}],"orphans":[]}, 0.18600000000000003, 1898200429, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"🚀"},{"id":"s2","name":"it's"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"actions","title":"Действия"}],"notes":[{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l1","text":"—"},{"stage":"s1","layer":"l2","text":"> Поиск"},{"stage":"s1","layer":"l1","text":"FAQ"},{"stage":"s1","layer":"l2","text":"e-mail"},{"stage":"s1","layer":"l2","text":"Поиск решения"},{"stage":"s1","layer":"l3","text":"скрипты"}],"orphans":[]}, 0.6850000000000002, 9, "layer", "figma", {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"—"},{"id":"s2","name":"trial"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"metrics","title":"Метрики"}],"notes":[{"stage":"s1","layer":"l2","text":"🚀"},{"stage":"s1","layer":"l2","text":"<b>bold</b>"},{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l3","text":"·"},{"stage":"s1","layer":"l2","text":"скрипты"}],"orphans":[]}, 0.8590000000000001, 21, "layer", "figma", {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Оплата","locale":"ru","stages":[{"id":"s1","name":"ad"},{"id":"s2","name":"клиент"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"touchpoints","title":"Точки контакта"},{"id":"l4","kind":"recommendations","title":"Рекомендации"}],"notes":[{"stage":"s1","layer":"l1","text":"Поиск"},{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l1","text":"🚀"},{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l1","text":"<"},{"stage":"s1","layer":"l3","text":"e-mail"},{"stage":"s1","layer":"l3","text":"Поиск Оплата"},{"stage":"s1","layer":"l3","text":"ёжик"}],"orphans":[]}, 0.22900000000000004, 2147483634, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"решения","locale":"ru","stages":[{"id":"s1","name":"Поиск"},{"id":"s2","name":"<"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"creatives","title":"Креативы"},{"id":"l3","kind":"metrics","title":"Метрики"},{"id":"l4","kind":"goal","title":"Цели"}],"notes":[{"stage":"s1","layer":"l4","text":"checkout"},{"stage":"s1","layer":"l4","text":"🚀"},{"stage":"s1","layer":"l1","text":"ёжик"}],"orphans":[]}, 0.1, 22, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":true}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":">"},{"id":"s2","name":"Поиск Поиск"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"barriers","title":"Барьеры"},{"id":"l3","kind":"channels","title":"Каналы"},{"id":"l4","kind":"goal","title":"Цели"}],"notes":[{"stage":"s1","layer":"l1","text":"FAQ"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l1","text":"a&b"},{"stage":"s1","layer":"l1","text":"Оплата"},{"stage":"s1","layer":"l1","text":"Lumus"},{"stage":"s1","layer":"l1","text":"ad"},{"stage":"s1","layer":"l1","text":"Поиск >"},{"stage":"s1","layer":"l1","text":"Поиск a&b"},{"stage":"s1","layer":"l1","text":"Поиск ad"},{"stage":"s1","layer":"l1","text":"checkout"},{"stage":"s1","layer":"l4","text":"<b>bold</b>"},{"stage":"s1","layer":"l4","text":"<"}],"orphans":[]}, 0.1, 1891198954, "layer", undefined, {"transpose":true,"mirrorX":true,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"😀"},{"id":"s2","name":"скрипты"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"expectations","title":"Ожидания"}],"notes":[{"stage":"s1","layer":"l1","text":">"},{"stage":"s1","layer":"l1","text":"FAQ"},{"stage":"s2","layer":"l3","text":"Оплата"},{"stage":"s2","layer":"l3","text":"Поиск Поиск"},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l2","text":"it's"},{"stage":"s2","layer":"l3","text":"Поиск >"}],"orphans":[]}, 0.5670000000000001, 500413648, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"<"},{"id":"s2","name":"<b>bold</b>"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"touchpoints","title":"Точки контакта"},{"id":"l4","kind":"creatives","title":"Креативы"},{"id":"l5","kind":"experience","title":"Опыт"},{"id":"l6","kind":"goal","title":"Цель этапа"}],"notes":[{"stage":"s1","layer":"l5","text":"\"quoted\""},{"stage":"s1","layer":"l5","text":"it's"}],"orphans":[]}, 0.1, 9, "layer", undefined, {"transpose":true,"mirrorX":true,"mirrorY":true}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"it's"},{"id":"s2","name":"checkout"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"metrics","title":"Метрики"}],"notes":[{"stage":"s1","layer":"l1","text":"·"},{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l1","text":"👩‍💻"},{"stage":"s2","layer":"l3","text":"Поиск: 0","value":0},{"stage":"s1","layer":"l1","text":"скрипты"},{"stage":"s1","layer":"l1","text":"\"quoted\""},{"stage":"s1","layer":"l1","text":"подписка"},{"stage":"s1","layer":"l1","text":"sales"},{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l1","text":"FAQ"},{"stage":"s2","layer":"l3","text":"Поиск: 1","value":1},{"stage":"s2","layer":"l3","text":"Поиск: 2","value":2},{"stage":"s2","layer":"l1","text":"Поиск it's"},{"stage":"s1","layer":"l1","text":"trial"},{"stage":"s2","layer":"l3","text":"Поиск: 3","value":3},{"stage":"s1","layer":"l1","text":"ad Поиск"},{"stage":"s1","layer":"l1","text":"Поиск ·"},{"stage":"s2","layer":"l3","text":"Поиск: 4","value":4},{"stage":"s1","layer":"l1","text":"e-mail Поиск"},{"stage":"s1","layer":"l1","text":"ёжик"},{"stage":"s1","layer":"l1","text":">"},{"stage":"s1","layer":"l1","text":"Поиск checkout"},{"stage":"s1","layer":"l2","text":"vc.ru"},{"stage":"s2","layer":"l3","text":"Поиск: 5","value":5},{"stage":"s1","layer":"l1","text":"😀"},{"stage":"s2","layer":"l3","text":"—"}],"orphans":[]}, 0.38600000000000007, 2029170249, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"скрипты"},{"id":"s2","name":"👩‍💻"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"recommendations","title":"Рекомендации"},{"id":"l3","kind":"goal","title":"Цели"}],"notes":[{"stage":"s1","layer":"l2","text":"Поиск Поиск"},{"stage":"s1","layer":"l2","text":"Lumus"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l2","text":"👍🏽"},{"stage":"s2","layer":"l3","text":"Поиск e-mail"},{"stage":"s2","layer":"l3","text":"ёжик"},{"stage":"s2","layer":"l3","text":"клиент"}],"orphans":[]}, 0.42900000000000005, 1769550510, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"👍🏽"},{"id":"s2","name":"&"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"goal","title":"Цель этапа"},{"id":"l4","kind":"touchpoints","title":"Точки контакта"}],"notes":[{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s2","layer":"l3","text":"a&b"},{"stage":"s2","layer":"l4","text":"e-mail"},{"stage":"s2","layer":"l4","text":"Поиск Поиск"},{"stage":"s2","layer":"l3","text":"Поиск a&b"},{"stage":"s1","layer":"l2","text":"Оплата"},{"stage":"s2","layer":"l4","text":"😀"},{"stage":"s2","layer":"l3","text":"👩‍💻"},{"stage":"s1","layer":"l2","text":"< Поиск"},{"stage":"s1","layer":"l2","text":"FAQ"}],"orphans":[]}, 0.9190000000000002, 0, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"👍🏽"},{"id":"s2","name":"trial"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"recommendations","title":"Рекомендации"},{"id":"l3","kind":"emotions","title":"Эмоции"}],"notes":[{"stage":"s1","layer":"l1","text":"ad"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l1","text":"\"quoted\""},{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l1","text":"sales"},{"stage":"s1","layer":"l1","text":"Поиск решения"},{"stage":"s1","layer":"l1","text":"vc.ru"},{"stage":"s1","layer":"l2","text":"it's"},{"stage":"s1","layer":"l3","text":"👩‍💻"},{"stage":"s1","layer":"l3","text":"checkout Поиск"},{"stage":"s1","layer":"l3","text":"клиент"},{"stage":"s1","layer":"l2","text":"Поиск ad"},{"stage":"s1","layer":"l1","text":"Поиск e-mail"},{"stage":"s1","layer":"l1","text":"·"},{"stage":"s1","layer":"l1","text":"café"},{"stage":"s1","layer":"l1","text":"🚀"},{"stage":"s1","layer":"l1","text":"—"},{"stage":"s1","layer":"l1","text":"Поиск 🚀"},{"stage":"s1","layer":"l1","text":"скрипты"},{"stage":"s1","layer":"l1","text":"trial Поиск"},{"stage":"s1","layer":"l2","text":"Поиск trial"}],"orphans":[]}, 0.35600000000000004, 1253051004, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, true],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"e-mail"},{"id":"s2","name":"Search"},{"id":"s3","name":"Поиск Поиск","phase":"plan"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"experience","title":"Опыт"}],"notes":[{"stage":"s3","layer":"l1","text":"·"},{"stage":"s1","layer":"l1","text":"Оплата"},{"stage":"s3","layer":"l1","text":"👩‍💻"},{"stage":"s1","layer":"l1","text":"клиент"}],"orphans":[]}, 0.1, 30, "stage", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"клиент"},{"id":"s2","name":"a&b","lane":"online"},{"id":"s3","name":"FAQ"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"channels","title":"Каналы"}],"notes":[{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s2","layer":"l1","text":"·"},{"stage":"s1","layer":"l1","text":"Поиск Поиск"}],"orphans":[]}, 0.1, 874519167, "stage", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"Search"},{"id":"s2","name":"sales"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"expectations","title":"Ожидания"}],"notes":[{"stage":"s1","layer":"l3","text":"подписка"},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l1","text":"Поиск <b>bold</b> checkout Поиск \"quoted\" Поиск Поиск Поиск Поиск Поиск"},{"stage":"s1","layer":"l2","text":"e-mail"},{"stage":"s1","layer":"l3","text":"checkout"},{"stage":"s1","layer":"l3","text":"\"quoted\""}],"orphans":[]}, 0.8420000000000001, 4, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"Lumus"},{"id":"s2","name":"ёжик"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"touchpoints","title":"Точки контакта"},{"id":"l3","kind":"goal","title":"Цели"}],"notes":[{"stage":"s1","layer":"l3","text":"e-mail"},{"stage":"s2","layer":"l3","text":"👩‍💻"}],"orphans":[]}, 0.1, 457510001, "layer", "figma", {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"ёжик"},{"id":"s2","name":"Поиск Поиск"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"goal","title":"Цель этапа"},{"id":"l4","kind":"barriers","title":"Барьеры"}],"notes":[{"stage":"s1","layer":"l1","text":">"},{"stage":"s1","layer":"l1","text":"🚀"},{"stage":"s1","layer":"l1","text":"vc.ru"},{"stage":"s1","layer":"l1","text":"< Поиск"},{"stage":"s1","layer":"l1","text":"café"},{"stage":"s1","layer":"l1","text":"Поиск a&b"},{"stage":"s1","layer":"l1","text":"it's"},{"stage":"s1","layer":"l3","text":"клиент"},{"stage":"s1","layer":"l1","text":"Поиск it's"},{"stage":"s1","layer":"l1","text":"<"},{"stage":"s1","layer":"l1","text":"Поиск 👩‍💻"},{"stage":"s1","layer":"l1","text":"Оплата"},{"stage":"s1","layer":"l1","text":"trial"},{"stage":"s1","layer":"l1","text":"Поиск <"},{"stage":"s1","layer":"l1","text":"· Поиск"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l1","text":"\"quoted\""},{"stage":"s1","layer":"l1","text":"Поиск клиент"},{"stage":"s1","layer":"l1","text":"a&b Поиск"},{"stage":"s1","layer":"l1","text":"Поиск >"},{"stage":"s1","layer":"l1","text":"—"},{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l1","text":"Поиск Поиск Поиск"},{"stage":"s1","layer":"l1","text":"👩‍💻"},{"stage":"s1","layer":"l1","text":"· it's"},{"stage":"s1","layer":"l1","text":"a&b"},{"stage":"s1","layer":"l1","text":"sales Поиск"},{"stage":"s1","layer":"l1","text":"подписка"},{"stage":"s1","layer":"l1","text":"😀 Поиск"},{"stage":"s1","layer":"l1","text":"Поиск vc.ru"},{"stage":"s1","layer":"l1","text":"checkout"},{"stage":"s1","layer":"l1","text":"Lumus Поиск"},{"stage":"s1","layer":"l1","text":"клиент Поиск"},{"stage":"s1","layer":"l1","text":"sales клиент"},{"stage":"s1","layer":"l1","text":"Lumus"},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l1","text":"Поиск <b>bold</b>"},{"stage":"s1","layer":"l1","text":"sales"},{"stage":"s1","layer":"l1","text":"клиент <b>bold</b>"},{"stage":"s1","layer":"l1","text":"Поиск Search"},{"stage":"s1","layer":"l1","text":"FAQ"},{"stage":"s1","layer":"l1","text":"Поиск Lumus"},{"stage":"s1","layer":"l1","text":"Поиск Оплата"},{"stage":"s1","layer":"l1","text":"&"},{"stage":"s1","layer":"l1","text":"скрипты"}],"orphans":[]}, 0.1, 61988659, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"клиент"},{"id":"s2","name":"Поиск Поиск"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"expectations","title":"Ожидания"},{"id":"l3","kind":"experience","title":"Опыт"}],"notes":[{"stage":"s2","layer":"l3","text":"Поиск решения"},{"stage":"s2","layer":"l3","text":"<b>bold</b>"},{"stage":"s2","layer":"l3","text":"&"},{"stage":"s2","layer":"l3","text":">"},{"stage":"s2","layer":"l3","text":"👩‍💻"},{"stage":"s1","layer":"l1","text":"ёжик"},{"stage":"s2","layer":"l3","text":"Поиск &"},{"stage":"s1","layer":"l2","text":"подписка"},{"stage":"s2","layer":"l3","text":"Поиск подписка"}],"orphans":[]}, 0.6380000000000001, 1564273719, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"👩‍💻","locale":"ru","stages":[{"id":"s1","name":"ad"},{"id":"s2","name":"it's"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"goal","title":"Цель этапа"},{"id":"l4","kind":"creatives","title":"Креативы"}],"notes":[{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l1","text":"sales"},{"stage":"s1","layer":"l1","text":"·"},{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l3","text":">"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l2","text":"Поиск ·"},{"stage":"s1","layer":"l1","text":"Поиск решения"},{"stage":"s2","layer":"l4","text":"🚀"},{"stage":"s2","layer":"l4","text":"Поиск"},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l3","text":"Lumus"},{"stage":"s2","layer":"l4","text":"😀"},{"stage":"s1","layer":"l1","text":"Поиск 👩‍💻"},{"stage":"s1","layer":"l1","text":"Поиск sales"},{"stage":"s1","layer":"l1","text":"Поиск vc.ru"},{"stage":"s1","layer":"l3","text":"vc.ru"}],"orphans":[]}, 0.7090000000000001, 5, "layer", undefined, {"transpose":false,"mirrorX":false,"mirrorY":false}, false],
  [{"schema":"cjm/1","title":"<b>bold</b> a&b","locale":"ru","persona":{"name":"🚀 > Search","motives":["😀 👍🏽 e-mail ёжик ёжик > < <"],"scenarios":["FAQ < скрипты 😀 Оплата it's sales"],"drivers":["café · e-mail 😀 vc.ru it's","sales <b>bold</b> 😀 & 🚀 trial","👍🏽 FAQ \"quoted\" Lumus <"],"barriers":["sales trial >"]},"stages":[{"id":"s1","name":"Lumus it's"},{"id":"s2","name":"checkout скрипты —","phase":"reach"},{"id":"s3","name":"👩‍💻 vc.ru","phase":"convert"},{"id":"s4","name":"ёжик FAQ < 👍🏽","phase":"convert"}],"layers":[{"id":"l1","kind":"experience","title":"Инсайты","required":false},{"id":"l2","kind":"emotions","title":"Эмоции"},{"id":"l3","kind":"channels","title":"Канал","required":false}],"notes":[{"stage":"s3","layer":"l1","text":"Оплата vc.ru"},{"stage":"s4","layer":"l2","text":"checkout ёжик скрипты it's","sentiment":-1},{"stage":"s1","layer":"l1","text":"Оплата e-mail — \"quoted\" Оплата it's Search"},{"stage":"s1","layer":"l2","text":"ad клиент 👩‍💻 < it's"},{"stage":"s3","layer":"l3","text":"it's &"},{"stage":"s1","layer":"l1","text":"> Оплата <b>bold</b>"},{"stage":"s1","layer":"l3","text":"\"quoted\" FAQ — <b>bold</b>"},{"stage":"s3","layer":"l2","text":"& ad — café · \"quoted\"","sentiment":1},{"stage":"s4","layer":"l1","text":"sales Оплата 👍🏽 FAQ 👍🏽 trial"},{"stage":"s3","layer":"l2","text":"👍🏽 checkout \"quoted\" ёжик","sentiment":0},{"stage":"s3","layer":"l2","text":"> 👍🏽 e-mail скрипты подписка клиент","sentiment":1},{"stage":"s1","layer":"l1","text":"it's FAQ подписка подписка"},{"stage":"s1","layer":"l3","text":"&"},{"stage":"s4","layer":"l3","text":"sales клиент vc.ru — <b>bold</b> it's"},{"stage":"s3","layer":"l1","text":"it's & &"}],"orphans":[]},0.8491303313772709,1589843620,"layer","miro",{"transpose":false,"mirrorX":true,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"trial","phase":"plan"},{"id":"s2","name":"vc.ru"},{"id":"s3","name":"Lumus"}],"layers":[{"id":"l1","kind":"recommendations","title":"Рекомендации"},{"id":"l2","kind":"goal","title":"Цель"}],"notes":[{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s1","layer":"l1","text":"скрипты"}],"orphans":[]},0.1,7,"stage",undefined,{"transpose":false,"mirrorX":false,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"Оплата"},{"id":"s2","name":"a&b"},{"id":"s3","name":"скрипты"},{"id":"s4","name":"ad"},{"id":"s5","name":"Поиск Поиск","lane":"online"},{"id":"s6","name":"Поиск Оплата"}],"layers":[{"id":"l1","kind":"recommendations","title":"Рекомендации"},{"id":"l2","kind":"goal","title":"Цель"},{"id":"l3","kind":"actions","title":"Действия"}],"notes":[{"stage":"s3","layer":"l3","text":"\"quoted\""},{"stage":"s3","layer":"l3","text":"<b>bold</b>"},{"stage":"s4","layer":"l2","text":"FAQ"},{"stage":"s4","layer":"l2","text":"Lumus"},{"stage":"s5","layer":"l1","text":"checkout"},{"stage":"s4","layer":"l2","text":"café"},{"stage":"s3","layer":"l3","text":"Поиск sales"},{"stage":"s1","layer":"l1","text":"sales"}],"orphans":[]},0.9190000000000002,0,"layer",undefined,{"transpose":false,"mirrorX":false,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"клиент"},{"id":"s2","name":"checkout"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"metrics","title":"Метрики"},{"id":"l3","kind":"barriers","title":"Барьеры"}],"notes":[{"stage":"s1","layer":"l2","text":"sales"},{"stage":"s1","layer":"l1","text":"it's"},{"stage":"s1","layer":"l2","text":"Поиск: 0","value":0},{"stage":"s1","layer":"l1","text":"подписка"},{"stage":"s1","layer":"l3","text":"FAQ"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s1","layer":"l3","text":"Поиск Поиск"},{"stage":"s1","layer":"l3","text":"Поиск checkout"},{"stage":"s1","layer":"l1","text":"·"},{"stage":"s1","layer":"l2","text":"Поиск: 1","value":1},{"stage":"s1","layer":"l2","text":"Поиск: 2","value":2},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l3","text":"\"quoted\""},{"stage":"s1","layer":"l2","text":"Поиск: 3","value":3},{"stage":"s1","layer":"l3","text":"ad"}],"orphans":[]},0.8540000000000001,2143289340,"layer",undefined,{"transpose":false,"mirrorX":false,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"ёжик"},{"id":"s2","name":"скрипты"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"channels","title":"Каналы"}],"notes":[{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l1","text":">"},{"stage":"s1","layer":"l1","text":"Lumus"},{"stage":"s2","layer":"l3","text":"<"},{"stage":"s1","layer":"l1","text":"Поиск <"},{"stage":"s1","layer":"l1","text":"Поиск \"quoted\""},{"stage":"s1","layer":"l1","text":"sales"},{"stage":"s2","layer":"l1","text":"Поиск <b>bold</b> Поиск Поиск Поиск Поиск Поиск Поиск Поиск Поиск Поиск Поиск"},{"stage":"s1","layer":"l1","text":"vc.ru"},{"stage":"s1","layer":"l1","text":"Поиск sales"},{"stage":"s1","layer":"l1","text":"👍🏽 Поиск"},{"stage":"s1","layer":"l1","text":"Поиск Lumus"},{"stage":"s1","layer":"l1","text":"Поиск 🚀"},{"stage":"s1","layer":"l1","text":"checkout"},{"stage":"s1","layer":"l1","text":"Поиск ёжик"},{"stage":"s1","layer":"l1","text":"e-mail"},{"stage":"s2","layer":"l3","text":"подписка"},{"stage":"s2","layer":"l3","text":"\"quoted\""},{"stage":"s1","layer":"l2","text":"Поиск подписка"},{"stage":"s1","layer":"l2","text":"&"},{"stage":"s1","layer":"l1","text":"ad Поиск"},{"stage":"s1","layer":"l1","text":"<b>bold</b>"},{"stage":"s1","layer":"l1","text":"café"},{"stage":"s1","layer":"l1","text":"—"},{"stage":"s1","layer":"l1","text":"Оплата"},{"stage":"s1","layer":"l1","text":"> Поиск"},{"stage":"s1","layer":"l1","text":"🚀"},{"stage":"s1","layer":"l2","text":"клиент"}],"orphans":[]},0.3400000000000001,1768574583,"layer","figma",{"transpose":false,"mirrorX":false,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":">"},{"id":"s2","name":"Оплата"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"goal","title":"Цель этапа"},{"id":"l4","kind":"barriers","title":"Барьеры"}],"notes":[{"stage":"s2","layer":"l2","text":"sales"},{"stage":"s1","layer":"l1","text":"Search"},{"stage":"s2","layer":"l2","text":"Поиск Поиск"},{"stage":"s1","layer":"l4","text":"checkout"},{"stage":"s1","layer":"l4","text":"клиент Поиск"},{"stage":"s1","layer":"l4","text":"подписка"},{"stage":"s1","layer":"l4","text":"Поиск checkout"},{"stage":"s1","layer":"l1","text":"—"},{"stage":"s1","layer":"l4","text":"FAQ"},{"stage":"s2","layer":"l2","text":"> Поиск"},{"stage":"s2","layer":"l2","text":"клиент"},{"stage":"s2","layer":"l2","text":"trial"}],"orphans":[]},0.8710000000000001,1827094276,"layer",undefined,{"transpose":false,"mirrorX":false,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"ad"},{"id":"s2","name":"Lumus"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"goal","title":"Цели"},{"id":"l3","kind":"goal","title":"Цель этапа"},{"id":"l4","kind":"goal","title":"Цели клиента"},{"id":"l5","kind":"recommendations","title":"Рекомендации"},{"id":"l6","kind":"goal","title":"Цель клиента"}],"notes":[{"stage":"s1","layer":"l3","text":">"},{"stage":"s1","layer":"l1","text":"Оплата"},{"stage":"s1","layer":"l3","text":"<"},{"stage":"s1","layer":"l3","text":"checkout"},{"stage":"s1","layer":"l2","text":"FAQ"},{"stage":"s1","layer":"l2","text":"подписка"},{"stage":"s1","layer":"l1","text":"Поиск Поиск"},{"stage":"s1","layer":"l2","text":"—"},{"stage":"s1","layer":"l3","text":"\"quoted\""},{"stage":"s1","layer":"l3","text":"Поиск Lumus"}],"orphans":[]},0.7590000000000001,308724002,"layer",undefined,{"transpose":false,"mirrorX":false,"mirrorY":false},false],
  [{"schema":"cjm/1","title":"Поиск","locale":"ru","stages":[{"id":"s1","name":"Поиск Поиск"},{"id":"s2","name":"checkout"}],"layers":[{"id":"l1","kind":"goal","title":"Цель"},{"id":"l2","kind":"touchpoints","title":"Точки контакта"},{"id":"l3","kind":"goal","title":"Цели"},{"id":"l4","kind":"goal","title":"Цель этапа"},{"id":"l5","kind":"goal","title":"Цели клиента"}],"notes":[{"stage":"s1","layer":"l3","text":"café"},{"stage":"s1","layer":"l3","text":"ёжик"},{"stage":"s1","layer":"l4","text":"<b>bold</b>"},{"stage":"s1","layer":"l5","text":"Lumus"},{"stage":"s1","layer":"l1","text":"😀"},{"stage":"s1","layer":"l1","text":"ad"},{"stage":"s1","layer":"l3","text":"vc.ru"},{"stage":"s1","layer":"l1","text":"Поиск café"},{"stage":"s1","layer":"l3","text":"Поиск решения"},{"stage":"s1","layer":"l2","text":"a&b"},{"stage":"s1","layer":"l3","text":"👍🏽"}],"orphans":[]},0.9460000000000001,27,"layer",undefined,{"transpose":false,"mirrorX":false,"mirrorY":false},false],
];

/** Board item id of each note → `stage name × layer title` as read; orphans as `orphan`. */
function cellsById(map: CjmMap): Map<string, string> {
  const stage = new Map(map.stages.map((s) => [s.id, s]));
  const layer = new Map(map.layers.map((l) => [l.id, l.title]));
  const cells = new Map<string, string>();
  for (const note of map.notes) cells.set(note.source?.id ?? '', `${stage.get(note.stage)?.name ?? '?'}${stage.get(note.stage)?.lane ? `/${stage.get(note.stage)?.lane}` : ''} × ${layer.get(note.layer) ?? '?'}`);
  for (const orphan of map.orphans) if (orphan.source) cells.set(orphan.source.id, 'orphan');
  return cells;
}

const errors = (reading: MapReading) => auditReading(reading).filter((f) => f.severity === 'error').map((f) => f.rule);

describe('one missing header (property)', () => {
  it('never moves a note of its column (row) into another titled one, is named in a warning, and fails the audit', () => {
    fc.assert(
      fc.property(maps, ([full, keep, pick, drop, platform, t, withCells]) => {
        const notes = full.notes.filter((_, k) => k === pick % Math.max(1, full.notes.length) || ((k * 7919 + pick) % 1000) / 1000 < keep);
        const map: CjmMap = { ...full, notes };
        const plan = planBoard(map, platform ? { preset: platform } : {});
        const drawn = turnSnapshot(planToSnapshot(plan, { markers: false, ...(platform ? { platform } : {}) }), t);
        const cellIds = new Set(plan.items.filter((item) => item.role === 'cell').map((item) => `${plan.mapId}/${item.key}`));
        const snapshot = withCells ? drawn : { ...drawn, items: drawn.items.filter((item) => !cellIds.has(item.id)) };
        const id = (item: PlanItem) => `${plan.mapId}/${item.key}`;
        const role = drop === 'stage' ? 'stage-header' : 'layer-header';
        const headers = plan.items.filter((item) => item.role === role);
        const planned = plan.items.filter((item) => item.role === 'note');
        const under = (header: PlanItem) => planned.filter((note) => (drop === 'stage' ? note.stage === header.stage : note.layer === header.layer));
        const withNotes = headers.filter((header) => under(header).length > 0);
        const gone = withNotes[pick % Math.max(1, withNotes.length)];
        // Two headers of its kind stay: one stage header alone says nothing of which way the map
        // is drawn (find-map-grid.ts: one stage is never sure), so nothing is measurable then.
        fc.pre(gone !== undefined && headers.length >= 3);
        if (!gone) return;
        // Two layer kinds stay named: a grid of one kind is no map to read (find-map-grid.ts).
        fc.pre(drop === 'stage' || new Set(map.layers.filter((l) => l.id !== gone.layer).map((l) => l.kind)).size >= 2);

        const intactReading = readBoard(snapshot).maps;
        fc.pre(intactReading.length === 1);
        const intact = intactReading[0] as MapReading;
        const intactCells = cellsById(intact.map);
        // Only maps read right with every header in place say anything about a missing one.
        const drawnCells = new Map(
          planned.map((note) => {
            const s = map.stages.find((x) => x.id === note.stage);
            return [id(note), `${s?.name ?? '?'}${s?.lane ? `/${s.lane}` : ''} × ${map.layers.find((x) => x.id === note.layer)?.title ?? '?'}`];
          }),
        );
        fc.pre([...drawnCells].every(([key, cell]) => intactCells.get(key) === cell));

        const damaged = { ...snapshot, items: snapshot.items.filter((item) => item.id !== id(gone)) };
        const readings = readBoard(damaged).maps;
        expect(readings).toHaveLength(1);
        const reading = readings[0] as MapReading;
        const cells = cellsById(reading.map);
        // With nothing drawn to tell a row of its own from one more note of its neighbour's, the
        // reader may say so (find-missing-headers.ts) rather than guess: the note is read there,
        // and the warning names the place.
        const unsure = reading.warnings.find((w) => w.code === (drop === 'stage' ? 'unsure-stage' : 'unsure-layer'));
        const lost = new Set(under(gone).map(id));
        const goneName = drop === 'stage' ? map.stages.find((s) => s.id === gone.stage)?.name : map.layers.find((l) => l.id === gone.layer)?.title;
        for (const [key, cell] of drawnCells) {
          const now = cells.get(key);
          if (!lost.has(key)) {
            expect(now, `note ${key} (not under the deleted ${drop} «${goneName ?? ''}»)`).toBe(cell);
            continue;
          }
          // In an unnamed stage (layer), or an orphan: never in another titled one.
          if (now === 'orphan' || unsure) continue;
          const [stagePart = '', layerPart = ''] = (now ?? '').split(' × ');
          const unnamed = drop === 'stage' ? stagePart === '' || stagePart.startsWith('/') : layerPart === '';
          expect(unnamed, `note ${key} of the deleted ${drop} «${goneName ?? ''}» read in ${now ?? 'nothing'}`).toBe(true);
        }
        // A warning names the missing header by the names either side, as drawn.
        const code = drop === 'stage' ? 'unnamed-stage' : 'unnamed-layer';
        const warning = reading.warnings.find((w) => w.code === code) ?? unsure;
        expect(warning, `no ${code} warning for «${goneName ?? ''}»`).toBeDefined();
        const names = drop === 'stage' ? [...new Set(map.stages.map((s) => s.name))] : map.layers.map((l) => l.title);
        const at = names.indexOf(goneName ?? '');
        const before = names[at - 1];
        const after = names[at + 1];
        // The names either side, as drawn (the board's order may be mirrored), and no other.
        const lanes = map.stages.some((s) => s.lane !== undefined);
        const message = warning?.message ?? '';
        if (!lanes) for (const name of [before, after]) if (name !== undefined) expect(message, `the warning names «${name}»`).toContain(name);
        if (goneName !== undefined && !names.some((name) => name !== goneName && name.includes(goneName))) expect(message).not.toContain(`"${goneName}"`);
        // The audit never passes a damaged map whose intact one fails.
        if (errors(intact).length > 0) expect(errors(reading).length, 'the damaged map passes the audit').toBeGreaterThan(0);
      }),
      // fast-check counts the examples within numRuns: every pinned one runs, then RUNS new ones.
      { numRuns: FOUND.length + RUNS, examples: FOUND.map((found) => [found]) },
    );
  }, 120_000);
});
