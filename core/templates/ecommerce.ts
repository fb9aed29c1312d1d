import type { Template } from './types.ts';

/**
 * The canvas for a tangible product sold online. The abandoned cart is a stage of its own:
 * every funnel step gets its creative (docs/domain.md, *Funnel rules*), and the "дожим" of an unpaid cart is its
 * example. It sits in `convert` because it is the conversion that failed, and its metric
 * (carts left) must be read next to paid orders.
 */
export const ECOMMERCE: Template = {
  id: 'ecommerce',
  name: { ru: 'Интернет-магазин', en: 'Online store' },
  description: {
    ru: 'Материальный товар, который покупают на сайте: от потребности до доставки и повторной покупки, с дожимом брошенной корзины.',
    en: 'A tangible product bought on a website: from the need to delivery and repeat purchase, with a nudge for abandoned carts.',
  },
  stages: [
    {
      id: 's1',
      name: { ru: 'Осознание потребности', en: 'Becoming aware of the need' },
      phase: 'reach',
      prompt: { ru: 'Что запускает потребность: поломка, подарок, сезон?', en: 'What triggers the need: a breakdown, a gift, the season?' },
    },
    {
      id: 's2',
      name: { ru: 'Переход на сайт', en: 'Visiting the store' },
      phase: 'reach',
      prompt: { ru: 'Откуда клиент приходит на сайт?', en: 'Where does the customer come to the site from?' },
    },
    {
      id: 's3',
      name: { ru: 'Выбор товара', en: 'Choosing a product' },
      phase: 'act',
      prompt: { ru: 'Что клиент смотрит в карточке товара?', en: 'What does the customer look for on the product page?' },
    },
    {
      id: 's4',
      name: { ru: 'Добавление в корзину', en: 'Adding to cart' },
      phase: 'act',
    },
    {
      id: 's5',
      name: { ru: 'Брошенная корзина', en: 'Abandoned cart' },
      phase: 'convert',
      prompt: { ru: 'Почему клиент не оплатил заказ?', en: 'Why did the customer not pay?' },
    },
    {
      id: 's6',
      name: { ru: 'Оформление и оплата', en: 'Checkout and payment' },
      phase: 'convert',
    },
    {
      id: 's7',
      name: { ru: 'Доставка и получение', en: 'Delivery and receipt' },
      phase: 'engage',
      prompt: { ru: 'Совпал ли товар с ожиданиями?', en: 'Did the product match expectations?' },
    },
    {
      id: 's8',
      name: { ru: 'Отзыв и повторная покупка', en: 'Review and repeat purchase' },
      phase: 'engage',
    },
  ],
  layers: [
    { id: 'l1', kind: 'goal', required: true },
    { id: 'l2', kind: 'actions', required: false },
    { id: 'l3', kind: 'emotions', required: false },
    { id: 'l4', kind: 'touchpoints', required: true },
    { id: 'l5', kind: 'barriers', required: false },
    {
      id: 'l6',
      kind: 'creatives',
      title: { ru: 'Креативы и дожим', en: 'Creatives and nudges' },
      required: true,
      prompt: {
        ru: 'Какой креатив вернёт клиента на следующий шаг, если он застрял?',
        en: 'Which creative brings a stuck customer back to the next step?',
      },
    },
    { id: 'l7', kind: 'recommendations', required: true },
    { id: 'l8', kind: 'metrics', required: true },
  ],
  prompts: [
    {
      stage: 's5',
      layer: 'l6',
      text: {
        ru: 'Дожим: напоминание о корзине в письме, push или ретаргетинге',
        en: 'Nudge: a cart reminder by email, push or retargeting',
      },
    },
    {
      stage: 's5',
      layer: 'l8',
      text: { ru: 'Доля брошенных корзин, возвращённые заказы', en: 'Cart abandonment rate, recovered orders' },
    },
  ],
  examples: {
    notes: [
      { stage: 's2', layer: 'l4', text: { ru: 'Контекстная реклама', en: 'Search ads' } },
      { stage: 's2', layer: 'l4', text: { ru: 'Таргетированная реклама в соцсетях', en: 'Targeted social media ads' } },
      { stage: 's2', layer: 'l8', text: { ru: 'Посетителей: 50 000', en: 'Visitors: 50,000' }, value: 50_000 },
      { stage: 's3', layer: 'l8', text: { ru: 'Смотрели товар: 18 000', en: 'Viewed a product: 18,000' }, value: 18_000 },
      { stage: 's4', layer: 'l8', text: { ru: 'Добавили в корзину: 4 000', en: 'Added to cart: 4,000' }, value: 4_000 },
      {
        stage: 's5',
        layer: 'l3',
        text: { ru: 'Сомнение: доставка дороже, чем казалось', en: 'Doubt: delivery costs more than expected' },
        sentiment: -1,
      },
      { stage: 's5', layer: 'l4', text: { ru: 'Письмо на почту', en: 'Email' } },
      { stage: 's5', layer: 'l4', text: { ru: 'Ретаргетинг', en: 'Retargeting' } },
      {
        stage: 's5',
        layer: 'l5',
        text: { ru: 'Стоимость доставки видна только в конце', en: 'Delivery cost shows only at the end' },
      },
      {
        stage: 's5',
        layer: 'l6',
        text: {
          ru: 'Письмо через час: «Вы забыли товар в корзине» с фото и отзывами',
          en: 'Email an hour later: “You left something in your cart” with photo and reviews',
        },
      },
      {
        stage: 's5',
        layer: 'l7',
        text: {
          ru: 'Показывать стоимость доставки в карточке товара',
          en: 'Show the delivery cost on the product page',
        },
      },
      // Abandoned carts are a leak, not a step of the path: kept out of the metrics row so the
      // funnel reads cart → payment (4 000 → 1 500) instead of "70% converted to abandoning".
      { stage: 's5', layer: 'l5', text: { ru: '70% бросают корзину (2 800 из 4 000)', en: '70% abandon the cart (2,800 of 4,000)' } },
      { stage: 's6', layer: 'l8', text: { ru: 'Оплатили заказ: 1 500', en: 'Paid for the order: 1,500' }, value: 1_500 },
      { stage: 's7', layer: 'l8', text: { ru: 'Получили заказ: 1 450', en: 'Received the order: 1,450' }, value: 1_450 },
      { stage: 's8', layer: 'l8', text: { ru: 'Купили повторно: 400', en: 'Bought again: 400' }, value: 400 },
    ],
  },
};
