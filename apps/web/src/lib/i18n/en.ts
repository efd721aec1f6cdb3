import { enCatalogue } from './en-catalogue';
import { enCustomFields } from './en-custom-fields';
import { enImports } from './en-imports';
import { enRecords } from './en-records';
import { enRules } from './en-rules';
import { enScreens } from './en-screens';

/** English texts: the reference every other language follows key for key. */
export const en = {
  ...enScreens,
  ...enRecords,
  ...enRules,
  ...enCatalogue,
  ...enCustomFields,
  ...enImports,
  app: {
    name: 'Voronka',
    skipToContent: 'Skip to content',
    navigation: 'Navigation',
    loading: 'Loading…',
    notFound: 'There is no page at this address.',
    backHome: 'Back to the start',
    failed: 'Something went wrong: {{message}}',
    retry: 'Try again',
    close: 'Close',
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
    deals: 'Deals',
    reports: 'Reports',
    leads: 'Leads',
    contacts: 'Contacts',
    companies: 'Companies',
    documents: 'Quotes and invoices',
    payments: 'Payments',
  },
  activityTypes: {
    call: 'Call',
    email: 'Email',
    meeting: 'Meeting',
    event: 'Event',
    task: 'Task',
  },
  deals: {
    heading: 'Deals',
    board: 'Deal board',
    list: 'Deals',
    pipeline: 'Pipeline',
    noPipelines: 'No pipeline is published yet.',
    view: 'View',
    views: { board: 'Board', list: 'List' },
    scope: 'Whose deals',
    scopes: { mine: 'Mine', team: 'My team', all: 'Everyone' },
    source: 'Source',
    anySource: 'Any',
    search: 'Search',
    title: 'Deal',
    stage: 'Stage',
    amount: 'Amount',
    company: 'Company',
    responsible: 'Responsible',
    next: 'Next activity',
    created: 'Created',
    count_one: '{{count}} deal',
    count_other: '{{count}} deals',
    shown: '{{shown}} of {{total}}',
    showMore: 'Show more',
    emptyStage: 'No deals here',
    nextActivity: '{{type}} {{when}}',
    nothingPlanned: 'Nothing planned',
    overdue: 'Overdue',
    dragHandle: 'Drag “{{title}}” (Space picks it up, arrows move it, Space drops it)',
    moveMenu: 'Move “{{title}}” to…',
    moveTo: 'Move to',
    moveRefused: 'Moving “{{title}}” was refused',
    dnd: {
      instructions:
        'Press Space to pick up the deal. The left and right arrows move it to another stage; Space drops it there, Escape puts it back.',
      picked: 'Picked up “{{title}}”.',
      over: '“{{title}}” is over {{stage}}.',
      outside: '“{{title}}” is over no stage.',
      dropped: '“{{title}}” dropped on {{stage}}.',
      cancelled: 'Moving “{{title}}” was cancelled.',
    },
  },
};

/** Plural forms English lacks and Russian has (i18next's CLDR suffixes). */
type MorePlurals = { [key: `${string}_${'few' | 'many'}`]: string };
type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> } & MorePlurals;
/** The shape of a language's texts: every key of English, each a string, and more plural forms. */
export type Messages = Texts<typeof en>;
