import { listTemplates } from '../../core/templates/index.ts';
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
    const templates = listTemplates(resolveLocale('templates', values.locale, io.env));
    if (values.json) {
      await writeOutput(io, JSON.stringify(templates, null, 2), undefined);
      return EXIT_CODES.ok;
    }
    const paint = createPaint(shouldUseColor(io));
    const width = Math.max(...templates.map((template) => template.id.length));
    const lines = templates.flatMap((template) => [
      `${paint.bold(template.id.padEnd(width))}  ${template.name}`,
      `${' '.repeat(width)}  ${paint.dim(
        `${template.stageCount} stages × ${template.layerCount} layers · ${template.phases.join(', ')}${template.hasExamples ? ' · example' : ''}`,
      )}`,
      `${' '.repeat(width)}  ${template.description}`,
      '',
    ]);
    lines.push('Start a map: cjm new ID [--examples] [--locale ru|en] > map.json');
    await writeOutput(io, lines.join('\n'), undefined);
    return EXIT_CODES.ok;
  },
};
