import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { saveSettings } from '../profile/profile';
import { ProfileFields } from '../profile/profile-fields';
import { useSettings } from '../profile/use-profile';
import { ReadAloudButton } from '../read-aloud/read-aloud-button';

export const LANGUAGES = [{ code: 'en', name: 'English' }] as const;

export default function SettingsScreen() {
  const { t, i18n } = useTranslation('settings');
  const settings = useSettings();
  const changeLanguage = (code: string) => {
    saveSettings({ language: code });
    void i18n.changeLanguage(code);
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <h2>{t('text.title')}</h2>
      <label className="choice-row">
        <input type="checkbox" checked={settings.biggerText} onChange={() => saveSettings({ biggerText: !settings.biggerText })} />
        {t('text.bigger')}
      </label>
      <h2>{t('readAloud.title')}</h2>
      <p>{t('readAloud.body')}</p>
      <ReadAloudButton text={t('readAloud.sample')} />
      <h2>{t('language.title')}</h2>
      <p>
        <label htmlFor="language">{t('language.label')}</label>
        <select id="language" value={settings.language} onChange={(event) => changeLanguage(event.target.value)}>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </p>
      <h2>{t('aboutYou.title')}</h2>
      <p>{t('aboutYou.sent')}</p>
      <ProfileFields />
      <h2>{t('clear.title')}</h2>
      <p>
        <AppLink to="/sent">{t('clear.link')}</AppLink>
      </p>
    </>
  );
}
