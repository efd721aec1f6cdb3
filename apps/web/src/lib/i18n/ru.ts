import { type Messages } from './en';

export const ru: Messages = {
  app: {
    name: 'Воронка',
    skipToContent: 'Перейти к содержимому',
    navigation: 'Навигация',
    loading: 'Загрузка…',
    notFound: 'По этому адресу страницы нет.',
    backHome: 'На главную',
    failed: 'Что-то пошло не так: {{message}}',
    retry: 'Повторить',
  },
  language: {
    label: 'Язык',
    en: 'English',
    ru: 'Русский',
  },
  nav: {
    myDay: 'Мой день',
  },
  home: {
    title: 'Мой день',
    welcome: 'Добро пожаловать в Воронку.',
    today: 'Сегодня {{date}}.',
  },
};
