import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_WARNING_CODE } from '../../../core/import/import-warnings.ts';
import { readDocument } from '../../../core/import/read-document.ts';

/** A hand-made Miro board (an array of two listing pages). */
function clinicBoard(): { data: Record<string, unknown>[] }[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'miro-ru-clinic.json'), 'utf8')) as { data: Record<string, unknown>[] }[];
}

function findItem(pages: readonly { data: Record<string, unknown>[] }[], content: string): Record<string, unknown> {
  const item = pages.flatMap((page) => page.data).find((entry) => (entry.data as { content?: string } | undefined)?.content === `<p>${content}</p>`);
  if (!item) throw new Error(`no item "${content}"`);
  return item;
}

const STAGES = ['Осознание проблемы', 'Поиск клиники', 'Выбор врача', 'Запись и первый визит', 'Повторные визиты'];

describe('tolerant import: one odd item does not lose the map', () => {
  it('reads the board as before', () => {
    const document = readDocument(clinicBoard());
    expect(document.readings[0]?.map.stages.map((stage) => stage.name)).toEqual(STAGES);
    expect(document.warnings.filter((w) => w.code === IMPORT_WARNING_CODE)).toEqual([]);
  });

  it('keeps a stage header of an unknown item type as a stage, with a warning naming the item', () => {
    const pages = clinicBoard();
    const header = findItem(pages, 'Выбор врача');
    header.type = 'mindmap_node';
    header.data = { nodeView: { data: { content: '<p>Выбор врача</p>' } } };
    const document = readDocument(pages);
    expect(document.readings[0]?.map.stages.map((stage) => stage.name)).toEqual(STAGES);
    const warning = document.warnings.find((w) => w.code === IMPORT_WARNING_CODE);
    expect(warning?.itemId).toBe(header.id);
    // In the map's language, with the path and the type from the file.
    expect(warning?.message).toMatch(/^Элемент экспорта прочитан не полностью \(\[0\]\.data\[\d+\]: unknown item type "mindmap_node": .*\) — элемент прочитан как прочий, его текст сохранён\.$/u);
  });

  it('keeps a note without a usable position as an unreadable orphan instead of rejecting the board', () => {
    const pages = clinicBoard();
    const note = findItem(pages, 'Ждёт увидеть цены и свободное время');
    note.position = { x: 'left', y: 10, origin: 'center', relativeTo: 'parent_top_left' };
    const document = readDocument(pages, { locale: 'en' });
    const map = document.readings[0]?.map;
    expect(map?.stages.map((stage) => stage.name)).toEqual(STAGES);
    expect(map?.orphans.find((orphan) => orphan.text === 'Ждёт увидеть цены и свободное время')?.reason).toBe('unreadable');
    expect(map?.notes.some((n) => n.text === 'Ждёт увидеть цены и свободное время')).toBe(false);
    const warning = document.warnings.find((w) => w.itemId === note.id);
    expect(warning?.message).toMatch(/\(\[0\]\.data\[\d+\]\.position\.x: expected a number, got "left"; .*\) — its text is kept, but its place is unknown/u);
  });

  it('reads the text of a child whose frame was filtered out of the export', () => {
    const pages = clinicBoard();
    const note = findItem(pages, 'Ждёт увидеть цены и свободное время');
    note.parent = { id: 'not-exported' };
    const document = readDocument(pages);
    const all = document.readings.flatMap((reading) => [...reading.map.notes.map((n) => n.text), ...reading.map.orphans.map((o) => o.text)]);
    expect(all).toContain('Ждёт увидеть цены и свободное время');
  });
});
