import { readSentiment } from '../../model/note-sentiment.ts';
import type { AuditContext } from '../context.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { quoteNote, quoteStage } from '../wording.ts';

/**
 * A negative emotion is where customers drop off (docs/domain.md, *How a map is filled*, 5 and 7): a stage that has one
 * needs a recommendation that answers it. One finding per stage, quoting its first negative
 * emotion. A note's sentiment is the one stored with it, or else the one its text expresses
 * (`readSentiment`): a hand-written cjm/1 map rarely stores any.
 */
export const NEGATIVE_EMOTION_UNADDRESSED: Rule = {
  id: 'negative-emotion-unaddressed',
  severity: 'warning',
  title: { ru: 'Негативная эмоция без рекомендации', en: 'Negative emotion without a recommendation' },
  description: {
    ru: 'Если на этапе клиент испытывает негативную эмоцию, на этом же этапе должна быть рекомендация, которая её снимает: здесь клиент может уйти.',
    en: 'When the customer feels a negative emotion at a stage, the same stage needs a recommendation that answers it: this is where customers leave.',
  },
  check: checkNegativeEmotions,
};

function checkNegativeEmotions(context: AuditContext): RuleFinding[] {
  const emotionLayers = context.layersOfKind('emotions');
  return context.map.stages.flatMap((stage, position) => {
    if (context.hasNoteOfKind(stage.id, 'recommendations')) return [];
    const negative = emotionLayers.flatMap((layer) => context.notesIn(stage.id, layer.id).filter((note) => readSentiment(note) === -1));
    const [first] = negative;
    if (!first) return [];
    const stageName = quoteStage(stage, position);
    const emotion = quoteNote(first.text);
    const more = negative.length - 1;
    return [
      {
        stage: stage.id,
        layer: first.layer,
        message: {
          ru: `Этап ${stageName.ru}: негативная эмоция ${emotion.ru} без рекомендации${more > 0 ? ` (и ещё ${more})` : ''}`,
          en: `Stage ${stageName.en}: the negative emotion ${emotion.en} has no recommendation${more > 0 ? ` (and ${more} more)` : ''}`,
        },
        hint: {
          ru: 'Предложите, как снять этот негатив: что ответить на страх или раздражение клиента, какой контент, сервис или предложение помогут ему не уйти и двигаться дальше.',
          en: 'Suggest how to take this negative feeling away: how to answer the customer’s fear or irritation, which content, service or offer keeps them from leaving and moves them on.',
        },
      },
    ];
  });
}
