import { type Messages } from './en';

/** Russian texts of the CSV import screen (the same keys as en-imports.ts). */
export const ruImports: Pick<Messages, 'imports'> = {
  imports: {
    nav: 'Импорт',
    title: 'Импорт из CSV',
    intro:
      'Перенесите лиды, контакты или компании из таблицы: сохраните её в CSV (UTF-8 или Windows-1251, через запятую или точку с запятой), загрузите, сопоставьте столбцы, проверьте и импортируйте.',
    kind: 'Чем станет каждая строка',
    kinds: { lead: 'Лиды', contact: 'Контакты', company: 'Компании' },
    file: 'Файл CSV',
    fileHint: 'В первой строке — названия столбцов. Не больше 32 МБ и 200 000 строк.',
    upload: 'Загрузить',
    notRead: 'Файл не удалось прочитать',
    newImport: 'Новый импорт',
    read_one:
      '{{name}}: {{count}} строка, прочитан как {{encoding}}, столбцы разделены «{{delimiter}}».',
    read_few:
      '{{name}}: {{count}} строки, прочитан как {{encoding}}, столбцы разделены «{{delimiter}}».',
    read_many:
      '{{name}}: {{count}} строк, прочитан как {{encoding}}, столбцы разделены «{{delimiter}}».',
    read_other:
      '{{name}}: {{count}} строки, прочитан как {{encoding}}, столбцы разделены «{{delimiter}}».',
    mapping: 'Столбцы и поля',
    column: 'Столбец',
    example: 'Первая строка',
    field: 'Поле',
    fieldOf: 'Поле для столбца {{column}}',
    notImported: '— не импортировать',
    duplicates: 'Строки, похожие на существующие записи',
    duplicatesHint:
      'Тот же email или телефон (у компании ещё и то же название), что у записи или у строки выше.',
    modes: {
      skip: 'Пропустить',
      update: 'Обновить запись данными строки',
      create: 'Всё равно создать',
    },
    dryRun: 'Проверить (пробный прогон)',
    start: 'Начать импорт',
    dryRunResult: 'Что сделает импорт',
    valid: 'Верных строк',
    invalid: 'Строк с ошибками',
    wouldCreate: 'Будет создано',
    wouldUpdate: 'Будет обновлено',
    wouldSkip: 'Будет пропущено',
    errors: 'Ошибки по строкам',
    row: 'Строка',
    problem: 'Ошибка',
    truncated: 'Показаны только первые 500 ошибок.',
    statuses: {
      uploaded: 'Загружен',
      storing: 'Строки сохраняются',
      starting: 'Запускаются процессы',
      completed: 'Завершён',
      cancelled: 'Отменён',
    },
    cancel: 'Отменить импорт',
    cancelledNote: 'Отменён: записанные строки остались, остальные не импортированы.',
    rowsDone: 'Обработано {{done}} из {{total}} строк',
    created: 'Создано',
    updated: 'Обновлено',
    skipped: 'Пропущено',
    failed: 'С ошибками',
    pending: 'Ожидают',
    workflows: 'Запущено процессов лидов: {{started}} из {{total}} ({{pace}} в секунду)',
    failedRows: 'Строки с ошибками',
  },
};
