import { describe, expect, it } from 'vitest';
import { quote, quoteNote, quoteStage } from '../../../core/audit/index.ts';
import { stage } from './map-builder.ts';

describe('quote', () => {
  it('uses «…» in Russian and “…” in English', () => {
    expect(quote('Поиск', 'ru')).toBe('«Поиск»');
    expect(quote('Search', 'en')).toBe('“Search”');
  });

  it('nests Russian quotes as „…“ inside «…»', () => {
    expect(quote('Карта пути пациента — клиника «Здоровье+»', 'ru')).toBe('«Карта пути пациента — клиника „Здоровье+“»');
    expect(quote('«А» и «Б»', 'ru')).toBe('«„А“ и „Б“»');
    expect(quote('clinic «Здоровье+»', 'en')).toBe('“clinic «Здоровье+»”');
  });

  it('nests quotes in stage names and note texts too, since they go through the one helper', () => {
    expect(quoteStage(stage('s', 'Запись в «Здоровье+»'), 0).ru).toBe('«Запись в „Здоровье+“»');
    expect(quoteNote('Тариф «Про»').ru).toBe('«Тариф „Про“»');
  });
});
