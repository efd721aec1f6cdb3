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
  auth: {
    signInTitle: 'Sign in to Voronka',
    email: 'Email',
    password: 'Password',
    showPassword: 'Show or hide the password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    account: 'Account of {{name}}',
    required: 'Fill this in',
    wrongCredentials: 'The email or password is not right.',
    locked_one: 'Too many failed sign-ins. Try again in {{count}} minute.',
    locked_other: 'Too many failed sign-ins. Try again in {{count}} minutes.',
    forgot: 'Forgot your password?',
    forgotTitle: 'Forgot your password?',
    resetIntro: 'Enter your email: we will send you a link to set a new password.',
    sendLink: 'Send the link',
    resetSent:
      'If this email belongs to an account, a link to set a new password is on its way. It works for an hour.',
    backToSignIn: 'Back to signing in',
    setPasswordTitle: 'Set your password',
    newPassword: 'New password',
    confirmPassword: 'The same password again',
    setPassword: 'Set the password and sign in',
    tooShort_one: 'At least {{count}} character',
    tooShort_other: 'At least {{count}} characters',
    mismatch: 'The two passwords differ',
    noToken: 'This address lacks the token of the link in your email.',
    askNewLink: 'Ask for a new link',
  },
  roles: {
    admin: 'admin',
    salesops: 'sales ops',
    head: 'head of sales',
    manager: 'manager',
    integration: 'integration',
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

/** Plural forms English lacks and Russian has (i18next's CLDR suffixes). */
type MorePlurals = { [key: `${string}_${'few' | 'many'}`]: string };
type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> } & MorePlurals;
/** The shape of a language's texts: every key of English, each a string, and more plural forms. */
export type Messages = Texts<typeof en>;
