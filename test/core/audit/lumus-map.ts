import type { CjmMap } from '../../../core/model/map.ts';
import { layer, makeMap, note, stage } from './map-builder.ts';

/**
 * The worked example of docs/domain.md ("Lumus", a sales script builder) as a board reader would return
 * it, with metrics added and some typical gaps: a stage without touchpoints, a negative emotion
 * left unanswered, a funnel number that grows, a note dropped outside the grid and one whose
 * text breaks Markdown tables.
 */
export function makeLumusMap(): CjmMap {
  return makeMap({
    locale: 'ru',
    title: 'Lumus: руководитель отдела продаж',
    stages: [
      stage('s1', 'Игнорирование', { phase: 'reach' }),
      stage('s2', 'Поиск решения', { phase: 'reach' }),
      stage('s3', 'Выбор продукта', { phase: 'act' }),
      stage('s4', 'Тестирование', { phase: 'act' }),
      stage('s5', 'Оплата', { phase: 'convert' }),
    ],
    layers: [
      layer('l1', 'goal', 'Цель', true),
      layer('l2', 'actions', 'Действия'),
      layer('l4', 'emotions', 'Эмоции', true),
      layer('l5', 'touchpoints', 'Точки контакта', true),
      layer('l7', 'recommendations', 'Рекомендации (общие)', true),
      layer('l8', 'recommendations', 'Рекомендации SMM'),
      layer('l9', 'metrics', 'Метрики'),
    ],
    notes: [
      note('s1', 'l1', 'Выполнить повышенный план продаж'),
      note('s1', 'l2', 'Отдел работает как обычно, KPI на квартал выросли'),
      note('s1', 'l4', 'Тревога: план сложно выполнить', { sentiment: -1 }),
      note('s1', 'l5', 'Статья на vc.ru'),
      note('s1', 'l9', 'Охват: 10 000', { value: 10_000 }),
      note('s2', 'l1', 'Найти продукт, который быстро решит проблему'),
      note('s2', 'l2', 'Ищет в поисковике | читает форумы'),
      note('s2', 'l4', 'Поиск решения — нейтральная задача', { sentiment: 0 }),
      note('s2', 'l4', 'Расстроен: скрипты придётся менять', { sentiment: -1 }),
      note('s2', 'l5', 'Статья на vc.ru'),
      note('s2', 'l5', 'Подробный пост в соцсетях'),
      note('s2', 'l5', 'Рекомендации на форумах'),
      note('s2', 'l7', 'PR на внешних площадках: статьи об аналитике скриптов'),
      note('s2', 'l8', 'Реклама у инфлюенсеров'),
      note('s2', 'l9', 'Переходы на сайт: 3 000', { value: 3_000 }),
      note('s3', 'l1', 'Выбрать конструктор с аналитикой'),
      note('s3', 'l4', 'Интерес: есть интеграция с CRM', { sentiment: 1 }),
      note('s3', 'l7', 'Сравнение с конкурентами на сайте'),
      note('s3', 'l9', 'Заявки на пробный период: 1 200', { value: 1_200 }),
      note('s4', 'l1', 'Проверить сервис <на своей команде>'),
      note('s4', 'l4', 'Доволен: всё понятно без менеджера', { sentiment: 1 }),
      note('s4', 'l5', 'Личный кабинет'),
      note('s4', 'l5', 'Письма онбординга'),
      note('s4', 'l7', 'Личный менеджер на время теста'),
      note('s4', 'l9', 'Активные пользователи: 144', { value: 144 }),
      note('s5', 'l1', 'Оформить подписку'),
      note('s5', 'l5', 'Счёт и договор'),
      note('s5', 'l7', 'Скидка при оплате за год'),
      note('s5', 'l9', 'Оплатили: 180', { value: 180 }),
    ],
    orphans: [
      { text: 'Не забыть: спросить у отдела продаж', reason: 'outside-grid' },
      { text: 'Lumus CJM v2', reason: 'title' },
    ],
  });
}
