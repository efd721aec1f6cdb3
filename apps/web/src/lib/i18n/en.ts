/** English texts: the reference every other language follows key for key. */
export const en = {
  app: {
    name: 'Voronka',
    skipToContent: 'Skip to content',
    navigation: 'Navigation',
    loading: 'Loading…',
    notFound: 'There is no page at this address.',
    backHome: 'Back to the start',
    failed: 'Something went wrong: {{message}}',
    retry: 'Try again',
  },
  language: {
    label: 'Language',
    en: 'English',
    ru: 'Русский',
  },
  nav: {
    myDay: 'My day',
  },
  home: {
    title: 'My day',
    welcome: 'Welcome to Voronka.',
    today: 'Today is {{date}}.',
  },
};

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
/** The shape of a language's texts: every key of English, each a string. */
export type Messages = Texts<typeof en>;
