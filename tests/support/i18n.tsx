/** Test helper: renders with the real English texts, inside a router (screens hold links). Only imported by tests. */
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import common from '../../locales/en/common.json';

export async function renderWithText(ui: ReactElement, namespaces: Record<string, Record<string, unknown>> = {}) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'en',
    ns: ['common', ...Object.keys(namespaces)],
    defaultNS: 'common',
    resources: { en: { common, ...namespaces } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return {
    i18n,
    ...render(
      <MemoryRouter>
        <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
      </MemoryRouter>,
    ),
  };
}

export { common };
