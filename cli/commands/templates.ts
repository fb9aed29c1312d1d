import { formatQuantity, listTemplates, PHASE_INFO } from '../../core/index.ts';
import type { Locale, TemplateSummary, WordForms } from '../../core/index.ts';
import { parseCommandArgs, resolveLocale } from '../args.ts';
import { createPaint, shouldUseColor } from '../color.ts';
import type { Command } from '../command.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { writeOutput } from '../output.ts';
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  locale: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `cjm templates`: the canvases `cjm new` can start a map from. */
export const templatesCommand: Command = {
  name: 'templates',
  summary: 'list the map templates (RACE funnel canvases) that `cjm new` starts from',
  help: `Usage: cjm templates [--locale ru|en] [--json]

Lists the templates: id, name, how many stages and layers, the RACE phases they cover and
whether they have a worked example (\`cjm new ID --examples\`).

Options:
  --locale ru|en       language of names and descriptions (default: Russian when LC_ALL,
                       LC_MESSAGES or LANG is Russian, else English)
  --json               print the list as JSON: [{ id, name, description, stageCount,
                       layerCount, phases, hasExamples }]

Exit codes: 0 listed, 2 bad options.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('templates', argv, OPTIONS);
    if (positionals.length > 0) throw new UsageError('templates', `takes no arguments, got '${positionals[0]}'`);
    const locale = resolveLocale('templates', values.locale, io.env);
    const templates = listTemplates(locale);
    if (values.json) {
      await writeOutput(io, JSON.stringify(templates, null, 2), undefined);
      return EXIT_CODES.ok;
    }
    const paint = createPaint(shouldUseColor(io));
    const width = Math.max(...templates.map((template) => template.id.length));
    const lines = templates.flatMap((template) => [
      `${paint.bold(template.id.padEnd(width))}  ${template.name}`,
      `${' '.repeat(width)}  ${paint.dim(describeSize(template, locale))}`,
      `${' '.repeat(width)}  ${template.description}`,
      '',
    ]);
    lines.push(`${WORDS.start[locale]}: cjm new ID [--examples] [--locale ru|en] > map.json`);
    await writeOutput(io, lines.join('\n'), undefined);
    return EXIT_CODES.ok;
  },
};

/** The list's own words, in the language of the template names above them. */
const WORDS = {
  stages: { ru: ['этап', 'этапа', 'этапов'], en: ['stage', 'stages'] } satisfies WordForms,
  layers: { ru: ['слой', 'слоя', 'слоёв'], en: ['layer', 'layers'] } satisfies WordForms,
  example: { ru: 'пример', en: 'example' },
  start: { ru: 'Начать карту', en: 'Start a map' },
} as const;

/**
 * "5 stages × 8 layers · reach, act, convert · example"; in Russian "5 этапов × 8 слоёв ·
 * охват, взаимодействие, конверсия · пример". English keeps the phase ids `cjm new` maps use.
 */
function describeSize(template: TemplateSummary, locale: Locale): string {
  const phases = template.phases.map((phase) => (locale === 'en' ? phase : PHASE_INFO[phase].name.ru.toLowerCase()));
  const size = `${formatQuantity(template.stageCount, WORDS.stages, locale)} × ${formatQuantity(template.layerCount, WORDS.layers, locale)}`;
  return [size, phases.join(', '), ...(template.hasExamples ? [WORDS.example[locale]] : [])].join(' · ');
}
