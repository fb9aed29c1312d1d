import { describe, expect, test } from 'vitest';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { BoardPlan } from '../../../core/layout/types.ts';
import { LOCALES } from '../../../core/i18n.ts';
import { TEMPLATES, createMapFromTemplate } from '../../../core/templates/index.ts';
import { findPlanViolations, formatRect } from '../../support/plan-invariants.ts';

/**
 * Every template with its worked example, in both languages: the invariants hold, and a snapshot
 * shows any change to where things land. After an intended layout change, review the diff and
 * update with `npx vitest run test/core/layout -u`.
 */

/** One line per item: key, role, rectangle, text (line breaks shown as ⏎). */
function formatPlan(plan: BoardPlan): string {
  const lines = plan.items.map((item) => `${item.key} ${item.role} ${formatRect(item.rect)} ${JSON.stringify(item.text.replaceAll('\n', '⏎'))}`);
  return [`mapId ${plan.mapId} bounds ${formatRect(plan.bounds)} unplaced [${plan.unplaced?.join() ?? ''}]`, ...lines].join('\n');
}

describe.each(TEMPLATES.map((template) => template.id))('template %s', (id) => {
  test.each(LOCALES)('plans the %s map with examples', (locale) => {
    const map = createMapFromTemplate(id, locale, { examples: true });
    const plan = planBoard(map);
    expect(findPlanViolations(map, plan)).toEqual([]);
    expect(plan.unplaced).toEqual([]);
    expect(`\n${formatPlan(plan)}\n`).toMatchSnapshot();
  });

  test.each(LOCALES)('plans the empty %s map', (locale) => {
    const map = createMapFromTemplate(id, locale);
    expect(findPlanViolations(map, planBoard(map))).toEqual([]);
  });
});
