import { createMapFromTemplate, listTemplates, serializeMap } from '../../core/index.ts';
import { parseCommandArgs, resolveLocale } from '../args.ts';
import type { Command } from '../command.ts';
import { toOneLine } from '../describe-error.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { writeOutput } from '../output.ts';
import { UsageError } from '../usage-error.ts';

const OPTIONS = {
  locale: { type: 'string' },
  examples: { type: 'boolean' },
  title: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

/** `cjm new`: a fresh cjm/1 map from a template, ready to edit or to put on a board. */
export const newCommand: Command = {
  name: 'new',
  summary: 'print a new cjm/1 map made from a template',
  help: `Usage: cjm new TEMPLATE [--locale ru|en] [--examples] [--title TEXT] [--output FILE]

Prints a new journey map in the cjm/1 format: the template's stages (each with its RACE
phase) and layers, with no notes. \`cjm templates\` lists the TEMPLATE ids.

Options:
  --locale ru|en       language of the map (default: Russian when LC_ALL, LC_MESSAGES or LANG
                       is Russian, else English); reports on the map follow it
  --examples           fill in the template's worked example (persona and notes); a
                       template without one prints a note on stderr and the empty map
  --title TEXT         the map's title (default: the template's name)
  -o, --output FILE    write to FILE instead of standard output

Example:
  cjm new b2b-saas --locale ru --examples --output lumus.json && cjm audit lumus.json

Exit codes: 0 created, 2 unknown template or bad options.`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('new', argv, OPTIONS);
    const locale = resolveLocale('new', values.locale, io.env);
    const [id, ...extra] = positionals;
    if (id === undefined) {
      const known = listTemplates(locale).map((template) => template.id).join(', ');
      throw new UsageError('new', `missing TEMPLATE (one of ${known})`);
    }
    if (extra.length > 0) throw new UsageError('new', `expects one TEMPLATE, got ${positionals.length}`);
    const templates = listTemplates(locale);
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) throw new UsageError('new', `unknown template '${toOneLine(id, 80)}'; known: ${templates.map((known) => known.id).join(', ')}`);
    if (values.examples && !template.hasExamples) {
      io.stderr.write(`cjm new: template '${template.id}' has no worked example; printing the empty template\n`);
    }
    const map = createMapFromTemplate(id, locale, { examples: values.examples === true, ...(values.title === undefined ? {} : { title: values.title }) });
    await writeOutput(io, serializeMap(map), values.output);
    return EXIT_CODES.ok;
  },
};
