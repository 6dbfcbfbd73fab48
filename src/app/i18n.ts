import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../locales/en/common.json';

// Every namespace of every language is its own lazy chunk; the service worker precaches them all.
const lazyNamespaces = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/*/common.json',
  // Staff text and the theme keyword lists are the inbox's and the server's, never the child's.
  '!../../locales/*/inbox*.json',
  '!../../locales/*/theme-keywords.json',
]);

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = lazyNamespaces[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No ${namespace} text for ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export async function initI18n(language = 'en'): Promise<typeof i18next> {
  // Right-to-left languages are coming: the page's lang and dir follow the chosen language.
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
    document.documentElement.dir = i18next.dir(code);
  });
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: { en: { common } },
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  return i18next;
}
