import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import promise from '../../locales/en/promise.json';
import statements from '../../locales/en/statements.json';

// Staff text: inbox.json plus one inbox-<feature>.json per feature, all bundled (the inbox is online-only).
const staffNamespaces = import.meta.glob<Record<string, unknown>>('../../locales/en/inbox*.json', { eager: true, import: 'default' });
const namespaceOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');

export async function initI18n(): Promise<void> {
  const staff = Object.fromEntries(Object.entries(staffNamespaces).map(([path, text]) => [namespaceOf(path), text]));
  await i18next.use(initReactI18next).init({
    lng: 'en',
    ns: [...Object.keys(staff), 'statements', 'promise'],
    defaultNS: 'inbox',
    resources: { en: { ...staff, statements, promise } },
    interpolation: { escapeValue: false },
  });
}
