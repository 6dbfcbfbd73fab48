import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import inbox from '../../locales/en/inbox.json';
import statements from '../../locales/en/statements.json';

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    ns: ['inbox', 'statements'],
    defaultNS: 'inbox',
    resources: { en: { inbox, statements } },
    interpolation: { escapeValue: false },
  });
}
